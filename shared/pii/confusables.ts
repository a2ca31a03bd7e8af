// Words written with look-alike letters of another script: a Latin name with a Cyrillic 'а' or
// 'о' ("Аnna Nоvаkоvá"), a Cyrillic one with a Latin 'e' ("Пeтрова"), a Greek 'Ο' in a Latin
// word. A reader sees the word; a recognizer comparing code units sees neither script. Each word
// that mixes scripts is read in its dominant one, its look-alike letters of the other mapped.

const LATIN = 1;
const CYRILLIC = 2;
const GREEK = 3;

// Look-alike pairs, Latin first: each letter of the other script maps to its Latin twin, and the
// Latin letter back to it when a word is mostly of that script.
const CYRILLIC_PAIRS = 'aаeеoоpрcсyуxхiіjјsѕAАBВEЕKКMМHНOОPРCСTТYУXХIІJЈSЅ';
const GREEK_PAIRS = 'AΑBΒEΕZΖHΗIΙKΚMΜNΝOΟPΡTΤYΥXΧoοiιkκvνpρuυxχ';

const toLatin = new Map<number, number>();
const toCyrillic = new Map<number, number>();
const toGreek = new Map<number, number>();
const pairsInto = (pairs: string, back: Map<number, number>): void => {
  for (let i = 0; i < pairs.length; i += 2) {
    const latin = pairs.charCodeAt(i);
    const other = pairs.charCodeAt(i + 1);
    toLatin.set(other, latin);
    if (!back.has(latin)) back.set(latin, other);
  }
};
pairsInto(CYRILLIC_PAIRS, toCyrillic);
pairsInto(GREEK_PAIRS, toGreek);

/** The script of a letter (Latin with its accented letters, Cyrillic, Greek), or 0 for none. */
const scriptOf = (code: number): number => {
  if ((code | 32) >= 97 && (code | 32) <= 122) return LATIN;
  if (code < 0xc0) return 0;
  if (code <= 0x24f) return code === 0xd7 || code === 0xf7 ? 0 : LATIN;
  if (code >= 0x400 && code <= 0x52f) return CYRILLIC;
  if (code >= 0x370 && code <= 0x3ff) return GREEK;
  return 0;
};

/** Whether a letter of `script` has a look-alike in another script (so it says little). */
const isLookAlike = (code: number, script: number): boolean =>
  script === LATIN ? toCyrillic.has(code) || toGreek.has(code) : toLatin.has(code);

/**
 * The script a word of [from, to) is read in: the one with more letters that have no look-alike
 * ('n' is only Latin, 'л' only Cyrillic), then the one with more letters; 0 on a tie.
 */
const dominantScript = (text: string, from: number, to: number): number => {
  const distinct = [0, 0, 0, 0];
  const all = [0, 0, 0, 0];
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const script = scriptOf(code);
    all[script] = (all[script] as number) + 1;
    if (!isLookAlike(code, script)) distinct[script] = (distinct[script] as number) + 1;
  }
  const best = (counts: number[]): number => {
    let top = 0;
    let tie = false;
    for (let script = LATIN; script <= GREEK; script++) {
      const count = counts[script] as number;
      if (count === 0) continue;
      if (top === 0 || count > (counts[top] as number)) {
        top = script;
        tie = false;
      } else if (count === counts[top]) tie = true;
    }
    return tie ? 0 : top;
  };
  return best(distinct) || best(all);
};

/** The letter a look-alike of another script is read as in a word of `script`. */
const readAs = (code: number, script: number): number => {
  const own = scriptOf(code);
  if (own === script) return code;
  const latin = own === LATIN ? code : toLatin.get(code);
  if (latin === undefined) return code;
  if (script === LATIN) return latin;
  return (script === CYRILLIC ? toCyrillic : toGreek).get(latin) ?? code;
};

// Shorter mixed words are symbols and units more often than names ("Aβ", "kΩ", "mA"): left alone,
// but for two letters glued to a digit, read as Latin: the country code of an IBAN or a VAT id
// written with a look-alike ("\u0420L61 1090 …", Cyrillic 'Р' for 'P').
const MIN_WORD = 3;
const isCountryCodeAt = (text: string, start: number, end: number): boolean => {
  const next = text.charCodeAt(end);
  return end - start === 2 && next >= 48 && next <= 57;
};
// How far around a word its address-likeness is looked for.
const ADDRESS_REACH = 64;

const isBlank = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0;

/**
 * Whether the word [from, to) is part of an address: its run of non-blank characters (looked at
 * up to ADDRESS_REACH either side) holds an '@', a '/', or a '.' with a letter after it. A domain
 * or mailbox written with look-alikes ("support@аpple-сare.com") is another address than the one
 * it imitates: it is left as written.
 */
const inAddress = (text: string, from: number, to: number): boolean => {
  const isMark = (at: number): boolean => {
    const code = text.charCodeAt(at);
    return code === 64 || code === 47 || (code === 46 && scriptOf(text.charCodeAt(at + 1)) !== 0);
  };
  for (let i = from - 1; i >= 0 && i >= from - ADDRESS_REACH; i--) {
    if (isBlank(text.charCodeAt(i))) break;
    if (isMark(i)) return true;
  }
  for (let i = to; i < text.length && i < to + ADDRESS_REACH; i++) {
    if (isBlank(text.charCodeAt(i))) break;
    if (isMark(i)) return true;
  }
  return false;
};

/**
 * The text with each word that mixes Latin, Cyrillic and Greek letters read in its dominant
 * script (same length: every look-alike is one code unit for one), or the text itself when no
 * word does; addresses are left as written. Linear: one pass over the letters, each mixed word
 * counted, looked around (a bounded reach) and rewritten once.
 */
export const unmixedScripts = (text: string): string => {
  let out: string[] | undefined;
  let copied = 0;
  const length = text.length;
  for (let i = 0; i < length; ) {
    const first = scriptOf(text.charCodeAt(i));
    if (first === 0) {
      i += 1;
      continue;
    }
    const start = i;
    let mixed = false;
    for (i += 1; i < length; i++) {
      const script = scriptOf(text.charCodeAt(i));
      if (script === 0) break;
      if (script !== first) mixed = true;
    }
    const countryCode = isCountryCodeAt(text, start, i);
    if (!mixed || (i - start < MIN_WORD && !countryCode) || inAddress(text, start, i)) continue;
    const script = countryCode ? LATIN : dominantScript(text, start, i);
    if (script === 0) continue;
    let word = '';
    for (let k = start; k < i; k++) word += String.fromCharCode(readAs(text.charCodeAt(k), script));
    if (word === text.slice(start, i)) continue;
    out ??= [];
    out.push(text.slice(copied, start), word);
    copied = i;
  }
  if (out === undefined) return text;
  out.push(text.slice(copied));
  return out.join('');
};
