import { classify } from '../../../shared/pii/classify.js';

// No timed assertion: each family is classified at 25 KB and at 100 KB, side by side, and only the
// ratio of their CPU times is checked. Linear work gives about 4, quadratic 16; the ceiling of 8
// leaves room for noise while still catching any super-linear recognizer. The minimum of several
// repeats drops garbage-collection pauses and scheduler noise, and machine speed cancels out.
const SMALL = 25_000;
const LARGE = 100_000;
const CEILING = 8;
const REPEATS = 5;

/** `unit` repeated and cut to exactly `length` characters. */
const repeated =
  (unit: string, prefix = '', suffix = '') =>
  (length: number): string =>
    `${prefix}${unit.repeat(Math.ceil(length / unit.length))}`.slice(0, length - suffix.length) +
    suffix;

/** Half of `length` in `first` repeated, then half in `second`: many cues, then many words. */
const halves =
  (first: string, second: string) =>
  (length: number): string =>
    repeated(first)(Math.floor(length / 2)) + repeated(second)(Math.ceil(length / 2));

// Inputs that would explode a backtracking pattern: long runs of what identifiers are made of.
const FAMILIES: readonly (readonly [family: string, build: (length: number) => string])[] = [
  ['digits and spaces ("1 1 1 …")', repeated('1 ')],
  ['letters and at signs ("a@a@…")', repeated('a@')],
  ['plus-one runs ("+1+1…")', repeated('+1')],
  ['one run of zeros', repeated('0')],
  ['a country code then digits ("DE111…")', repeated('1', 'DE')],
  ['dot-separated digit groups ("123.123.…")', repeated('123.')],
  ['dash-joined digits ("1-1-…")', repeated('1-')],
  ['slash-joined digit groups ("12/34/…")', repeated('12/34/')],
  ['IBAN-like groups ("DE12 DE12 …")', repeated('DE12 ')],
  ['phone-like groups ("(0) 12 (0) 12 …")', repeated('(0) 12 ')],
  ['dotted quads ("1.1.1.1.…")', repeated('1.')],
  ['hex pairs ("ab:ab:…")', repeated('ab:')],
  ['base64-like run', repeated('QmFzZTY0IGxpa2UgcnVuIG9mIHRleHQ')],
  ['one long word', repeated('a')],
  ['words of five to twelve letters', repeated('document ')],
  ['alternating letters and digits ("A1A1…")', repeated('A1')],
  ['a dotted local part before an at sign', repeated('a.', '', '@mailbox.org')],
  ['at signs and dots ("@.@.…")', repeated('@.')],
  ['a long dotted domain after an at sign', repeated('b.', 'a@')],
  ['colon-joined hex ("1:1:…")', repeated('1:')],
  ['whitespace only', repeated(' \t\n')],
  ['diacritics ("é")', repeated('é')],
  ['VAT prefixes with spaces ("DE DE …")', repeated('DE ')],
  ['context words and digits', repeated('Steuer-ID 12 ')],
  ['salutations and surnames ("Herr Müller …")', repeated('Herr Müller ')],
  ['capitalised first names ("Anna Anna …")', repeated('Anna ')],
  // Each "the only" looked at every person word of the text once (cues × words)
  ['"the only" cues, then person words ("eini … muž …")', halves('eini ', 'muž ')],
  ['"the only" in Lithuanian, then occupations', halves('vienintelis ', 'vairuotojas ')],
  ["first names' possessives before health words", repeated("Anna's cancer ")],
  [
    'special-category words beside names ("Herr Müller hat Diabetes. …")',
    repeated('Herr Müller hat Diabetes. '),
  ],
  ['first-person cues before special-category words', repeated('Ich habe Diabetes. ')],
  ['criminal-data words beside names', repeated('Herr Müller wurde verurteilt. ')],
  ['percent-encoded bytes ("%41%41…")', repeated('%41')],
  ['URL escapes that are not UTF-8 ("caf%E9+…")', repeated('caf%E9+')],
  ['quoted-printable bytes ("=41=41…")', repeated('=41')],
  ['zero-width spaces between digits', repeated('1\u200b')],
  ['nested HTML references ("&amp;amp;…")', repeated('amp;', '&')],
  ['HTML and JSON escapes of digits ("&#49;\\u0031…")', repeated('&#49;\\u0031 ')],
  ['no-break spaces between digit groups', repeated('12\u00a0')],
  ['handles made of names, glued ("anna.weber-anna.weber…")', repeated('anna.weber-')],
  ['lower-case letters joined by dots ("a.a.a…")', repeated('a.')],
  ['name labels on one long line ("Name Name …")', repeated('Name ')],
  ['first names and surnames in lower case ("anna weber anna weber …")', repeated('anna weber ')],
  ['greetings and first names in lower case ("hi anna, hi anna, …")', repeated('hi anna, ')],
  ['salutations in lower case ("dear mr dear mr …")', repeated('dear mr ')],
  ['a line in capitals ("ANNA WEBER ANNA …")', repeated('ANNA WEBER ')],
  ['lines in capitals and lower case', repeated('HERR MÜLLER\nfrau weber\n')],
  // Each line in capitals read in lower case (shouted.ts), with names and verbs to read there.
  ['short lines in capitals with names and verbs', repeated('TÓTH GÁBOR SAYS KARIM HAS IT\n')],
  [
    'streets and postcodes in lower case ("goethestraße 12, 10115 berlin …")',
    repeated('goethestraße 12, 10115 berlin '),
  ],
  ['street words in lower case ("via via via …")', repeated('via ')],
  ['birth labels on one long line ("DOB DOB …")', repeated('DOB ')],
  [
    'a header of tab-separated labels over rows without a tab',
    repeated('lorem ipsum dolor sit\n', `${Array(16).fill('geburtsdatum').join('\t')}\n`),
  ],
  ['one run of spaces and tabs after a word, ending the line', repeated(' \t', 'a', '\n')],
  ['one run of spaces after a word, ending the line', repeated(' ', 'a', '\n')],
  ['words joined by runs of spaces and tabs', repeated('ab  \t ')],
  ['decomposed letters ("e\u0301e\u0301…")', repeated('e\u0301')],
  ['tag characters ("\\u{E0061}…")', repeated('\u{E0061}', 'x')],
  ['variation selectors ("\\ufe00\\u{E0100}…")', repeated('\ufe00\u{E0100}', 'x')],
  ['right-to-left overrides, dense ("\\u202ea\\u202c…")', repeated('\u202ea\u202c')],
  ['right-to-left embeddings of words ("\\u202bab cd\\u202c…")', repeated('\u202bab cd\u202c')],
  ['superscript digits after digits ("1¹²1¹²…")', repeated('1\u00b9\u00b2')],
  ['Devanagari digits ("४२४२…")', repeated('\u096a\u0968')],
  ['short gzip streams in base64 ("H4sI…")', repeated('x H4sIAAAAAAAAA8vIBACsKpPYAgAAAA== ')],
  ['table cells in markup ("<td>a</td>…")', repeated('<td>a</td>')],
  ['digits joined by spaced dashes ("1 - 1 - …")', repeated('1 - ')],
  ['UTF-8 read as Latin-1 ("Ã¼Ã¼…")', repeated('\u00c3\u00bc')],
  ['C1 controls after a lead byte ("â\\u0080…")', repeated('\u00e2\u0080')],
  ['digits joined by en dashes ("1–1–…")', repeated('1\u2013')],
  ['reply quotes ("> > > …")', repeated('> ')],
  ['quoted lines ("\\n>\\n>…")', repeated('\n>')],
  ['tags never closed ("<a <a …")', repeated('<a ')],
  ['one long tag never closed', repeated('x', '<a ')],
  ['escaped line breaks and tabs ("a\\n\\t…")', repeated('a\\n\\t')],
  ['digit words in one run ("one two three …")', repeated('one two three four five six ')],
  ['digit words in short runs, line by line', repeated('zero six one two three four\n')],
  ['spelt letters and digit words ("a one b two …")', repeated('a one b two c three ')],
  ['number words of many languages ("en to tre fire …")', repeated('en to tre fire un deux sei ')],
  ['digit words and digits ("zero 1 zero 1 …")', repeated('zero 1 5 ')],
  ['Bulgarian digit words ("нула едно две …")', repeated('нула едно две три, ')],
  ['digit words between bars and emoji ("one | two 🙂 …")', repeated('one | two \u{1f642} ')],
  ['digit words after speaker labels ("one\\nA: one …")', repeated('one\nA: ')],
  ['speaker turns between digit words', repeated('Caller: six one two\nAgent: ok?\n')],
  ['emoji between digits ("1 🔥 1 🔥 …")', repeated('1 \u{1f525} ')],
  ['keycap digits ("1️⃣1️⃣…")', repeated('1\ufe0f\u20e3')],
  ['trade mark signs between digits ("1 ™ 1 ™ …")', repeated('1 \u2122 ')],
  ['emoji after a digit, none after them ("9😀😀…")', repeated('\u{1f600}', '9')],
  ['emoji and spaces after a digit ("9 😀 😀 …")', repeated(' \u{1f600}', '9')],
  ['words mixing look-alike letters ("Аnna Nоvák …")', repeated('\u0410nna N\u043ev\u00e1k ')],
  ['leetspeak names ("m1kk0 h4k4l4 …")', repeated('m1kk0 h4k4l4 ')],
  ['leetspeak words that read as nothing ("h4x0r …")', repeated('h4x0r ')],
  ['one long word of alternating scripts ("аaаa…")', repeated('\u0430a')],
  ['look-alike words in one long address ("аb.аb.…")', repeated('\u0430bc.', 'x@')],
  ['leetspeak with at signs ("m@rtin sch@fer …")', repeated('m@rtin sch@fer ')],
  ['birth labels before dates said in words', repeated('born the twenty first of march nineteen ')],
  ['birth labels before spaced dates ("geb. 3. 5. 1980 …")', repeated('geb. 3. 5. 1980 ')],
  ['per-person health tables, header after header', repeated('patient_id;diagnosis\n')],
  ['camel-case name keys ("patientFirstName":"Anna" …)', repeated('"patientFirstName":"Anna",')],
  ['one long camel-case key ending in Name', repeated('ab', 'x', 'Name: Anna')],
  ['one long header of health columns', repeated('diagnosis;', 'patient_id;')],
  ['one long line of health terms after a line break', repeated('HIV ', 'x\n')],
  [
    'ORCID-shaped groups after the registry name ("orcid 0000-0000-…")',
    repeated('0000-', 'orcid '),
  ],
  ['ORCID iDs in orcid.org URLs', repeated('orcid.org/0000-0002-1825-0097 ')],
  ['camel-case attribute names over labels ("cnpAsig bsnNr …")', repeated('cnpAsigBsnNr ')],
  ['student labels before numbers ("Matrikel-Nr. 4173920 …")', repeated('Matrikel-Nr. 4173920 ')],
  ['11-digit numbers one per line ("85120316423\\n…")', repeated('85120316423\n')],
  ['valid PESELs one per line ("85120316422\\n…")', repeated('85120316422\n')],
  ['OCR groups ("6l7 O4 6l7 O4 …")', repeated('6l7 O4 ')],
  ['one long OCR run ("l1l1l1…")', repeated('l1')],
  ['paragraphs in lower case with no word ("1\\n\\n1\\n\\n…")', repeated('1\n\n')],
  ['lower-case paragraphs between capitalised ones', repeated('anna weber\n\nAnna Weber Kim\n\n')],
  [
    'numbers cut by chat lines ("pesel 9207140\\n[10:42] A: 7204 …")',
    repeated('pesel 9207140\n[10:42] A: 7204 '),
  ],
  [
    'student labels without numbers ("student number student number …")',
    repeated('student number '),
  ],
  [
    'snake-case keys ending in name labels ("x_first_name: …")',
    repeated('x_first_name_last_name: Anna '),
  ],
  ['plural name labels as YAML keys ("given-names: …")', repeated('given-names: "Anna"\n')],
  ['text in hex, one run ("4b6f6e74…")', repeated('4b6f6e746f20')],
  ['text in hex, spaced bytes ("4b 6f 6e …")', repeated('4b 6f 6e 74 6f 20 ')],
  ['text in hex, \\x escapes ("\\x4b\\x6f…")', repeated('\\x4b\\x6f\\x6e\\x74\\x6f\\x20')],
  ['hex digits of no text ("0f0f…")', repeated('0f')],
  [
    'names in mathematical letters ("𝑨𝒏𝒏𝒂 𝑾𝒆𝒃𝒆𝒓 …")',
    repeated('\u{1d468}\u{1d48f}\u{1d48f}\u{1d482} \u{1d47e}\u{1d486}\u{1d483}\u{1d486}\u{1d493} '),
  ],
  ['mathematical bold digits in one run ("𝟏𝟐𝟑…")', repeated('\u{1d7cf}\u{1d7d0}\u{1d7d1}')],
  ['letters with marks that compose with nothing ("F̈ F̈ …")', repeated('F\u0308ranz\u0332 ')],
  ['stacks of marks on one letter ("ä̸̡̪̃…")', repeated('a\u0338\u0321\u032a\u0303', 'x')],
  ['HTML comments inside words ("a<!-- -->b…")', repeated('a<!-- -->b')],
  ['comment openers never closed ("<!-- <!-- …")', repeated('<!-- ')],
  ['one comment never closed', repeated('x', '<!--')],
  ['circled letters in one address ("ⓐⓝⓝⓐ.ⓐⓝⓝⓐ…")', repeated('\u24d0\u24dd\u24dd\u24d0.')],
  ['dingbat digits in groups ("➊➋➌ ➊➋➌ …")', repeated('\u278a\u278b\u278c ')],
  ['negative circled capitals ("🅐🅝🅝🅐 …")', repeated('\u{1f150}\u{1f15d}\u{1f15d}\u{1f150} ')],
  ['pictographs between dingbat digits ("➊ ☎ ➋ ☎ …")', repeated('\u278a \u260e ')],
  [
    'names in small capitals ("ᴀɴɴᴀ ᴡᴇʙᴇʀ …")',
    repeated('\u1d00\u0274\u0274\u1d00 \u1d21\u1d07\u0299\u1d07\u0280 '),
  ],
  ['o with ogonek before one small capital ("ǫǫǫ…ᴀ")', repeated('\u01eb', '', '\u1d00')],
  ['IPA words ("[ˈkɪʁçə] …")', repeated('[\u02c8k\u026a\u0281\u00e7\u0259] ')],
  ['variation selectors after letters ("a︎b︎…")', repeated('a\ufe0eb\ufe0f')],
  ['variation selectors after digits ("1︎ 2︎ …")', repeated('1\ufe0f 2\ufe0e ')],
  [
    'Braille words ("⠁⠝⠝⠁ ⠺⠑⠃⠑⠗ …")',
    repeated('\u2801\u281d\u281d\u2801 \u283a\u2811\u2803\u2811\u2817 '),
  ],
  ['Braille digits after one number sign ("⠼⠁⠃⠉…")', repeated('\u2801\u2803\u2809', '\u283c')],
  ['Braille art ("⣿⣷⣄⠀…")', repeated('\u28ff\u28f7\u28c4\u2800')],
  ['bytes as repr() writes them ("M\\xc3\\xbcller …")', repeated('M\\xc3\\xbcller K\\xc3\\xb6ln ')],
  ['escapes between quotes ("\\xc3\'\\xc3\'…")', repeated("\\xc3'")],
  ['escapes far apart ("\\xc3 aaaa…")', repeated(`\\xc3${'a'.repeat(70)}`)],
  [
    'a header of name labels, then rows',
    repeated('Anna;Weber;12.03.1985\n', 'vorname;nachname;geburtsdatum;'.repeat(20)),
  ],
  ['home directories, one after another ("/home/anna/home/anna…")', repeated('/home/anna')],
  ['Windows profile paths ("C:\\Users\\C:\\Users\\…")', repeated('C:\\Users\\')],
  [
    'base64 wrapped at 64 characters',
    repeated(`${'QmFzZTY0IGxpa2UgcnVuIG9mIHRleHQ1'.repeat(2)}\n`),
  ],
  [
    'PEM blocks, one after another',
    repeated(`-----BEGIN CERTIFICATE-----\n${'MIICtTCCAjygAwIBAgIUePpEXhVYSGOu'.repeat(2)}\n`),
  ],
  // The tenth session's scans: sentences opening in quotes and JSON values, wrapped
  // prose before a name, calendar rooms' addresses, compound no-reply senders, a writer's own
  // mailbox, bare international numbers, dates beside tax words
  ['quoted messages opening with a name', repeated('{"m":"Juha ei saa", "n":\'Mikkel kan\' ')],
  ['a line of prose wrapped before a name', repeated(`${'ord '.repeat(10)}og\nDennis kom `)],
  [
    'calendar rooms and their addresses',
    repeated('ATTENDEE;CUTYPE=ROOM;CN=Raum Kantine:mailto:raum.kantine@lagerwerk.de\n'),
  ],
  ['e-mail on one long line', repeated('schreib mir an ci-noreply.app@lagerwerk.de, ')],
  ['bare international numbers after a phone word', repeated('Handy: 4915168991359 ')],
  ['dates beside a tax word', repeated('davčna 2025-03-04 ')],
  ['doorbells, one after another', repeated('citofono de la esposito ')],
];

