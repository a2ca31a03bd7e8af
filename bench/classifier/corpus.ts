import type { Random } from '../lib/prng.js';
import { createRandom } from '../lib/prng.js';
import * as id from './identifiers.js';
import { LANGUAGES, type Language, PHRASES, type Phrases } from './phrases.js';

export const KINDS = ['prose', 'json', 'csv', 'log'] as const;
export type PayloadKind = (typeof KINDS)[number];

/** What personal data a payload holds: identifiers, persons named without one, or none. */
export const CONTENTS = ['identifiers', 'names', 'none'] as const;
export type Content = (typeof CONTENTS)[number];

export interface Payload {
  readonly kind: PayloadKind;
  readonly language: Language;
  readonly content: Content;
  readonly text: string;
  readonly bytes: number;
}

export interface CorpusOptions {
  readonly seed?: number;
  readonly count?: number;
  /** Upper bound on each payload's UTF-8 size; payloads end on a whole line or sentence. */
  readonly bytes?: number;
}

export const DEFAULT_SEED = 20261128;

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

const NATIONAL_ID: Readonly<Record<Language, (random: Random) => string>> = {
  en: id.nhsNumber,
  de: id.steuerId,
  fr: id.nir,
  es: id.dni,
  it: id.codiceFiscale,
  nl: id.bsn,
  pl: id.pesel,
  pt: id.nif,
  sv: id.personnummer,
};

const PHONE: Readonly<Record<Language, (random: Random) => string>> = {
  en: (r) => `+44 20 7946 0${r.digits(3, true)}`,
  de: (r) => `+49 151 ${r.digits(8, true)}`,
  fr: (r) =>
    `+33 6 ${r.digits(2, true)} ${r.digits(2, true)} ${r.digits(2, true)} ${r.digits(2, true)}`,
  es: (r) => `+34 6${r.digits(2, true)} ${r.digits(3, true)} ${r.digits(3, true)}`,
  it: (r) => `+39 34${r.int(0, 9)} ${r.digits(3, true)} ${r.digits(4, true)}`,
  nl: (r) => `+31 6 ${r.digits(8, true)}`,
  pl: (r) => `+48 50${r.int(0, 9)} ${r.digits(3, true)} ${r.digits(3, true)}`,
  pt: (r) => `+351 91${r.int(0, 9)} ${r.digits(3, true)} ${r.digits(3, true)}`,
  sv: (r) => `+46 70 ${r.digits(3, true)} ${r.digits(2, true)} ${r.digits(2, true)}`,
};

const hex = (random: Random, length: number): string =>
  Array.from({ length }, () => random.int(0, 15).toString(16)).join('');

