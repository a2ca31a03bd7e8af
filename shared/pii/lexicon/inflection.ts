import { COMMON_WORDS } from './common-words.js';
import { NAME_FLAGS, nameFlags } from './names.js';

/**
 * A name the gazetteer lacks in this form because it is declined or made a diminutive: Polish
 * 'Agnieszce' (dative of 'Agnieszka'), 'Wróblewskiej' ('Wróblewska'), Czech 'Dvořákové'
 * ('Dvořáková'), Finnish 'Jukalle' ('Jukka', allative, with the consonant gradation kk → k),
 * Spanish 'Paquito' ('Paco'). A small set of endings, each stripped and the stem looked up: the
 * stem must be a known name that is no everyday word or place, so that one rule does not make
 * names of words. On the folded word (lower case, no diacritics: 'ą' is 'a', 'ä' is 'a').
 */
export interface Inflection {
  readonly first: boolean;
  readonly last: boolean;
  /** A case ending that itself says the person is spoken of ("to Jukka", "for Agnieszka"):
   * a name without any other cue. Otherwise (a genitive '-a', a diminutive), only with a cue. */
  readonly strong: boolean;
}

/** An ending, what replaces it, whether it is strong, and, for an ending whose accent tells its
 * language ('-tól', '-né'), the ending as written in lower case (the folded one loses it). */
type Rule = readonly [
  ending: string,
  replacements: readonly string[],
  strong: boolean,
  written?: string,
];

