import { serializeContextScanner } from '../../../../shared/pii/context.js';
import { CONTEXT_AUTOMATON } from '../../../../shared/pii/data/context-automaton.js';
import '../../../../shared/pii/registry.js';

// Nothing else registers context words in this file: what is compiled is what ships.
describe('CONTEXT_AUTOMATON', () => {
  const current = serializeContextScanner();

  it('was built from the context words of the recognizers as they are (else: npm run build:automata)', () => {
    // A boolean: the strings run to hundreds of kilobytes.
    expect(CONTEXT_AUTOMATON.words === current.words).toBe(true);
  });

  it('holds the automaton those words compile to (else: npm run build:automata)', () => {
    expect(CONTEXT_AUTOMATON.machine === current.machine).toBe(true);
  });
});
