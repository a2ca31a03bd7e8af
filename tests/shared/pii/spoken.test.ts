import fc from 'fast-check';
import { classify } from '../../../shared/pii/classify.js';
import { NUMBER_WORDS } from '../../../shared/pii/lexicon/number-words.js';
import type { Finding } from '../../../shared/pii/recognizer.js';
import {
  spokenNumberRecognizer,
  spokenRegions,
  spokenRuns,
  spokenRunsUngated,
  spokenView,
} from '../../../shared/pii/spoken.js';

/** The runs' values and what they were read from. */
const runsIn = (text: string): [string, string][] =>
  spokenRuns(text).map((run) => [run.value, text.slice(run.start, run.end)]);

const valuesIn = (text: string): string[] => spokenRuns(text).map((run) => run.value);

// Nothing from the view: what the run alone makes of a text.
const runsOnly = spokenNumberRecognizer(() => []);

describe('number words', () => {
  it.each(Object.entries(NUMBER_WORDS))(
    '%s has ten digits, ten teens and eight tens',
    (_, table) => {
      expect(table.units).toHaveLength(10);
      for (const list of table.units) expect(list.trim()).not.toBe('');
      if ('teens' in table) expect(table.teens).toHaveLength(10);
      if ('tens' in table) expect(table.tens).toHaveLength(8);
    },
  );
});