// Given names. Finnish: allative, adessive, ablative, inessive, elative, translative, essive
// (strong), genitive '-n' and partitive '-a' (weak). Polish: dative and locative '-ce' of '-ka',
// '-dze' of '-ga', '-owi' (strong); genitive '-y'/'-i', '-ki' of '-ka', instrumental '-em',
// genitive '-a' (weak). Czech: dative '-ovi' (strong), instrumental '-ou' of '-a' (weak). Spanish
// and Italian diminutives (weak): 'Paquito' → 'Paco', 'Juanita' → 'Juana', 'Paolino' → 'Paolo'.
// Hungarian (strong): dative '-nak'/'-nek', '-val'/'-vel' after a vowel (after a consonant, see
// ASSIMILATED), '-hoz'/'-hez', and with their accent the ablative '-tól'/'-től', delative
// '-ról'/'-ről', adessive '-nál'/'-nél' and causal '-ért' ('Bélának', 'Bélától'), accusative '-át',
// '-ét', '-ót' of a final vowel ('Attilát'; strong), not '-t' after a consonant. Lithuanian:
// dative '-ui' of '-as'/'-us', '-iui' of '-is'/'-ius'/'-ys' ('Jonui'; strong), '-ai' of '-a' and
// '-ei' of '-ė' (weak: Hungarian adjectives 'Zalai', 'Erdei' end so); genitive '-os' of '-a' and
// '-ės' of '-ė' (weak). Croatian: dative 'Marku' of 'Marko' (strong), '-u' ('Ivanu'; weak: Czech
// locatives end so), instrumental '-om' ('Ivanom', 'Anom'; weak). Romanian dative '-ei' of '-a'
// ('Ioanei'; weak, the rule above). Latvian dative '-im' of '-is' ('Jānim'; strong). With their
// ogonek, which only a case ending writes (strong): Polish accusative '-ę' of '-a' ('Katarzynę')
// and instrumental '-ą' ('z Anną'); Lithuanian accusative '-ą' of '-a'/'-as' ('Oną', 'Joną'), '-ę'
// of '-ė' ('Gabrielę') and '-į' of '-is'/'-ys' ('Kęstutį').
const FIRST_RULES: readonly Rule[] = [
  ['e', ['a', 'e'], true, 'ę'],
  ['a', ['a', 'as', 'us', 'ius'], true, 'ą'],
  ['i', ['is', 'ys'], true, 'į'],
  ['nak', [''], true],
  ['nek', [''], true],
  ['val', [''], true],
  ['vel', [''], true],
  ['hoz', [''], true],
  ['hez', [''], true],
  ['tol', [''], true, 'tól'],
  ['tol', [''], true, 'től'],
  ['rol', [''], true, 'ról'],
  ['rol', [''], true, 'ről'],
  ['nal', [''], true, 'nál'],
  ['nel', [''], true, 'nél'],
  ['ert', [''], true, 'ért'],
  // Hungarian accusative '-t' after a vowel it lengthens ('Attilát', 'Rékát', 'Lászlót'; strong,
  // told by the accent). Not '-t' after a consonant ('Pétert'): German nouns end so, and
  // 'Result', 'Senat', 'Haft' would be 'Resul', 'Sena', 'Haf'.
  ['at', ['a'], true, 'át'],
  ['et', ['e'], true, 'ét'],
  ['ot', ['o'], true, 'ót'],
  ['ot', ['o'], true, 'őt'],
  ['iui', ['is', 'ius', 'ys', ''], true],
  // Lithuanian nominative '-ius' of a name the gazetteer has bare ('Gabrielius', 'Danielius')
  ['ius', [''], false],
  ['ui', ['as', 'us'], true],
  // Lithuanian instrumental '-umi' of '-us' ('su Dariumi'; strong), genitive '-aus' of '-us'
  // ('Dariaus') and '-o' of '-as' ('Jono'; weak)
  ['umi', ['us'], true],
  ['aus', ['us'], false],
  ['o', ['as'], false],
  ['ai', ['a'], false],
  ['ei', ['e', 'a'], false],
  ['os', ['a'], false],
  // Latvian feminine genitive '-as' of '-a' ('studentes Annas Kalniņas'; weak)
  ['as', ['a'], false],
  ['es', ['e'], false],
  ['ku', ['ko'], true],
  ['im', ['is'], true],
  // Croatian dative ('Ivanu'), Lithuanian instrumental '-u' of '-as' ('Jonu'), Latvian
  // accusative '-u' of '-s' ('Artūru' of 'Artūrs'; weak)
  ['u', ['', 'as', 's'], false],
  // … and the Croatian, Serbian, Czech and Slovak accusative '-u' of a name in '-a' ("Ivicu iz
  // GLS-a", "Pepu z depa": a hundred-and-thirty-third set; weak)
  ['u', ['a'], false],
  ['om', ['', 'a'], false],
  ['lle', [''], true],
  ['lla', [''], true],
  ['lta', [''], true],
  ['ssa', [''], true],
  ['sta', [''], true],
  ['ksi', [''], true],
  ['na', [''], false],
  ['n', [''], false],
  ['a', [''], false],
  ['ce', ['ka'], true],
  // Estonian allative '-le' ("kaastunnet Maiele, Kristjanile", a forty-ninth red-team set; weak):
  // after a name in '-e', '-i', '-o', '-u', and '-ile' of a name in a consonant (stripped after
  // any letter); not after '-a', which Italian adjectives share ('Normale', of 'Norma')
  ['ele', ['e'], false],
  ['ile', ['', 'i'], false],
  ['ole', ['o'], false],
  ['ule', ['u'], false],
  // Basque genitive '-ren', ergative '-rek' and dative '-i' of a name ending in '-r', which they
  // double ('Aitorren gurasoak', 'Aitorrek', 'Aitorri', a fiftieth red-team set; weak)
  ['rren', ['r'], false],
  ['rrek', ['r'], false],
  ['rri', ['r'], false],
  // … and the ergative '-ek' of a name in a consonant ("Mikelek esan dit": blind set 119 of the
  // forty-second session; weak), the Hungarian '-ék', a name's family ('Zsoltiék kisebbik fia';
  // strong, told by the accent), and the Slovene and Croatian possessive '-ina' of a name in '-a'
  // ('Tinkina mami'; weak)
  ['ek', [''], false],
  ['ek', [''], true, 'ék'],
  ['ina', ['a'], false],
  // … and '-ren' of a name in a vowel ("Josebaren berri", an eighty-ninth set; weak); Albanian
  // definite '-i' and its genitive and dative '-it' of a name in a consonant ('Erioni', 'Arbenit',
  // the eighty-seventh and ninetieth sets; weak)
  ['ren', [''], false],
  ['it', [''], false],
  // … and the Hungarian accusative '-t' of a name in '-i', which it does not lengthen ('Lacit',
  // 'Ferit': a hundred-and-thirty-sixth set; weak)
  ['it', ['i'], false],
  // … and the Slovene, Croatian and Serbian possessive '-ov'/'-ev' of a man's name in a consonant
  // ('Jernejev oče', 'Ivanov brat': the same set; weak); not of one in '-o' ('Markov', of 'Marko':
  // nothing is put back)
  ['ev', [''], false],
  ['ov', [''], false],
  // … the Albanian definite accusative '-in' of a name in a consonant ('Arditin', 'Gëzimin': blind
  // sets 109 and 111; weak), and the Serbian dative '-ju' of a name in '-i' ('Mikiju'; weak)
  ['in', [''], false],
  // … and the Slovene, Croatian and Serbian possessive '-in' of a woman's name in '-a' ('Anin oče',
  // 'Marijin brat'; weak)
  ['in', ['a'], false],
  ['iju', ['i'], false],
  // … and the Albanian genitive and dative '-ës' of a name in '-a' ("Thuaji Blerinës": the
  // hundredth set; weak)
  ['es', ['a'], false, 'ës'],
  // Polish diminutives in '-ek' lose their 'e' in the cases ('pana Zbyszka', 'Wojtkowi',
  // 'z Tomkiem': the eighty-sixth and ninety-third sets): genitive '-ka' and '-ku' (weak),
  // dative '-kowi' (strong), instrumental '-kiem' (weak)
  ['ka', ['ek'], false],
  ['ku', ['ek'], false],
  ['kowi', ['ek'], true],
  ['kiem', ['ek'], false],
  ['dze', ['ga'], true],
  ['owi', [''], true],
  // Slovak and Czech dative of a name ending in '-o' ('Jankovi' of 'Janko', a fifty-eighth set)
  ['ovi', ['', 'o'], true],
  ['ki', ['ka'], false],
  ['y', ['a'], false],
  ['i', ['a'], false],
  ['i', [''], false],
  ['em', [''], false],
  ['ou', ['a'], false],
  // Ukrainian and Russian in Cyrillic (a forty-third red-team set: "67-річного Миколу
  // Бондаренка"): accusative '-у'/'-ю' of '-а'/'-я' ('Миколу', 'Марію'), dative '-у' of a
  // consonant ('Ивану'), genitive and accusative '-а' of a consonant or '-о' ('Артема', 'Петра';
  // weak), Ukrainian dative '-ові' (strong)
  ['у', ['а', ''], false],
  ['ю', ['я', 'и'], false],
  ['а', ['', 'о'], false],
  ['ові', ['', 'о'], true],
  // Russian given names in their cases (a forty-eighth red-team set: "у Сергея Петровича был
  // инфаркт", "Валентине Ивановне"), folded ('й' is 'и'): genitive '-я' of '-й' ('Сергея'),
  // dative '-ю' ('Сергею', above), instrumental '-ем' ('Сергеем'); '-ы' and '-и' of '-а' and
  // '-я' ('Ирины', 'Ольги', 'Марии'), dative and locative '-е' ('Ирине', 'Иване'), instrumental
  // '-ой' and '-ей' ('Ириной', 'Марией') and '-ом' ('Иваном'); Ukrainian '-і' ('Олені') and
  // '-ою' ('Оленою'). All weak: a cue or a surname must stand with them.
  ['я', ['и'], false],
  ['ем', ['и'], false],
  ['ы', ['а'], false],
  ['и', ['а', 'я'], false],
  ['е', ['а', 'я', ''], false],
  ['ои', ['а'], false],
  ['еи', ['я'], false],
  ['ом', [''], false],
  ['і', ['а', 'я'], false],
  ['ою', ['а'], false],
  ['quito', ['co'], false],
  ['quita', ['ca'], false],
  ['ito', ['o', ''], false],
  ['ita', ['a', ''], false],
  ['ino', ['o'], false],
];

