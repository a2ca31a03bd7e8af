import type { Finding, Recognizer } from '../recognizer.js';
import { tokenStarts } from '../spans.js';

/**
 * Hashed e-mail addresses, phone numbers and user ids (an ad platform's audience file,
 * "email_sha256,country"): a hash of an address still singles out its person, who can be matched
 * by hashing the address again, so it is pseudonymised personal data (GDPR recital 26). Found
 * where a column header, or a label right before the value, names both a person's identifier and
 * a hash; a hash column of no person ('sha256', 'checksum', 'commit') is left alone.
 */

const HASH_WORD = '(?:sha-?(?:1|224|256|384|512)|md5|hash(?:ed)?|hashes)';
// Longer spellings first: 'sha256_email_address' is no 'sha256_email' followed by '_address'.
const SUBJECT_WORD =
  '(?:email_address|e-?mail_address|phone_number|e-?mails?|mail|phone|tel|mobile|msisdn|user(?:_?id)?|customer(?:_?id)?|member(?:_?id)?)';
// A header or label naming both, either way round ("email_sha256", "hashed_email", "sha256(email)").
const LABEL = new RegExp(
  `(?<![A-Za-z0-9])(?:${SUBJECT_WORD}[ _.-]?(?:${HASH_WORD})|${HASH_WORD}[ _.(-]?${SUBJECT_WORD}\\)?)(?![A-Za-z0-9])`,
  'gi',
);
const HASH = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9A-F]{32}|[0-9A-F]{40}|[0-9A-F]{64})$/;
// Quotes doubled too, as a CSV cell writes them ('""sha256_email"":""5d2a…""').
const LABELLED = /^["' ]{0,2}\s*[:=]\s*["']{0,2}([0-9A-Fa-f]{32,64})(?![0-9A-Za-z])/;
const DELIMITERS = [',', ';', '\t', '|'] as const;
const MAX_ROWS = 500;
// Cheap first looks: a hash is a whole token of 32 to 64 letters and digits (the shared token
// index says whether the text holds one), and a hash word in some spelling.
const LONG_TOKENS = tokenStarts(32, 64);
const GATE = /sha|md5|hash/i;
// A column headed by a person's contact identifier alone ("Email,Phone,Country"), whose cells are
// hashes: an audience file says no more ("Customer Match" uploads), and an address or a number
// hashed is still its person's.
const CONTACT_HEADER =
  /(?<![A-Za-z0-9])(?:e-?mails?|email_address|e-mail address|phone|phone_number|mobile|msisdn)(?![A-Za-z0-9])/gi;
const CONTACT_GATE = /mail|phone|mobile|msisdn/i;

const finding = (start: number, end: number): Finding => ({
  type: 'PERSON_REFERENCE',
  category: 'online',
  start,
  end,
  score: 0.8,
  recognizer: 'hashed-identifier',
  detail: 'hashed-identifier',
});

const lineBounds = (text: string, at: number): [number, number] => {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const newline = text.indexOf('\n', at);
  return [start, newline === -1 ? text.length : newline];
};

/** The cells of column `index` below a header line, while rows keep its delimiter. */
const column = (text: string, from: number, delimiter: string, index: number, out: Finding[]) => {
  let start = from;
  for (let row = 0; row < MAX_ROWS && start < text.length; row++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim() !== '') {
      const cells = line.split(delimiter);
      if (cells.length <= index) break;
      let offset = start;
      for (let i = 0; i < index; i++) offset += (cells[i] as string).length + 1;
      const raw = cells[index] as string;
      const cell = raw.trim().replace(/^["']|["']$/g, '');
      if (HASH.test(cell)) {
        const at = offset + raw.indexOf(cell);
        out.push(finding(at, at + cell.length));
      }
    }
    if (newline === -1) break;
    start = newline + 1;
  }
};

/** The column at `at` of its line read as a header: the first delimiter the line holds, and its index. */
const headerColumn = (
  text: string,
  at: number,
): { header: string; delimiter: string; index: number; lineEnd: number } | undefined => {
  const [lineStart, lineEnd] = lineBounds(text, at);
  const header = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const delimiter = DELIMITERS.find((candidate) => header.includes(candidate));
  if (delimiter === undefined) return undefined;
  const index = text.slice(lineStart, at).split(delimiter).length - 1;
  return { header, delimiter, index, lineEnd };
};

export const hashedIdentifierRecognizer: Recognizer = {
  name: 'hashed-identifier',
  entities: ['PERSON_REFERENCE'],
  find: (text) => {
    if (LONG_TOKENS(text).length === 0) return [];
    const hashWord = GATE.test(text);
    if (!hashWord && !CONTACT_GATE.test(text)) return [];
    const out: Finding[] = [];
    for (const match of text.matchAll(CONTACT_HEADER)) {
      const found = headerColumn(text, match.index as number);
      if (found === undefined) continue;
      const { header, delimiter, index, lineEnd } = found;
      const cell = (header.split(delimiter)[index] ?? '').trim();
      if (cell.replace(/^["']|["']$/g, '').toLowerCase() !== match[0].toLowerCase()) continue;
      column(text, lineEnd + 1, delimiter, index, out);
    }
    if (!hashWord) return out;
    for (const match of text.matchAll(LABEL)) {
      const at = match.index as number;
      const after = at + match[0].length;
      const labelled = LABELLED.exec(text.slice(after, after + 72));
      if (labelled !== null) {
        const value = labelled[1] as string;
        if (HASH.test(value)) {
          const start = after + labelled[0].length - value.length;
          out.push(finding(start, start + value.length));
        }
        continue;
      }
      const found = headerColumn(text, at);
      if (found !== undefined) column(text, found.lineEnd + 1, found.delimiter, found.index, out);
    }
    return out;
  },
};