describe('spokenRuns', () => {
  it.each([
    ['en', 'call me on oh seven seven zero nine one two three four', '077091234'],
    ['de', 'Handy: null eins fünf eins, zwei drei vier, fünf sechs sieben', '0151234567'],
    ['fr', 'appelle-moi au zéro six un deux trois quatre cinq six sept huit', '0612345678'],
    ['es', 'llámame al seis uno dos, cuatro cuatro ocho, tres nueve uno', '612448391'],
    ['it', 'il mio cellulare è tre tre tre, uno due tre, quattro cinque sei sette', '3331234567'],
    ['nl', 'mijn bsn is twee drie vijf zeven een een vier acht twee', '235711482'],
    ['pt', 'o meu número é nove um dois três quatro cinco seis sete oito', '912345678'],
    ['pl', 'pesel dziewięć dwa jeden jeden zero trzy zero cztery osiem dwa zero', '92110304820'],
    ['sv', 'mitt nummer är noll sju noll ett två tre fyra fem sex', '070123456'],
    ['da', 'mit nummer er to tre fire fem seks syv otte ni', '23456789'],
    ['no', 'nummeret mitt er ni to tre fire fem seks sju åtte', '92345678'],
    ['fi', 'numeroni on nolla neljä nolla yksi kaksi kolme neljä viisi kuusi', '040123456'],
    ['cs', 'moje číslo je šest nula dva jedna dva tři čtyři pět šest', '602123456'],
    ['sk', 'moje číslo je nula deväť jeden päť dva tri štyri päť šesť', '091523456'],
    ['sl', 'moja številka je nič štiri nič ena dva tri štiri pet šest', '040123456'],
    ['hr', 'moj broj je nula devet jedan dva tri četiri pet šest sedam', '091234567'],
    ['hu', 'a számom hat kettő egy kettő három négy öt hat hét', '621234567'],
    ['ro', 'numărul meu este zero șapte doi unu doi trei patru cinci șase', '072123456'],
    ['el', 'ο αριθμός μου είναι έξι εννέα τρία δύο ένα τέσσερα πέντε έξι επτά οκτώ', '6932145678'],
    ['bg', 'ЕГН нула шест четири шест едно девет осем едно пет две', '0646198152'],
    ['bg, teens and tens', 'телефон нула осем осем, двадесет и три, петнайсет, шейсет', '0882315'],
    [
      'el, in Latin letters',
      'o arithmos mou einai exi ennea tria dyo ena tessera pente exi',
      '69321456',
    ],
    ['lt', 'mano numeris aštuoni šeši vienas du trys keturi penki šeši septyni', '861234567'],
    ['lv', 'mans numurs ir divi seši viens divi trīs četri pieci seši septiņi', '261234567'],
    ['et', 'minu number on viis kuus üks kaks kolm neli viis kuus seitse', '561234567'],
    ['ca', 'el meu número és sis u dos tres quatre cinc sis set vuit', '612345678'],
    ['eu', 'deitu nire mugikorrera sei zortzi zortzi bi bat lau zazpi hiru bederatzi', '688214739'],
    ['gl', 'o meu número é seis oito un dous tres catro cinco seis sete', '681234567'],
    ['ga', "m'uimhir ná a naoi a seacht a náid a haon a dó a trí a ceathair a cúig", '97012345'],
    ['cy', 'pedwar wyth pump saith saith saith tri dim chwech chwech', '4857773066'],
    ['lb', 'meng matricule ass eent néng aacht sechs eent eent zwee dräi null véier', '1986112304'],
    ['mt', 'in-numru tiegħi huwa disgħa disgħa tnejn tlieta erbgħa ħamsa sitta sebgħa', '99234567'],
    ['is', 'númerið mitt er átta níu einn tveir þrír fjórir fimm sex', '89123456'],
    ['in capitals', 'NUMMER: NULL EINS SIEBEN SECHS ZWEI NEUN DREI ACHT', '01762938'],
  ])('reads digit words in %s', (_, text, value) => {
    expect(valuesIn(text)).toEqual([value]);
  });

  it.each([
    [
      'French pairs',
      "c'est le zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit",
      '0612345678',
    ],
    [
      'French pairs with et, quatre-vingt and dix-sept',
      'zéro six quatre-vingt-dix-neuf soixante et onze vingt et un dix-sept',
      '0699712117',
    ],
    [
      'a French NIR read in groups',
      'alors c’est deux quatre-vingt-sept zéro trois soixante-quinze cent seize zéro cinquante-deux et la clé',
      '2870375116052',
    ],
    ['Belgian and Swiss tens', 'zéro quatre septante-deux nonante et un huitante', '04729180'],
    [
      'English pairs',
      'it is seven two, nineteen, seventy nine, forty-two, eleven',
      '72197942' + '11',
    ],
    [
      'double and triple',
      'my number is double seven oh one, triple four, five six two',
      '7701444562',
    ],
    ['a hundred', 'freephone oh eight hundred, forty two, sixty six, twelve', '08004266' + '12'],
    ['German compounds', 'null eins siebzig achtundsechzig zweiundvierzig neunzehn', '0170684219'],
    ['German compounds apart', 'null eins siebzig acht und sechzig zwei und vierzig', '01706842'],
    ['Dutch compounds', 'nul zes twaalf vierendertig zesenvijftig achtenzeventig', '0612345678'],
    ['Danish compounds', 'tolv fireogtredive seksogfyrre otteoghalvfjerds', '12344678'],
    ['Swedish compounds', 'noll åtta tjugoett trettiotvå fyrtiotre femtiofyra', '0821324354'],
    ['Norwegian compounds', 'null ni tjueen trettito førtitre femtifire', '0921324354'],
    ['Italian compounds', 'tre quattro sette ventitré quarantotto sessantuno', '347234861'],
    [
      'Spanish pairs',
      'seis uno dos, treinta y cuatro, cincuenta y seis, setenta y ocho',
      '612345678',
    ],
    ['Spanish veinti-', 'seis veintidós treinta y tres veintiséis noventa', '622332690'],
    ['Catalan pairs', 'sis vint-i-u trenta-dos quaranta-tres cinquanta-quatre', '621324354'],
    ['Portuguese pairs', 'nove um vinte e um trinta e dois quarenta e três', '91213243'],
    ['Luxembourgish compounds', 'null sechs eenanzwanzeg zweeandrësseg véieranzwanzeg', '06213224'],
  ])('reads %s', (_, text, value) => {
    expect(valuesIn(text)).toEqual([value]);
  });

  it.each([
    [
      'a Catalan NIE, its letters spelt',
      'el nie és i grega quatre vuit dos zero tres u set z',
      'Y4820317Z',
      'i grega quatre vuit dos zero tres u set z',
    ],
    [
      'an Irish PPS number, a particle before each digit',
      'glaoiteoir: a sé a trí a haon a hocht a ceathair a cúig a dó l',
      '6318452L',
      'sé a trí a haon a hocht a ceathair a cúig a dó l',
    ],
    [
      'a Spanish DNI, its letter named',
      'mi dni es cinco cuatro tres dos uno cero nueve ocho zeta vale',
      '54321098Z',
      'cinco cuatro tres dos uno cero nueve ocho zeta',
    ],
    [
      'an IBAN with its letters spelt inside',
      "right so it's g b five seven b a r c two oh oh four one five seven three nine two",
      'GB57BARC2004157392',
      'g b five seven b a r c two oh oh four one five seven three nine two',
    ],
    [
      'a Welsh run between other words',
      'claf: pedwar wyth pump saith saith saith tri dim chwech chwech\nderbynfa: diolch',
      '4857773066',
      'pedwar wyth pump saith saith saith tri dim chwech chwech',
    ],
  ])('reads %s', (_, text, value, read) => {
    expect(runsIn(text)).toEqual([[value, read]]);
  });

  it.each([
    ['a Spanish "y" before the number', 'y cuatro siete tres ocho uno nueve dos seis', '47381926'],
    ['an Italian "e" after it', 'tre tre tre uno due tre quattro e poi', '3331234'],
    ['a Polish "w" after it', 'dziewięć dwa jeden jeden zero trzy w piątek', '921103'],
    ['an English "a" before it', 'a one two seven four four nine', '127449'],
    ['an elided letter', "it's one two seven four four nine", '127449'],
  ])('spells no letter from %s', (_, text, value) => {
    expect(valuesIn(text)).toEqual([value]);
  });

  it.each([
    [
      'en',
      'I want one of those two, and one or two more, then three to four times, for ten years.',
    ],
    [
      'en',
      'Oh, oh, oh! One by one the two of them went; one, two, three steps and then four more.',
    ],
    ['fr', 'Il y a un chat et un chien, deux ou trois fois par an, neuf sur dix, cent pour cent.'],
    ['fr', 'Un à un, et un de plus: six ou sept personnes, huit jours, un neuf et un vieux.'],
    ['es', 'Tengo uno o dos hermanos y tres o cuatro primos, seis de cada diez y un gato.'],
    ['it', 'Sei sicuro? Sei qui da tre ore e due minuti, uno o due volte, sei e sette.'],
    ['nl', 'Een van de twee, drie of vier keer, acht op de tien mensen, een nul op het rekest.'],
    ['de', 'Eins nach dem anderen: zwei oder drei Mal, vier Augen, acht Stunden, null Fehler.'],
    ['da', 'Der er en bil og to cykler, tre eller fire gange, ni ud af ti, en og anden.'],
    ['sv', 'Det är en bil och två cyklar, tre eller fyra gånger, sex av tio, en eller två.'],
    ['no', 'Det er en bil og to sykler, tre eller fire ganger, ni av ti, en og en.'],
    ['pt', 'Um ou dois, três e meia, um e outro, e seis ou sete vezes por dia.'],
    ['ca', 'I un dia, u i dos, set de nou, i sis o set vegades, dos i dos són quatre.'],
    ['gl', 'Un ou dous, tres e catro, sete días, un e outro, seis ou sete.'],
    ['eu', 'Bat edo bi, hiru eta lau, bost egun, sei aldiz, bat eta bi.'],
    ['ga', 'Tá sé ag dul a dó a chlog, agus a haon, sé nó seacht, trí nó ceathair.'],
    ['cy', "Dim ond un neu ddau, tri o'r gloch, dim byd, un dau tri a dyna ni."],
    ['lb', 'Eng Kaz an een Hond, zwee oder dräi Mol, véier Woche, eent no deem aneren.'],
    ['hu', 'Egy hét múlva hat órakor, egy két napig, öt vagy hat, egy kettő.'],
    ['ro', 'Unu și doi, trei sau patru ori, opt ore, nouă zile, doi câte doi.'],
    ['pl', 'Jeden z dwóch, dwa lub trzy razy, osiem godzin, dziewięć dni, zero szans.'],
    ['cs', 'Jedna nebo dvě, tři až čtyři, osm hodin, devět dní, šest lidí.'],
    ['sk', 'Jeden alebo dva, tri až štyri, osem hodín, deväť dní, päť ľudí.'],
    ['sl', 'Ena ali dve, tri do štiri, osem ur, devet dni, nič ni.'],
    ['hr', 'Jedan ili dva, tri do četiri, osam sati, devet dana, nula bodova.'],
    ['fi', 'Yksi tai kaksi, kolme tai neljä, kuusi kuusta, viisi päivää.'],
    ['et', 'Üks või kaks, kolm kuni neli, kuus kuud, viis päeva.'],
    ['lv', 'Viens vai divi, trīs līdz četri, seši mēneši, pieci dienas.'],
    ['lt', 'Vienas ar du, trys ar keturi, šeši mėnesiai, penki dienos.'],
    ['el', 'Ένα ή δύο, τρία με τέσσερα, έξι μήνες, πέντε μέρες, ένα ένα.'],
    ['mt', 'Wieħed jew tnejn, tlieta sa erbgħa, sitt xhur, ħames ijiem.'],
    ['bg', 'Едно или две, три до четири, осем часа, девет дни, пет души, един ден.'],
    ['is', 'Einn eða tveir, þrír til fjórir, sex mánuðir, fimm dagar.'],
    ['a one-time code', 'uw verificatiecode is vier zeven twee negen één'],
    [
      'pt, "do" and "e"',
      'A casa do João fica a dois minutos do centro, e do lado do rio há um café.',
    ],
    ['hr, "tri" and "i"', 'Tri dana i tri noći, pet ili šest puta, i opet tri.'],
    ['en, "o" and "oh"', 'O Romeo, oh no, o my love: one day, two nights, oh oh oh.'],
    ['a list of vowels', 'The vowels are a, e, i, o and u; in Welsh also w and y.'],
  ])('reads no run in ordinary %s text', (_, text) => {
    expect(spokenRuns(text)).toEqual([]);
  });

  it('marks counting', () => {
    for (const text of [
      'learn to count: one two three four five six seven eight nine ten',
      'bat bi hiru lau bost sei zazpi zortzi bederatzi hamar',
      'countdown: ten nine eight seven six five four three two one',
    ]) {
      expect(spokenRuns(text).map((run) => run.counting)).toEqual([true]);
    }
  });

  it('marks a code with letters between its digits', () => {
    const [run] = spokenRuns('serial f g t six zero f t k two three zero nine four four one seven');
    expect(run).toMatchObject({ value: 'FGT60FTK23094417', interleaved: true });
  });

  // Number words of one language, separators and other words in any order: the gate
  // (spokenRegions) looks at part of a text only, and must find every run a look at every word
  // finds.
  const wordsOf = (list: readonly string[]): string[] => list.flatMap((words) => words.split(' '));
  const NUMBERS = Object.values(NUMBER_WORDS).map((table) => [
    ...wordsOf(table.units),
    ...('teens' in table ? wordsOf(table.teens).filter((word) => word !== '') : []),
    ...('tens' in table ? wordsOf(table.tens) : []),
    ...('homophones' in table ? Object.keys(table.homophones) : []),
  ]);
  it('property: the gate finds every run reading every word finds', () => {
    let withRuns = 0;
    const others = fc.constantFrom(
      ...['z', 'l', 'i grega', 'zeta', 'a', 'the', 'und', "l'", 'é', '7', 'Müller', 'šest'],
      ...['numéro', '🔥', 'ένα δύο τρία τέσσερα πέντε', 'ZWEI', 'NÉNG'],
      ...['3704', '0', '12:30', '4th', '(0151)', 'uh'],
    );
    const separator = fc.constantFrom(
      ...[' ', ' ', ' ', ', ', '-', '\n', '. ', '', ' | ', '_', ' + ', ') ', ' 🙂 ', ' ™ '],
    );
    const text = fc
      .constantFrom(...NUMBERS)
      .chain((numbers) =>
        fc.array(
          fc.tuple(
            fc.oneof(
              { weight: 8, arbitrary: fc.constantFrom(...numbers) },
              { weight: 1, arbitrary: others },
            ),
            separator,
          ),
          { maxLength: 24 },
        ),
      );
    fc.assert(
      fc.property(text, (parts) => {
        const written = parts.map(([word, blank]) => word + blank).join('');
        const runs = spokenRunsUngated(written);
        if (runs.length > 0) withRuns += 1;
        expect(spokenRuns(written)).toEqual(runs);
      }),
      { numRuns: 800, seed: 20261129 },
    );
    expect(withRuns).toBeGreaterThan(80);
  });

  it('looks at no region of most texts', () => {
    for (const text of [
      'Bitte überweisen Sie den Betrag bis zum 12.03. auf das bekannte Konto. Danke und Grüße.',
      'The quick brown fox jumps over the lazy dog, then naps for a while in the sun.',
      '{"id": 12, "level": "debug", "msg": "cache miss for key user:42", "took_ms": 3}',
    ]) {
      expect(spokenRegions(text)).toEqual([]);
    }
  });
});

