import type { Span } from '../spans.js';
import { lineAt } from './tokens.js';

// A documentation's, a test's or a made-up case's record ("# example.yaml (placeholder values)",
// "sample payload from the API reference", 'https://sandbox.example.com/…', "Fixture users:", "Case
// study (fictional)"), or a system's account or cluster member rather than a person's ('USER_ID:
// 1000' over 'GROUP_ID: 1000', 'useradd -u', an etcd member): its ids are no one's. Read on the
// value's line and the few lines before it.
const EXAMPLE_WORD =
  /(?<![\p{L}\p{N}_])(?:example|examples|sample|placeholder|placeholders|sandbox|dummy|mock|lorem|fixtures?|seed|simulated|synthetic|fictional|fictitious|fiktiv|fictif|fictive|ficticio|ficticia|fittizio|fittizia|fikcyjny|fikcyjna|erfunden|keksitty|hypothetical|group_id|groupadd|useradd|gid|etcd|raft|quorum)(?![\p{L}\p{N}_])/iu;
const EXAMPLE_REACH = 200;
/** Whether the record around a value is an example's (its line and the lines just before). */
export const inExample = (text: string, span: Span): boolean =>
  EXAMPLE_WORD.test(
    text.slice(Math.max(0, span.start - EXAMPLE_REACH), lineAt(text, span.end).end),
  );

// A number that is a placeholder's, not anyone's: all zeros or nines, or a count up ('1234',
// '12345678').
const COUNT_UP = '1234567890';
const MIN_COUNT_UP = 4;
/** Whether a number's digits are a placeholder's ('0000', '9999', '1234'). */
export const isPlaceholderDigits = (digits: string): boolean =>
  /^(?:0+|9+)$/.test(digits) || (digits.length >= MIN_COUNT_UP && COUNT_UP.startsWith(digits));