type Work = (text: string) => unknown;

/** CPU microseconds (user + system) of one call. */
const cpuMicros = (work: Work, text: string): number => {
  const start = process.cpuUsage();
  work(text);
  const used = process.cpuUsage(start);
  return used.user + used.system;
};

/**
 * The 100 KB / 25 KB CPU-time ratio, each the minimum of REPEATS calls. The two sizes alternate,
 * so each call sees a new text (the classifier memoises per-text work for the last text only).
 */
const growth = (work: Work, build: (length: number) => string): number => {
  const small = build(SMALL);
  const large = build(LARGE);
  work(build(1_000));
  const smallTimes: number[] = [];
  const largeTimes: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    smallTimes.push(cpuMicros(work, small));
    largeTimes.push(cpuMicros(work, large));
  }
  return Math.min(...largeTimes) / Math.max(1, Math.min(...smallTimes));
};

// A family's growth measured again when over the ceiling, at most this many times in all: a
// cheap family's few milliseconds on a loaded machine (jest's workers, CI) may take one pause in
// the large text's calls; quadratic work exceeds the ceiling every time.
const ATTEMPTS = 3;

/** The least growth of up to ATTEMPTS measures, stopping at the first under the ceiling. */
const settledGrowth = (work: Work, build: (length: number) => string): number => {
  let least = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < ATTEMPTS && least >= CEILING; attempt++) {
    least = Math.min(least, growth(work, build));
  }
  return least;
};

/** Work proportional to the square of the length: what the ceiling must catch. */
const quadratic: Work = (text) => {
  const steps = Math.floor(text.length / 10);
  let sum = 0;
  for (let i = 0; i < steps; i++) for (let j = 0; j < steps; j++) sum += (i ^ j) & 1;
  return sum;
};

describe('classify on 100 KB of pathological input', () => {
  it.each(FAMILIES)('stays linear: %s', (_family, build) => {
    expect(build(LARGE)).toHaveLength(LARGE);
    expect(settledGrowth(classify, build)).toBeLessThan(CEILING);
  });

  it('would report quadratic work: the same measure exceeds the ceiling on it', () => {
    expect(settledGrowth(quadratic, repeated('a'))).toBeGreaterThan(CEILING);
  });
});
