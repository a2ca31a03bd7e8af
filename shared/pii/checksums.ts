// Check-digit algorithms stdnum (npm) lacks or gets wrong. Each takes the compact value (no
// separators, upper case) and returns whether it is valid; none throws.

const DIGITS = /^\d+$/;
const isDigits = (value: string, length?: number): boolean =>
  DIGITS.test(value) && (length === undefined || value.length === length);

/** Weighted sum of the digits modulo `modulus`: the building block of most check digits. */
export const weightedSum = (digits: string, weights: readonly number[], modulus: number): number =>
  weights.reduce((sum, weight, i) => sum + weight * Number(digits.charAt(i)), 0) % modulus;

/** Luhn (mod 10) over all the digits, check digit last. */
export const luhn = (digits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits.charAt(digits.length - 1 - i));
    const doubled = i % 2 === 1 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return sum % 10 === 0;
};

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff over all the digits, check digit last. */
export const verhoeff = (digits: string): boolean => {
  let check = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits.charAt(digits.length - 1 - i));
    check = VERHOEFF_D[check]?.[VERHOEFF_P[i % 8]?.[digit] ?? 0] ?? 0;
  }
  return check === 0;
};

/** Whether year, month and day form a real calendar date. */
export const isDate = (year: number, month: number, day: number): boolean => {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
};

/** EAN-13 (GTIN) check digit: weights 1 and 3 from the left. */
export const ean13 = (digits: string): boolean =>
  isDigits(digits, 13) &&
  (10 - weightedSum(digits, [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3], 10)) % 10 ===
    Number(digits.charAt(12));

/** Swiss AHV/AVS number (ch.ssn): 756, then nine digits and an EAN-13 check digit. */
export const swissAhv = (digits: string): boolean => digits.startsWith('756') && ean13(digits);

/** UK NHS number: ten digits, mod 11 with weights 10..2; a check value of 10 is never issued. */
export const nhsNumber = (digits: string): boolean => {
  if (!isDigits(digits, 10)) return false;
  const check = 11 - weightedSum(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2], 11);
  return check !== 10 && check % 11 === Number(digits.charAt(9));
};

/**
 * Scottish CHI number: a birth date (DDMMYY), three digits (the last odd for men), a check digit:
 * the NHS number's mod 11 or, for birth dates whose mod-11 numbers ran out (issued since late
 * 2025), Luhn. Sources: NHS Data Dictionary, "Community Health Index Number"; Public Health
 * Scotland's phsmethods, src/chi_check.cpp (valid_checksum, both checks).
 */
export const chiNumber = (digits: string): boolean => {
  if (!isDigits(digits, 10)) return false;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = Number(digits.slice(4, 6));
  const date = isDate(1900 + year, month, day) || isDate(2000 + year, month, day);
  return date && (nhsNumber(digits) || luhn(digits));
};