// The names forms, textbooks and test data fill in, a first name and a surname in either order
// ("Max Mustermann", "Ola Nordmann", "Jan Kowalski", "DUPONT Jean", "Иван Иванов": a
// sixty-seventh and a seventieth red-team set): no one's where a word for an example, a sample,
// a template or a made-up case stands in their line or the lines just before (a real "Jan
// Kowalski" is written of too), and no one's anywhere with a surname that is only a
// placeholder's ('Mustermann', 'Meikäläinen', 'Modaal', 'Bloggs').
const PLACEHOLDER_PAIRS: readonly (readonly [string, string])[] = [
  ['max|erika|maximilian', 'mustermann|musterfrau'],
  ['ola|kari', 'nordmann'],
  ['sven|anna', 'svensson'],
  ['jens|mette', 'hansen'],
  ['matti|maija', 'meikäläinen|meikalainen'],
  ['jan|anna', 'kowalski|kowalska|nowak'],
  ['jan|jana', 'novák|novak|nováková|novakova'],
  ['janez', 'novak'],
  ['jean|marie', 'dupont|dupond|durand'],
  ['juan|juana', 'pérez|perez|español|espanol'],
  ['mario|maria', 'rossi|bianchi'],
  ['john|jane', 'doe|roe'],
  ['joe|jane', 'bloggs'],
  ['jan', 'modaal|jansen|janssen'],
  ['иван', 'иванов|петров'],
  ['іван', 'іванов|петренко'],
  ['γεώργιος|γιώργος|μαρία', 'παπαδόπουλος|παπαδοπούλου'],
  ['ion|ioana', 'popescu|ionescu'],
  ['ivan|pero|marko', 'horvat|perić|peric|marković|markovic'],
  ['jonas', 'jonaitis|petraitis'],
  ['jānis|janis', 'bērziņš|berzins'],
  ['jaan|mari', 'tamm|maasikas'],
  ['jón|jon|jóna|jona', 'jónsson|jonsson|jónsdóttir|jonsdottir'],
  ['joão|joao|maria', 'da silva|silva'],
  ['ahmet|ayşe|ayse', 'yılmaz|yilmaz'],
  ['jakab', 'gipsz'],
];
const PLACEHOLDER_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${PLACEHOLDER_PAIRS.map(
    ([first, last]) => `(?:${first})[ \\t]+(?:${last})|(?:${last})[ \\t]+(?:${first})`,
  ).join('|')}|fulan[oa] de tal)(?![\\p{L}\\p{N}])`,
  'giu',
);
const ONLY_PLACEHOLDERS = /mustermann|musterfrau|meik[aä]l[aä]inen|modaal|bloggs|gipsz|fulan[oa]/iu;
// The stems of words for an example, a sample or a template, also inside a compound
// ('Beispielprofil', 'Utfyllingseksempel', 'Täyttöesimerkki', 'образеца', 'υποδείγματα'); not
// those that are everyday words too (the Spanish 'primer', "first"; 'modelo', 'malli', "model").
const EXAMPLE_STEM =
  /example|sample|template|specimen|placeholder|fictional|fictitious|beispiel|muster|vorlage|fiktiv|exemple|modèle|fictif|ejemplo|plantilla|ficticio|esempio|fittizi|voorbeeld|sjabloon|przykład|przyklad|wzór|wzor|podręcznik|podrecznik|fikcyjn|exemplo|exempel|eksempel|esimerkki|příklad|priklad|príklad|ukázka|ukazka|vzor|fiktivn|testovac|példa|minta|exemplu|пример|образ[еe]ц|приклад|зразок|primjer|zgled|pavyzd|piemēr|näide|dæmi|παράδειγμ|υπόδειγμ|ενδεικτικ/iu;

// How far around a name found the pair is looked for: the longest pair, and a little more.
const PAIR_REACH = 32;

/**
 * Whether a name found (`span`) is part of a placeholder's (see PLACEHOLDER_PAIRS). The pattern is
 * tried only around the name, not over the whole text (a pattern of many alternatives tried at
 * every character cost a tenth of the classifier's time).
 */
export const isPlaceholderName = (text: string, span: Span): boolean => {
  const from = Math.max(0, span.start - PAIR_REACH);
  const window = text.slice(from, Math.min(text.length, span.end + PAIR_REACH));
  for (const match of window.matchAll(PLACEHOLDER_NAME)) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (
      start < span.end &&
      span.start < end &&
      (ONLY_PLACEHOLDERS.test(match[0]) ||
        EXAMPLE_STEM.test(text.slice(Math.max(0, start - EXAMPLE_REACH), lineAt(text, end).end)))
    ) {
      return true;
    }
  }
  return false;
};

// The streets forms fill in ("Musterstraße 1", "Esimerkkikatu 1", "Exempelgatan 1", "1 rue de
// l'Exemple", "Vzorová 1": a sixty-seventh and a seventieth red-team set, a review): no one
// lives there.
const PLACEHOLDER_STREET =
  /muster|esimerkki|exempel|eksempel|example|exemple|exemplo|exemplului|ejemplo|esempio|beispiel|voorbeeld|przykładow|przykladow|vzorov|példa/iu;
/** Whether a street address is a form's placeholder ('Musterstraße 1'). */
export const isPlaceholderStreet = (address: string): boolean => PLACEHOLDER_STREET.test(address);

// A template's slot named after a term ("a majka boluje od {{bolest}}", a review of the
// twenty-ninth session): the value goes there, the word itself is no one's.
const SLOT_OPEN = /(?:\{\{|\{|\[|<)[ \t]*$/;
const SLOT_CLOSE = /^[ \t]*(?:\}\}|\}|\]|>)/;
/** Whether a word found stands in a template's slot ('{{bolest}}', '[diagnosis]'). */
export const isPlaceholderSlot = (text: string, span: Span): boolean =>
  SLOT_OPEN.test(text.slice(Math.max(0, span.start - 3), span.start)) &&
  SLOT_CLOSE.test(text.slice(span.end, span.end + 3));
