/**
 * A wide run of the suite's insertion property: one valid identifier, on its own line, anywhere in
 * other text makes the text personal. The suite runs it on a fixed seed (tests/shared/pii/
 * classify.test.ts); this runs it on as many cases as asked, on any seed, and prints each miss's
 * shortest payload (test identifiers only: no one's data) so it can become a case in the suite.
 *
 *   npm run hunt:insertions -- [--runs 100000] [--seed 1]
 *
 * Two kinds of surrounding text: printable ASCII, as in the suite; and words that labels, prefixes
 * and company words are made of ('KRS', 'DE', 'hotline', 'SL'), which random ASCII rarely spells,
 * the second also with the identifier set off by a space or ': ' instead of line breaks. A miss in
 * the first fails the run (exit 1). The others report misses the policy intends too (a number
 * after 'hotline' or 'switchboard' is a company's line, not a person's), and ones where the
 * identifier runs into the digits beside it and is no longer that number.
 */
import fc from 'fast-check';
import { classify } from '../../shared/pii/classify.js';
import { VALID_IDENTIFIERS } from '../../tests/shared/pii/helpers.js';

const option = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new Error(`--${name} takes a whole number, got ${process.argv[at + 1]}`);
  }
  return value;
};

const RUNS = option('runs', 100_000);
const SEED = option('seed', 1);

const LABEL_WORDS = [
  ...'krs regon ico ičo kvk cvr siren siret rcs cui eik hra hrb cro y-tunnus org nr. no. uid'.split(
    ' ',
  ),
  ...'vat mwst ust ust-id p.iva btw tva moms nip nif cif nipc afm αφμ dič oib tin ssn iban bic'.split(
    ' ',
  ),
  ...'pl de el ch gb it es fr nl at be cz sk dk fi se ee lv lt hu ro bg si hr lu mt cy ie pt xi'.split(
    ' ',
  ),
  ...'sl sa ag ab as bv nv kg oy ltd gmbh srl sku isbn issn ref id tel fax po box order'.split(' '),
  ...'invoice date phone mobile call hotline switchboard office kontakt'.split(' '),
];

const ascii = fc.string({ unit: 'grapheme-ascii', maxLength: 200 });
const word = fc.oneof(
  fc.constantFrom(...LABEL_WORDS),
  fc.constantFrom(...LABEL_WORDS).map((w) => w.toUpperCase()),
  fc.string({ unit: 'grapheme-ascii', maxLength: 6 }),
);
const separator = fc.constantFrom(' ', '\n', ': ', '. ', '-', '\t', ' #', ':', '');
const labelWords = fc
  .array(fc.tuple(word, separator), { maxLength: 12 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

interface Hunt {
  readonly misses: number;
  readonly shortest: ReadonlyMap<string, string>;
}

const hunt = (
  text: fc.Arbitrary<string>,
  seed: number,
  setOff: fc.Arbitrary<string> = fc.constant('\n'),
): Hunt => {
  const cases = fc.sample(fc.tuple(text, fc.nat(), fc.constantFrom(...VALID_IDENTIFIERS), setOff), {
    numRuns: RUNS,
    seed,
  });
  const shortest = new Map<string, string>();
  let misses = 0;
  for (const [around, at, identifier, by] of cases) {
    const cut = at % (around.length + 1);
    const payload = `${around.slice(0, cut)}${by}${identifier}${by}${around.slice(cut)}`;
    if (classify(payload).classification === 'personal') continue;
    misses++;
    const known = shortest.get(identifier);
    if (known === undefined || payload.length < known.length) shortest.set(identifier, payload);
  }
  return { misses, shortest };
};

const report = (name: string, result: Hunt): void => {
  const rate = ((100 * result.misses) / RUNS).toFixed(4);
  console.log(`${name}: ${result.misses} misses of ${RUNS} (${rate}%), seed ${SEED}`);
  for (const [identifier, payload] of result.shortest) {
    console.log(`  ${identifier}: ${JSON.stringify(payload)}`);
  }
};

const started = Date.now();
const asciiHunt = hunt(ascii, SEED);
report('printable ASCII around', asciiHunt);
report('label and company words around', hunt(labelWords, SEED + 1));
// Set off by a space or ': ' instead of line breaks, the identifier can run into the digits of
// the text around it ('NHS 943 476 5870 1'), which is no longer that number: reported, not failed.
report(
  "label and company words around, set off by ' ' or ': '",
  hunt(labelWords, SEED + 2, fc.constantFrom(' ', ': ')),
);
console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
if (asciiHunt.misses > 0) process.exitCode = 1;
