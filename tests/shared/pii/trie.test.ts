import fc from 'fast-check';
import { ClassificationError } from '../../../shared/errors.js';
import {
  buildTrie,
  failureLinks,
  stepper,
  type Trie,
  trieFromParents,
} from '../../../shared/pii/trie.js';

// A fixed seed: the same keys every run, so the suite cannot flake and a failure reproduces.
const PROPERTY_SEED = 20261206;

// Symbols for 'a'..'d': the small alphabet makes shared prefixes and suffixes likely.
const SYMBOLS = 5;
const symbolOf = new Uint16Array(65536);
for (const [i, char] of ['a', 'b', 'c', 'd'].entries()) symbolOf[char.charCodeAt(0)] = i + 1;

const keysArbitrary = fc.array(fc.stringMatching(/^[a-d]{1,6}$/), { minLength: 1, maxLength: 12 });

/** The string each state spells, read back up its parents. */
const spelled = (trie: Trie): string[] => {
  const words = [''];
  for (let state = 1; state < trie.states; state++) {
    const char = String.fromCharCode(96 + (trie.symbolTo[state] as number));
    words.push(words[trie.parent[state] as number] + char);
  }
  return words;
};

const build = (keys: readonly string[]) => {
  const ends: number[] = [];
  const trie = buildTrie(keys, symbolOf, SYMBOLS, (key, state) => {
    ends[key] = state;
  });
  return { trie, ends };
};

describe('buildTrie', () => {
  it('has one state per distinct prefix, and each key ends in the state spelling it', () => {
    fc.assert(
      fc.property(keysArbitrary, (keys) => {
        const { trie, ends } = build(keys);
        const words = spelled(trie);
        const prefixes = new Set(
          keys.flatMap((key) => [...key].map((_, i) => key.slice(0, i + 1))),
        );
        expect(trie.states).toBe(prefixes.size + 1);
        expect(new Set(words).size).toBe(words.length);
        keys.forEach((key, i) => {
          expect(words[ends[i] as number]).toBe(key);
          expect(trie.depth[ends[i] as number]).toBe(key.length);
        });
      }),
      { seed: PROPERTY_SEED },
    );
  });
});

describe('failureLinks', () => {
  it('links each state to its longest proper suffix that is also a state, in breadth-first order', () => {
    fc.assert(
      fc.property(keysArbitrary, (keys) => {
        const { trie } = build(keys);
        const words = spelled(trie);
        const stateOf = new Map(words.map((word, state) => [word, state]));
        const { fail, order } = failureLinks(trie);
        for (let state = 1; state < trie.states; state++) {
          const word = words[state] as string;
          let suffix = word.slice(1);
          while (!stateOf.has(suffix)) suffix = suffix.slice(1);
          expect(fail[state]).toBe(stateOf.get(suffix));
        }
        expect([...order].sort((a, b) => a - b)).toEqual(words.map((_, i) => i).slice(1));
        const depths = [...order].map((state) => trie.depth[state] as number);
        expect(depths).toEqual([...depths].sort((a, b) => a - b));
      }),
      { seed: PROPERTY_SEED },
    );
  });

  it('gives a stepper that reaches the state of the longest key suffix of what was read', () => {
    fc.assert(
      fc.property(keysArbitrary, fc.stringMatching(/^[a-d]{0,30}$/), (keys, text) => {
        const { trie } = build(keys);
        const words = spelled(trie);
        const stateOf = new Map(words.map((word, state) => [word, state]));
        const step = stepper(trie, failureLinks(trie).fail);
        let state = 0;
        for (let i = 0; i < text.length; i++) {
          state = step(state, symbolOf[text.charCodeAt(i)] as number);
          let suffix = text.slice(0, i + 1);
          while (!stateOf.has(suffix)) suffix = suffix.slice(1);
          expect(state).toBe(stateOf.get(suffix));
        }
      }),
      { seed: PROPERTY_SEED },
    );
  });
});

describe('a trie with rows for its shallowest states only', () => {
  // Tries this small fit in DENSE_STATES: rebuilt with rows for one to three states, every
  // deeper state has its children searched and its failures followed instead.
  const sparse = (trie: Trie, dense: number): Trie =>
    trieFromParents(
      trie.parent.subarray(1, trie.states),
      trie.symbolTo.subarray(1, trie.states),
      trie.states,
      SYMBOLS,
      'a test trie',
      dense,
    );

  it('has the same failure links and steps to the same states as one with a row for each', () => {
    fc.assert(
      fc.property(
        keysArbitrary,
        fc.stringMatching(/^[a-d]{0,30}$/),
        fc.integer({ min: 1, max: 3 }),
        (keys, text, dense) => {
          const { trie } = build(keys);
          const small = sparse(trie, dense);
          expect(small.dense).toBe(Math.min(dense, trie.states));
          const fail = failureLinks(small).fail;
          expect(fail).toEqual(failureLinks(trie).fail);
          const full = stepper(trie, failureLinks(trie).fail);
          const step = stepper(small, fail);
          let a = 0;
          let b = 0;
          for (let i = 0; i < text.length; i++) {
            const symbol = symbolOf[text.charCodeAt(i)] as number;
            a = full(a, symbol);
            b = step(b, symbol);
            expect(b).toBe(a);
          }
        },
      ),
      { seed: PROPERTY_SEED },
    );
  });
});

describe('trieFromParents', () => {
  it('rebuilds the same trie from its parents and symbols', () => {
    const { trie } = build(['abc', 'abd', 'bc', 'c']);
    const rebuilt = trieFromParents(
      trie.parent.subarray(1, trie.states),
      trie.symbolTo.subarray(1, trie.states),
      trie.states,
      SYMBOLS,
      'a test trie',
    );
    expect(spelled(rebuilt)).toEqual(spelled(trie));
    expect([...rebuilt.depth]).toEqual([...trie.depth.subarray(0, trie.states)]);
    expect(failureLinks(rebuilt).fail).toEqual(failureLinks(trie).fail);
  });

  it.each([
    ['a parent after its child', [0, 2, 1], [1, 1, 1]],
    ['a symbol out of range', [0, 1], [1, SYMBOLS]],
    ['the unused symbol 0', [0, 1], [0, 1]],
    // Breadth-first numbering keeps each state's children together, by symbol: deep states have
    // their children searched there.
    ['children apart', [0, 1, 0], [1, 1, 2]],
    ['siblings out of symbol order', [0, 0], [2, 1]],
    ['the same symbol twice', [0, 0], [1, 1]],
  ])('rejects %s as a damaged table', (_, parents, symbols) => {
    expect(() =>
      trieFromParents(parents, symbols, parents.length + 1, SYMBOLS, 'a test trie'),
    ).toThrow(ClassificationError);
  });
});
