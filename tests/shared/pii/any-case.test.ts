import { anyCase, anyCaseChar } from '../../../shared/pii/any-case.js';

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