describe('spokenView', () => {
  it('writes each run as its digits and letters and maps them back to the words', () => {
    const text = 'nie: i grega quatre vuit dos zero tres u set z, gràcies';
    const view = spokenView(text, spokenRuns(text));
    expect(view?.text).toBe('nie: Y4820317Z, gràcies');
    const start = view?.text.indexOf('Y') ?? -1;
    expect(view?.originalStart(start)).toBe(text.indexOf('i grega'));
    expect(view?.originalEnd(start + 8)).toBe(text.indexOf(', gr'));
  });
});

describe('spokenNumberRecognizer', () => {
  const finding = (text: string, value: string): Finding => ({
    type: 'NATIONAL_ID',
    category: 'national_id',
    start: text.indexOf(value),
    end: text.indexOf(value) + value.length,
    score: 0.9,
    recognizer: 'national-id',
    detail: 'es.nie',
  });

  it('reports what the scan finds in the view on the spoken words', () => {
    const text = 'el nie és i grega quatre vuit dos zero tres u set z';
    const recognizer = spokenNumberRecognizer((view) => [finding(view, 'Y4820317Z')]);
    expect(recognizer.find(text)).toContainEqual({
      ...finding(text, 'i grega quatre vuit dos zero tres u set z'),
      recognizer: 'spoken',
      detail: 'national-id/es.nie',
    });
  });

  it.each([
    ['eight digits', 'the code is two three zero nine four four one seven', 'PERSON_REFERENCE'],
    [
      'seven digits and a letter',
      'glaoiteoir: a sé a trí a haon a hocht a ceathair a cúig a dó l',
      'PERSON_REFERENCE',
    ],
    [
      'a number next to a phone word',
      'ring me on my mobile: six one two four four eight three nine',
      'PHONE_NUMBER',
    ],
    ['a number read in pairs', 'zéro six, douze, trente-quatre, cinquante-six', 'PERSON_REFERENCE'],
  ])('counts %s on its own', (_, text, type) => {
    const found = runsOnly.find(text);
    expect(found.map((f) => f.type)).toEqual([type]);
    expect(found[0]).not.toHaveProperty('value');
    expect(found[0]?.detail).toMatch(/^(?:spelled|spoken-number)$/);
  });

  it.each([
    ['six digits', 'uw verificatiecode is vier zeven twee negen één nul'],
    ['seven digits', 'extension four four one two nine eight seven please'],
    ['a year and prices', 'in nineteen ninety nine it cost nine ninety nine, twelve fifty'],
    ['counting', 'one two three four five six seven eight nine ten'],
    [
      'a code with letters between its digits',
      'serial f g t six zero f t k two three zero nine four four one seven',
    ],
    ['no number words', 'Bitte rufen Sie mich morgen an, danke.'],
  ])('leaves %s to the validators', (_, text) => {
    expect(runsOnly.find(text)).toEqual([]);
  });
});

