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
const MIN_NAME = 2;

const nameAfter = (text: string, start: number, end: number): [number, number] | undefined => {
  const cue = text.slice(start, end);
  const cjk = CJK_CUES.find((prefix) => cue.startsWith(prefix));
  if (cjk !== undefined) {
    const name = HAN.exec(text.slice(start + cjk.length, start + cjk.length + 4));
    return name === null ? undefined : [start + cjk.length, start + cjk.length + name[0].length];
  }
  NAME_AFTER.lastIndex = end;
  const match = NAME_AFTER.exec(text);
  if (match === null) return undefined;
  const name = match[1] as string;
  if (name.length < MIN_NAME) return undefined;
  const nameEnd = end + match[0].length;
  return [nameEnd - name.length, nameEnd];
};

// A title, a salutation, a role or a name label before a word in a script without capitals
// ("Frau فاطمة", "Eleven سارة i klass 4B", "Name: محمد", "Herr 王伟"): the name the gazetteer cannot
// hold, as a capital after the cue would tell it in Latin script.
const CUE_KINDS = [
  'salutation',
  'title',
  'roleNoun',
  'labelName',
  'labelFirst',
  'labelLast',
] as const;
const CASELESS_NAME =
  /[ 	]*[:：]?[ 	]*([\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Ethiopic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Tamil}\p{Script=Georgian}\p{Script=Thai}][\p{L}\p{M}'’-]*(?:[ 	][\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Ethiopic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Tamil}\p{Script=Georgian}\p{Script=Thai}][\p{L}\p{M}'’-]*){0,3}|\p{Script=Han}{2,4})/uy;

// "The pupil" in Swedish, Danish and Norwegian ("Eleven سارة i klass 4B"): not a role noun of the
// lexicon, where it would be the English number too; read here before a script without capitals.
const PUPIL = /(?<![\p{L}\p{N}])[Ee]leven(?=[ \t])/gu;

const caselessNameAfter = (text: string, end: number): [number, number] | undefined => {
  CASELESS_NAME.lastIndex = end;
  const match = CASELESS_NAME.exec(text);
  if (match === null) return undefined;
  const name = match[1] as string;
  if (name.length < MIN_NAME) return undefined;
  const nameEnd = end + match[0].length;
  return [nameEnd - name.length, nameEnd];
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

/**
 * The name after "my name is" in the languages of kind 'introScript', and a name in a script
 * without capitals after a title, a salutation, a role or a name label.
 */
export const introducedNameRecognizer: Recognizer = {
  name: 'introduced-name',
  entities: ['PERSON_NAME'],
  find: (text) => {
    const found: Finding[] = [];
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
