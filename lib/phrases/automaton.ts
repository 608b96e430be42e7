/**
 * A small Aho–Corasick automaton over UTF-16 code units. Our own rather than a
 * package so that it reads the normalised code array directly and reports
 * positions in it, which normalise.ts maps back to the original text.
 *
 * Layout: the root's transitions sit in a table indexed by code unit (it
 * sees every character: one load, no hashing); every other state keeps its few transitions in a flat sorted slice of
 * `edgeCodes` / `edgeTargets`, searched linearly (states rarely have more
 * than a handful of children). Building uses flat arrays only, so compiling
 * thousands of words allocates little.
 */

export interface Automaton {
  /** The root's child on each code unit, 0 for none (no other state is 0). */
  readonly root: Int32Array;
  readonly edgeStart: Int32Array;
  readonly edgeCodes: Uint16Array;
  readonly edgeTargets: Int32Array;
  readonly fail: Int32Array;
  /** First pattern ending at a state, or -1. */
  readonly first: Int32Array;
  /** Nearest state on the fail chain with an output, or -1. */
  readonly outLink: Int32Array;
  /** Next pattern with the same text, or -1. */
  readonly sameNext: Int32Array;
  /** Length of each pattern in code units. */
  readonly patternLength: Int32Array;
}

/**
 * The trie as flat arrays: every state but the root is the target of one
 * edge, so a state's `code` is its edge label; children form a sibling list.
 */
interface Trie {
  code: number[];
  firstChild: number[];
  nextSibling: number[];
  /** First pattern ending at a state, or -1. */
  firstList: number[];
  /** Last pattern ending at a state so far, or -1 (chains patterns with the same text). */
  lastAt: number[];
  root: Map<number, number>;
  sameNext: Int32Array;
  patternLength: Int32Array;
}

/** The child of trie state `s` on `c`, or -1 (building only: the sibling list is not sorted yet). */
function trieChild(trie: Trie, s: number, c: number): number {
  if (s === 0) return trie.root.get(c) ?? -1;
  for (let k = trie.firstChild[s]!; k >= 0; k = trie.nextSibling[k]!) if (trie.code[k] === c) return k;
  return -1;
}

/** Adds a child of `s` on `c` and returns it. */
function addState(trie: Trie, s: number, c: number): number {
  const t = trie.code.length;
  trie.code.push(c);
  trie.firstChild.push(-1);
  trie.nextSibling.push(trie.firstChild[s]!);
  trie.firstChild[s] = t;
  trie.firstList.push(-1);
  trie.lastAt.push(-1);
  if (s === 0) trie.root.set(c, t);
  return t;
}

function buildTrie(patterns: readonly string[]): Trie {
  const trie: Trie = {
    code: [0],
    firstChild: [-1],
    nextSibling: [-1],
    firstList: [-1],
    lastAt: [-1],
    root: new Map(),
    sameNext: new Int32Array(patterns.length).fill(-1),
    patternLength: new Int32Array(patterns.length),
  };
  for (let p = 0; p < patterns.length; p++) {
    const word = patterns[p]!;
    trie.patternLength[p] = word.length;
    if (word.length === 0) continue;
    let s = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      const t = trieChild(trie, s, c);
      s = t < 0 ? addState(trie, s, c) : t;
    }
    if (trie.firstList[s] === -1) trie.firstList[s] = p;
    else trie.sameNext[trie.lastAt[s]!] = p;
    trie.lastAt[s] = p;
  }
  return trie;
}

