import {
  birthNumber,
  faroesePtal,
  hungarianPersonalId,
  hungarianTaj,
  portugueseNiss,
  ppsNumber,
  spanishNss,
} from '../checksums.js';
import { contextPattern } from '../context.js';
import { allOf, byPattern, type IdScheme } from '../schemes.js';
import { digitRunStarts, digitWindows } from '../spans.js';
import { stdnumValid } from '../stdnum.js';
import {
  compact,
  digitsOf,
  NATIONAL,
  numericScheme,
  PERSONAL_OR_HEALTH_WORDS,
  token,
} from './common.js';

const numeric = numericScheme(NATIONAL);
// A Croatian legal form (d.o.o., j.d.o.o., d.d., j.t.d., k.d.) then 'OIB', right before a number.
const COMPANY_OIB_BEFORE =
  /(?<![\p{L}\p{N}])(?:j\. ?)?(?:d\. ?o\. ?o|d\. ?d|j\. ?t\. ?d|k\. ?d)\.[ \t]*[,;]?[ \t]*OIB[ \t]*[:.]?[ \t]*$/iu;

// Latvian personal codes issued since 2017 start with 32 and carry no birth date.
const LATVIAN_NEW = /^32\d{9}$/;
const latvian = stdnumValid('LV', 'pvn');
const PTAL_NAMES = ['p tal', 'personstal', 'persónstal'];
// An Icelandic kennitala is a company's when its day is 41 to 71 (the day plus 40): stdnum accepts
// both, only a person's is a national id.
const kennitala = stdnumValid('IS', 'kennitala');
const PERSON_DAY_MAX = 31;
const personalKennitala = (value: string): boolean =>
  kennitala(value) && Number(digitsOf(value).slice(0, 2)) <= PERSON_DAY_MAX;
const NISS_NAMES = ['niss', 'seguranca social', 'seguridade social'];
const BIRTH_NUMBER_CANDIDATES = byPattern(token('\\d{6} ?/? ?\\d{3,4}'), digitRunStarts(6));
const BIRTH_NUMBER_ABBREVIATIONS = contextPattern([], ['rc', 'r c']);
// Their own names only (see below): a word for any personal number would let other countries'
// weakly checked numbers pass as these, and these as theirs.
const TC_KIMLIK_NAMES = [
  ...['tc kimlik', 'kimlik no', 'kimlik numarasi', 'kimlik numaram', 'tckn', 't.c.k.n'],
  ...['tc no', 't.c. no', 'tc numarasi'],
  // In the cases a letter puts them in ("… T.C. kimlik numaranıza kayıtlı borcunuz", a
  // seventy-sixth red-team set)
  ...['kimlik numaraniz', 'kimlik numaraniza', 'kimlik numaranizi', 'kimlik numarasina'],
  ...['kimlik numarali', 'kimlik numaranizla'],
];
const RNOKPP_NAMES = [
  ...['рнокпп', 'іпн', 'інн', 'инн', 'ipn', 'rnokpp', 'дрфо', 'код дрфо', 'ідент. код'],
  ...['ідентифікаційний код', 'ідентифікаційний номер', 'ідентифікаційний податковий номер'],
  ...['облікової картки платника податків', 'идентификационный код'],
];
const CPF_NAMES = ['cpf', 'c.p.f.', 'cadastro de pessoas físicas'];

// An EGN opens with the holder's birth date, its month raised by 20 for the 1800s and by 40 for
// the 2000s. stdnum's validator checks the check digit only, which one number in ten passes: a
// Danish CPR with no such day ('310299-1187') read as an EGN.
const egnDate = (value: string): boolean => {
  const digits = value.replace(/\D/g, '');
  let year = 1900 + Number(digits.slice(0, 2));
  let month = Number(digits.slice(2, 4));
  if (month > 40) {
    month -= 40;
    year += 100;
  } else if (month > 20) {
    month -= 20;
    year -= 100;
  }
  const day = Number(digits.slice(4, 6));
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
  );
};

