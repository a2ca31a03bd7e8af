import type { Validator } from 'stdnum';
import * as AD_nrt from 'stdnum/lib/cjs/ad/nrt.js';
import * as AT_tin from 'stdnum/lib/cjs/at/tin.js';
import * as AT_uid from 'stdnum/lib/cjs/at/uid.js';
import * as AT_vnr from 'stdnum/lib/cjs/at/vnr.js';
import * as BE_bis from 'stdnum/lib/cjs/be/bis.js';
import * as BE_nn from 'stdnum/lib/cjs/be/nn.js';
import * as BE_vat from 'stdnum/lib/cjs/be/vat.js';
import * as BG_egn from 'stdnum/lib/cjs/bg/egn.js';
import * as BG_pnf from 'stdnum/lib/cjs/bg/pnf.js';
import * as BG_vat from 'stdnum/lib/cjs/bg/vat.js';
import * as BR_cpf from 'stdnum/lib/cjs/br/cpf.js';
import * as CH_uid from 'stdnum/lib/cjs/ch/uid.js';
import * as CH_vat from 'stdnum/lib/cjs/ch/vat.js';
import * as CY_vat from 'stdnum/lib/cjs/cy/vat.js';
import * as CZ_dic from 'stdnum/lib/cjs/cz/dic.js';
import * as CZ_ico from 'stdnum/lib/cjs/cz/ico.js';
import * as DE_idnr from 'stdnum/lib/cjs/de/idnr.js';
import * as DE_stnr from 'stdnum/lib/cjs/de/stnr.js';
import * as DE_svnr from 'stdnum/lib/cjs/de/svnr.js';
import * as DE_vat from 'stdnum/lib/cjs/de/vat.js';
import * as DK_cpr from 'stdnum/lib/cjs/dk/cpr.js';
import * as DK_cvr from 'stdnum/lib/cjs/dk/cvr.js';
import * as EE_ik from 'stdnum/lib/cjs/ee/ik.js';
import * as EE_kmkr from 'stdnum/lib/cjs/ee/kmkr.js';
import * as EE_registrikood from 'stdnum/lib/cjs/ee/registrikood.js';
import * as ES_dni from 'stdnum/lib/cjs/es/dni.js';
import * as ES_nie from 'stdnum/lib/cjs/es/nie.js';
import * as ES_nif from 'stdnum/lib/cjs/es/nif.js';
import * as FI_alv from 'stdnum/lib/cjs/fi/alv.js';
import * as FI_ytunnus from 'stdnum/lib/cjs/fi/ytunnus.js';
import * as FR_nif from 'stdnum/lib/cjs/fr/nif.js';
import * as FR_nir from 'stdnum/lib/cjs/fr/nir.js';
import * as FR_siren from 'stdnum/lib/cjs/fr/siren.js';
import * as FR_siret from 'stdnum/lib/cjs/fr/siret.js';
import * as FR_tva from 'stdnum/lib/cjs/fr/tva.js';
import * as GB_nino from 'stdnum/lib/cjs/gb/nino.js';
import * as GB_utr from 'stdnum/lib/cjs/gb/utr.js';
import * as GB_vat from 'stdnum/lib/cjs/gb/vat.js';
import * as GR_amka from 'stdnum/lib/cjs/gr/amka.js';
import * as GR_vat from 'stdnum/lib/cjs/gr/vat.js';
import * as HR_oib from 'stdnum/lib/cjs/hr/oib.js';
import * as HU_anum from 'stdnum/lib/cjs/hu/anum.js';
import * as IE_vat from 'stdnum/lib/cjs/ie/vat.js';
import * as IS_kennitala from 'stdnum/lib/cjs/is/kennitala.js';
import * as IT_codicefiscale from 'stdnum/lib/cjs/it/codicefiscale.js';
import * as IT_iva from 'stdnum/lib/cjs/it/iva.js';
import * as LI_peid from 'stdnum/lib/cjs/li/peid.js';
import * as LT_asmens from 'stdnum/lib/cjs/lt/asmens.js';
import * as LT_pvm from 'stdnum/lib/cjs/lt/pvm.js';
import * as LU_tva from 'stdnum/lib/cjs/lu/tva.js';
import * as LV_pvn from 'stdnum/lib/cjs/lv/pvn.js';
import * as MT_vat from 'stdnum/lib/cjs/mt/vat.js';
import * as NL_bsn from 'stdnum/lib/cjs/nl/bsn.js';
import * as NL_btw from 'stdnum/lib/cjs/nl/btw.js';
import * as NL_onderwijsnummer from 'stdnum/lib/cjs/nl/onderwijsnummer.js';
import * as NO_fodselsnummer from 'stdnum/lib/cjs/no/fodselsnummer.js';
import * as NO_kontonr from 'stdnum/lib/cjs/no/kontonr.js';
import * as NO_orgnr from 'stdnum/lib/cjs/no/orgnr.js';
import * as PL_nip from 'stdnum/lib/cjs/pl/nip.js';
import * as PL_pesel from 'stdnum/lib/cjs/pl/pesel.js';
import * as PL_regon from 'stdnum/lib/cjs/pl/regon.js';
import * as PT_cc from 'stdnum/lib/cjs/pt/cc.js';
import * as PT_nif from 'stdnum/lib/cjs/pt/nif.js';
import * as RO_cif from 'stdnum/lib/cjs/ro/cif.js';
import * as RO_cnp from 'stdnum/lib/cjs/ro/cnp.js';
import * as RO_cui from 'stdnum/lib/cjs/ro/cui.js';
import * as RU_inn from 'stdnum/lib/cjs/ru/inn.js';
import * as SE_orgnr from 'stdnum/lib/cjs/se/orgnr.js';
import * as SE_personnummer from 'stdnum/lib/cjs/se/personnummer.js';
import * as SE_vat from 'stdnum/lib/cjs/se/vat.js';
import * as SI_ddv from 'stdnum/lib/cjs/si/ddv.js';
import * as SI_emso from 'stdnum/lib/cjs/si/emso.js';
import * as SK_dph from 'stdnum/lib/cjs/sk/dph.js';
import * as TR_tckimlik from 'stdnum/lib/cjs/tr/tckimlik.js';
import * as UA_rntrc from 'stdnum/lib/cjs/ua/rntrc.js';
import { ClassificationError } from '../errors.js';

