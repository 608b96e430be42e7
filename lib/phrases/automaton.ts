/**
 * A small Aho–Corasick automaton over UTF-16 code units. Our own rather than a
 * package so that it reads the normalised code array directly and reports
 * positions in it, which normalise.ts maps back to the original text.
 *
 * Layout (the scan reads it for every character, so it is laid out for the
 * cache): states are numbered breadth-first, so the children of a state are
 * consecutive states, sorted by code, and the states near the root, which
 * the scan visits most, sit together. A state's record is four numbers side
 * by side in one array (its first child, the end of its children, its fail
 * state, the first state of its output chain); the codes labelling the
 * states sit in one small array, so a state's children are searched in a
 * few adjacent bytes. The root's children sit in a table indexed by code
 * unit (one load, no search), which also marks the code units no pattern
 * contains: on one of those the scan goes straight back to the root.
 */

export interface Automaton {
  /** Per code unit: the root's child, 0 for none, -1 for a code unit no pattern contains. */
  readonly root: Int32Array;
  /** Per state s, at 4s: first child, end of children (exclusive), fail state, first state with an output on its chain (0: none). */
  readonly rec: Int32Array;
  /** Per state: the code unit of the edge into it. */
  readonly label: Uint16Array;
  /** Per state: the next state with an output on its fail chain, 0 for none. */
  readonly outLink: Int32Array;
  /** Per state: the first pattern ending there, or -1. */
  readonly first: Int32Array;
  /** Next pattern with the same text, or -1. */
  readonly sameNext: Int32Array;
  /** Length of each pattern in code units. */
  readonly patternLength: Int32Array;
}

const CHILD = 0;
const END = 1;
const FAIL = 2;
const OUT = 3;

/** The trie as built word by word: children form a sibling list, every state but the root is the target of one edge labelled `code`. */
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

/** The child of trie state `s` on `c`, or -1 (building only). */
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

/** The trie's states in breadth-first order, each state's children sorted by code: `order[newId] = trieId`. */
function breadthFirst(trie: Trie): Int32Array {
  const { code, firstChild, nextSibling } = trie;
  const order = new Int32Array(code.length);
  const kids: number[] = [];
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    // The root's children are found through its table: their order does not matter.
    if (head === 0) {
      for (let k = firstChild[0]!; k >= 0; k = nextSibling[k]!) order[tail++] = k;
      continue;
    }
    kids.length = 0;
    for (let k = firstChild[order[head]!]!; k >= 0; k = nextSibling[k]!) {
      // Insertion by code: a state has few children.
      let j = kids.length;
      for (; j > 0 && code[kids[j - 1]!]! > code[k]!; j--) kids[j] = kids[j - 1]!;
      kids[j] = k;
    }
    for (const k of kids) order[tail++] = k;
  }
  return order;
}

/** The goto function while building: the child of `s` on `c`, or -1. */
function step(a: Automaton, s: number, c: number): number {
  if (s === 0) return a.root[c]! > 0 ? a.root[c]! : -1;
  const { rec, label } = a;
  for (let k = rec[4 * s + CHILD]!, end = rec[4 * s + END]!; k < end; k++) if (label[k] === c) return k;
  return -1;
}

/** Breadth-first (the numbering's order): fail links and output chains. */
function linkFailures(a: Automaton): void {
  const { rec, label, first, outLink } = a;
  const states = label.length;
  let parent = 0;
  for (let t = 1; t < states; t++) {
    // Children are consecutive and parents come in order: the parent of t is the first state whose children end after t.
    while (rec[4 * parent + END]! <= t) parent++;
    const c = label[t]!;
    let f = parent === 0 ? -1 : rec[4 * parent + FAIL]!;
    let next = -1;
    while (f >= 0) {
      next = step(a, f, c);
      if (next >= 0 || f === 0) break;
      f = rec[4 * f + FAIL]!;
    }
    const ft = next < 0 ? 0 : next;
    rec[4 * t + FAIL] = ft;
    const chain = first[ft]! >= 0 ? ft : rec[4 * ft + OUT]!;
    outLink[t] = chain;
    rec[4 * t + OUT] = first[t]! >= 0 ? t : chain;
  }
}

/** Builds the automaton; pattern i is reported with index i. Empty patterns are ignored. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const trie = buildTrie(patterns);
  const order = breadthFirst(trie);
  const states = order.length;
  const newId = new Int32Array(states);
  for (let n = 0; n < states; n++) newId[order[n]!] = n;
  const root = new Int32Array(0x10000).fill(-1);
  const a: Automaton = {
    root,
    rec: new Int32Array(4 * states),
    label: new Uint16Array(states),
    outLink: new Int32Array(states),
    first: new Int32Array(states),
    sameNext: trie.sameNext,
    patternLength: trie.patternLength,
  };
  let child = 1;
  for (let n = 0; n < states; n++) {
    const t = order[n]!;
    a.label[n] = trie.code[t]!;
    a.first[n] = trie.firstList[t]!;
    a.rec[4 * n + CHILD] = child;
    for (let k = trie.firstChild[t]!; k >= 0; k = trie.nextSibling[k]!) child++;
    a.rec[4 * n + END] = child;
    if (n > 0) root[a.label[n]!] = 0;
  }
  for (const [c, t] of trie.root) root[c] = newId[t]!;
  linkFailures(a);
  return a;
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
  const { root, rec, label, outLink, first, sameNext, patternLength } = a;
  let s = 0;
  for (let i = 0; i < length; i++) {
    const c = codes[i]!;
    const r = root[c]!;
    if (s !== 0 && r >= 0) {
      // Down from s on c, or along the fail chain until a state has a child on c (or the root).
      for (;;) {
        const at = s << 2;
        const end = rec[at + END]!;
        let k = rec[at + CHILD]!;
        while (k < end && label[k]! < c) k++;
        if (k < end && label[k] === c) {
          s = k;
          break;
        }
        s = rec[at + FAIL]!;
        if (s === 0) {
          s = r;
          break;
        }
      }
    } else s = r < 0 ? 0 : r;
    if (s === 0) continue;
    for (let o = rec[(s << 2) + OUT]!; o > 0; o = outLink[o]!) {
      for (let p = first[o]!; p >= 0; p = sameNext[p]!) emit(p, i + 1 - patternLength[p]!, i + 1);
    }
  }
}