const isbn13 = (random: Random): string => {
  const body = `978${random.int(0, 9)}${random.digits(2, true)}${random.digits(6, true)}`;
  const sum = [...body].reduce((total, d, i) => total + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return `978-${body[3]}-${body.slice(4, 6)}-${body.slice(6)}-${(10 - (sum % 10)) % 10}`;
};

const isoDate = (random: Random): string =>
  `20${random.int(19, 25)}-0${random.int(1, 9)}-${random.int(10, 28)}`;

// Near-misses: numbers and codes that look like identifiers but are not personal.
const NEAR_MISS: Readonly<Record<string, (random: Random) => string>> = {
  order: (r) => (r.next() < 0.5 ? `${r.int(2019, 2025)}-${r.digits(4, true)}` : `#${r.digits(6)}`),
  sku: (r) => `${String.fromCharCode(r.int(65, 90), r.int(65, 90))}-${r.digits(4)}-${r.int(1, 9)}`,
  isbn: isbn13,
  uuid: (r) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`,
  hash: (r) => hex(r, 40),
  amount: (r) =>
    r.next() < 0.5
      ? `EUR ${r.int(1, 999)}.${r.digits(3, true)},${r.digits(2, true)}`
      : `${r.int(10, 9999)},${r.digits(2, true)} €`,
  date: (r) =>
    r.next() < 0.5 ? isoDate(r) : `${r.int(10, 28)}.0${r.int(1, 9)}.20${r.int(19, 25)}`,
  time: (r) => `${r.int(8, 18)}:${r.pick(['00', '15', '30', '45'])}`,
  version: (r) => `v${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`,
  count: (r) => String(r.int(2, 999)),
};

const ascii = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.');

/** Fills a sentence's slots; the person slots share one invented person per sentence. */
const fill = (random: Random, language: Language, template: string): string => {
  const phrases = PHRASES[language];
  const first = random.pick(phrases.firstNames);
  const last = random.pick(phrases.lastNames);
  const personal: Readonly<Record<string, () => string>> = {
    first: () => first,
    last: () => last,
    name: () => `${first} ${last}`,
    email: () => `${ascii(first)}.${ascii(last)}@${random.pick(phrases.domains)}`,
    phone: () => PHONE[language](random),
    iban: () => id.iban(random),
    card: () => id.paymentCard(random),
    id: () => NATIONAL_ID[language](random),
    ip: () => id.ipv4(random),
  };
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const make = personal[name] ?? ((): string => NEAR_MISS[name]?.(random) ?? slot);
    return make();
  });
};

/** A sentence for one step: personal at the chosen steps, neutral elsewhere. */
const sentence = (random: Random, language: Language, content: Content, special: boolean) => {
  const phrases: Phrases = PHRASES[language];
  const pool = !special
    ? phrases.neutral
    : content === 'identifiers'
      ? phrases.identified
      : phrases.person;
  return fill(random, language, random.pick(pool));
};

const quoted = (text: string): string => `"${text.replaceAll('"', '""')}"`;

type LineMaker = (random: Random, step: number, text: string) => string;

interface Layout {
  readonly head: string;
  readonly tail: string;
  readonly joiner: string;
  /** A safe lower bound on the lines a payload holds: personal lines go among these. */
  readonly lines: number;
  readonly line: LineMaker;
}

const timestamp = (random: Random, step: number): string =>
  `2024-03-05T10:${String(Math.floor(step / 2) % 60).padStart(2, '0')}:${random.int(10, 59)}.${random.digits(3, true)}Z`;

const LAYOUTS: Readonly<Record<PayloadKind, Layout>> = {
  prose: {
    head: '',
    tail: '',
    joiner: ' ',
    lines: 30,
    line: (_random, step, text) => (step > 0 && step % 5 === 0 ? `\n\n${text}` : text),
  },
  json: {
    head: '[\n',
    tail: '\n]\n',
    joiner: ',\n',
    lines: 15,
    line: (random, step, text) =>
      `  ${JSON.stringify({
        id: 1000 + step,
        sku: NEAR_MISS.sku?.(random),
        qty: random.int(1, 12),
        price: random.int(100, 99999) / 100,
        created: timestamp(random, step),
        note: text,
      })}`,
  },
  csv: {
    head: 'id;date;amount;reference;comment\n',
    tail: '\n',
    joiner: '\n',
    lines: 20,
    line: (random, step, text) =>
      [
        1000 + step,
        isoDate(random),
        `${random.int(1, 9999)},${random.digits(2, true)}`,
        NEAR_MISS.order?.(random),
        quoted(text),
      ].join(';'),
  },
  log: {
    head: '',
    tail: '\n',
    joiner: '\n',
    lines: 12,
    line: (random, step, text) =>
      `${timestamp(random, step)} ${random.pick(['INFO', 'INFO', 'WARN', 'DEBUG'])} [svc-${random.int(1, 4)}] request_id=${NEAR_MISS.uuid?.(random)} status=${random.pick([200, 201, 404, 500])} duration_ms=${random.int(1, 900)} msg=${JSON.stringify(text)}`,
  },
};

/** Which lines carry personal sentences: one to three, anywhere among the payload's lines. */
const specialSteps = (random: Random, content: Content, lines: number): Set<number> => {
  if (content === 'none') return new Set();
  const count = random.int(1, 3);
  return new Set(Array.from({ length: count }, () => random.int(0, lines - 1)));
};

const buildPayload = (
  random: Random,
  kind: PayloadKind,
  language: Language,
  content: Content,
  limit: number,
): string => {
  const layout = LAYOUTS[kind];
  const special = specialSteps(random, content, layout.lines);
  let body = '';
  for (let step = 0; ; step++) {
    const line = layout.line(random, step, sentence(random, language, content, special.has(step)));
    const next = step === 0 ? line : `${body}${layout.joiner}${line}`;
    if (byteLength(`${layout.head}${next}${layout.tail}`) > limit) break;
    body = next;
  }
  return `${layout.head}${body}${layout.tail}`;
};

/**
 * A deterministic mixed corpus: every kind × language × content combination in turn, so any
 * prefix of it is balanced, each payload at most `bytes` long.
 */
export const buildCorpus = ({
  seed = DEFAULT_SEED,
  count = 540,
  bytes = 4096,
}: CorpusOptions = {}): Payload[] => {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const kind = KINDS[i % KINDS.length] as PayloadKind;
    const language = LANGUAGES[Math.floor(i / KINDS.length) % LANGUAGES.length] as Language;
    const content = CONTENTS[
      Math.floor(i / (KINDS.length * LANGUAGES.length)) % CONTENTS.length
    ] as Content;
    const text = buildPayload(random, kind, language, content, bytes);
    return { kind, language, content, text, bytes: byteLength(text) };
  });
};

/** One large payload of mixed corpus content, at most `bytes` long (cut inside the last piece). */
export const mixedPayload = (bytes: number, seed = DEFAULT_SEED + 1): string => {
  const pieces: string[] = [];
  let size = 0;
  const corpus = buildCorpus({ seed, count: Math.ceil(bytes / 3500) + 1 });
  for (const { text: payload } of corpus) {
    const text = `${payload}\n`;
    const room = bytes - size;
    if (room <= 0) break;
    const piece = byteLength(text) < room ? text : text.slice(0, room);
    let cut = piece;
    while (byteLength(cut) > room) cut = cut.slice(0, -1);
    pieces.push(cut);
    size += byteLength(cut);
  }
  return pieces.join('');
};
