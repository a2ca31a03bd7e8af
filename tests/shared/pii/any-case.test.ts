import { anyCase, anyCaseChar, mayHoldWord } from '../../../shared/pii/any-case.js';

// Every letter the patterns built with anyCase hold, and the ones case folding treats specially.
const LETTERS = [
  ...'abcdefghijklmnopqrstuvwxyz',
  ...'àáâäåæçèéêëìíîïñòóôöøùúûüýÿßčďěňřšťůžąćęłńśźżőű',
  ...'ABKSÅÆØ',
];

describe('anyCaseChar', () => {
  it.each(LETTERS)('matches exactly the code units /iu matches for %s', (letter) => {
    const folded = new RegExp(`^${letter}$`, 'iu');
    const spelled = new RegExp(`^${anyCaseChar(letter)}$`, 'u');
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const unit = String.fromCharCode(code);
      if (folded.test(unit) !== spelled.test(unit)) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });
});

describe('anyCase', () => {
  it('spells each letter of an alternation out and leaves the rest alone', () => {
    const pattern = new RegExp(`^(?:${anyCase('dot|für|strasse')})$`, 'u');

    expect(['DOT', 'Dot', 'FÜR', 'für', 'STRAſSE', 'Strasse'].every((w) => pattern.test(w))).toBe(
      true,
    );
    expect(['dott', 'fur', 'd.t'].some((w) => pattern.test(w))).toBe(false);
  });
});

describe('mayHoldWord', () => {
  const words = ['stadium', 'flughafen', 'σχολείο', 'zračna luka', 'ny'];
  const mayHold = mayHoldWord(words);
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])(?:${anyCase(words.join('|'))})`, 'u');

  it.each(['the STADIUM', 'Flughafen', 'ſtadium', 'ΣΧΟΛΕΊΟ', 'in Zračna luka', 'NY office'])(
    'lets through a window the pattern finds a word in: %s',
    (window) => {
      expect(pattern.test(window)).toBe(true);
      expect(mayHold(window)).toBe(true);
    },
  );

  it.each(['Anna Weber', 'instadium', 'fluffy', 'the stag'])(
    'sifts out a window no word can start in: %s',
    (window) => {
      expect(mayHold(window)).toBe(false);
    },
  );

  it('never sifts out a window the pattern matches (property over generated windows)', () => {
    const letters = [...'stadiumflughafenσχολείοSTADΣΧny žč .-'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let i = 0; i < 5000; i++) {
      const length = 1 + (next() % 14);
      let window = '';
      for (let j = 0; j < length; j++) window += letters[next() % letters.length];
      if (pattern.test(window)) expect(mayHold(window)).toBe(true);
    }
  });

  it('lets everything through for a word opening with no letter', () => {
    expect(mayHoldWord(['-x'])('nothing')).toBe(true);
  });
});
