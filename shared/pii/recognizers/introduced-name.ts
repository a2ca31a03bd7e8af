import { SCRIPT_FIRST_NAMES, SCRIPT_LAST_NAMES } from '../data/script-names.js';
import { lexiconHits } from '../lexicon/index.js';
import type { Finding, Recognizer } from '../recognizer.js';

// A writer introducing themselves in a language whose names the gazetteer does not hold, most in
// scripts without capitals ("میرا نام طاہر احمد بھٹی ہے", "ስመይ ዳዊት ተኽለ ሃብተማርያም እዩ",
// "என் பெயர் செல்வராஜா தர்மலிங்கம்", "Quhem Erion Dervishi"): the words after "my name is"
// (lexicon kind 'introScript') are a name, whatever they are. A twenty-third red-team set found
// 13 of its 22 misses so: statements of people who fled, in their own language.

// Up to four words of letters and marks after the cue, blanks or a colon before them.
const NAME_AFTER = /[ \t]*[:：]?[ \t]*(\p{L}[\p{L}\p{M}'’-]*(?:[ \t]\p{L}[\p{L}\p{M}'’-]*){0,3})/uy;
// Chinese writes no blanks: the cue's word runs on into the name ('我叫王伟'), two to four
// characters of it.
const CJK_CUES = ['我的名字是', '我名叫', '我叫'];
const HAN = /^\p{Script=Han}{2,4}/u;
const UNLISTED_SCRIPT =
  /^[\p{Script=Gurmukhi}\p{Script=Tamil}\p{Script=Ethiopic}\p{Script=Bengali}\p{Script=Thai}]/u;
const MAX_LABELLED_WORDS = 3;
const NOT_A_NAME_AFTER_CUE = '他她你您它们了过着一外人车';
const MIN_NAME = 2;
const COPULAS = new Set(
  ['است', 'هستم', 'ہے', 'ہوں', 'دی', 'یم', 'ده', 'है', 'हूँ', 'हो', 'छ', 'է', 'եմ', 'ነው', 'እዩ'].concat(
    ['ஆகும்', 'is', 'je', 'është', 'jam', 'waa', 'ye'],
  ),
);

const nameAfter = (text: string, start: number, end: number): [number, number] | undefined => {
  const cue = text.slice(start, end);
  const cjk = CJK_CUES.find((prefix) => cue.startsWith(prefix));
  if (cjk !== undefined) {
    const after = text.slice(start + cjk.length, start + cjk.length + 4);
    // '我叫他明天早点来' (I told him…), '我叫了一辆出租车' (I called a cab): no name.
    if (NOT_A_NAME_AFTER_CUE.includes(after.charAt(0))) return undefined;
    const name = HAN.exec(after);
    return name === null ? undefined : [start + cjk.length, start + cjk.length + name[0].length];
  }
  NAME_AFTER.lastIndex = end;
  const match = NAME_AFTER.exec(text);
  if (match === null) return undefined;
  const words = (match[1] as string).split(/[ \t]/);
  // The verb after the name ("… طاہر احمد بھٹی ہے", "Արամ է") is no part of it.
  while (words.length > 0 && COPULAS.has(words.at(-1) as string)) words.pop();
  const name = words.join(' ');
  if (name.length < MIN_NAME) return undefined;
  const nameStart = end + match[0].length - (match[1] as string).length;
  return [nameStart, nameStart + name.length];
};

// A title, a salutation, a role, a relative or a name label before a word in a script without
// capitals ("Frau فاطمة", "Eleven سارة i klass 4B", "Name: محمد", "أخي محمود"): the name the
// gazetteer cannot hold, as a capital after the cue would tell it in Latin script.
const CUE_KINDS = [
  'salutation',
  'title',
  'roleNoun',
  'kin',
  'labelName',
  'labelFirst',
  'labelLast',
] as const;
// The scripts without capitals a name after a cue is read in.
const CASELESS_LETTER = String.raw`[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Ethiopic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Tamil}\p{Script=Georgian}\p{Script=Thai}]`;
const CASELESS_WORD = String.raw`${CASELESS_LETTER}[\p{L}\p{M}'’-]*`;
const CASELESS_NAME = new RegExp(
  String.raw`[ \t]*[:：،]?[ \t]*(${CASELESS_WORD}(?:[ \t]${CASELESS_WORD}){0,3})`,
  'uy',
);

