/**
 * Where sticky patterns are worth trying (the intent patterns, p99 budget):
 * a pattern is tried at a place only if its hand-kept `starts` holds the
 * character there AND its regex (read by regex-prefix.ts) can begin a match
 * with that character followed by the next one. One table load and at most
 * one hash probe per character give the patterns to try there, in their
 * order; most places give none. Exact: a pattern left out could only have
 * failed or matched the empty string, which is never a finding.
 */
import { prefixOf, secondUnits, type Units } from './regex-prefix';
import { ANY, prefixTriples } from './regex-triples';

export interface StartTable {
  /** Per unit: non-zero where some pattern may start (read inline by the scan loop before it asks `at`). */
  readonly starts: Uint16Array;
  /** The patterns (indices, ascending) that may match at a place holding `first` then `next` (NaN at the text's end). */
  at(first: number, next: number): readonly number[];
  /**
   * Whether pattern `k`, found in `at(first, next)`, may match where `third` follows (NaN at the text's end): its
   * three-unit prefixes (regex-triples.ts) are listed on its first question, not when the table is made.
   */
  third(k: number, first: number, next: number, third: number): boolean;
  /** A new text is read: a few more patterns may be listed for `third` (LIST_PER_TEXT). */
  newText(): void;
}

/** Builds the table for patterns given as their start characters and their sticky regex. */
export function startTable(patterns: ReadonlyArray<{ starts: string; re: RegExp }>): StartTable {
  // Per first unit: each pattern that may start with it, and what may follow (null: anything).
  const byFirst = new Map<number, Array<[number, Units]>>();
  patterns.forEach((p, k) => {
    const prefix = prefixOf(p.re);
    for (const c of new Set(Array.from(p.starts, (ch) => ch.charCodeAt(0)))) {
      const second = secondUnits(prefix, c);
      if (second === undefined) continue;
      let list = byFirst.get(c);
      if (!list) byFirst.set(c, (list = []));
      list.push([k, second]);
    }
  });
  // Each first unit's list of patterns that take any next unit, then the lists per (first, next) pair.
  const slotOf = new Uint16Array(0x10000);
  const lists: Array<readonly number[]> = [[]];
  for (const [first, entries] of byFirst) slotOf[first] = lists.push(entries.filter(([, s]) => s === null).map(([k]) => k)) - 1;
  const pairs = new Map<number, number>();
  // Per slot, the next units' low five bits that some pair holds: most places fail this one test and skip the hash.
  const nextBits = new Int32Array(lists.length);
  for (const [first, entries] of byFirst) {
    const nexts = new Set<number>();
    for (const [, s] of entries) s?.forEach((u) => nexts.add(u));
    for (const next of nexts) {
      pairs.set(first * 0x10000 + next, lists.push(entries.filter(([, s]) => s === null || s.has(next)).map(([k]) => k)) - 1);
      const slot = slotOf[first]!;
      nextBits[slot] = nextBits[slot]! | (1 << (next & 31));
    }
  }
  const probe = pairProbe(pairs);
  const thirds = thirdTest(patterns);
  return {
    starts: slotOf,
    third: thirds.third,
    newText: thirds.newText,
    at(first, next) {
      const slot = slotOf[first]!;
      const list = slot !== 0 && next === next && (nextBits[slot]! & (1 << (next & 31))) !== 0 ? probe(first, next) : -1;
      return lists[list < 0 ? slot : list]!;
    },
  };
}

/** Bits of the shared table of (pattern, three units) keys: a few false "maybe"s, at no more than 32 KB. */
const TRIPLE_BITS = 1 << 18;
const ANY_CODE = ANY.charCodeAt(0);
const tripleHash = (k: number, a: number, b: number, c: number) =>
  Math.imul(Math.imul(Math.imul(k + 1, 0x9e3779b1) ^ a, 0x85ebca6b) ^ Math.imul(b, 0xc2b2ae35) ^ Math.imul(c, 0x27d4eb2f), 0x165667b1) >>> 14;

/**
 * Patterns listed per text at most: listing is cheap warm but not on a page's first checks (cold code, about 25 ms
 * for all on the engine-load bench), so the lists are made a few at a time; an unlisted pattern is tried as before.
 */
const LIST_PER_TEXT = 4;

/** The third-unit test of `startTable`: per pattern, its three-unit prefixes hashed into one bit table, listed on its first questions. */
function thirdTest(patterns: ReadonlyArray<{ re: RegExp }>): Pick<StartTable, 'third' | 'newText'> {
  const bits = new Uint8Array(TRIPLE_BITS / 8);
  // Per pattern: 0 not listed yet, 1 listed (the test applies), 2 none (always tried).
  const state = new Uint8Array(patterns.length);
  let budget = LIST_PER_TEXT;
  const set = (h: number) => (bits[h >> 3] = bits[h >> 3]! | (1 << (h & 7)));
  const has = (h: number) => (bits[h >> 3]! & (1 << (h & 7))) !== 0;
  return {
    newText: () => void (budget = LIST_PER_TEXT),
    third(k, first, next, third) {
      if (state[k] === 0) {
        if (budget === 0) return true;
        budget--;
        const triples = prefixTriples(patterns[k]!.re);
        state[k] = triples ? 1 : 2;
        for (const t of triples ?? []) set(tripleHash(k, t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2)));
      }
      if (state[k] === 2) return true;
      return has(tripleHash(k, first, next, ANY_CODE)) || (third === third && has(tripleHash(k, first, next, third)));
    },
  };
}

/**
 * An open-addressing hash of (first, next) pairs to list indices in two
 * typed arrays (a Map keyed by numbers above 2^30 hashes doubles): the
 * lookup returns -1 for a pair not in it.
 */
function pairProbe(pairs: ReadonlyMap<number, number>): (first: number, next: number) => number {
  let bits = 4;
  while (1 << bits < pairs.size * 3) bits++;
  const mask = (1 << bits) - 1;
  const keys = new Int32Array(1 << bits);
  const values = new Int32Array(1 << bits);
  const hash = (key: number) => Math.imul(key, 0x9e3779b1) >>> (32 - bits);
  for (const [pair, list] of pairs) {
    // (first << 16 | next) as a signed 32-bit key; 0 marks an empty slot (no pattern starts with U+0000).
    const key = pair | 0;
    let h = hash(key);
    while (keys[h] !== 0) h = (h + 1) & mask;
    keys[h] = key;
    values[h] = list;
  }
  return (first, next) => {
    const key = (first << 16) | next;
    for (let h = hash(key); keys[h] !== 0; h = (h + 1) & mask) if (keys[h] === key) return values[h]!;
    return -1;
  };
}
