import { EDGE_ALNUM } from '../letters.js';
import { foldText } from '../lexicon/fold.js';
import { lexiconHits } from '../lexicon/index.js';
import { NAME_FLAGS, nameFlags } from '../lexicon/names.js';
import type { EntityType, Finding, FindingCategory, Recognizer } from '../recognizer.js';

/**
 * Persons named inside machine formats, read by each format's own structure: a DICOM PN value
 * ("PN [FAMILY^GIVEN^MIDDLE]"), an HL7 v2 PID-5 field, an EDIFACT PAXLST traveller (NAD+FL) and
 * the document after it (DOC+P), an X12 NM1 segment of a person (entity type 1) and its member id,
 * a SWIFT MT940 :86: counterparty (?32/?33), an IATA boarding-pass barcode (BCBP) or passenger
 * name list (PNL, ADL), the common name of an LDAP or X.509 distinguished name, and a first and a
 * last name under two short keys ("fn", "ln"). Each format
 * is looked for only when a literal it cannot do without is in the text.
 */

const RECOGNIZER = 'structured-name';
const LETTER = /[A-Za-z\u00c0-\u024f]/;
const LETTERS = /^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f' .-]*$/;

const finding = (
  start: number,
  end: number,
  type: EntityType,
  category: FindingCategory,
  detail: string,
  score = 0.85,
): Finding => ({ type, category, start, end, score, recognizer: RECOGNIZER, detail });

const nameFinding = (start: number, end: number, detail: string): Finding =>
  finding(start, end, 'PERSON_NAME', 'person_name', detail);

/** Whether the components (split on `separator`) hold a name's letters, one at least. */
const isNameValue = (value: string, separator: string): boolean => {
  const parts = value.split(separator).map((part) => part.trim());
  return (
    parts.some((part) => part.length >= 2) &&
    parts.every((part) => part === '' || LETTERS.test(part)) &&
    LETTER.test(value)
  );
};

// DICOM: a PN value with the '^' between its components ("(0010,0010) PN [DOE^JOHN]").
const DICOM_PN = /\bPN\s*[[(]([^\]\n^[]{1,64}\^[^\]\n[]{0,64})[\])]/g;

const dicom = (text: string, out: Finding[]): void => {
  for (const match of text.matchAll(DICOM_PN)) {
    const value = match[1] as string;
    if (!isNameValue(value, '^')) continue;
    const start = (match.index as number) + match[0].indexOf(value);
    out.push(nameFinding(start, start + value.length, 'dicom.pn'));
  }
};

// HL7 v2: the PID segment's fifth field, the patient's name (family^given^middle^…).
const HL7_PID = /(?:^|[\r\n])PID\|/g;

const hl7 = (text: string, out: Finding[]): void => {
  for (const match of text.matchAll(HL7_PID)) {
    let at = (match.index as number) + match[0].indexOf('PID|') + 3;
    for (let field = 0; field < 4 && at !== -1; field++) at = text.indexOf('|', at + 1);
    if (at === -1) continue;
    const start = at + 1;
    let end = start;
    while (end < text.length && !'|\r\n'.includes(text.charAt(end))) end++;
    // Repetitions ('~') each hold a name; the first is read.
    const value = text.slice(start, end).split('~')[0] as string;
    if (!value.includes('^') || !isNameValue(value, '^')) continue;
    out.push(nameFinding(start, start + value.length, 'hl7.pid5'));
  }
};

