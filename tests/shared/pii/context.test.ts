import {
  CONTEXT_AFTER,
  CONTEXT_BEFORE,
  type ContextWords,
  contextPattern,
  hasContextBefore,
  hasContextNear,
  hasLabelNear,
  knownAbsent,
} from '../../../shared/pii/context.js';
import { CONTEXT_WORDS } from '../../../shared/pii/context-words.js';

/** The span of '123' in a text: the candidate the words must be near. */
const at = (text: string, value = '123') => {
  const start = text.indexOf(value);
  return { start, end: start + value.length };
};
const near = (words: ContextWords, text: string) => hasContextNear(text, at(text), words);

describe('contextPattern', () => {
  it('reads every apostrophe as one, as the lexicon does (one fold for both)', () => {
    const words = contextPattern([], ["n'importe"]);

    for (const label of ["n'importe", 'n’importe', 'nʼimporte', 'N’IMPORTE']) {
      expect({ label, near: near(words, `${label} 123`) }).toEqual({ label, near: true });
    }
  });

  it('matches a phrase across spaces, dots, dashes and underscores', () => {
    const words = contextPattern([], ['tax id']);

    for (const label of ['Tax ID', 'tax-id', 'tax_id', 'TaxID', 'tax. id']) {
      expect({ label, near: near(words, `${label}: 123`) }).toEqual({ label, near: true });
    }
  });

  it('makes words of up to three letters stand alone', () => {
    const words = contextPattern([], ['nif']);

    expect(near(words, 'NIF: 123')).toBe(true);
    expect(near(words, 'Manifest 123')).toBe(false);
    expect(near(words, 'nifty 123')).toBe(false);
  });

  it('lets words of four or five letters start a longer word', () => {
    const words = contextPattern([], ['pesel']);

    expect(near(words, 'numer PESELu 123')).toBe(true);
    expect(near(words, 'xpesel 123')).toBe(false);
  });

  it('lets longer words sit inside a compound', () => {
    expect(near(contextPattern([], ['steuer']), 'Lohnsteuerbescheinigung 123')).toBe(true);
  });

  it("makes a word marked '=' stand alone whatever its length", () => {
    const words = contextPattern([], ['=pass']);

    expect(near(words, 'Pass: 123')).toBe(true);
    expect(near(words, 'password 123')).toBe(false);
  });

  it('matches the words of a kind in several languages and scripts', () => {
    const words = contextPattern(['passport']);

    for (const label of ['passport', 'Reisepass', 'passeport', 'paszport', 'διαβατήριο']) {
      expect({ label, near: near(words, `${label} 123`) }).toEqual({ label, near: true });
    }
  });

  it('finds words that overlap another word', () => {
    const words = contextPattern([], ['versicherungsnummer']);

    expect(near(words, 'Sozialversicherungsnummer 123')).toBe(true);
  });

  it('keeps sets apart: a word of one set is not context for another', () => {
    const pesel = contextPattern([], ['pesel']);
    const cpr = contextPattern([], ['cpr']);

    expect(near(pesel, 'CPR 123')).toBe(false);
    expect(near(cpr, 'CPR 123')).toBe(true);
  });
});

describe('hasContextNear', () => {
  const words = contextPattern([], ['pesel']);

  it('finds a word before or after the span, within reach', () => {
    expect(near(words, 'PESEL: 123')).toBe(true);
    expect(near(words, '123 (PESEL)')).toBe(true);
  });

  it('ignores a word out of reach on either side', () => {
    expect(near(words, `PESEL ${'.'.repeat(CONTEXT_BEFORE)}123`)).toBe(false);
    expect(near(words, `123${'.'.repeat(CONTEXT_AFTER)} PESEL`)).toBe(false);
  });

  it('never reads a word across the span itself', () => {
    expect(near(words, 'PES123EL')).toBe(false);
  });
});

describe('hasContextBefore', () => {
  const words = contextPattern([], ['tel']);

  it('finds a word before the span within the reach given', () => {
    expect(hasContextBefore('tel. 123', at('tel. 123'), words, 10)).toBe(true);
    expect(
      hasContextBefore(`tel.${' '.repeat(20)}123`, at(`tel.${' '.repeat(20)}123`), words, 10),
    ).toBe(false);
  });

  it('ignores a word after the span', () => {
    expect(hasContextBefore('IČO 123, tel. 456', at('IČO 123, tel. 456'), words, 40)).toBe(false);
  });
});

describe('knownAbsent', () => {
  const words = contextPattern([], ['pesel']);

  it('is false while the text has not been scanned for context words', () => {
    expect(knownAbsent('a text nobody scanned yet: 123', words)).toBe(false);
  });

  it('is true once the scanned text is known to hold no word of the set', () => {
    const text = 'Order 123 shipped';
    near(words, text);
    expect(knownAbsent(text, words)).toBe(true);
  });

  it('is false once the scanned text is known to hold a word of the set', () => {
    const text = 'PESEL far away from 456 and 123';
    near(words, text);
    expect(knownAbsent(text, words)).toBe(false);
  });
});

describe('hasLabelNear', () => {
  const words = contextPattern([], ['konto']);
  const labelled = (text: string) => hasLabelNear(text, at(text), words);

  it.each([
    ['right before', 'Konto: 123'],
    ['before, with a few words between', 'Konto bei der Sparkasse: 123'],
    ['right after', '123 (Konto)'],
    ['right after, before a full stop', 'Nummer 123 Konto. Danke'],
    ['after an abbreviation', 'Konto-Nr. 123'],
    ['in the CSV header above', 'id;konto;ort\n17;123;Köln'],
  ])('accepts a label %s', (_case, text) => {
    expect(labelled(text)).toBe(true);
  });

  it.each([
    ['in the previous sentence', 'auf das Konto. Die Bestellung 123'],
    ['in the next sentence (rt4-50)', 'KID: 123. Kontonr. i fakturahode'],
    ['too far before', 'Konto bei der Sparkasse in der Innenstadt: 123'],
  ])('rejects a word %s', (_case, text) => {
    expect(labelled(text)).toBe(false);
  });
});

describe('CONTEXT_WORDS', () => {
  it.each(Object.entries(CONTEXT_WORDS))('writes the %s words in lower case', (_kind, list) => {
    expect(list.filter((word) => word !== word.toLowerCase())).toEqual([]);
  });
});
