import { isIPv4, isIPv6 } from 'node:net';
import type { Finding, Recognizer } from '../recognizer.js';
import {
  isAsciiAlnumCode,
  isDigitCode,
  memoised,
  type Span,
  scanCandidatesAt,
  textPattern,
  toFinding,
} from '../spans.js';

// Flat, bounded shapes: at most 15 (v4) or 45 (v6, with a zone) characters from any start.
/** Exported for the test that checks its start index. */
// After a label's colon ('ip:10.1.2.3'), not inside an IPv6 address ('::ffff:192.0.2.1').
export const IPV4 = textPattern(
  String.raw`(?<![\p{L}\p{N}.])(?<!:[0-9A-Fa-f]{0,4}:)(?:\d{1,3}\.){3}\d{1,3}(?![\p{L}\p{N}]|\.\d)`,
  'gu',
);
/** Exported for the test that checks its start index. */
export const IPV6 = textPattern(
  String.raw`(?<![\p{L}\p{N}:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|\d{1,3}(?:\.\d{1,3}){3})?(?:%[0-9A-Za-z]{1,15})?(?![\p{L}\p{N}:]|\.\d)`,
  'gu',
);
// Two colons with at most four hex digits between: every IPv6 candidate holds one (cheap to find).
const IPV6_GATE = /:[0-9A-Fa-f]{0,4}:/;
const ZONE = /%.*$/;
const SINGLE_DIGITS = /^\d\.\d\.\d\.\d$/;
// "version 10.0.19041.1", "upgrade from 10.2.1.4 to 10.2.1.5", "section 4.2.10.1": a release or
// a section number right after its word (or after another such number and a connector).
const NOT_HOST_BEFORE =
  /(?:\b(?:v|ver|version|versi[oó]n|versione|wersj[ai]|vers[aã]o|release|build|upgrade|update|patch|firmware|section|secci[oó]n|sezione|abschnitt|kapitel|chapter|table|tabelle)|§|\d+\.\d+\.\d+\.\d+)\.?:?\s*(?:(?:from|to|and|or|von|auf|zu|bis|und|de|a|et|e|y|naar|en|till|och|do|i)\s+)?(?:v\.?\s*)?$/i;
const REACH_BEFORE = 40;

const isHexCode = (code: number): boolean =>
  isDigitCode(code) || ((code | 32) >= 97 && (code | 32) <= 102);

/**
 * Where a dotted quad may start: one to three digits before a dot, not after another letter or
 * digit (IPV4's lead). Found from the dots, which are few next to the characters.
 */
export const dottedStarts = memoised((text) => {
  const starts: number[] = [];
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    let start = dot;
    while (start > 0 && dot - start < 4 && isDigitCode(text.charCodeAt(start - 1))) start -= 1;
    const digits = dot - start;
    if (digits >= 1 && digits <= 3 && !isAsciiAlnumCode(text.charCodeAt(start - 1))) {
      starts.push(start);
    }
  }
  return starts;
});

/**
 * Where an IPv6 address may start: at a colon, or at up to four hex digits before one, not
 * after a letter, digit, colon or dot (IPV6's lead). Found from the colons.
 */
export const colonStarts = memoised((text) => {
  const starts: number[] = [];
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let start = colon;
    while (start > 0 && colon - start < 5 && isHexCode(text.charCodeAt(start - 1))) start -= 1;
    if (colon - start > 4) continue;
    const before = text.charCodeAt(start - 1);
    if (isAsciiAlnumCode(before) || before === 58 || before === 46) continue;
    if (starts.at(-1) !== start) starts.push(start);
  }
  return starts;
});

/** Addresses that identify no one: unspecified, loopback. */
const isNobody = (address: string): boolean =>
  address === '0.0.0.0' || address.startsWith('127.') || address === '::' || address === '::1';

// Zero-padded octets, as fixed-width logs write them ('203.000.113.045'): node:net rejects them.
const LEADING_ZEROS = /(^|\.)0+(?=\d)/g;

const toIpv4 = (text: string, start: number, end: number): Span | undefined => {
  const address = text.slice(start, end).replace(LEADING_ZEROS, '$1');
  if (!isIPv4(address) || isNobody(address) || SINGLE_DIGITS.test(address)) return undefined;
  const before = text.slice(Math.max(0, start - REACH_BEFORE), start);
  return NOT_HOST_BEFORE.test(before) ? undefined : { start, end };
};

const toIpv6 = (text: string, start: number, end: number): Span | undefined => {
  const address = text.slice(start, end);
  const bare = address.replace(ZONE, '');
  return isIPv6(bare) && !isNobody(bare) ? { start, end } : undefined;
};

const ipFinding = (span: Span, detail: string): Finding =>
  toFinding(span, { type: 'IP_ADDRESS', category: 'online', score: 0.8, recognizer: 'ip', detail });

// Never loopback or unspecified addresses, four single digits, or a dotted quad right after a
// word for a release or a section.
/** IPv4 and IPv6 host addresses (they can identify a subscriber or a device), checked by node:net. */
export const ipAddressRecognizer: Recognizer = {
  name: 'ip',
  entities: ['IP_ADDRESS'],
  find: (text) => [
    ...scanCandidatesAt(text, IPV4, dottedStarts, (start, end) => toIpv4(text, start, end)).map(
      (span) => ipFinding(span, 'v4'),
    ),
    ...(IPV6_GATE.test(text)
      ? scanCandidatesAt(text, IPV6, colonStarts, (start, end) => toIpv6(text, start, end)).map(
          (span) => ipFinding(span, 'v6'),
        )
      : []),
  ],
};