// Surnames. Polish feminine '-skiej'/'-ckiej' (genitive, dative, locative), masculine '-skiego',
// '-skiemu', '-skim'; Czech feminine '-ové', '-ovou' (of '-ová'); masculine dative '-owi'/'-ovi'
// (strong), genitive '-a' and instrumental '-em' (weak); Finnish '-sen' (genitive of '-nen') and
// the local cases of it. Hungarian: the married name '-né' ('Szabóné': Mrs Szabó) and the dative
// '-nak'/'-nek' and, with their accent, '-tól', '-nál', '-ról' (strong). Lithuanian: dative '-ui',
// '-iui' ('-čiui' of '-tis': 'Petraičiui') (strong); '-ei' of '-ė', genitive '-ės' (weak).
// Croatian: instrumental '-om' (weak), dative '-u' (weak: 'Horvatu'). Latvian: dative '-am' of
// '-s'/'-š' ('Bērziņam' of 'Bērziņš'; strong); Latvian and Lithuanian feminine dative '-ai' of
// '-a' ('Liepiņai' of 'Liepiņa'; weak, as for first names). With an ogonek (strong): Polish
// feminine accusative and instrumental '-ą' ('Mroczkowską' of 'Mroczkowska'); Lithuanian
// accusative '-ą' of '-as' ('Kazlauską'), '-ę' of '-ė' ('Kazlauskienę'), '-į' of '-is'. Czech and
// Slovak '-ová' of a man's surname.
const LAST_RULES: readonly Rule[] = [
  ['a', ['a', 'as', 'us', 'ius'], true, 'ą'],
  ['e', ['e'], true, 'ę'],
  ['i', ['is', 'ys'], true, 'į'],
  ['ne', [''], true, 'né'],
  ['nak', [''], true],
  ['nek', [''], true],
  ['tol', [''], true, 'tól'],
  ['tol', [''], true, 'től'],
  ['nal', [''], true, 'nál'],
  ['nel', [''], true, 'nél'],
  ['rol', [''], true, 'ról'],
  ['rol', [''], true, 'ről'],
  ['ciui', ['tis'], true],
  ['iui', ['is', 'ius', 'ys'], true],
  // Lithuanian nominative '-ius' of a name the gazetteer has bare ('Gabrielius', 'Danielius')
  ['ius', [''], false],
  ['ui', ['as', 'us'], true],
  ['ai', ['a'], false],
  ['ei', ['e'], false],
  // Latvian feminine genitive '-as' of '-a' ('Kalniņas' of 'Kalniņa'; weak)
  ['as', ['a'], false],
  ['es', ['e'], false],
  ['om', [''], false],
  // Croatian dative ('Horvatu'), Lithuanian instrumental '-u' of '-as' ('su … Jankausku'),
  // genitive '-o' of '-as' ('Jankausko') and '-aus' of '-us', Latvian accusative '-u' of '-s'
  // and '-š' ('Kalniņu' of 'Kalniņš') (weak)
  ['u', ['', 'as', 's'], false],
  ['o', ['as'], false],
  ['aus', ['us'], false],
  ['skiej', ['ska'], true],
  ['ckiej', ['cka'], true],
  ['skiego', ['ski'], true],
  ['ckiego', ['cki'], true],
  ['skiemu', ['ski'], true],
  ['ckiemu', ['cki'], true],
  ['skim', ['ski'], false],
  ['ckim', ['cki'], false],
  ['ove', ['ova'], true],
  ['ovou', ['ova'], true],
  ['owi', [''], true],
  // Czech and Slovak dative '-ovi' also of a surname in '-a' ('Procházkovi' of 'Procházka', a
  // sixty-second set)
  ['ovi', ['', 'a'], true],
  ['em', [''], false],
  ['a', [''], false],
  ['am', ['s'], true],
  // Czech and Slovak women's surnames in '-ová' of a man's surname the gazetteer knows
  // ('Bieliková' of 'Bielik', 'Svobodová' of 'Svoboda'); weak, as a derived form.
  ['ova', ['', 'a'], false],
  // Polish wives' surnames in '-owa' of the husband's, said of a neighbour or a colleague
  // ("Rozmawiałam z Nowakową", "zadzwoń do Adamczykowej", a fifty-ninth and sixtieth set):
  // weak in the nominative, strong in the other cases
  ['owa', [''], false],
  ['owej', [''], true],
  ['owa', [''], true, 'ową'],
  ['selle', ['nen'], true],
  ['sella', ['nen'], true],
  ['sen', ['nen'], false],
  // Ukrainian and Russian in Cyrillic: genitive and accusative '-а' of '-о' or a consonant
  // ('Бондаренка', 'Петрова'), dative '-у' and Ukrainian '-ові' ('Шевченкові'; strong)
  ['а', ['о', ''], false],
  ['у', ['о', ''], false],
  ['ові', ['о', ''], true],
  // Russian surnames in '-ов', '-ев', '-ин' in their other cases: instrumental '-ым'
  // ('Ивановым'), locative '-е' ('Иванове'); a woman's '-ой' of '-а' ('Ивановой') (weak)
  ['ым', [''], false],
  ['е', [''], false],
  ['ои', ['а'], false],
];