// byColumn (schemes.ts): a column of valid numbers counts without a label for the schemes whose
// check passes few random numbers (measured on 200,000 random ones: PESEL 1 in 117, asmens kodas 1
// in 85, CNP 1 in 790), not for stdnum's isikukood and EGN (1 in 10: the check digit alone).
/**
 * Purely numeric (or nearly) with a weak check (one mod-10/11 digit, a date, or nothing): a word
 * for a personal, social security or tax number, in any EU language, must stand near the number.
 */
export const CONTEXT_NATIONAL_SCHEMES: readonly IdScheme[] = [
  numeric('nl.bsn', stdnumValid('NL', 'bsn'), [9], ['bsn', 'burgerservice', 'sofinummer']),
  { ...numeric('pl.pesel', stdnumValid('PL', 'pesel'), [11], ['pesel']), byColumn: true },
  numeric('dk.cpr', stdnumValid('DK', 'cpr'), [10], ['cpr']),
  numeric('ee.ik', stdnumValid('EE', 'ik'), [11], ['isikukood']),
  { ...numeric('lt.asmens', stdnumValid('LT', 'asmens'), [11], ['asmens kod']), byColumn: true },
  numeric('lv.pk', (value) => LATVIAN_NEW.test(value) || latvian(value), [11], ['personas kod']),
  { ...numeric('ro.cnp', stdnumValid('RO', 'cnp'), [13], ['cnp', 'cod numeric']), byColumn: true },
  numeric('bg.egn', allOf(egnDate, stdnumValid('BG', 'egn')), [10], ['egn', 'егн']),
  numeric('bg.pnf', stdnumValid('BG', 'pnf'), [10], ['pnf', 'лнч']),
  // A company's OIB as its invoices print it: the legal form, then 'OIB' ('Ribarnica d.o.o., OIB
  // 81937250648'). Right there the number is the company's; anywhere else an OIB may be a person's.
  {
    ...numeric('hr.oib', stdnumValid('HR', 'oib'), [11], ['oib']),
    candidates: (text) =>
      digitWindows(text, [11]).filter(
        (span) => !COMPANY_OIB_BEFORE.test(text.slice(Math.max(0, span.start - 32), span.start)),
      ),
  },
  numeric('si.emso', stdnumValid('SI', 'emso'), [13], ['emso']),
  numeric(
    'at.vnr',
    stdnumValid('AT', 'vnr'),
    [10],
    ['svnr', 'sv nr', 'sv nummer', 'vsnr', 'versicherungsnummer'],
  ),
  numeric('gr.amka', stdnumValid('GR', 'amka'), [11], ['amka', 'αμκα']),
  numeric('is.kennitala', personalKennitala, [10], ['kennitala', 'kennitolu']),
  // stdnum's check misses numbers below 10^7 (checked without their leading zero).
  numeric('es.nss', spanishNss, [12], ['nss', 'naf', 'seguridad social', 'afiliacion']),
  numeric('hu.taj', hungarianTaj, [9], ['taj']),
  // Faroese p-tal: a date and three digits, no check digit (a third of random numbers pass):
  // only its own name will do ('P-tal: 140794-325').
  {
    ...numeric('fo.ptal', faroesePtal, [9], PTAL_NAMES),
    context: contextPattern([], PTAL_NAMES),
  },
  numeric('hu.szemelyi', hungarianPersonalId, [11], ['szemelyi azonosito', 'szemelyi szam']),
  // The numbers of the two largest communities from outside the EU/EEA living in it: the Turkish
  // T.C. Kimlik No (11 digits, two check digits: 1 random number in 100 passes) and the Ukrainian
  // РНОКПП, the individual tax number (10 digits, a birth date as days since 1900, one check
  // digit): each with its own name near (a word for any personal number would let an invalid
  // personnummer or CPR pass as one).
  {
    ...numeric('tr.tckimlik', stdnumValid('TR', 'tckimlik'), [11], TC_KIMLIK_NAMES),
    context: contextPattern([], TC_KIMLIK_NAMES),
  },
  {
    ...numeric('ua.rntrc', stdnumValid('UA', 'rntrc'), [10], RNOKPP_NAMES),
    context: contextPattern([], RNOKPP_NAMES),
  },
  // And the Brazilian CPF, a person's tax number, of the largest community from outside the EU
  // living in Portugal (11 digits, two check digits; a sixty-seventh red-team set: "o cpf do
  // cliente … é 418.273.956-64"), with its own name near too.
  {
    ...numeric('br.cpf', stdnumValid('BR', 'cpf'), [11], CPF_NAMES),
    context: contextPattern([], CPF_NAMES),
  },
  // Portuguese social security number (NISS) of a person: 11 digits, 1 first, one check digit
  // (1 in 10 pass), so only its own name will do; next to it a wrong check digit still counts.
  {
    ...numeric('pt.niss', portugueseNiss, [11], NISS_NAMES),
    isWellFormed: (value) => /^1\d{10}$/.test(value),
    context: contextPattern([], NISS_NAMES),
  },
  // Four to twelve digits and no check at all: only its own name will do.
  {
    ...numeric('li.peid', stdnumValid('LI', 'peid'), [4, 5, 6, 7, 8, 9, 10, 11, 12], ['peid']),
    context: contextPattern([], ['peid', 'pe-id', 'personenidentifikation']),
    gate: /pe-?id|personenidentifikation/i,
  },
  {
    id: 'ie.pps',
    ...NATIONAL,
    isValid: ppsNumber,
    candidates: byPattern(token('\\d{7}[ /-]?[A-Wa-w][A-Za-z]?'), digitRunStarts(7)),
    context: PERSONAL_OR_HEALTH_WORDS,
    normalise: compact,
    // PSP: the Irish abbreviation (uimhir phearsanta seirbhíse poiblí).
    names: contextPattern(
      [],
      ['pps', 'ppsn', 'personal public service', 'psp', 'uimhir phearsanta seirbhise poibli'],
    ),
  },
  // Czech and Slovak birth numbers. Listed last: nine digits are only a date, so a BSN or TAJ wins
  // a tie. With its slash (YYMMDD/NNNN) a ten-digit birth number is distinctive; bare, needs a word.
  {
    id: 'cz.rc',
    ...NATIONAL,
    isValid: birthNumber,
    candidates: BIRTH_NUMBER_CANDIDATES,
    context: PERSONAL_OR_HEALTH_WORDS,
    needsContext: (candidate) => !/^\d{6} ?\/ ?\d{4}$/.test(candidate),
    normalise: digitsOf,
    names: contextPattern([], ['rodne c', 'rodneho c', 'birth number']),
  },
  // The same after its abbreviation, RČ or r. č., right next to it: ten digits only (nine are a
  // bare date, as in a build number), and only in a text that writes the č or both dots.
  {
    id: 'cz.rc',
    ...NATIONAL,
    isValid: birthNumber,
    candidates: BIRTH_NUMBER_CANDIDATES,
    context: BIRTH_NUMBER_ABBREVIATIONS,
    adjacent: true,
    precheck: (value) => value.length === 10,
    normalise: digitsOf,
    names: BIRTH_NUMBER_ABBREVIATIONS,
    gate: /r\.? ?č|r\. ?c\./i,
  },
  // Maltese identity card numbers: up to seven digits and a letter saying who holds it.
  {
    id: 'mt.id',
    ...NATIONAL,
    isValid: (value) => /^\d{3,7}[MGAPLHBZ]$/.test(value),
    // Not the end of a longer number joined by a dash ('051185-115G', a Finnish HETU's tail).
    candidates: byPattern(token('(?<!\\d-)\\d{3,7}[MGAPLHBZ]')),
    context: contextPattern(['national', 'social', 'tax', 'idCard']),
    normalise: compact,
  },
];