// A review of the reader: what the phone-spelled recognizer it replaced read (groups on lines of
// their own), hesitations, joiners between groups, a codice fiscale's six leading letters.
describe('spokenRuns across line breaks, fillers and joiners', () => {
  it.each([
    [
      'groups on lines of their own',
      'móvil: seis uno dos\ncuatro cuatro ocho\ntres nueve uno',
      '612448391',
    ],
    [
      'a CRLF inside the run',
      'phone: zero seven seven zero nine\r\none two three four',
      '077091234',
    ],
    [
      'a filler between groups',
      'phone: seven three one uh nine four two eight five six',
      '731942856',
    ],
    ['a German filler', 'Telefon null eins sieben sechs äh neun drei eins acht', '01769318'],
    // A separator said between groups (red-team rt12-36)
    [
      'a Danish hyphen said between groups',
      'cpr en to nul tre otte syv bindestreg syv to to seks',
      '1203877226',
    ],
    ['an English dash said', 'phone seven three one dash nine four two eight', '7319428'],
    ['a joiner between groups', 'seis uno dos y cuatro cuatro ocho y tres nueve uno', '612448391'],
    [
      'six letters before the digits',
      'R S S M R A otto cinque T uno zero A cinque sei due S',
      'RSSMRA85T10A562S',
    ],
  ])('reads %s', (_, text, value) => {
    expect(valuesIn(text)).toEqual([value]);
  });

  it.each([
    ['a hesitation in prose', 'We need two or three people, uh, maybe four.'],
    [
      'numbers on lines of a list',
      'Ich habe eins, zwei, drei Fragen.\nUnd vier oder fünf Antworten.',
    ],
    ['the Portuguese one read as a filler would be', 'vinte e um ou vinte e dois, talvez'],
  ])('reads no run in %s', (_, text) => {
    expect(valuesIn(text).filter((value) => value.length >= 8)).toEqual([]);
  });
});