/** Non-root states: children sorted by code in one flat slice each. */
function flattenEdges(trie: Trie): Pick<Automaton, 'edgeStart' | 'edgeCodes' | 'edgeTargets'> {
  const { code, firstChild, nextSibling } = trie;
  const states = code.length;
  const edgeStart = new Int32Array(states + 1);
  const edgeCodes = new Uint16Array(states);
  const edgeTargets = new Int32Array(states);
  const kids: number[] = [];
  let edges = 0;
  for (let s = 0; s < states; s++) {
    edgeStart[s] = edges;
    if (s === 0) continue;
    kids.length = 0;
    for (let k = firstChild[s]!; k >= 0; k = nextSibling[k]!) kids.push(k);
    if (kids.length > 1) kids.sort((a, b) => code[a]! - code[b]!);
    for (const k of kids) {
      edgeCodes[edges] = code[k]!;
      edgeTargets[edges] = k;
      edges++;
    }
  }
  edgeStart[states] = edges;
  return { edgeStart, edgeCodes, edgeTargets };
}

/** Breadth-first: fail links and output links. */
function linkFailures(automaton: Automaton, trie: Trie): void {
  const { fail, first, outLink } = automaton;
  const { code, firstChild, nextSibling } = trie;
  const queue = new Int32Array(code.length);
  let head = 0;
  let tail = 0;
  for (const t of trie.root.values()) queue[tail++] = t;
  while (head < tail) {
    const s = queue[head++]!;
    for (let t = firstChild[s]!; t >= 0; t = nextSibling[t]!) {
      const c = code[t]!;
      let f = fail[s]!;
      let next = step(automaton, f, c);
      while (next < 0 && f !== 0) {
        f = fail[f]!;
        next = step(automaton, f, c);
      }
      const ft = next < 0 ? 0 : next;
      fail[t] = ft;
      outLink[t] = first[ft]! >= 0 ? ft : outLink[ft]!;
      queue[tail++] = t;
    }
  }
}

/** Builds the automaton; pattern i is reported with index i. Empty patterns are ignored. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const trie = buildTrie(patterns);
  const states = trie.code.length;
  const root = new Int32Array(0x10000);
  for (const [c, t] of trie.root) root[c] = t;
  const automaton: Automaton = {
    root,
    ...flattenEdges(trie),
    fail: new Int32Array(states),
    first: Int32Array.from(trie.firstList),
    outLink: new Int32Array(states).fill(-1),
    sameNext: trie.sameNext,
    patternLength: trie.patternLength,
  };
  linkFailures(automaton, trie);
  return automaton;
}

/** The goto function: the child of `s` on `c`, or -1. */
function step(a: Automaton, s: number, c: number): number {
  if (s === 0) return a.root[c]! || -1;
  const end = a.edgeStart[s + 1]!;
  for (let k = a.edgeStart[s]!; k < end; k++) {
    const code = a.edgeCodes[k]!;
    if (code === c) return a.edgeTargets[k]!;
    if (code > c) break;
  }
  return -1;
}

/**
 * Runs the automaton over `codes[0..length)` and calls `emit(pattern, start, end)`
 * (positions in `codes`, end exclusive) for every occurrence, overlaps included.
 */
export function runAutomaton(
  a: Automaton,
  codes: Uint16Array,
  length: number,
  emit: (pattern: number, start: number, end: number) => void,
): void {
  const { root, edgeStart, edgeCodes, edgeTargets, fail, first, outLink, sameNext, patternLength } = a;
  let s = 0;
  for (let i = 0; i < length; i++) {
    const c = codes[i]!;
    for (;;) {
      let t = -1;
      if (s === 0) {
        s = root[c]!;
        break;
      }
      const end = edgeStart[s + 1]!;
      for (let k = edgeStart[s]!; k < end; k++) {
        const code = edgeCodes[k]!;
        if (code === c) {
          t = edgeTargets[k]!;
          break;
        }
        if (code > c) break;
      }
      if (t >= 0) {
        s = t;
        break;
      }
      s = fail[s]!;
    }
    if (s === 0) continue;
    let o = first[s]! >= 0 ? s : outLink[s]!;
    while (o > 0) {
      for (let p = first[o]!; p >= 0; p = sameNext[p]!) emit(p, i + 1 - patternLength[p]!, i + 1);
      o = outLink[o]!;
    }
  }
}