// EDIFACT PAXLST/CUSRES: the traveller's name and address (NAD+FL, crew NAD+COT…: 3036 name
// components by ':'), and the travel document's number (DOC+P passport, I/IP id card, V visa…).
const EDIFACT_NAD = /\bNAD\+(?:FL|COT|DDT|DDU|BEN)\+[^+']*\+[^+']*\+([^+'\n]{2,140})/g;
const EDIFACT_DOC = /\bDOC\+([A-Z]{1,3})(?::[^+':]*){0,3}\+([A-Z0-9]{5,20})(?=['+:\n]|$)/g;

const edifact = (text: string, out: Finding[]): void => {
  if (text.includes('NAD+')) {
    for (const match of text.matchAll(EDIFACT_NAD)) {
      const value = match[1] as string;
      if (!value.includes(':') && !value.includes(' ')) {
        if (!LETTERS.test(value)) continue;
      } else if (!isNameValue(value.replace(/ /g, ':'), ':')) continue;
      const start = (match.index as number) + match[0].length - value.length;
      out.push(nameFinding(start, start + value.length, 'edifact.nad'));
    }
  }
  if (text.includes('DOC+')) {
    for (const match of text.matchAll(EDIFACT_DOC)) {
      const kind = match[1] as string;
      const number = match[2] as string;
      if (!/\d/.test(number)) continue;
      const type: EntityType = kind === 'P' || kind === 'PT' ? 'PASSPORT' : 'ID_CARD';
      const start = (match.index as number) + match[0].length - number.length;
      out.push(finding(start, start + number.length, type, 'id_document', 'edifact.doc', 0.8));
    }
  }
};

// X12: NM1*<entity id>*1 (a person)*<last>*<first>*<middle>*<prefix>*<suffix>*<qualifier>*<id>.
const X12_NM1 =
  /(?:^|[~\n])\s*NM1\*([A-Z0-9]{2,3})\*1\*([^*~\n]*)\*([^*~\n]*)((?:\*[^*~\n]*){0,5})/g;
// Member, insured, patient and social security numbers (not a provider's NPI or a tax id).
const X12_PERSON_ID = new Set(['MI', 'II', 'ZZ', '34']);

const x12 = (text: string, out: Finding[]): void => {
  for (const match of text.matchAll(X12_NM1)) {
    const last = match[2] as string;
    const first = match[3] as string;
    if (!LETTERS.test(last.trim()) || (first !== '' && !LETTERS.test(first.trim()))) continue;
    const start = (match.index as number) + match[0].indexOf(`*1*${last}`) + 3;
    out.push(nameFinding(start, start + last.length + 1 + first.length, 'x12.nm1'));
    const rest = (match[4] as string).split('*');
    // rest: '', middle, prefix, suffix, qualifier, id.
    const qualifier = rest[4];
    const id = rest[5];
    if (
      qualifier !== undefined &&
      id !== undefined &&
      X12_PERSON_ID.has(qualifier) &&
      /\d/.test(id)
    ) {
      const idStart = (match.index as number) + match[0].length - id.length;
      out.push(finding(idStart, idStart + id.length, 'HEALTH_ID', 'health', 'x12.nm1.id', 0.8));
    }
  }
};

// SWIFT MT940/MT942 field :86: (German structured form): ?32 and ?33 hold the counterparty's name.
const SWIFT_NAME = /\?32([^?\n]{2,27})(?:\r?\n?\?33([^?\n]{1,27}))?/g;
// Legal forms of two letters ('AG', 'SA', 'SE') are left out: in capitals without accents they are
// also surnames and particles ('MARIA DE SA' for Sá), and a company's name holds no known first
// name or surname anyway, which these fields need.
const COMPANY =
  /\b(?:GMBH|OHG|E\.V|LTD|LLC|INC|SARL|SAS|SPA|SRL|BANK|SPARKASSE|VOLKSBANK|STADTWERKE|STADT|VERSICHERUNG|FINANZAMT|KASSE|VERLAG|VERWALTUNG|GEMEINDE)\b/;

const swift = (text: string, out: Finding[]): void => {
  if (!text.includes(':86:') && !text.includes('?20')) return;
  for (const match of text.matchAll(SWIFT_NAME)) {
    const value = `${match[1] as string} ${match[2] ?? ''}`;
    if (COMPANY.test(value)) continue;
    const words = foldText(value)
      .split(/[\s,./-]+/)
      .filter((word) => word.length >= 2);
    const named = words.filter(
      (word) => (nameFlags(word) & (NAME_FLAGS.FIRST | NAME_FLAGS.LAST)) !== 0,
    );
    if (named.length === 0) continue;
    const start = (match.index as number) + 3;
    out.push(nameFinding(start, (match.index as number) + match[0].length, 'swift.86'));
  }
};

// IATA BCBP: 'M', the number of legs, then the name field (SURNAME/GIVEN, 20 characters padded),
// the e-ticket indicator, the booking reference (7), origin and destination airports.
const BCBP = /(?<![A-Za-z0-9])M[1-4](?=[A-Z][A-Z '-]{0,18}\/)/g;
const BCBP_NAME = /^[A-Z][A-Z '-]*\/[A-Z '-]*$/;
const BCBP_AFTER = /^[E ][A-Z0-9 ]{7}[A-Z]{6}/;

const bcbp = (text: string, out: Finding[]): void => {
  for (const match of text.matchAll(BCBP)) {
    const start = (match.index as number) + 2;
    const padded = text.slice(start, start + 20);
    if (padded.length !== 20 || !BCBP_NAME.test(padded)) continue;
    if (!BCBP_AFTER.test(text.slice(start + 20, start + 34))) continue;
    const name = padded.trimEnd();
    out.push(nameFinding(start, start + name.length, 'iata.bcbp'));
  }
};

// IATA passenger name lists (PNL) and their changes (ADL), as airlines send them to airports: a
// name element is the count of passengers, the surname and each given name with its title glued
// on ("1OKAFOR/CHINEDUMR", "2NOWAK/EWAMRS/PIOTRMR"), maybe followed by remarks (".L/" the
// booking, ".R/" a special service). Read in a text with a line "PNL" or "ADL", or where a remark
// line follows; the count must equal the given names, as the format requires.
const PNL_HEADER = /(?:^|\n)[ \t]*(?:PNL|ADL)[ \t]*\r?(?:\n|$)/;
const PNL_NAME =
  /(?<=^|\n)([1-9]\d?)([A-Z][A-Z' -]{0,40}(?:\/[A-Z][A-Z' -]{0,40}){1,9})(?=[ \t]*(?:\.[A-Z]\/|\r?\n|$))/g;
const PNL_REMARK_AFTER = /^[ \t]*(?:\r?\n)?\.[A-Z]\//;

const pnl = (text: string, out: Finding[]): void => {
  const listed = PNL_HEADER.test(text);
  for (const match of text.matchAll(PNL_NAME)) {
    const names = match[2] as string;
    if (Number(match[1]) !== names.split('/').length - 1) continue;
    const start = (match.index as number) + (match[1] as string).length;
    const end = start + names.trimEnd().length;
    if (!listed && !PNL_REMARK_AFTER.test(text.slice(end, end + 8))) continue;
    out.push(nameFinding(start, end, 'iata.pnl'));
  }
};

// A first and a last name in two fields whose keys are short for them, one right after the other
// (JSON, key=value, query strings): {"fn": "amira", "ln": "haddad"}, "gn=Ana&sn=Lopes",
// {"first": "Ruairi", "last": "Keane"}. Each key alone is too short to tell ('fn' is a function's
// field in code); the pair, and a value the gazetteer knows (a first name first or a surname
// after; both after 'first' and 'last'), tell a person's name.
// A key's and a value's quotes as JSON, a CSV cell ('""fn""') or an escaped string ('\"fn\"')
// write them.
const QUOTE = String.raw`(?:\\?["']){0,2}`;
const NAME_KEY_PAIR = new RegExp(
  String.raw`(fn|gn|fname|first|given|firstnm)${QUOTE}[ \t]*[:=][ \t]*${QUOTE}([\p{L}][\p{L}'’ .-]{0,40}?)${QUOTE}[ \t]*[,;&\n][ \t]*${QUOTE}(ln|sn|lname|last|family|surname|lastnm)${QUOTE}[ \t]*[:=][ \t]*${QUOTE}([\p{L}][\p{L}'’ .-]{0,40}?)(?=["'&,;\n}\\]|[ \t]*$)`,
  'myu',
);
const GENERIC_KEYS = new Set(['first', 'given']);
const knownAs = (word: string, flag: number): boolean => (nameFlags(foldText(word)) & flag) !== 0;
const NAME_WORDS = /^[\p{L}'’.-]+(?: [\p{L}'’.-]+){0,2}$/u;

/** The pairs read at each first-name key the lexicon's one pass found (most texts have none). */
const nameKeyPairs = (text: string, out: Finding[]): void => {
  for (const key of lexiconHits(text).of('nameKey')) {
    if (KEY_CHAR_BEFORE.test(text.charAt(key.start - 1))) continue;
    NAME_KEY_PAIR.lastIndex = key.start;
    const match = NAME_KEY_PAIR.exec(text);
    if (match === null) continue;
    const given = match[2] as string;
    const family = match[4] as string;
    if (!NAME_WORDS.test(given) || !NAME_WORDS.test(family)) continue;
    const firstKnown = given.split(' ').some((part) => knownAs(part, NAME_FLAGS.FIRST));
    const lastKnown = family.split(' ').some((part) => knownAs(part, NAME_FLAGS.LAST));
    // Keys that are everyday words ('first', 'last') want both names known.
    const generic = GENERIC_KEYS.has(match[1] as string);
    if (generic ? !(firstKnown && lastKnown) : !(firstKnown || lastKnown)) continue;
    const at = match.index;
    const givenStart = at + match[0].indexOf(given, (match[1] as string).length + 1);
    const familyStart = at + match[0].length - family.length;
    out.push(nameFinding(givenStart, givenStart + given.length, 'key-pair'));
    out.push(nameFinding(familyStart, familyStart + family.length, 'key-pair'));
  }
};
const KEY_CHAR_BEFORE = /[\p{L}\p{N}_]/u;

// LDAP and X.509 distinguished names: a CN (common name) followed by the next component of the
// name (OU=, DC=, O=…). A person's entry holds "Surname\, Given" (the comma escaped: "CN=Ó
// Briain\, Seán,OU=Users") or "Given Surname" ("CN=Anna Weber,OU=Staff"); groups, services,
// hosts and certificates ("CN=GG-Payroll-Approvers", "CN=svc-backup", "CN=www.example.com",
// "CN=Domain Admins") hold no such name.
const LDAP_CN = new RegExp(
  String.raw`(?<![${EDGE_ALNUM}_-])CN=((?:[^,=+"\\\n\r]|\\[^\n\r]){2,100})(?=[ \t]*,[ \t]*(?:CN|OU|DC|O|L|C|ST|UID)=)`,
  'giu',
);
// Each part of the name: words of letters, with apostrophes, hyphens and the dots of initials.
// The lead of each word holds no letter, so a word splits one way only (a letter class on both
// sides of \p{L} backtracked exponentially: 100 KB of long CN values took 11 s).
const NAME_PART =
  /^[\p{M}'’.-]*\p{L}[\p{L}\p{M}'’.-]*(?: [\p{M}'’.-]*\p{L}[\p{L}\p{M}'’.-]*){0,3}$/u;
const CAPITAL_START = /^\p{Lu}/u;
// Particles between the words of a name ("Sorcha Nic Dhonncha", "Jan van der Berg").
const CN_PARTICLES = new Set(
  [
    'ó',
    'ní',
    'nic',
    'mac',
    'mhic',
    'uí',
    'ua',
    'van',
    'von',
    'de',
    'der',
    'den',
    'del',
    'della',
  ].concat(['di', 'da', 'du', 'dos', 'das', 'le', 'la', 'ter', 'ten', 'zu', 'bin', 'al', 'el']),
);
// Words of a group's, a role's or a machine's common name ("CN=Print Operators").
const CN_NOT_PERSON = new Set(
  ['admins', 'administrators', 'users', 'user', 'group', 'groups', 'service', 'services', 'team']
    .concat(['operators', 'computers', 'servers', 'server', 'room', 'rooms', 'printer', 'printers'])
    .concat(['policy', 'account', 'accounts', 'desk', 'support', 'lab', 'ca', 'root', 'authority'])
    .concat(['owners', 'members', 'guests', 'readers', 'writers', 'approvers', 'managers', 'all']),
);

const isKnownCleanName = (word: string): boolean => {
  const flags = nameFlags(foldText(word));
  return (
    (flags & (NAME_FLAGS.FIRST | NAME_FLAGS.LAST)) !== 0 && (flags & NAME_FLAGS.AMBIGUOUS) === 0
  );
};

/** Whether a CN's value ("Ó Briain\, Seán", "Anna Weber") is a person's name. */
const isPersonCn = (value: string): boolean => {
  const parts = value.split('\\,').map((part) => part.trim());
  if (parts.length > 2 || parts.some((part) => !NAME_PART.test(part))) return false;
  const words = parts.join(' ').split(' ');
  // "Surname\, Given" is a person's entry whatever its words ('Root\, Amelia'); a group's words
  // rule out the other shape only.
  if (parts.length === 1 && words.some((word) => CN_NOT_PERSON.has(word.toLowerCase()))) {
    return false;
  }
  const named = words.filter((word) => !CN_PARTICLES.has(word.toLowerCase()));
  if (!named.every((word) => CAPITAL_START.test(word)) || named.length < 2) return false;
  // "Surname\, Given" is a person's entry by its shape; "Given Surname" when a name is known or
  // a particle stands inside it.
  return parts.length === 2 || named.length < words.length || words.some(isKnownCleanName);
};

const ldap = (text: string, out: Finding[]): void => {
  for (const match of text.matchAll(LDAP_CN)) {
    const value = (match[1] as string).trimEnd();
    if (!isPersonCn(value)) continue;
    const start = (match.index as number) + 3;
    out.push(nameFinding(start, start + value.length, 'ldap.cn'));
  }
};

/** Persons named in the fields of machine formats (medical, travel, claims, bank statements). */
export const structuredNameRecognizer: Recognizer = {
  name: RECOGNIZER,
  entities: ['PERSON_NAME', 'PASSPORT', 'ID_CARD', 'HEALTH_ID'],
  find: (text) => {
    const out: Finding[] = [];
    const caret = text.includes('^');
    if (caret && text.includes('PN')) dicom(text, out);
    if (caret && text.includes('PID|')) hl7(text, out);
    if (text.includes('+') && (text.includes('NAD+') || text.includes('DOC+'))) edifact(text, out);
    if (text.includes('NM1*')) x12(text, out);
    if (text.includes('?32')) swift(text, out);
    if (text.includes('/')) {
      bcbp(text, out);
      pnl(text, out);
    }
    if (text.includes('CN=') || text.includes('cn=')) ldap(text, out);
    nameKeyPairs(text, out);
    return out;
  },
};
