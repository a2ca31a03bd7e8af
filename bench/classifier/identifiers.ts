import type { Random } from '../lib/prng.js';

// Checksum-valid identifiers built from the seeded PRNG: fresh values each payload, so no cache or
// memo inside the classifier can serve a repeat. The formulas are the schemes' published ones.

const luhnCheck = (body: string): number => {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = Number(body[body.length - 1 - i]);
    const doubled = i % 2 === 0 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return (10 - (sum % 10)) % 10;
};

const grouped = (value: string, size: number, separator = ' '): string =>
  value.match(new RegExp(`.{1,${size}}`, 'g'))?.join(separator) ?? value;

const weighted = (digits: string, weights: readonly number[]): number =>
  weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0);

const pad = (value: number, length = 2): string => String(value).padStart(length, '0');

const birthDate = (random: Random): { yy: string; mm: string; dd: string } => ({
  yy: pad(random.int(40, 99)),
  mm: pad(random.int(1, 12)),
  dd: pad(random.int(1, 28)),
});

/** A Visa-like card number that passes Luhn, in groups of four. */
export const paymentCard = (random: Random): string => {
  const body = `4${random.digits(14, true)}`;
  return grouped(`${body}${luhnCheck(body)}`, 4);
};

const mod97 = (numeric: string): number =>
  [...numeric].reduce((rest, digit) => (rest * 10 + Number(digit)) % 97, 0);

const letterValue = (char: string): string =>
  /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char;

/** A German or Austrian IBAN (numeric BBAN, no national check digit) with valid mod-97 digits. */
export const iban = (random: Random): string => {
  const [country, length] = random.pick([
    ['DE', 18],
    ['AT', 16],
  ] as const);
  const bban = random.digits(length);
  const check = 98 - mod97([...`${bban}${country}00`].map(letterValue).join(''));
  return grouped(`${country}${pad(check)}${bban}`, 4);
};

/** A Polish PESEL (20th-century birth date). */
export const pesel = (random: Random): string => {
  const { yy, mm, dd } = birthDate(random);
  const body = `${yy}${mm}${dd}${random.digits(4, true)}`;
  return `${body}${(10 - (weighted(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10}`;
};

/** A Dutch BSN: nine digits passing the 11-test. */
export const bsn = (random: Random): string => {
  for (;;) {
    const body = random.digits(8);
    const last = weighted(body, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    if (last < 10) return `${body}${last}`;
  }
};

/** A Spanish DNI: eight digits and the mod-23 letter. */
export const dni = (random: Random): string => {
  const number = random.digits(8);
  return `${number}${'TRWAGMYFPDXBNJZSQVHLCKE'[Number(number) % 23]}`;
};

/** A Swedish personnummer, YYMMDD-NNNC with a Luhn check digit. */
export const personnummer = (random: Random): string => {
  const { yy, mm, dd } = birthDate(random);
  const serial = random.digits(3, true);
  return `${yy}${mm}${dd}-${serial}${luhnCheck(`${yy}${mm}${dd}${serial}`)}`;
};

/** A French NIR (social security number) with its mod-97 key, written in the usual groups. */
export const nir = (random: Random): string => {
  const { yy, mm } = birthDate(random);
  const body = `${random.int(1, 2)}${yy}${mm}${pad(random.int(1, 95))}${random.digits(3, true)}${random.digits(3, true)}`;
  const key = pad(97 - Number(BigInt(body) % 97n));
  return `${body[0]} ${yy} ${mm} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}`;
};

const idnrCheck = (body: string): number => {
  let product = 10;
  for (const char of body) {
    const sum = (Number(char) + product) % 10 || 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10;
};

/** A German Steuer-ID: ten digits with one digit twice (not first 0), then the ISO 7064 check. */
export const steuerId = (random: Random): string => {
  const digits = random.shuffle([...'0123456789']).slice(0, 9);
  digits.push(random.pick(digits));
  const body = random.shuffle(digits).join('');
  const lead = body.search(/[1-9]/);
  const rotated = `${body.slice(lead)}${body.slice(0, lead)}`;
  const value = `${rotated}${idnrCheck(rotated)}`;
  return `${value.slice(0, 2)} ${value.slice(2, 5)} ${value.slice(5, 8)} ${value.slice(8)}`;
};

/** A Portuguese NIF of a natural person (first digit 1-3) with its mod-11 check digit. */
export const nif = (random: Random): string => {
  const body = `${random.int(1, 3)}${random.digits(7, true)}`;
  const check = 11 - (weighted(body, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return `${body}${check >= 10 ? 0 : check}`;
};

/** A UK NHS number (mod 11), as printed: 3-3-4 digits. */
export const nhsNumber = (random: Random): string => {
  for (;;) {
    const body = random.digits(9, true);
    const check = (11 - (weighted(body, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
    if (check < 10) return `${body.slice(0, 3)} ${body.slice(3, 6)} ${body.slice(6)}${check}`;
  }
};

// python-stdnum's test data (LGPL-2.1-or-later): no simple generator for the codice fiscale.
const CODICI_FISCALI = ['RCCMNL83S18D969H', 'MRTNTN23M02D969P'] as const;

export const codiceFiscale = (random: Random): string => random.pick(CODICI_FISCALI);

/** A public IPv4 address (first octet 11-99, so never private or loopback). */
export const ipv4 = (random: Random): string =>
  `${random.int(11, 99)}.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`;