// "The pupil" in Swedish, Danish and Norwegian ("Eleven سارة i klass 4B"): not a role noun of the
// lexicon, where it would be the English number too; read here before a script without capitals.
const PUPIL = /(?<![\p{L}\p{N}])[Ee]leven(?=[ \t])/gu;

// The first word must be a first name or a surname of the script lists: a cue of Latin script
// before any word of another ('20 ms فقط', 'student طالب' in a glossary, 'Name: زيت الأرغان') is
// no name (a review of the first version). The name runs on over the words the lists hold.
const caselessNameAfter = (text: string, end: number): [number, number] | undefined => {
  CASELESS_NAME.lastIndex = end;
  const match = CASELESS_NAME.exec(text);
  if (match === null) return undefined;
  const words = (match[1] as string).split(/[ \t]/);
  let kept = 0;
  while (kept < words.length && isScriptName(bare(words[kept] as string))) kept += 1;
  // Scripts faker has no names of (Gurmukhi, Tamil, Ge'ez, Bengali, Thai): the words after a cue
  // and a colon, a label's value ("Pupil: ਗੁਰਸ਼ਰਨ ਸਿੰਘ").
  if (kept === 0 && match[0].includes(':') && UNLISTED_SCRIPT.test(match[1] as string)) {
    kept = Math.min(words.length, MAX_LABELLED_WORDS);
  }
  if (kept === 0) return undefined;
  const name = words.slice(0, kept).join(' ');
  const nameStart = end + match[0].length - (match[1] as string).length;
  return [nameStart, nameStart + name.length];
};

const finding = ([start, end]: [number, number], detail: string): Finding => ({
  type: 'PERSON_NAME',
  category: 'person_name',
  start,
  end,
  score: 0.8,
  recognizer: 'introduced-name',
  detail,
});

// Names in Arabic, Persian, Urdu, Hebrew, Armenian, Georgian and Nepali script (faker's lists,
// scripts/build-script-names.ts), looked up without zero-width joiners.
// In lower case: Armenian has capitals ('ԱՆԱՀԻՏ', 'անահիտ' are 'Անահիտ').
// Arabic and Persian spell the same name with different letters: alef with hamza or madda as
// alef, taa marbuta as haa ('سارة' is 'ساره'), Persian yeh and kaf as Arabic ones.
const ARABIC_VARIANTS: Readonly<Record<string, string>> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
};
const VARIANT = /[أإآةىیک]/g;
const JOINERS = /[\u200c\u200d]/g;
const bare = (word: string): string =>
  word
    .replace(JOINERS, '')
    .replace(VARIANT, (letter) => ARABIC_VARIANTS[letter] ?? letter)
    .toLowerCase();
const FIRST_NAMES = new Set(SCRIPT_FIRST_NAMES.split(' ').map(bare));
const LAST_NAMES = new Set(SCRIPT_LAST_NAMES.split(' ').map(bare));
// First names of the lists that are everyday words too (a review: "أنا سعيد جدا", I am very
// happy; "אני שמחה", "אני אור העולם"; "من بهار هستم", I am spring): never read after "I am" or
// a cue.
const EVERYDAY_WORDS = new Set(
  ['سعيد', 'صابر', 'مؤمن', 'شاكر', 'صادق', 'أمين', 'جميل', 'نور', 'سلام', 'أمل', 'فرح', 'كريم']
    .concat(['שמחה', 'שלום', 'אור', 'אושר', 'بهار', 'ستاره', 'امید', 'شادی', 'آرزو', 'خوش'])
    // Persian adjectives and nouns after 'خانم' or 'دکتر' (a review: "یک خانم جوان", a young
    // woman; "خانم جهان", Miss World; "دکتر حکیم", a wise doctor; "خانم زیبا", a series)
    .concat(['جوان', 'زیبا', 'جهان', 'حکیم'])
    .map(bare),
);
/** Whether a word (bare) is a first name or a surname of the lists. */
const isListed = (word: string): boolean =>
  FIRST_NAMES.has(word) ||
  LAST_NAMES.has(word) ||
  LAST_NAMES.has(word.replace(ARMENIAN_ARTICLE, ''));
