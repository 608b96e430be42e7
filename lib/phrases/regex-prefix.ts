/**
 * What a regular expression's matches can begin with, read from its source
 * once when the engine loads: the rules stay plain regexes (as data) and the
 * scan learns, without a hand-kept list, where trying one is pointless.
 *
 * `prefixOf(re)` gives the first two code units a non-empty match can start
 * with: `ones` (a match may be that one unit long) and `pairs` (first unit →
 * the units that may follow it; null: any). It is an over-approximation:
 * zero-width parts (anchors, lookarounds, \b) are read (regex-read.ts) as matching nothing,
 * a large or negated class as any unit, and what it cannot read (flags i / u
 * / v, back-references) gives null, "anything": a gate built on it never
 * skips a place where the regex would match (test/unit/phrases/regex-prefix.test.ts).
 */

import { readRegex, type Node, type Units } from './regex-read';

export type { Units };

export interface Prefix {
  /** The regex may match the empty string (a gate ignores it: an empty match is never a finding). */
  nullable: boolean;
  /** Units a match may consist of alone. */
  ones: Set<number>;
  /** First unit → the units that may come second (null: any). */
  pairs: Map<number, Units>;
}

/** null: not analysable, anything may match. */
type Sum = Prefix | null;

const firstOf = (p: Prefix): Set<number> => new Set([...p.ones, ...p.pairs.keys()]);
const EMPTY_SUM: Prefix = { nullable: true, ones: new Set(), pairs: new Map() };
const fresh = (nullable: boolean): Prefix => ({ nullable, ones: new Set(), pairs: new Map() });

/** Adds `next` to what may follow `first` (the map owns its sets: a set is copied before it is ever added to). */
function addPairs(into: Map<number, Units>, first: number, next: Units): void {
  const have = into.get(first);
  if (have === undefined) into.set(first, next && new Set(next));
  else if (have !== null) {
    if (next === null) into.set(first, null);
    else for (const u of next) have.add(u);
  }
}

/** Adds everything `s` may begin with to `into` (an alternation). */
function addAll(into: Prefix, s: Prefix): void {
  into.nullable ||= s.nullable;
  for (const u of s.ones) into.ones.add(u);
  for (const [first, next] of s.pairs) addPairs(into.pairs, first, next);
}

/** a then b. Once a's matches are all two units or longer, b cannot change their first two: a itself. */
function then(a: Sum, b: Sum): Sum {
  if (a === null || (!a.nullable && a.ones.size === 0)) return a;
  if (b === null && a.nullable) return null;
  const out = fresh(a.nullable && b !== null && b.nullable);
  for (const [first, next] of a.pairs) addPairs(out.pairs, first, next);
  // b unknown: it may be empty, and any unit may follow a's single units.
  const next = b === null ? null : firstOf(b);
  for (const first of a.ones) addPairs(out.pairs, first, next);
  if (b === null || b.nullable) for (const u of a.ones) out.ones.add(u);
  if (b !== null && a.nullable) addAll(out, { ...b, nullable: false });
  return out;
}

function either(items: readonly Sum[]): Sum {
  const out = fresh(false);
  for (const s of items) {
    if (s === null) return null;
    addAll(out, s);
  }
  return out;
}

function sum(node: Node): Sum {
  switch (node.t) {
    case 'empty':
      return EMPTY_SUM;
    case 'unknown':
      return null;
    case 'set':
      return node.units === null ? null : { nullable: false, ones: node.units, pairs: new Map() };
    case 'seq': {
      let acc: Sum = EMPTY_SUM;
      // Items after the first two units are settled are not read.
      for (const item of node.items) if (acc !== null && (acc.nullable || acc.ones.size > 0)) acc = then(acc, sum(item));
      return acc;
    }
    case 'alt':
      return either(node.items.map(sum));
    case 'rep': {
      // X{2,} starts like XX: a third copy never changes the first two units.
      const one = sum(node.item);
      const parts: Sum[] = [];
      if (node.min === 0) parts.push(EMPTY_SUM);
      if (node.min <= 1 && node.max >= 1) parts.push(one);
      if (node.max >= 2) parts.push(then(one, one));
      return either(parts);
    }
  }
}

/** The first two units of `re`'s non-empty matches; null: anything. */
export function prefixOf(re: RegExp): Prefix | null {
  const node = readRegex(re);
  return node && sum(node);
}

/** The units a non-empty match of `re` may start with; null: any. */
export function firstUnits(re: RegExp): Units {
  const s = prefixOf(re);
  return s && firstOf(s);
}

/**
 * What may follow `first` at the start of a non-empty match: undefined, no
 * match starts with it; null, anything (or the match may end there); else
 * the set of second units.
 */
export function secondUnits(prefix: Prefix | null, first: number): Units | undefined {
  if (prefix === null || prefix.ones.has(first)) return null;
  return prefix.pairs.get(first);
}
