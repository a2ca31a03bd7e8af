import { LEXICON_AUTOMATON } from '../../../../shared/pii/data/lexicon-automaton.js';
import { serializeLexicon } from '../../../../shared/pii/lexicon/index.js';

describe('LEXICON_AUTOMATON', () => {
  const current = serializeLexicon();

  // Booleans: the strings run to hundreds of kilobytes.
  it('was built from the lexicon lists as they are (else: npm run build:automata)', () => {
    expect(LEXICON_AUTOMATON.listsDigest === current.listsDigest).toBe(true);
  });

  it('holds the patterns and automaton those lists compile to (else: npm run build:automata)', () => {
    expect(LEXICON_AUTOMATON.patterns === current.patterns).toBe(true);
    expect(LEXICON_AUTOMATON.machine === current.machine).toBe(true);
  });
});
