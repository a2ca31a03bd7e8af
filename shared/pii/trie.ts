import { expectCells } from './cells.js';

/**
 * The keyword trie under both Aho-Corasick automata (context words, lexicon), in typed arrays.
 * State 0 is the root; states are numbered breadth first, children of a state together and in
 * order of their symbol, so a parent precedes its children.
 */
export interface Trie {
  readonly states: number;
  /** Symbols are 1 to symbols - 1; 0 is for code units no key holds. */
  readonly symbols: number;
  /**
   * Goto edges as target + 1 (0: none yet), at state * symbols + symbol: the trie's own edges for
   * the first `dense` states (the shallowest, where a scan spends most of its steps); a deeper
   * state's row is filled as scans step out of it (its children searched, else its failure
   * followed). Writing every state's edges touched all of the table at cold start (the lexicon's:
   * 39,000 states of 125 symbols, 10 MB), for rows few texts ever reach.
   */
  readonly delta: Uint16Array | Uint32Array;
  readonly dense: number;
  /** Each state's parent (state 0: none) and the symbol leading to it from there. */
  readonly parent: Int32Array;
  readonly symbolTo: Uint16Array;
  /** How many symbols lead from the root to each state. */
  readonly depth: Int32Array;
  /** Each state's children: the states from firstChild to childEnd - 1, by symbol. */
  readonly firstChild: Int32Array;
  readonly childEnd: Int32Array;
}

/** Failure links and the breadth-first order (root excluded) they were computed in. */
export interface Links {
  readonly fail: Int32Array;
  readonly order: Int32Array;
}

// Half the memory (and page faults at cold start) while state numbers fit in 16 bits.
const gotoTable = (states: number, symbols: number): Uint16Array | Uint32Array =>
  states < 65_535 ? new Uint16Array(states * symbols) : new Uint32Array(states * symbols);

/** How many states (the shallowest) have their edges written at cold start: about four symbols deep. */
export const DENSE_STATES = 4096;

/**
 * The trie of the keys, each spelled in symbols through `symbolOf` (a table over code units);
 * `ended` hears which state each key (by index) ends in. States are numbered breadth first, so the
 * shallow states a scan spends most of its steps in share a few pages of the goto table.
 */
export const buildTrie = (
  keys: readonly string[],
  symbolOf: Uint16Array,
  symbols: number,
  ended: (key: number, state: number) => void,
): Trie => {
  const bound = keys.reduce((sum, key) => sum + key.length, 1);
  const delta = gotoTable(bound, symbols);
  const parent = new Int32Array(bound);
  const symbolTo = new Uint16Array(bound);
  const ends = new Int32Array(keys.length);
  let states = 1;
  keys.forEach((key, index) => {
    let state = 0;
    for (let i = 0; i < key.length; i++) {
      const symbol = symbolOf[key.charCodeAt(i)] as number;
      let next = (delta[state * symbols + symbol] as number) - 1;
      if (next < 0) {
        next = states++;
        delta[state * symbols + symbol] = next + 1;
        parent[next] = state;
        symbolTo[next] = symbol;
      }
      state = next;
    }
    ends[index] = state;
  });
  const renumbered = breadthFirst(delta, symbols, states);
  const parents = new Int32Array(states - 1);
  const symbolsTo = new Uint16Array(states - 1);
  for (let state = 1; state < states; state++) {
    const to = renumbered[state] as number;
    parents[to - 1] = renumbered[parent[state] as number] as number;
    symbolsTo[to - 1] = symbolTo[state] as number;
  }
  ends.forEach((state, index) => {
    ended(index, renumbered[state] as number);
  });
  return trieFromParents(parents, symbolsTo, states, symbols, 'a trie being built');
};

/** Each state's number in breadth-first order (children by symbol), the root staying 0. */
const breadthFirst = (
  delta: Uint16Array | Uint32Array,
  symbols: number,
  states: number,
): Int32Array => {
  const queue = new Int32Array(states);
  const renumbered = new Int32Array(states);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const state = queue[head] as number;
    renumbered[state] = head;
    for (let symbol = 1; symbol < symbols; symbol++) {
      const child = delta[state * symbols + symbol] as number;
      if (child !== 0) queue[tail++] = child - 1;
    }
  }
  return renumbered;
};

/**
 * The trie a serialised automaton describes by each state's parent and symbol (states 1 on, in
 * order), checked so that a damaged table throws: parents before children and in order (children
 * together), siblings by symbol, symbols in range.
 */