const isScriptName = (word: string): boolean => !EVERYDAY_WORDS.has(word) && isListed(word);
// "I am" before a first name of those lists ("أنا محمود الحسن", "من پیام هستم", "Ես Անահիտ
// Սարգսյանն եմ", "אני עומר"): only before a name the lists hold, since the pronoun opens
// every kind of sentence ("أنا صائم", I am fasting).
const I_AM =
  /(?<![\p{L}\p{M}])(?:أنا|انا|من|אני|Ես|ես|ԵՍ|მე)[ \t]+(\p{L}[\p{L}\p{M}\u200c]*)(?:[ \t]+(\p{L}[\p{L}\p{M}\u200c]*))?/dgu;
const SCRIPT_GATE = /[\u0530-\u058f\u0590-\u06ff\u10a0-\u10ff]/;
const ARTICLE = 'ال';
// Names of two letters are words too ('به', Persian 'Beh', is Arabic "with it").
const MIN_SELF_NAMED = 3;
const PERSIAN_I = 'من';
const PERSIAN_AM = 'هستم';
const AM_REACH = 40;
// Armenian writes the definite article on a name ('Սարգսյանն'): the name without it.
const ARMENIAN_ARTICLE = /[նը]$/;

const isScriptSurname = (word: string): boolean => word.startsWith(ARTICLE) || isListed(word);

/** Whether a word (bare) is a name of the list that is no everyday word nor too short. */
const listedAlone =
  (names: ReadonlySet<string>) =>
  (word: string): boolean =>
    word.length >= MIN_SELF_NAMED && names.has(word) && !EVERYDAY_WORDS.has(word);
const isScriptSurnameAlone = listedAlone(LAST_NAMES);
const isScriptGiven = listedAlone(FIRST_NAMES);

// A parent named after a child, as Arabic names one ("أم يوسف", Umm Yusuf; "أبو عمر", Abu Omar; a
// fiftieth red-team set's class chat): 'mother of' or 'father of' before a first name of the
// lists. 'أم' is also "or": only before a listed name that is no everyday word, nor a month of
// the Hijri calendar that is also a name ("في رجب أم شعبان؟", in Rajab or Sha'ban?).
// The prepositions 'لـ' (for) and 'بـ' (with) join it ("شكراً لأم سامي": a hundred-and-twenty-eighth
// set), as 'و' (and) does.
const KUNYA =
  /(?<![\p{L}\p{M}])(?:[وبل]?(?:أم|ام)|[و]?(?:أبو|ابو)|[بل](?:أبي|ابي))[ \t]+(\p{L}[\p{L}\p{M}]*)/dgu;
const HIJRI_MONTHS = new Set(['محرم', 'صفر', 'رجب', 'شعبان', 'رمضان', 'شوال'].map(bare));

const kunyas = (text: string): Finding[] => {
  if (!SCRIPT_GATE.test(text)) return [];
  const found: Finding[] = [];
  for (const match of text.matchAll(KUNYA)) {
    const [childStart, childEnd] = match.indices?.[1] ?? [0, 0];
    const child = bare(text.slice(childStart, childEnd));
    if (!isScriptGiven(child) || HIJRI_MONTHS.has(child)) continue;
    found.push(finding([match.index, childEnd], 'kunya'));
  }
  return found;
};

