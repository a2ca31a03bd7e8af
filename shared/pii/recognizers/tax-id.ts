import { hungarianTaxId, idnrDigits } from '../checksums.js';
import { contextPattern } from '../context.js';
import {
  compact,
  GAP_LENGTH,
  gap,
  numericScheme,
  PERSONAL_NUMBER_WORDS,
  TAX,
  token,
} from '../id-schemes/common.js';
import type { Recognizer } from '../recognizer.js';
import { allOf, byDigits, byPattern, findIds, type IdScheme } from '../schemes.js';
import { digitRunStarts, runPairStarts, type Span } from '../spans.js';
import { stdnumValid } from '../stdnum.js';

const either =
  (...sources: readonly ((text: string) => Span[])[]) =>
  (text: string): Span[] =>
    sources.flatMap((source) => source(text));

const numeric = numericScheme(TAX);
// Where a group may be followed by a space (or a soft line break: see gap).
const SPACE = gap(' ');

// German Steuernummer: regional forms with slashes ('181/815/08155', '12/345/6789'), the
// nationwide 13 digits (state 01-16 first) or 10-12 bare digits; stdnum knows most regional
// forms. Either needs the name of a tax number ('Steuernummer', 'tax id', 'numéro fiscal').
export const STNR_SLASHED = token(
  `\\d{2,5}${SPACE}/${SPACE}\\d{3,5}(?:${SPACE}/${SPACE}\\d{4,5})?(?: \\d)?`,
);
const stnrWellFormed = (value: string): boolean =>
  value.length === 13 ? /^(?:0[1-9]|1[0-6])/.test(value) : value.length >= 10 && value.length <= 12;

// Austrian Steuernummer: tax office, dash, three digits, slash, four digits ('81 - 590/9908').
export const AT_TIN = token(`\\d{2}${SPACE}-?${SPACE}\\d{3}${SPACE}/${SPACE}\\d{4}`);
// Where each may start: a group, then within a slash (and a dash) between gaps the next group;
// the Austrian office and its three digits may also be written glued ('81590/9908').
const SLASH_GAP = 2 * GAP_LENGTH + 1;
export const STNR_STARTS = runPairStarts([2, 3, 4, 5], [3, 4, 5], SLASH_GAP);
export const AT_TIN_STARTS = runPairStarts([2], [3], SLASH_GAP, [5]);

// Portuguese NIF: individuals start with 1, 2 or 3 (45 for non-residents); others are companies.
const PT_INDIVIDUAL = /^(?:[123]|45)/;
const ptIndividual = allOf((value) => PT_INDIVIDUAL.test(value), stdnumValid('PT', 'nif'));

/** Personal tax identification numbers: validated, and only next to a word for a personal number. */
const SCHEMES: readonly IdScheme[] = [
  // The Steuer-ID is the IdNr's everyday name: next to it the IdNr wins over an OIB or PESEL.
  numeric(
    'de.idnr',
    allOf(idnrDigits, stdnumValid('DE', 'idnr')),
    [11],
    ['idnr', 'id nr', 'steuer id', 'steueridentifikation', 'steuerliche identifikation'],
  ),
  {
    ...numeric('de.stnr', stdnumValid('DE', 'stnr'), [10], ['steuernummer', 'st nr', 'stnr']),
    candidates: either(byDigits(10, 11, 12, 13), byPattern(STNR_SLASHED, STNR_STARTS)),
    context: contextPattern(['tax']),
    isWellFormed: stnrWellFormed,
  },
  {
    ...numeric('at.tin', stdnumValid('AT', 'tin'), [9], ['steuernummer', 'abgabenkonto']),
    candidates: either(byDigits(9), byPattern(AT_TIN, AT_TIN_STARTS)),
  },
  numeric('fr.nif', stdnumValid('FR', 'nif'), [13], ['spi', 'numero fiscal']),
  numeric('gb.utr', stdnumValid('GB', 'utr'), [10], ['utr', 'unique taxpayer']),
  numeric('fi.veronumero', (value) => value.length === 12, [12], ['veronumero']),
  numeric('pt.nif', ptIndividual, [9], ['nif', 'contribuinte']),
  numeric('gr.afm', stdnumValid('GR', 'vat'), [9], ['afm', 'αφμ']),
  numeric('si.davcna', stdnumValid('SI', 'ddv'), [8], ['davcna']),
  numeric('hu.adoazonosito', hungarianTaxId, [10], ['adoazonosito']),
  {
    id: 'cy.tic',
    ...TAX,
    isValid: stdnumValid('CY', 'vat'),
    candidates: byPattern(token('\\d{8}[A-Za-z]'), digitRunStarts(8)),
    context: PERSONAL_NUMBER_WORDS,
    normalise: compact,
  },
];

/** Personal tax identification numbers, validated (stdnum or checksums.ts) next to a tax word. */
export const taxIdRecognizer: Recognizer = {
  name: 'tax-id',
  entities: ['TAX_ID'],
  find: (text) => findIds(text, SCHEMES, 'tax-id'),
};

/** The scheme ids this recognizer knows (documentation and tests). */
export const TAX_ID_SCHEMES: readonly string[] = SCHEMES.map((scheme) => scheme.id);
