import { foldText } from './lexicon/fold.js';
import { lexiconHits } from './lexicon/index.js';
import { spansWithin } from './lexicon/near.js';
import { personCueFor } from './lexicon/person-context.js';
import type { Span } from './spans.js';

/**
 * Whether a contact detail (an address, a phone number, a mailbox) is a business's: a company,
 * venue or office word (the lexicon's 'business' terms) or a legal form written in capitals after
 * a name stands around it, and nothing says a person is meant (no name, no "my", no role word:
 * lexicon/person-context.ts). A company's letterhead, legal notice or invoice footer, not its
 * employee's card.
 */
export const inBusinessContext = (text: string, span: Span): boolean =>
  (spansWithin(lexiconHits(text).of('business'), span.start - BEFORE, span.end + AFTER).length >
    0 ||
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

// Legal forms in any case that are no everyday word: a company's own contact details stand next
// to them (letterheads, legal notices, invoice footers). ASCII edges, no 'u' flag (see above).
const LEGAL_FORM_ANY_CASE =
  /(?<![A-Za-z0-9])(?:gmbh|e\.v\.|ltd\.?|limited|llc|inc\.|plc|s\.a\.|sas|sarl|s\.a\.r\.l\.|s\.p\.a\.|spa|srl|s\.r\.l\.|s\.l\.|b\.v\.|n\.v\.|sp\. z o\.o\.|sp\.k\.|lda\.?|a\/s|aps|oyj|s\.r\.o\.|kft\.?|zrt\.?|d\.o\.o\.|d\.d\.|eood|uab|a\.e\.)(?![A-Za-z0-9])/i;

/**
 * Whether a phone number or mailbox is a company's: a legal form stands around it (not merely a
 * venue or office word, which a person's contact details sit next to as well: "call me on Friday,
 * sexta-feira"), and nothing says a person is meant.
 */
export const inCompanyContext = (text: string, span: Span): boolean => {
  const around = text.slice(Math.max(0, span.start - BEFORE), span.end + AFTER);
  return (
    (LEGAL_FORM.test(around) || LEGAL_FORM_ANY_CASE.test(around)) &&
    !SPEAKER.test(foldText(around)) &&
    personCueFor(text, span) === undefined
  );
};

// Someone speaking or spoken to ("I work at Siemens AG, call me on …"): the number may be theirs.
const SPEAKER =
  /(?<![a-z])(?:i|me|my|mine|you|your|ich|mich|mir|mein|meine|du|dich|dir|dein|je|moi|mon|ma|mes|tu|toi|ton|io|mi|mio|mia|yo|ik|mij|mijn|jij|je|jag|mig|min|mitt|du|dig|din|jeg|meg|mig|ja|mnie|moj|moja|eu|meu|minha|minä|minun)(?![a-z])/;