export const trieFromParents = (
  parents: ArrayLike<number>,
  symbolsTo: ArrayLike<number>,
  states: number,
  symbols: number,
  what: string,
  denseStates = DENSE_STATES,
): Trie => {
  expectCells(states >= 1 && symbols >= 2, what);
  const dense = Math.max(1, Math.min(states, denseStates));
  const delta = gotoTable(states, symbols);
  const parent = new Int32Array(states);
  const symbolTo = new Uint16Array(states);
  const depth = new Int32Array(states);
  const firstChild = new Int32Array(states);
  const childEnd = new Int32Array(states);
  // Checked once at the end (a damaged table throws all the same): this loop runs at cold start,
  // before the JIT has compiled it, where a call per state costs milliseconds.
  let intact = true;
  let previous = 0;
  for (let state = 1; state < states; state++) {
    const from = parents[state - 1] as number;
    const symbol = symbolsTo[state - 1] as number;
    const sibling = from === previous && state > 1;
    if (
      !(from < state && from >= previous && symbol >= 1 && symbol < symbols) ||
      (sibling && symbol <= (symbolTo[state - 1] as number))
    ) {
      intact = false;
      break;
    }
    previous = from;
    parent[state] = from;
    symbolTo[state] = symbol;
    depth[state] = (depth[from] as number) + 1;
    if (childEnd[from] === 0) firstChild[from] = state;
    childEnd[from] = state + 1;
    if (from < dense) delta[from * symbols + symbol] = state + 1;
  }
  expectCells(intact, what);
  return { states, symbols, delta, dense, parent, symbolTo, depth, firstChild, childEnd };
};

/**
 * The child of `state` along `symbol` in the trie itself (no failure links), or -1. A state with
 * its edges in the goto table reads them there (before any failure is memoised in its row).
 */
export const childOf = (trie: Trie, state: number, symbol: number): number => {
  if (state < trie.dense) return (trie.delta[state * trie.symbols + symbol] as number) - 1;
  const end = trie.childEnd[state] as number;
  for (let child = trie.firstChild[state] as number; child < end; child++) {
    const along = trie.symbolTo[child] as number;
    if (along === symbol) return child;
    if (along > symbol) return -1;
  }
  return -1;
};

/** trieFromParents for cells holding, from `at`, every state's parent then every state's symbol. */
export const trieFromCells = (
  cells: Uint16Array | Uint32Array,
  at: number,
  states: number,
  symbols: number,
  what: string,
): Trie =>
  trieFromParents(
    cells.subarray(at, at + states - 1),
    cells.subarray(at + states - 1, at + 2 * (states - 1)),
    states,
    symbols,
    what,
  );

/**
 * Breadth-first failure links (classic Aho-Corasick, linear in the trie): each state's longest
 * proper suffix that is also a state. Call before the goto table memoises any failure.
 */
export const failureLinks = (trie: Trie): Links => {
  const { states, parent, symbolTo } = trie;
  const fail = new Int32Array(states);
  const order = new Int32Array(Math.max(0, states - 1));
  // Breadth-first numbering is a breadth-first order: a state's failure is shallower, so done.
  for (let state = 1; state < states; state++) {
    order[state - 1] = state;
    const from = parent[state] as number;
    if (from === 0) continue;
    const symbol = symbolTo[state] as number;
    let link = fail[from] as number;
    let target = childOf(trie, link, symbol);
    while (target < 0 && link !== 0) {
      link = fail[link] as number;
      target = childOf(trie, link, symbol);
    }
    fail[state] = Math.max(0, target);
  }
  return { fail, order };
};

/**
 * The transition function, memoising each step it resolves in the goto table (target + 1), so a
 * scan pays for a missing edge once: a state without its edges in the table has its children
 * searched first, then, as every state, its failure followed.
 */
export const stepper = (
  trie: Trie,
  fail: Int32Array,
): ((state: number, symbol: number) => number) => {
  const { delta, symbols, dense } = trie;
  const step = (state: number, symbol: number): number => {
    const known = delta[state * symbols + symbol] as number;
    if (known !== 0) return known - 1;
    const child = state < dense ? -1 : childOf(trie, state, symbol);
    const target = child >= 0 ? child : state === 0 ? 0 : step(fail[state] as number, symbol);
    delta[state * symbols + symbol] = target + 1;
    return target;
  };
  return step;
};