// Words whose ASCII letters stand apart at their diacritics ('tři' is 't' and 'i' to the token
// index): the gate reads the word folded, as a reader does, instead of skipping single letters.
describe('spokenRuns of words split at diacritics', () => {
  it.each([
    ['Czech', 'ok: tři pět pět tři tři pět pět tři tři thanks', '355335533'],
    ['Hungarian', 'ok: öt hét hét öt öt hét hét öt öt thanks', '577557755'],
    ['Icelandic', 'ok: þrír níu níu þrír þrír níu níu þrír þrír thanks', '399339933'],
    ['Irish', 'ok: a dó a sé a sé a dó a dó a sé a sé a dó a dó thanks', '266226622'],
  ])('reads %s', (_, text, value) => {
    expect(valuesIn(text)).toEqual([value]);
  });
});

// Digits written as digits inside a run of number words: speech-to-text writes some digits as
// words and some as digits ('zero 1 5 1 …', 'eight nine 3704 0044 …'). Each must fail without the
// digit groups joining the run.
describe('spokenRuns with digits written between number words', () => {
  it.each([
    ['a number dictated digit by digit', 'my number is zero 1 5 1 2 3 4 5 6 7 8', '01512345678'],
    [
      'IBAN groups after its check digits',
      'IBAN DE eight nine 3704 0044 0532 0130 00',
      '89370400440532013000',
    ],
    [
      'a card number half in words',
      'card 5168 4411 two seven three four 0 nine 10',
      '5168441127340910',
    ],
    ['digits in brackets', '(0151) two three four five six seven', '0151234567'],
    ['double before a digit', 'double 7 oh one two three four five', '77012345'],
  ])('reads %s', (_, text, value) => {
    expect(valuesIn(text)).toEqual([value]);
  });

  it.each([
    ['dates with one number word', 'it shipped on 2020-03-28 and one or two arrived on 2021-04-01'],
    ['a word that is a number elsewhere', 'momsreg.nr SE 202 100-5000 01'],
    ['years joined by and', 'in 2019 and 2020 two of us went, three 2021 four'],
    ['times and dates', 'the 10:30 train, one 12.03.2024 two 14:45'],
    // Danish 'en' and 'et' ('one') each beside a year: no two number words side by side.
    ['years after words that are a number in Danish', 'les ventes en 2023 et 2024 ont baissé'],
    ['one number word before numbers', 'two 10 15 30 45 60 90 120 minutes'],
    ['digits with a letter glued on', 'one 4th 5th 6th 7th 8th two'],
    ['no number words', 'call 0 1 5 1 2 3 4 5 6 7 8 and 3704 0044'],
  ])('reads no run in %s', (_, text) => {
    expect(valuesIn(text)).toEqual([]);
  });
});

