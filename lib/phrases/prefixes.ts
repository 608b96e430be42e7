/**
 * What the first two code units of a match of a sticky pattern can be, read
 * from the pattern's source: lets detectIntent skip the patterns that cannot
 * match where it stands (trying a pattern that fails costs more than the
 * look-up). An over-estimate is always safe (the pattern is then tried and
 * fails as before), so lookarounds and anchors count as matching nothing and
 * a negated class as any unit. Handles what intent.ts writes: groups,
 * alternation, quantifiers, classes, escapes; patterns without flags i / u.
 */

/** A set of code units as sorted ranges, or null for any unit. */
export type UnitSet = ReadonlyArray<readonly [number, number]> | null;

/** What a piece of pattern can match, read to its first two units. */
export interface Ways {
  /** It can match nothing (a lookaround, an optional part). */
  empty: boolean;
  /** The units a match can start with. */
  first: UnitSet;
  /** The units that can be a whole match. */
  one: UnitSet;
  /** The first two units of the longer matches, as products of sets. */
  pairs: ReadonlyArray<readonly [UnitSet, UnitSet]>;
}

const WHITE: UnitSet = [[9, 13], [32, 32], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]];
const ESCAPES: Record<string, UnitSet> = { d: [[48, 57]], s: WHITE, w: [[48, 57], [65, 90], [95, 95], [97, 122]], D: null, S: null, W: null, n: [[10, 10]], r: [[13, 13]], t: [[9, 9]], f: [[12, 12]], v: [[11, 11]] };
const NONE: UnitSet = [];
/** Zero-width: matches nothing itself. */
const EMPTY: Ways = { empty: true, first: NONE, one: NONE, pairs: [] };

const unit = (u: number): UnitSet => [[u, u]];
const isNone = (s: UnitSet) => s !== null && s.length === 0;
const units = (set: UnitSet): Ways => ({ empty: false, first: set, one: set, pairs: [] });