const MIN_STEM = 3;
const ALBANIAN_ACCUSATIVE = 'in';
const MIN_ALBANIAN_STEM = 5;
// Stems that are everyday Hungarian words before a case ending: 'idő' (time: 'Idővel', 'Időről'),
// 'akkor' (then: 'Akkortól'); and the German 'Hände' (hands), the Turkish 'Hande' once folded
// ("an den Händen": a hundred-and-thirty-sixth set).
const NOT_A_STEM = new Set(['ido', 'akkor', 'hande']);
const VOWEL = /[aeiouy]$/;
const GRADES = new Set(['k', 'p', 't']);

/** The stem, and with Finnish gradation undone ('juka' → 'jukka', 'mati' → 'matti'). */
const stemsOf = (stem: string): string[] => {
  const consonant = stem.at(-2) ?? '';
  if (!VOWEL.test(stem) || !GRADES.has(consonant) || stem.at(-3) === consonant) return [stem];
  return [stem, `${stem.slice(0, -1)}${consonant}${stem.slice(-1)}`];
};

/** Whether the folded word is a name of the kind `flag` (a mask) the gazetteer holds, and no
 * everyday word, place or stem of one ('ido', 'akkor'): a stem a case ending may be read off. */
export const clearly = (folded: string, flag: number): boolean => {
  const flags = nameFlags(folded);
  return (
    (flags & flag) !== 0 &&
    (flags & NAME_FLAGS.AMBIGUOUS) === 0 &&
    folded.length >= MIN_STEM &&
    !COMMON_WORDS.has(folded) &&
    !NOT_A_STEM.has(folded)
  );
};