/** GS1 check digit (GTIN, GSRN, SSCC): weights 3 and 1 from the right of the payload, mod 10. */
export const gs1 = (digits: string): boolean => {
  const payload = digits.length - 1;
  let sum = 0;
  for (let i = 0; i < payload; i++) {
    sum += Number(digits.charAt(i)) * ((payload - 1 - i) % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10 === Number(digits.charAt(payload));
};

/**
 * Irish Individual Health Identifier in full: a seven-digit GS1 GSRN prefix, the ten-digit core
 * number (nine digits and a mod-11 check digit, computed as the NHS number's), and a GS1 check
 * digit over all. Source: the HSE IHI technical lead's reply quoted in uk-fci/nhs-number issue #9
 * ("core … positions 8 to 17 … Modulus 11 check … GS1 check digit" at position 18), and the
 * HSE's IHI Technical FAQs.
 */
export const irishIhi = (digits: string): boolean =>
  isDigits(digits, 18) && gs1(digits) && nhsNumber(digits.slice(7, 17));

/**
 * Croatian MBO (matični broj osigurane osobe, issued by HZZO): eight digits weighted 7 6 5 4 3 2
 * 7 6, check 11 minus the sum mod 11, 0 for a remainder of 0; a remainder of 1 is never issued
 * (the next number is taken). Source: HZZO's technical specification of invoices for medical
 * aids, annex 5 "Izračunavanje kontrolne znamenke matičnog broja osigurane osobe" (its example:
 * 10000011 has check digit 2).
 */
export const croatianMbo = (digits: string): boolean => {
  if (!isDigits(digits, 9)) return false;
  const remainder = weightedSum(digits, [7, 6, 5, 4, 3, 2, 7, 6], 11);
  return remainder !== 1 && (11 - remainder) % 11 === Number(digits.charAt(8));
};

const crossSum = (n: number): number => (n > 9 ? Math.floor(n / 10) + (n % 10) : n);

/** German health insurance number (KVNR): a letter (A=01) and eight digits, then a check digit. */
export const kvnr = (value: string): boolean => {
  if (!/^[A-Z]\d{9}$/.test(value)) return false;
  const digits = `${String(value.charCodeAt(0) - 64).padStart(2, '0')}${value.slice(1, 9)}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += crossSum(Number(digits.charAt(i)) * (1 + (i % 2)));
  return sum % 10 === Number(value.charAt(9));
};

/** German lifelong doctor number (LANR): six digits, a check digit (weights 4, 9), two more. */
export const lanr = (digits: string): boolean =>
  isDigits(digits, 9) &&
  (10 - weightedSum(digits, [4, 9, 4, 9, 4, 9], 10)) % 10 === Number(digits.charAt(6));

/** A character's ICAO 9303 value: digits as themselves, A to Z as 10 to 35, the filler '<' as 0. */
const icaoValue = (char: string): number => {
  const code = char.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return 0;
};

const ICAO_WEIGHTS = [7, 3, 1];

/** The ICAO 9303 check digit (weights 7, 3, 1) of a field, as machine-readable zones carry it. */
export const icaoCheckDigit = (field: string): number => {
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    sum += icaoValue(field.charAt(i)) * (ICAO_WEIGHTS[i % 3] ?? 0);
  }
  return sum % 10;
};

/** ICAO 9303 check digit (weights 7, 3, 1) over all but the last character, which is the check. */
export const icao9303 = (value: string): boolean =>
  /^[0-9A-Z]+\d$/.test(value) &&
  icaoCheckDigit(value.slice(0, -1)) === Number(value.charAt(value.length - 1));

/** German passport or identity card serial: nine characters of a restricted set, ICAO check. */
export const germanDocument = (value: string): boolean =>
  /^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{7}\d$/.test(value) && icao9303(value);

const HETU_CENTURY: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900,
  U: 1900,
  V: 1900,
  W: 1900,
  X: 1900,
  Y: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};
const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Finnish HETU with every century sign (temporary 9xx numbers included: still a person). */
export const hetu = (value: string): boolean => {
  const match = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(value);
  if (match === null) return false;
  const [, day = '', month = '', year = '', sign = '', individual = '', check] = match;
  const century = HETU_CENTURY[sign] ?? 0;
  if (!isDate(century + Number(year), Number(month), Number(day))) return false;
  if (Number(individual) < 2) return false;
  return HETU_CHECK.charAt(Number(`${day}${month}${year}${individual}`) % 31) === check;
};

/** Czech and Slovak birth number: a date (women +50, overflow +20) and, with ten digits, mod 11. */
export const birthNumber = (digits: string): boolean => {
  if (!isDigits(digits) || (digits.length !== 9 && digits.length !== 10)) return false;
  let year = 1900 + Number(digits.slice(0, 2));
  if (digits.length === 9) {
    if (year >= 1980) year -= 100;
    if (year > 1953) return false;
  } else if (year < 1954) {
    year += 100;
  }
  const month = (Number(digits.slice(2, 4)) % 50) % 20;
  if (!isDate(year, month, Number(digits.slice(4, 6)))) return false;
  return digits.length === 9 || (Number(digits.slice(0, 9)) % 11) % 10 === Number(digits.charAt(9));
};

const IE_CHECK = 'WABCDEFGHIJKLMNOPQRSTUV';

/** Irish PPS number: seven digits, a check letter, and an optional letter (A, B, H count in). */
export const ppsNumber = (value: string): boolean => {
  const match = /^(\d{7})([A-W])([ABHWTX]?)$/.exec(value);
  if (match === null) return false;
  const [, digits = '', check, extra = ''] = match;
  let sum = weightedSum(digits, [8, 7, 6, 5, 4, 3, 2], 23);
  if ('ABH'.includes(extra) && extra !== '') sum += 9 * (extra.charCodeAt(0) - 64);
  return IE_CHECK.charAt(sum % 23) === check;
};

const elevenCheck = (digits: string, weights: readonly number[]): number => {
  const check = 11 - weightedSum(digits, weights, 11);
  return check === 11 ? 0 : check === 10 ? 1 : check;
};

/** Spanish CCC bank account: bank, branch, two check digits, ten account digits. */
export const spanishCcc = (digits: string): boolean => {
  if (!isDigits(digits, 20)) return false;
  const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const first = elevenCheck(`00${digits.slice(0, 8)}`, weights);
  const second = elevenCheck(digits.slice(10), weights);
  return `${first}${second}` === digits.slice(8, 10);
};

/** Czech bank account: prefix and account number each pass mod 11 (weights 6,3,7,9,10,5,8,4,2,1). */
export const czechBankAccount = (prefix: string, account: string): boolean => {
  const weights = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1];
  return (
    isDigits(account) &&
    Number(account) > 0 &&
    weightedSum(prefix.padStart(10, '0'), weights, 11) === 0 &&
    weightedSum(account.padStart(10, '0'), weights, 11) === 0
  );
};

/** Belgian eID card number: ten digits and the remainder mod 97 (97 for 0). */
export const belgianEid = (digits: string): boolean =>
  isDigits(digits, 12) &&
  Number(digits) > 0 &&
  (Number(digits.slice(0, 10)) % 97 || 97) === Number(digits.slice(10));

/** Hungarian TAJ (social security) number: eight digits, weights 3 and 7, check mod 10. */
export const hungarianTaj = (digits: string): boolean =>
  isDigits(digits, 9) &&
  weightedSum(digits, [3, 7, 3, 7, 3, 7, 3, 7], 10) === Number(digits.charAt(8));

// Province codes of Spanish NSS numbers: 01-53 (52 Melilla, 53 other territories) and 66 (abroad).
const ES_NSS_PROVINCE = /^(?:0[1-9]|[1-4]\d|5[0-3]|66)/;

/**
 * Spanish social security number (NSS/NAF): province, eight digits, two check digits mod 97. An
 * eight-digit part below 10^7 is checked without its leading zero (province × 10^7 + number),
 * the official rule; the plain ten-digit check, which stdnum applies, is accepted too (fail closed).
 */
export const spanishNss = (digits: string): boolean => {
  if (!isDigits(digits, 12) || !ES_NSS_PROVINCE.test(digits)) return false;
  const province = Number(digits.slice(0, 2));
  const number = Number(digits.slice(2, 10));
  const check = Number(digits.slice(10));
  if (Number(digits.slice(0, 10)) % 97 === check) return true;
  return number < 10_000_000 && (province * 10_000_000 + number) % 97 === check;
};

/** Portuguese NISS of a person: 1, nine digits, check 9 - (sum of prime weights mod 10). */
export const portugueseNiss = (digits: string): boolean =>
  isDigits(digits, 11) &&
  digits.startsWith('1') &&
  9 - weightedSum(digits, [29, 23, 19, 17, 13, 11, 7, 5, 3, 2], 10) === Number(digits.charAt(10));

const HU_CENTURY: Readonly<Record<string, number>> = {
  '1': 1900,
  '2': 1900,
  '3': 1800,
  '4': 1800,
  '5': 2000,
  '6': 2000,
  '7': 1900,
  '8': 1900,
};

/** Hungarian personal id (személyi azonosító): sex and century, birth date, serial, mod 11. */
export const hungarianPersonalId = (digits: string): boolean => {
  if (!isDigits(digits, 11)) return false;
  const century = HU_CENTURY[digits.charAt(0)];
  const year = (century ?? 0) + Number(digits.slice(1, 3));
  if (
    century === undefined ||
    !isDate(year, Number(digits.slice(3, 5)), Number(digits.slice(5, 7)))
  ) {
    return false;
  }
  // Weights 1..10 for births before 1997, 10..1 since.
  const weights = Array.from({ length: 10 }, (_, i) => (year < 1997 ? i + 1 : 10 - i));
  return weightedSum(digits, weights, 11) === Number(digits.charAt(10));
};

/** Hungarian personal tax number (adóazonosító jel): 8, then eight digits, check mod 11. */
export const hungarianTaxId = (digits: string): boolean =>
  isDigits(digits, 10) &&
  digits.startsWith('8') &&
  weightedSum(digits, [1, 2, 3, 4, 5, 6, 7, 8, 9], 11) === Number(digits.charAt(9));

/**
 * Faroese personal number (p-tal): a birth date (DDMMYY) and three digits, the last odd for men;
 * no check digit, so only the date can be checked.
 */
export const faroesePtal = (digits: string): boolean => {
  if (!isDigits(digits, 9)) return false;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = Number(digits.slice(4, 6));
  return isDate(1900 + year, month, day) || isDate(2000 + year, month, day);
};

/** Luxembourg national id (matricule): a birth date, three digits, a Luhn and a Verhoeff digit. */
export const luxembourgMatricule = (digits: string): boolean => {
  if (!isDigits(digits, 13)) return false;
  const body = digits.slice(0, 11);
  const date = isDate(
    Number(digits.slice(0, 4)),
    Number(digits.slice(4, 6)),
    Number(digits.slice(6, 8)),
  );
  return date && luhn(`${body}${digits.charAt(11)}`) && verhoeff(`${body}${digits.charAt(12)}`);
};

/** Polish identity card: three letters, a check digit, five digits (weights 7,3,1,9,7,3,1,7,3). */
export const polishIdCard = (value: string): boolean => {
  if (!/^[A-Z]{3}\d{6}$/.test(value)) return false;
  const weights = [7, 3, 1, 0, 7, 3, 1, 7, 3];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += icaoValue(value.charAt(i)) * (weights[i] ?? 0);
  return sum % 10 === Number(value.charAt(3));
};

const UPN_ALPHABET = 'ABCDEFGHJKLMNPQRTUVWXYZ0123456789';

/** English Unique Pupil Number: a check letter (mod 23), then twelve characters. */
export const gbUpn = (value: string): boolean => {
  if (!/^[A-Z]\d{11}[0-9A-Z]$/.test(value)) return false;
  let sum = 0;
  for (let i = 1; i < 13; i++) sum += (i + 1) * UPN_ALPHABET.indexOf(value.charAt(i));
  return UPN_ALPHABET.charAt(sum % 23) === value.charAt(0);
};

/**
 * ORCID iD: fifteen digits and an ISO 7064 MOD 11-2 check character ('X' for ten), as written
 * without its hyphens ('0000000218250097').
 */
export const orcid = (value: string): boolean => {
  if (!/^\d{15}[\dX]$/.test(value)) return false;
  let total = 0;
  for (let i = 0; i < 15; i++) total = (total + value.charCodeAt(i) - 48) * 2;
  const check = (12 - (total % 11)) % 11;
  return value.charAt(15) === (check === 10 ? 'X' : String(check));
};

/** German tax id (IdNr) digit rule: in the first ten digits exactly one digit repeats (2 or 3 times). */
export const idnrDigits = (digits: string): boolean => {
  const counts = new Map<string, number>();
  for (const digit of digits.slice(0, 10)) counts.set(digit, (counts.get(digit) ?? 0) + 1);
  const repeated = [...counts.values()].filter((count) => count > 1);
  return repeated.length === 1 && (repeated[0] === 2 || repeated[0] === 3);
};

/** The UK driving licence number's date block: decade digit, month (+50 for women), day, year. */
export const ukLicenceDate = (value: string): boolean => {
  const match = /^([A-Z]+9*)(\d)(\d{2})(\d{2})(\d)[A-Z9]{2}\d[A-Z]{2}$/.exec(value);
  if (match === null || match[1]?.length !== 5) return false;
  const [, , decade = '', month = '', day = '', year = ''] = match;
  return isDate(1900 + Number(`${decade}${year}`), Number(month) % 50, Number(day));
};

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_CONST = 1;
const BECH32M_CONST = 0x2bc830a3;

// node:crypto is loaded on the first Base58Check address, not at cold start (most texts have none).
type Crypto = typeof import('node:crypto');
let crypto: Crypto | undefined;
const sha256 = (bytes: Uint8Array): Buffer => {
  crypto ??= process.getBuiltinModule('node:crypto') as Crypto;
  return crypto.createHash('sha256').update(bytes).digest();
};

const base58Decode = (value: string): Uint8Array | undefined => {
  let number = 0n;
  for (const char of value) {
    const digit = BASE58.indexOf(char);
    if (digit < 0) return undefined;
    number = number * 58n + BigInt(digit);
  }
  const bytes: number[] = [];
  for (; number > 0n; number /= 256n) bytes.unshift(Number(number % 256n));
  const zeros = value.length - value.replace(/^1+/, '').length;
  return Uint8Array.from([...new Array<number>(zeros).fill(0), ...bytes]);
};

/** Base58Check: 21 payload bytes whose double SHA-256 starts with the 4 trailing bytes. */
export const isBase58Check = (value: string): boolean => {
  const bytes = base58Decode(value);
  if (bytes === undefined || bytes.length !== 25) return false;
  const checksum = sha256(sha256(bytes.subarray(0, 21))).subarray(0, 4);
  return checksum.equals(bytes.subarray(21));
};

const polymod = (values: readonly number[]): number => {
  const generators = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let check = 1;
  for (const value of values) {
    const top = check >>> 25;
    check = ((check & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) check ^= generators[i] ?? 0;
  }
  return check >>> 0;
};

/** Bech32 (witness v0) or bech32m (v1+) checksum of a 'bc' address. */
export const isBech32 = (value: string): boolean => {
  const data = [...value.slice(3)].map((char) => BECH32.indexOf(char));
  if (data.some((digit) => digit < 0)) return false;
  const expanded = [3, 3, 0, 2, 3, ...data];
  const check = polymod(expanded);
  return data[0] === 0 ? check === BECH32_CONST : check === BECH32M_CONST;
};