// Persian titles: Mr, Mrs (also "lady", "woman": 'خانم افغان', the Afghan woman), Dr (also "the
// doctor": 'به دکتر برود', to go to the doctor), Sir, and Madam's honorific ("خانم مریم رستمی",
// a fifty-first red-team set's church letter), one or more ("جناب آقای علی رضایی", "خانم دکتر
// مریم"). Only before a first name of the lists, then a surname of the lists if one follows; not
// after "a" ("یک خانم جوان", a young woman), nor in a hospital's, a street's, a square's or a
// school's name ("بیمارستان دکتر علی شریعتی"); not 'آقا' alone, a historical title ("آقا محمد
// خان").
const PERSIAN_TITLE =
  /(?<![\p{L}\p{M}])(?<!(?:یک|بیمارستان|خیابان|میدان|بلوار|کوچه|دانشگاه|مدرسه)[ \t])(?:(?:آقای|خانم|دکتر|جناب|سرکار)[ \t]+)+(\p{L}[\p{L}\p{M}\u200c]*)(?:[ \t]+(\p{L}[\p{L}\p{M}\u200c]*))?/dgu;
// The Arabic block, in which Persian is written too: a cheap test before the patterns below.
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/**
 * The names a title or post pattern cues (group 1 the given name, group 2 a word after it): the
 * given name when `isGiven` accepts it, with the word after when `isFamily` does.
 */
const cuedNames = (
  text: string,
  pattern: RegExp,
  isGiven: (word: string) => boolean,
  isFamily: (word: string) => boolean,
): Finding[] => {
  if (!ARABIC_SCRIPT.test(text)) return [];
  const found: Finding[] = [];
  for (const match of text.matchAll(pattern)) {
    const [givenStart, givenEnd] = match.indices?.[1] ?? [0, 0];
    if (!isGiven(text.slice(givenStart, givenEnd))) continue;
    const family = match.indices?.[2];
    const end =
      family !== undefined && isFamily(text.slice(family[0], family[1])) ? family[1] : givenEnd;
    found.push(finding([givenStart, end], 'cued-script'));
  }
  return found;
};

const persianTitled = (text: string): Finding[] =>
  cuedNames(
    text,
    PERSIAN_TITLE,
    // A surname of the lists right after the title too ("آقای کریمی", Mr Karimi: a
    // hundred-and-twenty-seventh set), as a title says a name follows
    (word) => isScriptGiven(bare(word)) || isScriptSurnameAlone(bare(word)),
    (word) => isListed(bare(word)),
  );

