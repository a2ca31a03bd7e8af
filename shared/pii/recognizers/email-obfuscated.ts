import { anyCase } from '../any-case.js';
import { foldText } from '../lexicon/fold.js';
import { lexiconHits } from '../lexicon/index.js';
import { isKnownName } from '../lexicon/names.js';
import type { Finding, Recognizer } from '../recognizer.js';
import { isSoftBreak, type Span, toFinding } from '../spans.js';

// Letters in both cases, so that the patterns below need no 'i' flag (see any-case.ts).
const DOT_WORDS = anyCase(
  'dot|punkt|point|punto|ponto|punt|kropka|piste|pont|tecka|tečka|pünktchen',
);
// One blank: a space, a tab, or a line break where a mail client wrapped the line.
const BLANK = '(?: ?\\r?\\n|[ \\t])';
const DOT = `(?:[ \\t]?\\.[ \\t]?|${BLANK}?[\\[({<][ \\t]?(?:${DOT_WORDS})[ \\t]?[\\])}>]${BLANK}?|${BLANK}(?:${DOT_WORDS})${BLANK})`;
const LABEL = '[\\p{L}\\p{N}][\\p{L}\\p{N}-]{0,62}';
// After the spelt-out at sign: a domain of two to four labels joined by a dot, written or spelt out.
const DOMAIN = new RegExp(`(?: ?\\r?\\n|[ \\t]{0,2})${LABEL}(?:${DOT}${LABEL}){1,3}`, 'uy');
const DOT_SPLIT = new RegExp(DOT, 'u');
const SPELT_DOT = new RegExp(`[\\[({<]|${BLANK}(?:${DOT_WORDS})${BLANK}`, 'u');
const LOCAL_CHAR = /[\p{L}\p{N}._+-]/u;
const LOCAL_START = /[\p{L}\p{N}]/u;
const MAX_LOCAL = 64;
const BRACKETED = /^[[({<]|[\])}>]$/;
const LOCAL_HINT = /[._\d]/;
const TLDS = new Set(
  ['com', 'net', 'org', 'info', 'biz', 'eu', 'io', 'co', 'me', 'email', 'mail', 'online', 'de']
    .concat(['at', 'ch', 'li', 'fr', 'be', 'lu', 'nl', 'it', 'es', 'pt', 'pl', 'se', 'dk', 'fi'])
    .concat(['no', 'is', 'ie', 'uk', 'cz', 'sk', 'hu', 'ro', 'bg', 'gr', 'hr', 'si', 'lt', 'lv'])
    .concat(['ee', 'mt', 'cy', 'cat', 'gal', 'eus', 'bzh', 'brussels', 'berlin', 'paris', 'wien']),
);
// Words that stand before or after an ordinary "at": "look at this dot com", "meet at home".
const NOT_LOCAL = new Set(
  ['look', 'looking', 'looked', 'arrive', 'arrived', 'meet', 'met', 'stay', 'stayed', 'be', 'is']
    .concat(['are', 'was', 'were', 'am', 'been', 'here', 'there', 'it', 'this', 'that', 'aim'])
    .concat(['good', 'bad', 'best', 'great', 'work', 'works', 'working', 'worked', 'live', 'lives'])
    .concat(['lived', 'point', 'pointed', 'available', 'sold', 'based', 'located', 'hosted', 'us'])
    .concat(['me', 'him', 'her', 'them', 'you', 'we', 'they', 'i', 'or', 'and', 'not', 'only']),
);
const NOT_DOMAIN = new Set(
  ['the', 'this', 'that', 'a', 'an', 'home', 'school', 'work', 'night', 'noon', 'once', 'least']
    .concat(['all', 'first', 'last', 'our', 'your', 'my', 'his', 'her', 'their', 'its', 'same'])
    .concat(['end', 'start', 'times', 'time', 'most', 'best', 'random', 'large', 'present']),
);

/** Where the local part before the at sign ends: at most one blank (or a soft line break) before it. */
const localEnd = (text: string, at: number): number => {
  const before = text.charAt(at - 1);
  if (before === ' ' || before === '\t') return at - 1;
  if (!isSoftBreak(text, at - 1)) return at;
  let end = at - 1;
  if (text.charAt(end - 1) === '\r') end -= 1;
  return text.charAt(end - 1) === ' ' ? end - 1 : end;
};

/** The local part right before the spelt-out at sign, walking back. */
const localBefore = (text: string, at: number): Span | undefined => {
  const end = localEnd(text, at);
  let start = end;
  while (start > 0 && end - start < MAX_LOCAL && LOCAL_CHAR.test(text.charAt(start - 1))) start--;
  while (start < end && !LOCAL_START.test(text.charAt(start))) start++;
  return start < end ? { start, end } : undefined;
};

