/**
 * scan(): one pass of the automaton over the normalised text, the number and
 * link detectors over the folded text, then the allow-lists, then merging:
 * within a category a word inside a longer match is dropped (微信 inside
 * 微信支付), and overlapping or adjacent matches join into one finding
 * ("加我" + "薇 信" → "加我薇 信").
 */
import { runAutomaton } from './automaton';
import { compile } from './compile';
import { contextRule, hasContextRules, type ContextRule } from './context';
import { detectLinks } from './links';
import { detectNumbers } from './numbers';
import { fold } from './fold';
import { detectIntent, INTENT_IDS } from './intent';
import { inScope } from './scope';
import { withOverlaps } from './overlaps';
import { withModel } from './model-findings';
import { standsAlone } from './edges';
import { BREAK, normalise, onlyFillerBetween } from './normalise';
import type { AllowSource, CompiledDictionary, Finding, PassedWord, PhraseCategory, ScanOptions, Severity } from './types';

let builtin: CompiledDictionary | null = null;

/**
 * Whether `passed` is collected: the options page's checker asks for it, the
 * chat content script never does, and its build drops the code (40 KB budget).
 */
const EXPLAINS = import.meta.env?.ENTRYPOINT !== 'chat';

/** The built-in dictionary, compiled on first use. */
export function builtinDictionary(): CompiledDictionary {
  builtin ??= compile();
  return builtin;
}

interface Candidate extends Finding {
  /** Found by a dictionary word (may join a neighbour across a little filler). */
  word?: boolean;
}

interface AllowSpan {
  start: number;
  end: number;
  /** null: the shop's allow-list, which covers every category. */
  category: PhraseCategory | null;
  text: string;
  source: AllowSource;
}

const rank = (s: Severity) => (s === 'block' ? 1 : 0);

/** Sorts by start, longer first, in place and stable: an insertion sort, the lists are short and mostly in order already. */
function byStart(list: Candidate[]): void {
  for (let i = 1; i < list.length; i++) {
    const f = list[i]!;
    let j = i;
    for (; j > 0 && (list[j - 1]!.start > f.start || (list[j - 1]!.start === f.start && list[j - 1]!.end < f.end)); j--) list[j] = list[j - 1]!;
    list[j] = f;
  }
}

