/**
 * The first three code units a regex's matches can start with, listed in
 * full (regex-prefix.ts gives two, as sets): the start table's third test
 * (start-table.ts), which spares a sticky exec where the third unit already
 * rules a pattern out (about two tries in five on the bench's messages).
 * Read from the same tree (regex-read.ts), so it over-approximates alike:
 * lookarounds and anchors match nothing, and a match shorter than three
 * units, or a large class in the third place, is written with ANY there.
 * Where the list would not be small (a large class in the first two places,
 * a back-reference, a nullable repeat, thousands of prefixes) there is none:
 * null, and the pattern is tried as before.
 */
import { readRegex, type Node } from './regex-read';

/**
 * Any unit in the third place. U+0000: a text holding it there is only tried more often. Not a noncharacter such as
 * U+FFFF, which the bundler writes out as is: Chromium refuses to inject a script holding one ("not UTF-8"), and the
 * guard could not load at all.
 */
export const ANY = '\u0000';
/** Classes larger than this are not listed. */
const MAX_SET = 64;
/** Prefixes per pattern beyond which the list is not worth its memory. */
const MAX_PREFIXES = 4096;
const DEPTH = 3;

class Unlisted extends Error {}

/** Each match's first `k` units (the whole match where shorter). */
function prefixes(node: Node, k: number): Set<string> {
  switch (node.t) {
    case 'empty':
      return new Set(['']);
    case 'unknown':
      throw new Unlisted();
    case 'set':
      if (node.units && node.units.size <= MAX_SET) return new Set(Array.from(node.units, (u) => String.fromCharCode(u)));
      // A large class as the last unit read: any unit.
      if (k === 1) return new Set([ANY]);
      throw new Unlisted();
    case 'alt': {
      const out = new Set<string>();
      for (const item of node.items) for (const p of prefixes(item, k)) out.add(p);
      return capped(out);
    }
    case 'seq': {
      let acc = new Set(['']);
      for (const item of node.items) {
        if ([...acc].every((p) => p.length >= k)) break;
        acc = then(acc, (left) => prefixes(item, left), k);
      }
      return acc;
    }
    case 'rep': {
      const one = prefixes(node.item, k);
      if (one.has('')) throw new Unlisted();
      // X{min,max}: k copies or more all start like k copies (each copy is at least one unit).
      const out = new Set<string>();
      let acc = new Set(['']);
      for (let copies = 0; copies <= Math.min(node.max, k); copies++) {
        if (copies >= Math.min(node.min, k)) for (const p of acc) out.add(p);
        acc = then(acc, () => one, k);
      }
      return capped(out);
    }
  }
}

/** Each of `acc` followed by what may follow it (`next(units left)`), cut to `k`. */
function then(acc: ReadonlySet<string>, next: (left: number) => ReadonlySet<string>, k: number): Set<string> {
  const out = new Set<string>();
  const byLeft = new Map<number, ReadonlySet<string>>();
  for (const a of acc) {
    if (a.length >= k) {
      out.add(a);
      continue;
    }
    const left = k - a.length;
    let tails = byLeft.get(left);
    if (!tails) byLeft.set(left, (tails = next(left)));
    for (const t of tails) out.add((a + t).slice(0, k));
  }
  return capped(out);
}

function capped(set: Set<string>): Set<string> {
  if (set.size > MAX_PREFIXES) throw new Unlisted();
  return set;
}

/**
 * The three-unit prefixes of `re`'s non-empty matches (a shorter match or a
 * large class in the third place gives ANY there), or null where they are
 * not listed (then only the first two units say where it is tried).
 */
export function prefixTriples(re: RegExp): Set<string> | null {
  const node = readRegex(re);
  if (!node) return null;
  try {
    const out = new Set<string>();
    for (const p of prefixes(node, DEPTH)) {
      if (p.length < 2 || p[1] === ANY) return null;
      out.add(p.length < DEPTH ? p.slice(0, 2) + ANY : p);
    }
    return out;
  } catch (error) {
    if (error instanceof Unlisted) return null;
    throw error;
  }
}