// Separators between the words other than blanks and the punctuation of digit groups: bars,
// pluses, underscores, brackets and pictographs, as chats and forms write them.
describe('spokenRuns across other separators', () => {
  it.each([
    ['bars', 'seven | three | one | nine | four | two | eight | five | six', '731942856'],
    ['pluses', 'seven + three + one + nine + four + two + eight + five', '73194285'],
    ['underscores', 'seven_three_one_nine_four_two_eight_five', '73194285'],
    ['brackets', '(zero one) five one two three', '015123'],
    ['emoji', 'seven 🙂 three 🙂 one 🙂 nine 🙂 four 🙂 two 🙂 eight', '7319428'],
    ['a trademark sign', 'seven ™ three ™ one ™ nine ™ four ™ two', '731942'],
  ])('reads %s', (_, text, value) => {
    expect(valuesIn(text)).toEqual([value]);
  });

  it.each([
    ['a table header counting', '| one | two | three | four | five | six | seven | eight |'],
    ['a sum', 'one + one + two = four, and three + five = eight'],
    ['an identifier in snake case', 'test_one_two_three_four_five_six_seven_eight'],
  ])('counts nothing in %s on its own', (_, text) => {
    expect(runsOnly.find(text)).toEqual([]);
  });
});

// The gate tries every MIN_WORDS-th token; a letter there (Catalan 'u', 1, ending a run) or a
// number word whose hash meets a letter name's ('achttien') was skipped when no number word
// followed it, and the run went unread.
describe('the gate at a letter', () => {
  it.each([
    ['a Catalan "u" ending a run', 'setze disset zero u', '161701'],
    ['a Dutch teen read as a letter', 'dertien nul nul achttien', '130018'],
    ['an English "o" ending a run', 'six twelve forty o', '612400'],
  ])('finds %s', (_, text, value) => {
    expect(valuesIn(text)).toEqual([value]);
  });
});