/** An id written after a contact word: "vx: kefu_888", "QQ号 12345678". */
const CONTACT_ID = /[\s:=是为号码#]{0,4}[a-z0-9][a-z0-9_-]{4,19}(?![a-z0-9_-])/y;

/**
 * One category's candidates (sorted by start, longer first) less those inside
 * an allowed phrase (reported in `passed`) and those inside a longer candidate.
 */
function dropCovered(
  category: PhraseCategory,
  list: readonly Candidate[],
  allows: readonly AllowSpan[],
  text: string,
  passed: PassedWord[] | undefined,
): Candidate[] {
  let a = 0;
  let allowedTo = -1;
  let allowedBy: AllowSpan | null = null;
  let longestStart = -1;
  let longestEnd = -1;
  const kept: Candidate[] = [];
  for (const f of list) {
    for (; a < allows.length && allows[a]!.start <= f.start; a++) {
      const span = allows[a]!;
      if ((span.category === null || span.category === category) && span.end > allowedTo) {
        allowedTo = span.end;
        allowedBy = span;
      }
    }
    if (allowedTo >= f.end) {
      if (EXPLAINS && passed && allowedBy && f.entry)
        passed.push({ ...passedOf(f, text), reason: { kind: 'allow', text: allowedBy.text, source: allowedBy.source } });
      continue;
    }
    // Within a category, a match inside a longer one gives way to it (微信 inside 微信支付).
    if (longestEnd > f.end || (longestEnd === f.end && longestStart < f.start)) continue;
    if (f.end > longestEnd) {
      longestEnd = f.end;
      longestStart = f.start;
    }
    kept.push(f);
  }
  return kept;
}

/** Extends contact words over an id written after them ("vx: kefu_888"), which makes them clear blocks. */
function extendOverContactIds(kept: readonly Candidate[], folded: string): void {
  for (const f of kept) {
    if (!f.word) continue;
    CONTACT_ID.lastIndex = f.end;
    if (CONTACT_ID.exec(folded)) {
      f.end = CONTACT_ID.lastIndex;
      f.severity = 'block';
      f.clear = true;
    }
  }
}

/** Joins overlapping candidates, and words with only a little filler between them, into `out` (in place: a candidate is read nowhere else after). */
function joinNeighbours(kept: readonly Candidate[], text: string, out: Candidate[]): void {
  let cur: Candidate | undefined;
  for (const f of kept) {
    if (cur && (f.start <= cur.end || (cur.word && f.word && onlyFillerBetween(text, cur.end, f.start)))) {
      if (f.end > cur.end) cur.end = f.end;
      if (rank(f.severity) > rank(cur.severity)) {
        cur.severity = f.severity;
        cur.ruleId = f.ruleId;
      }
      if (f.clear) cur.clear = true;
      cur.context ??= f.context;
      cur.word = cur.word && f.word;
      continue;
    }
    cur = f;
    out.push(cur);
  }
}

/**
 * Reduces one category's candidates into `out` (one sweep, in start order):
 * drops those inside an allowed phrase and those inside a longer candidate,
 * extends contact words over an id written after them, then joins
 * overlapping or adjacent ones.
 */
function merge(
  category: PhraseCategory,
  list: Candidate[],
  allows: readonly AllowSpan[],
  text: string,
  folded: string,
  out: Candidate[],
  passed: PassedWord[] | undefined,
): void {
  byStart(list);
  const kept = dropCovered(category, list, allows, text, passed);
  if (category === 'contact') extendOverContactIds(kept, folded);
  joinNeighbours(kept, text, out);
}

/** A word a diverting rule holds (a clear block) or a retag rule reports under another category. */
function marked(candidate: Candidate, rule: ContextRule): void {
  candidate.severity = 'block';
  candidate.context = rule.id;
  if (rule.effect === 'divert') candidate.clear = true;
  else if (rule.retag) {
    candidate.category = rule.retag.category;
    candidate.ruleId = rule.retag.ruleId;
  }
}

/** Finds banned phrases, contact details, links and abuse in `text`; findings are sorted by start. */
export function scan(text: string, options: ScanOptions = {}): Finding[] {
  if (!text) return [];
  const dict = options.custom ?? builtinDictionary();
  const folded = fold(text);
  const norm = normalise(text, true, folded);
  const found: Candidate[] = [];
  const allows: AllowSpan[] = [];
  // A word let through by scope or context: the model may not flag what the rules cleared.
  let cleared = false;

  runAutomaton(dict.automaton, norm.codes, norm.length, (p, s, e) => {
    const info = dict.patterns[p]!;
    if (info.clauseStart && s > 0 && norm.codes[s - 1] !== BREAK) return;
    if (info.clauseEnd && e < norm.length && norm.codes[e] !== BREAK) return;
    const start = norm.starts[s]!;
    const end = norm.ends[e - 1]!;
    if (!standsAlone(info, folded, start, end)) return;
    if (info.allow) {
      allows.push({ start, end, category: info.allow === 2 ? null : info.category, text: info.word, source: info.source });
      return;
    }
    const candidate: Candidate = { category: info.category, ruleId: info.ruleId, severity: info.severity, start, end, match: '', word: true, entry: info.word };
    // Only words of categories some context rule speaks about pay for a look at the clause.
    if (hasContextRules(info.category)) {
      const rule = contextRule(info.category, info.word, folded, start, end);
      if (rule?.effect === 'pass') {
        cleared = true;
        if (EXPLAINS) options.passed?.push({ ...passedOf(candidate, text), reason: { kind: 'context', rule: rule.id } });
        return;
      }
      if (rule) marked(candidate, rule);
    }
    found.push(candidate);
  });
  detectNumbers(text, folded, found);
  detectLinks(text, folded, found);
  detectIntent(text, folded, found);
  const model = options.model !== false;
  if (found.length === 0) return model ? withModel(text, folded, [], cleared) : [];

  // A mail provider's name inside an address is the address, not a contact word (abc@qq.com).
  for (const f of found) if (f.category === 'email') allows.push({ start: f.start, end: f.end, category: 'contact', text: f.match, source: 'builtin' });
  allows.sort((a, b) => a.start - b.start);

  const byCategory = new Map<PhraseCategory, Candidate[]>();
  for (const f of found) {
    const list = byCategory.get(f.category);
    if (list) list.push(f);
    else byCategory.set(f.category, [f]);
  }
  const joined: Candidate[] = [];
  for (const [category, list] of byCategory) merge(category, list, allows, text, folded, joined, options.passed);
  const lowered = (f: Candidate, rule: string) => {
    cleared = true;
    if (EXPLAINS && f.entry) options.passed?.push({ ...passedOf(f, text), reason: { kind: 'context', rule } });
  };
  const merged = withOverlaps(inScope(joined, folded, (f) => (f.word ? 'word' : f.context && INTENT_IDS.has(f.context) ? 'intent' : 'detector'), lowered), folded);
  byStart(merged);
  const findings = merged.map((f) => findingOf(f, text));
  return model ? withModel(text, folded, findings, cleared) : findings;
}

/** The public shape of a candidate: numbers, addresses and links are concrete contact details, always clear. */
function findingOf({ category, ruleId, severity, start, end, entry, context, clear }: Candidate, text: string): Finding {
  const finding: Finding = { category, ruleId, severity, start, end, match: text.slice(start, end) };
  if (entry !== undefined) finding.entry = entry;
  if (context !== undefined) finding.context = context;
  if (clear || entry === undefined) finding.clear = true;
  return finding;
}

function passedOf(f: Candidate, text: string): Omit<PassedWord, 'reason'> {
  return { category: f.category, start: f.start, end: f.end, match: text.slice(f.start, f.end), entry: f.entry ?? '' };
}
