import type { Validator } from 'stdnum';
import * as AD from 'stdnum/lib/cjs/ad/index.js';
import * as AT from 'stdnum/lib/cjs/at/index.js';
import * as BE from 'stdnum/lib/cjs/be/index.js';
import * as BG from 'stdnum/lib/cjs/bg/index.js';
import * as CH from 'stdnum/lib/cjs/ch/index.js';
import * as CY from 'stdnum/lib/cjs/cy/index.js';
import * as CZ from 'stdnum/lib/cjs/cz/index.js';
import * as DE from 'stdnum/lib/cjs/de/index.js';
import * as DK from 'stdnum/lib/cjs/dk/index.js';
import * as EE from 'stdnum/lib/cjs/ee/index.js';
import * as ES from 'stdnum/lib/cjs/es/index.js';
import * as FI from 'stdnum/lib/cjs/fi/index.js';
import * as FR from 'stdnum/lib/cjs/fr/index.js';
import * as GB from 'stdnum/lib/cjs/gb/index.js';
import * as GR from 'stdnum/lib/cjs/gr/index.js';
import * as HR from 'stdnum/lib/cjs/hr/index.js';
import * as HU from 'stdnum/lib/cjs/hu/index.js';
import * as IE from 'stdnum/lib/cjs/ie/index.js';
import * as IS from 'stdnum/lib/cjs/is/index.js';
import * as IT from 'stdnum/lib/cjs/it/index.js';
import * as LI from 'stdnum/lib/cjs/li/index.js';
import * as LT from 'stdnum/lib/cjs/lt/index.js';
import * as LU from 'stdnum/lib/cjs/lu/index.js';
import * as LV from 'stdnum/lib/cjs/lv/index.js';
import * as MT from 'stdnum/lib/cjs/mt/index.js';
import * as NL from 'stdnum/lib/cjs/nl/index.js';
import * as NO from 'stdnum/lib/cjs/no/index.js';
import * as PL from 'stdnum/lib/cjs/pl/index.js';
import * as PT from 'stdnum/lib/cjs/pt/index.js';
import * as RO from 'stdnum/lib/cjs/ro/index.js';
import * as SE from 'stdnum/lib/cjs/se/index.js';
import * as SI from 'stdnum/lib/cjs/si/index.js';
import * as SK from 'stdnum/lib/cjs/sk/index.js';

// Only the countries the recognizers use: the package index loads all of them, one of which
// (mx) builds its tables in quadratic time, at every cold start.
// The modules' declared types mark `abbreviation` optional; the package index declares them as
// Validator, as here.
/** stdnum's validators by country (upper case) and name, for the countries used here. */
export const STDNUM = {
  AD,
  AT,
  BE,
  BG,
  CH,
  CY,
  CZ,
  DE,
  DK,
  EE,
  ES,
  FI,
  FR,
  GB,
  GR,
  HR,
  HU,
  IE,
  IS,
  IT,
  LI,
  LT,
  LU,
  LV,
  MT,
  NL,
  NO,
  PL,
  PT,
  RO,
  SE,
  SI,
  SK,
} as unknown as Readonly<Record<string, Readonly<Record<string, Validator>>>>;

/** stdnum's euVat table (same validators, same order), without loading the package index. */
export const EU_VAT = {
  AD: [AD.nrt],
  AT: [AT.uid],
  BE: [BE.vat],
  BG: [BG.vat],
  CH: [CH.vat],
  HR: [HR.oib],
  CY: [CY.vat],
  DE: [DE.vat],
  CZ: [CZ.dic],
  DK: [DK.cvr],
  ES: [ES.nif],
  EE: [EE.kmkr],
  FI: [FI.alv],
  FR: [FR.tva],
  GR: [GR.vat],
  HU: [HU.anum],
  IE: [IE.vat],
  IT: [IT.iva],
  LT: [LT.pvm],
  LU: [LU.tva],
  LV: [LV.pvn],
  MT: [MT.vat],
  NL: [NL.btw],
  PL: [PL.nip],
  PT: [PT.nif],
  RO: [RO.cif],
  SE: [SE.vat],
  SI: [SI.ddv],
  SK: [SK.dph],
} as unknown as Readonly<Record<string, readonly Validator[]>>;

type ValidateResult = ReturnType<Validator['validate']>;

// stdnum reports a rejected number as an Error object, and V8 captures a stack trace for each:
// a tenth of the classifier's time went there. validate() is synchronous, so switching capture
// off around it affects nothing else, and the limit is always put back.
/** validator.validate(value) without the cost of the stack traces of the errors it builds. */
export const validateQuietly = (validator: Validator, value: string): ValidateResult => {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return validator.validate(value);
  } finally {
    Error.stackTraceLimit = limit;
  }
};