// An Arabic occupation or post with its article before a first name of the lists ("المرشد يوسف
// أوبلا", the guide Youssef Oubla; "البحّار يوسف الحدّاد", the sailor; "الطالبة مريم", the student
// Maryam: blind sets 109 to 111 of the thirty-eighth session), and the surname of the lists or with
// its article after it. Marks over the letters ('ّ') may stand anywhere in the word. Only before a
// listed name that is no everyday word: "الطالب يجب أن …" (the student must) names no one.
const ARABIC_POSTS = [
  ...['المرشد', 'المرشدة', 'البحار', 'الطالب', 'الطالبة', 'المدرب', 'المدربة', 'الاستاذ'],
  ...['الأستاذ', 'الأستاذة', 'الاستاذة', 'السائق', 'الممرض', 'الممرضة', 'الموظف', 'الموظفة'],
  ...['الزميل', 'الزميلة', 'الكابتن', 'الحارس', 'العامل', 'العاملة', 'المعلم', 'المعلمة'],
  ...['المتدرب', 'المتدربة', 'الطبيب', 'الطبيبة', 'المهندس', 'المهندسة', 'الشيف', 'القبطان'],
  // … a librarian ("أمين المكتبة سامي الحداد": blind set 126)
  ...['أمين المكتبة', 'أمينة المكتبة'],
];
const withMarks = (word: string): string => [...word].join('\\p{M}*');
const ARABIC_POST = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${ARABIC_POSTS.map(withMarks).join('|')})\\p{M}*[ \\t]+(\\p{L}[\\p{L}\\p{M}]*)(?:[ \\t]+(\\p{L}[\\p{L}\\p{M}]*))?`,
  'dgu',
);
const ARABIC_MARKS = /\p{M}/gu;
const unmarked = (word: string): string => bare(word.replace(ARABIC_MARKS, ''));

const arabicPosted = (text: string): Finding[] =>
  cuedNames(
    text,
    ARABIC_POST,
    (word) => isScriptGiven(unmarked(word)),
    (word) => isScriptSurname(unmarked(word)),
  );

// A first name of the lists before the room, the office or the table its bearer is at, by its
// number ("ريم اللي بغرفة ٢٠٧", Reem who is in room 207; "أحمد من المكتب رقم 6", Ahmed from office
// 6: blind sets 123 and 124), as a first name before its room is read in Latin script
// (person-names.ts); a number, so not "من المكتبة" (from the library).
const ARABIC_WORD = /(?<![\p{L}\p{M}])\p{L}[\p{L}\p{M}]*/gu;
const ARABIC_ROOM_AFTER =
  /^[ \t]+(?:من|في|اللي|اللى|الي)[ \t]+(?:ب|في[ \t]+)?(?:ال)?(?:غرفة|مكتب|طاولة)[ \t]*(?:رقم[ \t]*)?[0-9٠-٩]/u;
const ARABIC_ROOM_REACH = 32;

const arabicRoomed = (text: string): Finding[] => {
  if (!ARABIC_SCRIPT.test(text)) return [];
  const found: Finding[] = [];
  for (const match of text.matchAll(ARABIC_WORD)) {
    const end = match.index + match[0].length;
    if (!ARABIC_ROOM_AFTER.test(text.slice(end, end + ARABIC_ROOM_REACH))) continue;
    if (!isScriptGiven(unmarked(match[0]))) continue;
    found.push(finding([match.index, end], 'cued-script'));
  }
  return found;
};

const selfNamed = (text: string): Finding[] => {
  if (!SCRIPT_GATE.test(text)) return [];
  const found: Finding[] = [];
  for (const match of text.matchAll(I_AM)) {
    const [givenStart, givenEnd] = match.indices?.[1] ?? [0, 0];
    const given = bare(text.slice(givenStart, givenEnd));
    if (!isScriptGiven(given)) continue;
    // 'من' is Persian "I" and Arabic "who", "from": only with Persian's "am" after the name.
    if (
      match[0].startsWith(PERSIAN_I) &&
      !text.slice(givenEnd, givenEnd + AM_REACH).includes(PERSIAN_AM)
    ) {
      continue;
    }
    const family = match.indices?.[2];
    const end =
      family !== undefined && isScriptSurname(bare(text.slice(family[0], family[1])))
        ? family[1]
        : givenEnd;
    found.push(finding([givenStart, end], 'introduced'));
  }
  return found;
};

/**
 * The name after "my name is" in the languages of kind 'introScript', a name in a script without
 * capitals after a title, a salutation, a role or a name label, and a first name of the script
 * name lists after "I am", after an Arabic "mother of", "father of", or after a Persian title.
 */
export const introducedNameRecognizer: Recognizer = {
  name: 'introduced-name',
  entities: ['PERSON_NAME'],
  find: (text) => {
    const found: Finding[] = [
      ...selfNamed(text),
      ...kunyas(text),
      ...persianTitled(text),
      ...arabicPosted(text),
      ...arabicRoomed(text),
    ];
    const hits = lexiconHits(text);
    for (const kind of CUE_KINDS) {
      for (const hit of hits.of(kind)) {
        const span = caselessNameAfter(text, hit.end);
        if (span !== undefined) found.push(finding(span, 'cued-script'));
      }
    }
    for (const pupil of text.includes('leven') ? text.matchAll(PUPIL) : []) {
      const span = caselessNameAfter(text, pupil.index + pupil[0].length);
      if (span !== undefined) found.push(finding(span, 'cued-script'));
    }
    for (const hit of hits.of('introScript')) {
      const span = nameAfter(text, hit.start, hit.end);
      if (span === undefined) continue;
      found.push(finding(span, 'introduced'));
    }
    return found;
  },
};
