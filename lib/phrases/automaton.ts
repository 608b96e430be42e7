/**
 * A small Aho–Corasick automaton over UTF-16 code units. Our own rather than a
 * package so that it reads the normalised code array directly and reports
 * positions in it, which normalise.ts maps back to the original text.
 *
 * Layout: the root's transitions sit in a Map (it sees every character);
 * every other state keeps its few transitions in a flat sorted slice of
 * `edgeCodes` / `edgeTargets`, searched linearly (states rarely have more
 * than a handful of children). Building uses flat arrays only, so compiling
 * thousands of words allocates little.
 */

export interface Automaton {
  readonly root: Map<number, number>;
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

/** Builds the automaton; pattern i is reported with index i. Empty patterns are ignored. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  // Trie as flat arrays: every state but the root is the target of one edge,
  // so a state's `code` is its edge label; children form a sibling list.
  const code: number[] = [0];
  const firstChild: number[] = [-1];
  const nextSibling: number[] = [-1];
  const firstList: number[] = [-1];
  const lastAt: number[] = [-1];
  const root = new Map<number, number>();
  const sameNext = new Int32Array(patterns.length).fill(-1);
  const patternLength = new Int32Array(patterns.length);

  for (let p = 0; p < patterns.length; p++) {
    const word = patterns[p]!;
    patternLength[p] = word.length;
    if (word.length === 0) continue;
    let s = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let t = -1;
      if (s === 0) t = root.get(c) ?? -1;
      else {
        for (let k = firstChild[s]!; k >= 0; k = nextSibling[k]!) {
          if (code[k] === c) {
            t = k;
            break;
          }
        }
      }
      if (t < 0) {
        t = code.length;
        code.push(c);
        firstChild.push(-1);
        nextSibling.push(firstChild[s]!);
        firstChild[s] = t;
        firstList.push(-1);
        lastAt.push(-1);
        if (s === 0) root.set(c, t);
      }
      s = t;
    }
    if (firstList[s] === -1) firstList[s] = p;
    else sameNext[lastAt[s]!] = p;
    lastAt[s] = p;
  }

  // Non-root states: children sorted by code in one flat slice each.
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

  const automaton: Automaton = {
    root,
    edgeStart,
    edgeCodes,
    edgeTargets,
    fail: new Int32Array(states),
    first: Int32Array.from(firstList),
    outLink: new Int32Array(states).fill(-1),
    sameNext,
    patternLength,
  };

  // Breadth-first: fail links and output links.
  const { fail, first, outLink } = automaton;
  const queue = new Int32Array(states);
  let head = 0;
  let tail = 0;
  for (const t of root.values()) queue[tail++] = t;
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
  return automaton;
}

/** The goto function: the child of `s` on `c`, or -1. */
function step(a: Automaton, s: number, c: number): number {
  if (s === 0) return a.root.get(c) ?? -1;
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
        t = root.get(c) ?? -1;
        s = t < 0 ? 0 : t;
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
