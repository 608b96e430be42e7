/**
 * What a regular expression's matches can begin with, read from its source
 * once when the engine loads: the rules stay plain regexes (as data) and the
 * scan learns, without a hand-kept list, where trying one is pointless.
 *
 * `prefixOf(re)` gives the first two code units a non-empty match can start
 * with: `ones` (a match may be that one unit long) and `pairs` (first unit →
 * the units that may follow it; null: any). It is an over-approximation:
 * zero-width parts (anchors, lookarounds, \b) are read as matching nothing,
 * a large or negated class as any unit, and what it cannot read (flags i / u
 * / v, back-references) gives null, "anything": a gate built on it never
 * skips a place where the regex would match (test/unit/phrases/regex-prefix.test.ts).
 */

/** A set of UTF-16 code units; null: every unit. */
export type Units = Set<number> | null;

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

type Node =
  | { t: 'set'; units: Units }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; items: Node[] }
  | { t: 'rep'; item: Node; min: number; max: number }
  | { t: 'empty' }
  | { t: 'unknown' };

/** Classes larger than this are read as "any unit" (a CJK range is not worth listing). */
const MAX_SET = 256;
const EMPTY: Node = { t: 'empty' };
const UNKNOWN: Node = { t: 'unknown' };
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
const DIGITS = range(48, 57);
const WORDS = [...DIGITS, ...range(65, 90), ...range(97, 122), 95];
const SPACES = [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, ...range(0x2000, 0x200a), 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
const CONTROL: Record<string, number> = { n: 10, r: 13, t: 9, v: 11, f: 12, '0': 0 };

/** A recursive-descent reader of a regex source (the syntax without the u / v flags). */
class Reader {
  i = 0;
  constructor(private readonly s: string) {}

  alt(): Node {
    const items = [this.seq()];
    while (this.s[this.i] === '|') {
      this.i++;
      items.push(this.seq());
    }
    return items.length === 1 ? items[0]! : { t: 'alt', items };
  }

  private seq(): Node {
    const items: Node[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') items.push(this.quantified(this.atom()));
    return { t: 'seq', items };
  }

  private quantified(item: Node): Node {
    const c = this.s[this.i];
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else {
      const m = c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i)) : null;
      if (!m) return item;
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    }
    if (this.s[this.i] === '?') this.i++; // lazy: the same strings
    return { t: 'rep', item, min, max };
  }

  private atom(): Node {
    const c = this.s[this.i++]!;
    if (c === '(') return this.group();
    if (c === '[') return this.klass();
    if (c === '.') return { t: 'set', units: null };
    if (c === '^' || c === '$') return EMPTY;
    if (c === '\\') return this.escape();
    return { t: 'set', units: new Set([c.charCodeAt(0)]) };
  }

  private group(): Node {
    const s = this.s;
    let look = false;
    if (s.startsWith('?:', this.i)) this.i += 2;
    else if (s.startsWith('?=', this.i) || s.startsWith('?!', this.i)) [this.i, look] = [this.i + 2, true];
    else if (s.startsWith('?<=', this.i) || s.startsWith('?<!', this.i)) [this.i, look] = [this.i + 3, true];
    else if (s.startsWith('?<', this.i)) this.i = s.indexOf('>', this.i) + 1;
    const inner = this.alt();
    if (s[this.i] !== ')') throw new Error(`regex-prefix: unclosed group in /${s}/`);
    this.i++;
    return look ? EMPTY : inner;
  }

  private escape(): Node {
    const c = this.s[this.i++]!;
    if (c === 'b' || c === 'B') return EMPTY;
    if (/[1-9k]/.test(c)) return UNKNOWN;
    const units = this.escapedUnits(c);
    return { t: 'set', units: units === null ? null : new Set(units) };
  }

  /** The units of an escape after its backslash (`c` read already); null: any. */
  private escapedUnits(c: string): number[] | null {
    if (c === 'd') return DIGITS;
    if (c === 'w') return WORDS;
    if (c === 's') return SPACES;
    if (c === 'D' || c === 'W' || c === 'S') return null;
    if (c in CONTROL) return [CONTROL[c]!];
    const hex = c === 'u' ? /^[0-9a-fA-F]{4}/.exec(this.s.slice(this.i)) : c === 'x' ? /^[0-9a-fA-F]{2}/.exec(this.s.slice(this.i)) : null;
    if (hex) {
      this.i += hex[0].length;
      return [parseInt(hex[0], 16)];
    }
    if (c === 'c') return null;
    return [c.charCodeAt(0)];
  }

  private klass(): Node {
    const negated = this.s[this.i] === '^';
    if (negated) this.i++;
    let units: Set<number> | null = new Set();
    for (let first = true; this.s[this.i] !== ']' || first; first = false) {
      if (this.i >= this.s.length) throw new Error(`regex-prefix: unclosed class in /${this.s}/`);
      const from = this.classUnits();
      if (this.s[this.i] === '-' && this.s[this.i + 1] !== ']' && from?.length === 1) {
        this.i++;
        const to = this.classUnits();
        if (to?.length !== 1 || to[0]! - from[0]! > MAX_SET) units = null;
        else for (const u of range(from[0]!, to[0]!)) units?.add(u);
      } else if (from === null) units = null;
      else for (const u of from) units?.add(u);
    }
    this.i++;
    return { t: 'set', units: negated || units === null || units.size > MAX_SET ? null : units };
  }

  /** One class member: a unit or an escape's units (null: any). */
  private classUnits(): number[] | null {
    const c = this.s[this.i++]!;
    if (c !== '\\') return [c.charCodeAt(0)];
    const e = this.s[this.i++]!;
    return e === 'b' ? [8] : this.escapedUnits(e);
  }
}