// A number split across a transcript's turns: the caller goes on after a speaker's label, maybe
// after a short turn of the agent's. The gate still needs four number words in a row on one side.
describe('spokenRuns across speaker turns', () => {
  it.each([
    [
      'a turn of the agent between',
      'Caller: my number is six one two\nAgent: and the rest?\nCaller: four four eight three nine one',
      '612448391',
    ],
    [
      'the same speaker on the next line',
      'Caller: six one two four\nCaller: four eight three nine one',
      '612448391',
    ],
    [
      'labels with times',
      '[00:00:21] caller: zero seven seven zero\n[00:00:25] agent: yes\n[00:00:27] caller: nine one two three',
      '07709123',
    ],
    [
      'numbered speakers',
      'SPEAKER_01: zero one five one\nSPEAKER_02: okay\nSPEAKER_01: two three four five',
      '01512345',
    ],
  ])('reads %s', (_, text, value) => {
    expect(valuesIn(text)).toEqual([value]);
  });

  it.each([
    ['a short answer', 'Agent: ok\nCaller: two or three days'],
    [
      'answers to several questions',
      'Agent: how many nights?\nCaller: two\nAgent: and rooms?\nCaller: three four\nAgent: guests?\nCaller: five',
    ],
    [
      'a turn saying other numbers between',
      'Caller: one two three four\nAgent: five six? no, seven\nCaller: eight',
    ],
    ['a label with no number after it', 'Caller: zero one five one two\nAgent: thanks, one moment'],
  ])('counts nothing in %s on its own', (_, text) => {
    expect(runsOnly.find(text)).toEqual([]);
  });
});