// One module per validator, only those the recognizers use: a country's index loads all of its
// validators, and the package index every country (one of which, mx, builds its tables in
// quadratic time at every cold start). A scheme naming a validator missing here fails at module
// load (validatorFor below).
// The modules' declared types mark `abbreviation` optional; the package index declares them as
// Validator, as here.
/** stdnum's validators by country (upper case) and name, for those used here (company registers' too). */
export const STDNUM = {
  AD: { nrt: AD_nrt },
  AT: { tin: AT_tin, uid: AT_uid, vnr: AT_vnr },
  BE: { bis: BE_bis, nn: BE_nn, vat: BE_vat },
  BG: { egn: BG_egn, pnf: BG_pnf, vat: BG_vat },
  BR: { cpf: BR_cpf },
  CH: { uid: CH_uid, vat: CH_vat },
  CY: { vat: CY_vat },
  CZ: { dic: CZ_dic, ico: CZ_ico },
  DE: { idnr: DE_idnr, stnr: DE_stnr, svnr: DE_svnr, vat: DE_vat },
  DK: { cpr: DK_cpr, cvr: DK_cvr },
  EE: { ik: EE_ik, kmkr: EE_kmkr, registrikood: EE_registrikood },
  ES: { dni: ES_dni, nie: ES_nie, nif: ES_nif },
  FI: { alv: FI_alv, ytunnus: FI_ytunnus },
  FR: { nif: FR_nif, nir: FR_nir, siren: FR_siren, siret: FR_siret, tva: FR_tva },
  GB: { nino: GB_nino, utr: GB_utr, vat: GB_vat },
  GR: { amka: GR_amka, vat: GR_vat },
  HR: { oib: HR_oib },
  HU: { anum: HU_anum },
  IE: { vat: IE_vat },
  IS: { kennitala: IS_kennitala },
  IT: { codicefiscale: IT_codicefiscale, iva: IT_iva },
  LI: { peid: LI_peid },
  LT: { asmens: LT_asmens, pvm: LT_pvm },
  LU: { tva: LU_tva },
  LV: { pvn: LV_pvn },
  MT: { vat: MT_vat },
  NL: { bsn: NL_bsn, btw: NL_btw, onderwijsnummer: NL_onderwijsnummer },
  NO: { fodselsnummer: NO_fodselsnummer, kontonr: NO_kontonr, orgnr: NO_orgnr },
  PL: { nip: PL_nip, pesel: PL_pesel, regon: PL_regon },
  PT: { cc: PT_cc, nif: PT_nif },
  RO: { cif: RO_cif, cnp: RO_cnp, cui: RO_cui },
  RU: { inn: RU_inn },
  SE: { orgnr: SE_orgnr, personnummer: SE_personnummer, vat: SE_vat },
  SI: { ddv: SI_ddv, emso: SI_emso },
  SK: { dph: SK_dph },
  TR: { tckimlik: TR_tckimlik },
  UA: { rntrc: UA_rntrc },
} as unknown as Readonly<Record<string, Readonly<Record<string, Validator>>>>;

/** stdnum's euVat table (same validators, same order), without loading the package index. */
export const EU_VAT = {
  AD: [AD_nrt],
  AT: [AT_uid],
  BE: [BE_vat],
  BG: [BG_vat],
  CH: [CH_vat],
  HR: [HR_oib],
  CY: [CY_vat],
  DE: [DE_vat],
  CZ: [CZ_dic],
  DK: [DK_cvr],
  ES: [ES_nif],
  EE: [EE_kmkr],
  FI: [FI_alv],
  FR: [FR_tva],
  GR: [GR_vat],
  HU: [HU_anum],
  IE: [IE_vat],
  IT: [IT_iva],
  LT: [LT_pvm],
  LU: [LU_tva],
  LV: [LV_pvn],
  MT: [MT_vat],
  NL: [NL_btw],
  PL: [PL_nip],
  PT: [PT_nif],
  RO: [RO_cif],
  SE: [SE_vat],
  SI: [SI_ddv],
  SK: [SK_dph],
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

/** The stdnum validator for a country module and name; a missing one fails at module load. */
export const validatorFor = (country: string, name: string): Validator => {
  const validator = STDNUM[country]?.[name];
  if (validator === undefined) {
    throw new ClassificationError(`stdnum has no validator ${country.toLowerCase()}.${name}`);
  }
  return validator;
};

/** `isValid` backed by a stdnum validator. */
export const stdnumValid = (country: string, name: string): ((value: string) => boolean) => {
  const validator = validatorFor(country, name);
  return (value) => validateQuietly(validator, value).isValid;
};