const union = (a: Units, b: Units): Units => (a === null || b === null ? null : new Set([...a, ...b]));
const firstOf = (p: Prefix): Set<number> => new Set([...p.ones, ...p.pairs.keys()]);
const EMPTY_SUM: Prefix = { nullable: true, ones: new Set(), pairs: new Map() };

function addPairs(into: Map<number, Units>, first: number, next: Units): void {
  into.set(first, into.has(first) ? union(into.get(first)!, next) : next);
}

function either(a: Sum, b: Sum): Sum {
  if (a === null || b === null) return null;
  const pairs = new Map(a.pairs);
  for (const [first, next] of b.pairs) addPairs(pairs, first, next);
  return { nullable: a.nullable || b.nullable, ones: new Set([...a.ones, ...b.ones]), pairs };
}

function then(a: Sum, b: Sum): Sum {
  if (a === null || (a.nullable && b === null)) return null;
  const pairs = new Map(a.pairs);
  // b unknown: it may be empty, and any unit may follow a's single units.
  const next = b === null ? null : firstOf(b);
  for (const first of a.ones) addPairs(pairs, first, next);
  if (b === null) return { nullable: false, ones: new Set(a.ones), pairs };
  if (a.nullable) for (const [first, n] of b.pairs) addPairs(pairs, first, n);
  const ones = new Set([...(b.nullable ? a.ones : []), ...(a.nullable ? b.ones : [])]);
  return { nullable: a.nullable && b.nullable, ones, pairs };
}

function sum(node: Node): Sum {
  switch (node.t) {
    case 'empty':
      return EMPTY_SUM;
    case 'unknown':
      return null;
    case 'set':
      return node.units === null ? null : { nullable: false, ones: node.units, pairs: new Map() };
    case 'seq':
      return node.items.reduce<Sum>((acc, item) => then(acc, sum(item)), EMPTY_SUM);
    case 'alt':
      return node.items.map(sum).reduce(either);
    case 'rep': {
      // X{2,} starts like XX: a third copy never changes the first two units.
      const one = sum(node.item);
      const parts: Sum[] = [];
      if (node.min === 0) parts.push(EMPTY_SUM);
      if (node.min <= 1 && node.max >= 1) parts.push(one);
      if (node.max >= 2) parts.push(then(one, one));
      return parts.reduce(either);
    }
  }
}

function parse(re: RegExp): Node | null {
  if (/[iuv]/.test(re.flags)) return null;
  const reader = new Reader(re.source);
  const node = reader.alt();
  if (reader.i !== re.source.length) throw new Error(`regex-prefix: unread source in /${re.source}/`);
  return node;
}

/** The first two units of `re`'s non-empty matches; null: anything. */
export function prefixOf(re: RegExp): Prefix | null {
  const node = parse(re);
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
