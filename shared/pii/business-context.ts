import { lexiconHits } from './lexicon/index.js';
import { spansWithin } from './lexicon/near.js';
import { personCueFor } from './lexicon/person-context.js';
import type { Span } from './spans.js';

/**
 * Whether a postal address or a customer number is a business's: a company, venue or office word
 * (the lexicon's 'business' terms) or a legal form written in capitals after a name stands around
 * it, or, for an address (`venues`), a kind of shop before it (the 'venue' terms: "Farmacia
 * Comunale — Via Garibaldi 27"), and nothing says a person is meant (no name, no "my", no role
 * word: person-context.ts). A shop's word does not make its customer's number the shop's.
 * Not used for phone numbers and mailboxes: next to a company's name they may be an employee's,
 * and stay personal (fail closed).
 */
export const inBusinessContext = (text: string, span: Span, venues = false): boolean =>
  (spansWithin(lexiconHits(text).of('business'), span.start - BEFORE, span.end + AFTER).length >
    0 ||
    (venues &&
      spansWithin(lexiconHits(text).of('venue'), span.start - BEFORE, span.start).length > 0) ||
    LEGAL_FORM.test(text.slice(Math.max(0, span.start - BEFORE), span.end + AFTER))) &&
  personCueFor(text, span) === undefined;

const BEFORE = 100;
const AFTER = 40;

// Legal forms written in capitals, which in lower case are everyday words ('AB', 'AS', 'Oy',
// 'OÜ', 'AG', 'KG', 'SA', 'SIA'): read case-sensitively, right after a capitalised name
// ("Norrlands Trävaror AB"), not after digits ("1012 AB Amsterdam"). Latin and Cyrillic letters
// spelt out as ranges, so that the pattern needs no 'u' flag: Unicode classes cost milliseconds
// to compile on a cold start's first call.
const LEGAL_FORM =
  /[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΏΑ-ΩА-Я][A-Za-zÀ-ÖØ-öø-ɏΆ-ώА-яЁёІіЇїЄє'’&.-]*[ \t](?:AB|Oy|OY|OÜ|AS|SIA|AG|KG|SE|SA|BV|NV|ApS|Kft\.?|Zrt\.?|Nyrt\.?|a\.s\.|ЕООД|ООД|АД|ЕАД)(?![A-Za-zÀ-ÖØ-öø-ɏΆ-ώА-я0-9])/;