// Words speech-to-text writes for digits it misheard ('to', 'too', 'for', 'fore', 'won', 'ate'):
// read only between two number words of a long run without punctuation around them.
describe('spokenRuns with homophones of digits', () => {
  it.each([
    ['to and for', 'call me on oh seven to three for five six one eight nine', '0723456189'],
    ['won and ate', 'account seven three won nine four ate two five six', '731948256'],
    ['too and for', 'my number is oh seven seven too one for eight nine three six', '0772148936'],
  ])('reads %s', (_, text, value) => {
    expect(valuesIn(text)).toEqual([value]);
  });

  it.each([
    ['a meeting', 'one to one meeting for two hours'],
    ['a ranking', 'top 3 for 2024'],
    ['ranges', 'two to three, four to five or six to seven days'],
    ['ranges without commas', 'two to three four to five six to seven eight'],
    ['ranges of people and days', 'we need two to three people for four to five days'],
    ['prices', 'tickets: one for nine, two for eight, three for seven'],
    ['prices without commas', 'one for nine two for eight three for seven'],
    ['a pause next to it', 'call me on oh seven to three, for five six one eight nine'],
  ])('counts nothing in %s on its own', (_, text) => {
    expect(runsOnly.find(text)).toEqual([]);
  });
});

// Bulgarian, the EU's Cyrillic language (red-team rt7-50): its number words are read in texts
// with Cyrillic letters, as Greek ones are in texts with Greek letters.
describe('Bulgarian number words', () => {
  it.each([
    [
      'an EGN read out',
      'Клиент: ЕГН нула шест четири шест едно девет осем едно пет две.',
      'NATIONAL_ID',
    ],
    [
      'a mobile read out',
      'Обадете се на нула осем осем седем едно две три четири пет шест.',
      'PHONE_NUMBER',
    ],
  ])('finds %s', (_, text, type) => {
    expect(classify(text).findings.map((finding) => finding.type)).toContain(type);
  });

  it.each([
    [
      'a recipe',
      'Сложете две яйца, три лъжици захар и една чаша мляко, печете четиридесет минути.',
    ],
    ['a schedule', 'Срещата е в три часа, после още две, в петък от девет до пет.'],
  ])('leaves %s non-sensitive', (_, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// A run the newer reading carries on past where it used to end (digits, brackets, bars, a
// homophone, a glued word) may then validate nothing: what the old reading found is still found,
// since both readings are scanned (a reviewer's repros, each non-sensitive before the fix).
describe('what a longer run would lose', () => {
  it.each([
    [
      'a bracket then a spelt letter',
      'my number is zero seven seven zero nine zero zero one two three (a two minute call)',
    ],
    ['a check letter then a count', 'NIE X two four eight two three zero zero W 3 times'],
    [
      'a Spanish check letter then a count',
      'DNI cinco cuatro tres seis dos tres uno cinco K 2 veces',
    ],
    [
      'an Irish check letter then a count',
      'My PPS number is one two three four five six seven T 2 weeks ago',
    ],
    ['an underscore then a letter', 'call zero two four one six four three _ B one'],
    ['a word glued to a digit', 'ID null null null null zwei sieben eins null2'],
  ])('is still personal: %s', (_case, text) => {
    expect(classify(text).classification).toBe('personal');
  });
});
