/**
 * A reader of regex sources for regex-prefix.ts: the syntax without the
 * u / v flags, into a tree of what each part can consume. Zero-width parts
 * (anchors, lookarounds, \b) become `empty`; a class larger than MAX_SET
 * units or negated becomes any unit (null); a back-reference is `unknown`.
 */

/** A set of UTF-16 code units; null: every unit. */
export type Units = Set<number> | null;

export type Node =
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
// Read where the reader stands (sticky), not from a copy of the rest of the source.
const QUANTIFIER = /\{(\d+)(,(\d*))?\}/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const HEX2 = /[0-9a-fA-F]{2}/y;

/** One unit's node, shared (nodes are never changed): sources are mostly literal text. */
const LITERALS = new Map<number, Node>();
const literal = (u: number): Node => LITERALS.get(u) ?? (LITERALS.set(u, { t: 'set', units: new Set([u]) }), LITERALS.get(u)!);

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
      QUANTIFIER.lastIndex = this.i;
      const m = c === '{' ? QUANTIFIER.exec(this.s) : null;
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
    return literal(c.charCodeAt(0));
  }

  private group(): Node {
    const s = this.s;
    let look = false;
    if (s.startsWith('?:', this.i)) this.i += 2;
    else if (s.startsWith('?=', this.i) || s.startsWith('?!', this.i)) [this.i, look] = [this.i + 2, true];
    else if (s.startsWith('?<=', this.i) || s.startsWith('?<!', this.i)) [this.i, look] = [this.i + 3, true];
    else if (s.startsWith('?<', this.i)) this.i = s.indexOf('>', this.i) + 1;
    // Any other (? form (modifiers such as (?i:…)) is not read: what it matches is unknown.
    const unread = s[this.i] === '?';
    if (unread) this.i = s.indexOf(':', this.i) + 1;
    const inner = this.alt();
    if (s[this.i] !== ')') throw new Error(`regex-prefix: unclosed group in /${s}/`);
    this.i++;
    return unread ? UNKNOWN : look ? EMPTY : inner;
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
    // \0 before a digit is a legacy octal escape (\01 is U+0001): not read, any unit.
    if (c === '0' && /\d/.test(this.s[this.i] ?? '')) return null;
    if (c in CONTROL) return [CONTROL[c]!];
    const digits = c === 'u' ? HEX4 : c === 'x' ? HEX2 : null;
    if (digits) digits.lastIndex = this.i;
    const hex = digits?.exec(this.s);
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

/** The tree of `re`'s source; null for flags it does not read (i, u, v). */
export function readRegex(re: RegExp): Node | null {
  if (/[iuv]/.test(re.flags)) return null;
  const reader = new Reader(re.source);
  const node = reader.alt();
  if (reader.i !== re.source.length) throw new Error(`regex-prefix: unread source in /${re.source}/`);
  return node;
}