/** The rules of a list by their ending's last letter, in the list's order: a word is only tried
 * with the rules that may end it (a few of the list's ninety). */
const byLastLetter = (rules: readonly Rule[]): ReadonlyMap<string, readonly Rule[]> => {
  const buckets = new Map<string, Rule[]>();
  for (const rule of rules) {
    const last = rule[0].slice(-1);
    const bucket = buckets.get(last);
    if (bucket === undefined) buckets.set(last, [rule]);
    else bucket.push(rule);
  }
  return buckets;
};
const ruleBuckets = new WeakMap<readonly Rule[], ReadonlyMap<string, readonly Rule[]>>();
const rulesEnding = (rules: readonly Rule[], folded: string): readonly Rule[] => {
  let buckets = ruleBuckets.get(rules);
  if (buckets === undefined) {
    buckets = byLastLetter(rules);
    ruleBuckets.set(rules, buckets);
  }
  return buckets.get(folded.slice(-1)) ?? [];
};

/** Whether a rule of the list turns the word into a clear name; strong if a strong rule does. */
const derive = (
  folded: string,
  word: string,
  rules: readonly Rule[],
  flag: number,
): boolean | undefined => {
  let found: boolean | undefined;
  // The word in lower case, made once and only for a rule whose ending is told by its accent
  let lower: string | undefined;
  for (const [ending, replacements, strong, written] of rulesEnding(rules, folded)) {
    if (!folded.endsWith(ending) || folded.length - ending.length < MIN_STEM - 1) continue;
    if (written !== undefined) {
      lower ??= word.normalize('NFC').toLowerCase();
      if (!lower.endsWith(written)) continue;
    }
    const stem = folded.slice(0, -ending.length);
    // The Albanian '-in' only after a consonant ('Ardit-in'; 'Kamäin' is no 'Kama')
    if (ending === ALBANIAN_ACCUSATIVE && VOWEL.test(stem)) continue;
    const hit = replacements.some((tail) =>
      stemsOf(`${stem}${tail}`).some((candidate) => clearly(candidate, flag)),
    );
    if (hit) found = (found ?? false) || strong;
  }
  return found;
};

// Hungarian '-val'/'-vel' after a consonant doubles it: 'Erzsébettel', 'Péterrel', 'Jánossal'
// (strong). The stem is four letters or more: 'Kennel' is no 'Ken' declined.
const ASSIMILATED = /([bdfgklmnprstvz])\1[ae]l$/;
const MIN_ASSIMILATED_STEM = 4;

const assimilated = (folded: string): boolean | undefined => {
  if (!ASSIMILATED.test(folded) || folded.length - 3 < MIN_ASSIMILATED_STEM) return undefined;
  return clearly(folded.slice(0, -3), NAME_FLAGS.FIRST) ? true : undefined;
};

