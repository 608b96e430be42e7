/**
 * Compiling a dictionary: normalise every word like chat text and build one
 * automaton over the built-in words, the shop's words and its allow-list, so
 * a scan makes a single pass whatever the settings.
 */
import { buildAutomaton } from './automaton';
import { BRAND_NAMES } from './context';
import { builtinEntries } from './dictionary';
import { normaliseWord } from './normalise';
import type { AllowSource, CompiledDictionary, DictionaryInput, PatternInfo, PhraseCategory, PhraseEntry, PhraseRuleId } from './types';

/** The rule (lib/rules.ts) each category breaks; the shop's own words cite none. */
export const CATEGORY_RULE: Record<PhraseCategory, PhraseRuleId> = {
  platform: 'chat-platform',
  contact: 'chat-contact',
  phone: 'chat-contact',
  email: 'chat-third-party',
  url: 'chat-third-party',
  bank: 'chat-third-party',
  qrcode: 'chat-third-party',
  deal: 'chat-contact',
  abuse: 'chat-abuse',
  custom: 'custom',
};

/** Edges made of fewer Latin letters than this must not touch another letter or digit. */
const SHORT_LATIN = 5;

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Length of the run of ASCII letters/digits at the start (or end) of `word`. */
function edgeRun(word: string, fromEnd: boolean): number {
  let n = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(fromEnd ? word.length - 1 - k : k);
    if (!isAlnum(c)) break;
    n++;
  }
  return n;
}

function needsCheck(word: string, fromEnd: boolean): boolean {
  const run = edgeRun(word, fromEnd);
  if (run === 0) return false;
  return run < SHORT_LATIN || isDigit(word.charCodeAt(fromEnd ? word.length - 1 : 0));
}

/** Builds a reusable matcher from the shop's words and allow-list (plus the built-in dictionary). */
export function compile(input: DictionaryInput = {}): CompiledDictionary {
  const words: string[] = [];
  const patterns: PatternInfo[] = [];
  const add = (entry: PhraseEntry, allow: 0 | 1 | 2, source: AllowSource = 'builtin') => {
    // Settings may carry anything: a word that is not a string is skipped, never thrown on.
    if (typeof entry.text !== 'string') return;
    let text = entry.text.trim();
    const clauseStart = text.startsWith('^');
    const clauseEnd = text.length > 1 && text.endsWith('$');
    text = text.slice(clauseStart ? 1 : 0, clauseEnd ? -1 : undefined);
    const word = normaliseWord(text);
    if (!word) return;
    words.push(word);
    patterns.push({
      category: entry.category,
      ruleId: entry.ruleId ?? CATEGORY_RULE[entry.category],
      severity: entry.severity ?? 'block',
      allow,
      checkLeft: needsCheck(word, false),
      checkRight: needsCheck(word, true),
      digitsAfter: entry.category === 'contact',
      clauseStart,
      clauseEnd,
      word,
      source,
    });
  };
  if (input.builtin !== false) {
    for (const e of builtinEntries()) add(e, e.allow ? 1 : 0);
    for (const b of BRAND_NAMES) for (const category of b.categories) add({ text: b.text, category, allow: true }, 1, 'brand');
  }
  for (const e of input.entries ?? []) add(e, e.allow ? 1 : 0);
  const severity = input.customSeverity ?? 'block';
  const list = (words: unknown): unknown[] => (Array.isArray(words) ? words : []);
  for (const text of list(input.customWords)) add({ text: text as string, category: 'custom', severity, ruleId: 'custom' }, 0);
  for (const text of list(input.allowList)) add({ text: text as string, category: 'custom', ruleId: 'custom' }, 2, 'shop');
  return { size: words.length, automaton: buildAutomaton(words), patterns };
}
