/**
 * What the first two code units of a match of a sticky pattern can be, read
 * from the pattern's source: lets detectIntent skip the patterns that cannot
 * match where it stands (trying a pattern that fails costs more than the
 * look-up). An over-estimate is always safe (the pattern is then tried and
 * fails as before), so lookarounds and anchors count as matching nothing and
 * a negated class as any unit. Handles what intent.ts writes: groups,
 * alternation, quantifiers, classes, escapes; patterns without flags i / u.
 */

/** A set of code units as ranges, or null for any unit. */
export type UnitSet = ReadonlyArray<readonly [number, number]> | null;
/** The first units of a way to match (0, 1 or 2 of them; fewer: the match may end there). */
type Prefix = readonly UnitSet[];

const WHITE: UnitSet = [[9, 13], [32, 32], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]];
const ESCAPES: Record<string, UnitSet> = { d: [[48, 57]], s: WHITE, w: [[48, 57], [65, 90], [95, 95], [97, 122]], D: null, S: null, W: null, n: [[10, 10]], r: [[13, 13]], t: [[9, 9]], f: [[12, 12]], v: [[11, 11]] };
/** Zero-width: matches nothing itself. */
const EMPTY: Prefix[] = [[]];

const unit = (u: number): UnitSet => [[u, u]];
const keyOf = (p: Prefix) => JSON.stringify(p);

function union(a: readonly Prefix[], b: readonly Prefix[]): Prefix[] {
  const seen = new Set(a.map(keyOf));
  return [...a, ...b.filter((p) => !seen.has(keyOf(p)) && seen.add(keyOf(p)))];
}

/** `a` then `b`, cut to two units. */
function then(a: readonly Prefix[], b: readonly Prefix[]): Prefix[] {
  let out: Prefix[] = [];
  for (const x of a) out = union(out, x.length >= 2 ? [x] : b.map((y) => [...x, ...y].slice(0, 2)));
  return out;
}

class Reader {
  i = 0;
  constructor(private readonly src: string) {}

  alternatives(): Prefix[] {
    let out = this.sequence();
    while (this.src[this.i] === '|') {
      this.i++;
      out = union(out, this.sequence());
    }
    return out;
  }

  private sequence(): Prefix[] {
    let out: Prefix[] = EMPTY;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') out = then(out, this.repeated());
    return out;
  }

  /** An atom and its quantifier: x{m,n} starts like x^k for some k from m to n, and x^k for k ≥ 2 like x². */
  private repeated(): Prefix[] {
    const atom = this.atom();
    const q = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(this.src.slice(this.i));
    if (!q) return atom;
    this.i += q[0].length;
    const min = q[1] ? (q[1] === '+' ? 1 : 0) : Number(q[2]);
    const max = q[1] ? (q[1] === '?' ? 1 : 2) : q[3] ? (q[4] ? Number(q[4]) : 2) : min;
    let out: Prefix[] = [];
    let power: Prefix[] = EMPTY;
    for (let k = 0; k <= Math.min(max, 2); k++) {
      if (k >= Math.min(min, 2)) out = union(out, power);
      power = then(power, atom);
    }
    return out;
  }

  private atom(): Prefix[] {
    const c = this.src[this.i++]!;
    if (c === '(') {
      const head = /^(?:\?(?::|=|!|<=|<!|<[a-zA-Z_$][\w$]*>))?/.exec(this.src.slice(this.i))![0];
      this.i += head.length;
      const inner = this.alternatives();
      if (this.src[this.i++] !== ')') throw new Error(`prefixes: unbalanced group in /${this.src}/`);
      return /^\?(?:=|!|<=|<!)$/.test(head) ? EMPTY : inner;
    }
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return [[null]];
    if (c === '[') return [[this.set()]];
    if (c === '\\') {
      const e = this.escape();
      return e === 'zero' ? EMPTY : [[e]];
    }
    if ('*+?{)|'.includes(c)) throw new Error(`prefixes: unexpected ${c} in /${this.src}/`);
    return [[unit(c.charCodeAt(0))]];
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
    const ranges: Array<readonly [number, number]> = [];
    let any = false;
    while (this.src[this.i] !== ']') {
      const lo = this.member();
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && lo?.length === 1 && lo[0]![0] === lo[0]![1]) {
        this.i++;
        const hi = this.member();
        if (hi?.length !== 1) throw new Error(`prefixes: odd range in /${this.src}/`);
        ranges.push([lo[0]![0], hi[0]![1]]);
      } else if (lo) ranges.push(...lo);
      else any = true;
    }
    this.i++;
    return negated || any ? null : ranges;
  }

  private member(): UnitSet {
    const c = this.src[this.i++]!;
    if (c !== '\\') return unit(c.charCodeAt(0));
    const e = this.escape();
    return e === 'zero' ? unit(8) : e; // [\b] is a backspace
  }
}

/** The ways a match of `re` can begin, each as its first units (at most two). */
export function prefixes(re: RegExp): readonly Prefix[] {
  if (/[iuv]/.test(re.flags)) throw new Error(`prefixes: flags ${re.flags} not read`);
  const reader = new Reader(re.source);
  const out = reader.alternatives();
  if (reader.i !== re.source.length) throw new Error(`prefixes: stray ) in /${re.source}/`);
  return out;
}

const holds = (set: UnitSet, u: number) => set === null || set.some(([a, b]) => u >= a && u <= b);

/** The units that may follow `first` in a match (null: any, or the match may end after it); [] if no match starts with it. */
export function nextUnits(ways: readonly Prefix[], first: number): UnitSet {
  const out: Array<readonly [number, number]> = [];
  for (const way of ways) {
    if (way.length === 0 || !holds(way[0]!, first)) continue;
    if (way.length === 1 || way[1] === null) return null;
    out.push(...way[1]!);
  }
  return out;
}