// Words and places that read as a declined name: 'Hindu' as Croatian 'Hind' (dative), 'Macau'
// ('Maca'), 'Baku' ('Bak'), Czech 'Roku' (of the year) as 'Roko', German 'Kolossal' as 'Kolos',
// Spanish and Portuguese 'Datos', 'Dados' (data: "Base de Datos") as Lithuanian genitives.
const NOT_DECLINED = new Set([
  // Latvian 'jūsu' (your), the German 'neu' (new) and the Zulu as accusatives of 'Jusa', 'Nea' and
  // 'Zula' (the Croatian and Czech '-u' of a name in '-a': a hundred-and-thirty-third set)
  'jusu',
  // … and the Lithuanian 'mūsų' (our) as the accusative of 'Musa' ("Mūsų tinklo duomenimis": a
  // hundred-and-thirty-seventh set)
  'musu',
  // … and tannin ("Tanin iz čaja": a review) as the possessive '-in' of 'Tana'
  'tanin',
  'neu',
  'zulu',
  'datos',
  'dados',
  'hindu',
  'macau',
  'baku',
  'liceu',
  'peru',
  'roku',
  'kolossal',
  'denim',
  // Catalan 'Règim' (regime) as a Latvian dative of 'Regis'; the star 'Sirius' as 'Sir'
  'regim',
  'sirius',
  // German 'Bau' (building: "Mueller_Bau_GmbH") as a Latvian accusative of 'Bas'
  'bau',
  // Words of other languages read as Estonian or Basque cases (a review of the twenty-second
  // session): German 'Weile', Italian 'Tessile' and 'simile', Turkish 'hamile' (pregnant) and
  // 'katile' (to the murderer), Dutch 'sterren' (stars)
  'weile',
  'tessile',
  'simile',
  'hamile',
  'katile',
  'sterren',
  // Danish 'jeres' (your) as 'Jere', English 'many' as 'Mana', Ukrainian 'дані' (data) as 'Даня'
  // (a review of the thirty-eighth session)
  'jeres',
  'many',
  // the German union ver.di, written 'Verdi', as 'Verda'
  'verdi',
  'дані',
]);

/**
 * What a word the gazetteer lacks is, declined or made a diminutive; undefined if nothing. The
 * word as written is read only for an ending with an accent ('Bélától', 'Szabóné').
 */
export const inflectedName = (folded: string, word = folded): Inflection | undefined => {
  if (NOT_DECLINED.has(folded)) return undefined;
  const derived = derive(folded, word, FIRST_RULES, NAME_FLAGS.FIRST);
  const first =
    derived === undefined ? assimilated(folded) : derived || assimilated(folded) === true;
  const last = derive(folded, word, LAST_RULES, NAME_FLAGS.LAST);
  if (first === undefined && last === undefined) return undefined;
  return { first: first !== undefined, last: last !== undefined, strong: !!first || !!last };
};

/**
 * Whether a case ending that takes more than one letter off, or puts another letter in its place,
 * makes a clear first name of the word ('Ivici' of 'Ivica', 'Вовку' of 'Вовка', 'Ikerri' of
 * 'Iker'): a bare letter stripped ('Ingen' as 'Inge', 'Raja' as 'Raj') tells too little where no
 * cue stands by the word.
 */
export const declinedFirstNameBeyondALetter = (folded: string): boolean => {
  if (NOT_DECLINED.has(folded)) return false;
  for (const [ending, replacements, , written] of FIRST_RULES) {
    if (written !== undefined || !folded.endsWith(ending)) continue;
    const stem = folded.slice(0, -ending.length);
    if (stem.length < MIN_STEM - 1) continue;
    for (const replacement of replacements) {
      // … but the Cyrillic '-а' of a man's name in the genitive and accusative ('Тараса': blind
      // set 110), which Slavic texts put on every name a verb takes as its object
      // … and the Albanian definite '-i' of a name of five letters or more in a consonant
      // ('Dritoni' of 'Driton': a fifty-fifth set's row)
      if (
        ending.length === 1 &&
        replacement === '' &&
        ending !== 'а' &&
        !(ending === 'i' && stem.length >= MIN_ALBANIAN_STEM && !VOWEL.test(stem))
      ) {
        continue;
      }
      if (ending === ALBANIAN_ACCUSATIVE && VOWEL.test(stem)) continue;
      if (clearly(stem + replacement, NAME_FLAGS.FIRST)) return true;
    }
  }
  return false;
};