const domainAfter = (text: string, at: number): Span | undefined => {
  DOMAIN.lastIndex = at;
  const match = DOMAIN.exec(text);
  if (match === null) return undefined;
  const domain = match[0].trimStart();
  const labels = domain.split(DOT_SPLIT);
  if (!TLDS.has(foldText(labels.at(-1) ?? ''))) return undefined;
  return { start: at + match[0].length - domain.length, end: at + match[0].length };
};

/** Whether the words on either side are everyday words around an "at" ("see you @ home.de"). */
const everydayWords = (text: string, local: Span, domain: Span): boolean => {
  const localText = foldText(text.slice(local.start, local.end));
  const firstLabel = foldText(text.slice(domain.start, domain.end).split(DOT_SPLIT)[0] ?? '');
  return NOT_LOCAL.has(localText) || NOT_DOMAIN.has(firstLabel);
};

/** A bare " at " needs more: a local part like an address or a name, and no everyday words. */
const plausibleBareAt = (text: string, local: Span, domain: Span): boolean => {
  if (everydayWords(text, local, domain)) return false;
  const localText = foldText(text.slice(local.start, local.end));
  const domainText = text.slice(domain.start, domain.end);
  return LOCAL_HINT.test(localText) || isKnownName(localText) || SPELT_DOT.test(domainText);
};

// A word for the at sign in brackets, "m.vandijk [apenstaartje] ziggo [punt] nl": the address goes
// on outside them.
const OPENERS = '[({<';
const CLOSERS = '])}>';

const toAddress = (text: string, hit: Span): Span | undefined => {
  const opener = OPENERS.indexOf(text.charAt(hit.start - 1));
  const inBrackets = opener >= 0 && text.charAt(hit.end) === CLOSERS.charAt(opener);
  const local = localBefore(text, inBrackets ? hit.start - 1 : hit.start);
  const domain = domainAfter(text, inBrackets ? hit.end + 1 : hit.end);
  if (local === undefined || domain === undefined) return undefined;
  const word = foldText(text.slice(hit.start, hit.end));
  const bare = word === 'at' && !BRACKETED.test(text.charAt(hit.start - 1) + text.charAt(hit.end));
  if (bare && !plausibleBareAt(text, local, domain)) return undefined;
  if ((word === '@' || ESCAPED_AT_SIGN.test(word)) && everydayWords(text, local, domain)) {
    return undefined;
  }
  return { start: local.start, end: domain.end };
};

const isBlank = (code: number): boolean => code === 32 || code === 9;

/** At signs with a blank beside them ("anna @ example . de"): a plain email's pattern has none. */
const spacedAtSigns = (text: string): Span[] => {
  const signs: Span[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (isBlank(text.charCodeAt(at - 1)) || isBlank(text.charCodeAt(at + 1))) {
      signs.push({ start: at, end: at + 1 });
    }
  }
  return signs;
};

// The at sign written as an escape that no decoder in front of the recognizers reads: a C or
// Python '\x40', ES6 '\u{40}', JavaScript's old '%u0040', an HTML reference without its ';'
// ('&#64', '&#x40', which browsers still read), an octal '\100', a CSS '\40 '.
const ESCAPED_AT =
  /\\x40|\\u\{0*40\}|%u0040|&#0*64(?![0-9;])|&#[xX]0*40(?![0-9A-Fa-f;])|\\100(?![0-7])|\\0{0,4}40 ?(?![0-9A-Fa-f])/g;
const ESCAPED_AT_SIGN = new RegExp(`^(?:${ESCAPED_AT.source})$`);

/** At signs written as escapes ("jk1987\x40example.pl", "anna&#64example.pl"). */
const escapedAtSigns = (text: string): Span[] => {
  // Most texts have none of the escapes' leads: three native searches, no pattern over the text.
  if (!text.includes('\\') && !text.includes('%u') && !text.includes('&#')) return [];
  const signs: Span[] = [];
  for (const match of text.matchAll(ESCAPED_AT)) {
    signs.push({ start: match.index, end: match.index + match[0].length });
  }
  return signs;
};

/** Email addresses spelt out to dodge scrapers ("anna at example dot com", "max [at] web.de"). */
export const obfuscatedEmailRecognizer: Recognizer = {
  name: 'email-obfuscated',
  entities: ['EMAIL_ADDRESS'],
  find: (text) => {
    const findings: Finding[] = [];
    let lastEnd = -1;
    const hits = [
      ...lexiconHits(text).of('at'),
      ...spacedAtSigns(text),
      ...escapedAtSigns(text),
    ].sort((a, b) => a.start - b.start);
    for (const hit of hits) {
      const span = toAddress(text, hit);
      if (span === undefined || span.start < lastEnd) continue;
      lastEnd = span.end;
      findings.push(
        toFinding(span, {
          type: 'EMAIL_ADDRESS',
          category: 'contact',
          score: 0.8,
          recognizer: 'email-obfuscated',
          detail: 'obfuscated',
        }),
      );
    }
    return findings;
  },
};