/** The union of two sets (ranges merged in one pass). */
function join(a: UnitSet, b: UnitSet): UnitSet {
  if (a === null || b === null) return null;
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < a.length || j < b.length; ) {
    const [lo, hi] = j >= b.length || (i < a.length && a[i]![0] <= b[j]![0]) ? a[i++]! : b[j++]!;
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

function either(a: Ways, b: Ways): Ways {
  return { empty: a.empty || b.empty, first: join(a.first, b.first), one: join(a.one, b.one), pairs: [...a.pairs, ...b.pairs] };
}

/** `a` then `b`. */
function then(a: Ways, b: Ways): Ways {
  const pairs = [...a.pairs];
  if (!isNone(a.one) && !isNone(b.first)) pairs.push([a.one, b.first]);
  if (a.empty) pairs.push(...b.pairs);
  return {
    empty: a.empty && b.empty,
    first: a.empty ? join(a.first, b.first) : a.first,
    one: join(b.empty ? a.one : NONE, a.empty ? b.one : NONE),
    pairs,
  };
}

const QUANTIFIER = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/;

class Reader {
  i = 0;
  constructor(private readonly src: string) {}

  alternatives(): Ways {
    let out = this.sequence();
    while (this.src[this.i] === '|') {
      this.i++;
      out = either(out, this.sequence());
    }
    return out;
  }

  private sequence(): Ways {
    let out = EMPTY;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      // Once every match so far has two units, the rest cannot change them: skip to the end of the sequence.
      if (!out.empty && isNone(out.one)) this.skipSequence();
      else out = then(out, this.repeated());
    }
    return out;
  }

  /** Moves to the | or ) that ends the current sequence (escapes, classes and groups passed over whole). */
  private skipSequence(): void {
    const src = this.src;
    for (let depth = 0; this.i < src.length; this.i++) {
      const c = src[this.i];
      if (c === '\\') this.i++;
      else if (c === '[') while (src[++this.i] !== ']') this.i += src[this.i] === '\\' ? 1 : 0;
      else if (c === '(') depth++;
      else if ((c === ')' || c === '|') && depth === 0) return;
      else if (c === ')') depth--;
    }
  }

  /** An atom and its quantifier: x{m,n} starts like x^k for some k from m to n, and x^k for k ≥ 2 like x². */
  private repeated(): Ways {
    const atom = this.atom();
    const q = '*+?{'.includes(this.src[this.i]!) ? QUANTIFIER.exec(this.src.slice(this.i)) : null;
    if (!q) return atom;
    this.i += q[0].length;
    const min = q[1] ? (q[1] === '+' ? 1 : 0) : Number(q[2]);
    const max = q[1] ? (q[1] === '?' ? 1 : 2) : q[3] ? (q[4] ? Number(q[4]) : 2) : min;
    let out: Ways | null = null;
    let power = EMPTY;
    for (let k = 0; k <= Math.min(max, 2); k++) {
      if (k >= Math.min(min, 2)) out = out ? either(out, power) : power;
      power = then(power, atom);
    }
    return out!;
  }

  private atom(): Ways {
    const c = this.src[this.i++]!;
    if (c === '(') {
      const head = /^(?:\?(?::|=|!|<=|<!|<[a-zA-Z_$][\w$]*>))?/.exec(this.src.slice(this.i))![0];
      this.i += head.length;
      const inner = this.alternatives();
      if (this.src[this.i++] !== ')') throw new Error(`prefixes: unbalanced group in /${this.src}/`);
      return /^\?(?:=|!|<=|<!)$/.test(head) ? EMPTY : inner;
    }
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return units(null);
    if (c === '[') return units(this.set());
    if (c === '\\') {
      const e = this.escape();
      return e === 'zero' ? EMPTY : units(e);
    }
    if ('*+?{)|'.includes(c)) throw new Error(`prefixes: unexpected ${c} in /${this.src}/`);
    return units(unit(c.charCodeAt(0)));
  }

  private escape(): UnitSet | 'zero' {
    const c = this.src[this.i++]!;
    if (c === 'b' || c === 'B') return 'zero';
    if (c in ESCAPES) return ESCAPES[c]!;
    if (c === 'u' || c === 'x') {
      const n = c === 'u' ? 4 : 2;
      this.i += n;
      return unit(parseInt(this.src.slice(this.i - n, this.i), 16));
    }
    // A back reference can be anything.
    return /[1-9]/.test(c) ? null : unit(c.charCodeAt(0));
  }

  private set(): UnitSet {
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    let ranges: UnitSet = NONE;
    while (this.src[this.i] !== ']') {
      const lo = this.member();
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && lo?.length === 1 && lo[0]![0] === lo[0]![1]) {
        this.i++;
        const hi = this.member();
        if (hi?.length !== 1) throw new Error(`prefixes: odd range in /${this.src}/`);
        ranges = join(ranges, [[lo[0]![0], hi[0]![1]]]);
      } else ranges = join(ranges, lo);
    }
    this.i++;
    return negated ? null : ranges;
  }

  private member(): UnitSet {
    const c = this.src[this.i++]!;
    if (c !== '\\') return unit(c.charCodeAt(0));
    const e = this.escape();
    return e === 'zero' ? unit(8) : e; // [\b] is a backspace
  }
}

/** The ways a match of `re` can begin. */
export function prefixes(re: RegExp): Ways {
  if (/[iuv]/.test(re.flags)) throw new Error(`prefixes: flags ${re.flags} not read`);
  const reader = new Reader(re.source);
  const out = reader.alternatives();
  if (reader.i !== re.source.length) throw new Error(`prefixes: stray ) in /${re.source}/`);
  return out;
}

const holds = (set: UnitSet, u: number) => set === null || set.some(([a, b]) => u >= a && u <= b);

/** The units that may follow `first` in a match (null: any, or the match may end after it); [] if no match starts with it. */
export function nextUnits(ways: Ways, first: number): UnitSet {
  if (holds(ways.one, first)) return null;
  let out: UnitSet = NONE;
  for (const [a, b] of ways.pairs) if (holds(a, first)) out = join(out, b);
  return out;
}
