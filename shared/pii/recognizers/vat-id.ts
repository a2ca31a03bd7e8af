import type { Recognizer } from '../recognizer.js';
import { isWordChar, type Span, scanCandidates, toFinding } from '../spans.js';
import { VAT_PREFIXES, type VatHolder, vatHolder } from '../vat-prefix.js';

// Upper-case country prefix, then a flat run of upper-case alphanumerics and separators; the
// longest prefix of that run (cut at a separator) which validates is the VAT number.
const CANDIDATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${Object.keys(VAT_PREFIXES).join('|')})[ .:-]{0,3}[0-9A-Z][0-9A-Z .,-]{4,20}`,
  'gu',
);
const PREFIX = /^(?:CHE|[A-Z]{2})/;
const SEPARATOR = /[ .,-]/;

// A dot, comma or dash with a digit right after it is inside a number ('RO 756.9217.0769.85', a
// Swiss AHV number): no VAT number ends there.
const INSIDE_NUMBER = /^[.,-]\d/;

/**
 * Ends of the body worth trying, longest first: before each separator (a space, or punctuation
 * not inside a number), and the whole run.
 */
const cutPoints = (text: string, bodyStart: number, end: number): number[] => {
  const cuts = [end];
  for (let i = end - 1; i > bodyStart; i--) {
    if (
      SEPARATOR.test(text.charAt(i)) &&
      !SEPARATOR.test(text.charAt(i - 1)) &&
      !INSIDE_NUMBER.test(text.slice(i, i + 2))
    ) {
      cuts.push(i);
    }
  }
  return cuts;
};

interface VatMatch extends Span {
  readonly prefix: string;
  readonly holder: VatHolder;
}

const toVat = (text: string, start: number, end: number): VatMatch | undefined => {
  const prefix = PREFIX.exec(text.slice(start, start + 3))?.[0] ?? '';
  const bodyStart = start + prefix.length;
  for (const cut of cutPoints(text, bodyStart, end)) {
    if (isWordChar(text, cut)) continue;
    const holder = vatHolder(prefix, text.slice(bodyStart, cut));
    if (holder !== undefined) return { start, end: cut, prefix, holder };
  }
  return undefined;
};

const COMPANY = { type: 'VAT_ID', category: 'business_id' } as const;
const INDIVIDUAL = { type: 'TAX_ID', category: 'tax_id' } as const;

/**
 * EU (and CH, GB, XI) VAT numbers with their country prefix, validated by stdnum. A company's VAT
 * number is a business identifier (not personal on its own); one stdnum says belongs to a natural
 * person (an ES NIF, a CZ birth number) is reported as that person's TAX_ID.
 */
export const vatIdRecognizer: Recognizer = {
  name: 'vat-id',
  entities: ['VAT_ID', 'TAX_ID'],
  find: (text) =>
    scanCandidates(text, CANDIDATE, (start, end) => toVat(text, start, end)).map((match) =>
      toFinding(match, {
        ...(match.holder === 'company' ? COMPANY : INDIVIDUAL),
        score: 1,
        recognizer: 'vat-id',
        detail: `${match.prefix.toLowerCase()}.vat`,
      }),
    ),
};
