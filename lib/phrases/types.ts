import type { RuleId } from '@/lib/rules';
import type { Automaton } from './automaton';
import type { PhraseCategory } from '@/lib/settings/types';

export type { PhraseCategory };

/** The engine's own rating of a finding; the guard combines it with the shop's settings. */
export type Severity = 'block' | 'warn';

/** The rule a finding cites (lib/rules.ts), or 'custom' for the shop's own words. */
export type PhraseRuleId = Extract<RuleId, 'chat-platform' | 'chat-contact' | 'chat-third-party' | 'chat-abuse'> | 'custom';

/** One flagged span. `start`/`end` are UTF-16 offsets into the scanned text; `match === text.slice(start, end)`. */
export interface Finding {
  category: PhraseCategory;
  ruleId: PhraseRuleId;
  severity: Severity;
  start: number;
  end: number;
  match: string;
  /** The dictionary word that matched (normalised), absent for detectors (numbers, links). */
  entry?: string;
  /** The context rule (lib/phrases/context.ts) that raised it, if any. */
  context?: string;
  /**
   * A clear case: a concrete contact detail (a number, an address, a link) or
   * a word in a diverting context. It holds the message even where the shop
   * chose 提醒 for its category (lib/guard-decision.ts).
   */
  clear?: boolean;
}

/** Why a word the dictionary knows did not become a finding. */
export type PassReason =
  | { kind: 'context'; rule: string }
  | { kind: 'allow'; text: string; source: AllowSource };

/** A word that was found and then let through, for the options page's checker. */
export interface PassedWord {
  category: PhraseCategory;
  start: number;
  end: number;
  match: string;
  entry: string;
  reason: PassReason;
}

/** Where an allowed phrase comes from. */
export type AllowSource = 'builtin' | 'brand' | 'shop';

/**
 * One dictionary word. Written as plain text; it is normalised like chat text
 * before matching. A leading '^' / trailing '$' ties it to the start / end of
 * a clause ('^滚$' flags "滚！" but not 滚筒).
 */
export interface PhraseEntry {
  text: string;
  category: PhraseCategory;
  /** Default 'block'. */
  severity?: Severity;
  /** Default: the rule of the category. */
  ruleId?: PhraseRuleId;
  /** An innocent phrase: suppresses findings of `category` that lie inside it. */
  allow?: boolean;
}

/** What `compile` takes: the shop's settings, and optionally extra entries. */
export interface DictionaryInput {
  /** The shop's own banned words (category 'custom'). */
  customWords?: readonly string[];
  /** Phrases never flagged: a finding of any category inside one is dropped. */
  allowList?: readonly string[];
  /** Further entries of any category (a team dictionary, benchmarks). */
  entries?: readonly PhraseEntry[];
  /** Severity of `customWords`; default 'block' (issue 21 item 8). */
  customSeverity?: Severity;
  /** Include the built-in dictionary (default true). */
  builtin?: boolean;
}

export interface ScanOptions {
  /** The shop's words and allow-list, from `compile`; without it the built-in dictionary alone is used. */
  custom?: CompiledDictionary;
  /** Collects the words that were found and let through (context rule or allowed phrase). */
  passed?: PassedWord[];
  /** Add the classifier's findings (model-findings.ts) where the rules found nothing; default true. */
  model?: boolean;
}

/** Per matched pattern: what it means and how its edges must be checked. */
export interface PatternInfo {
  category: PhraseCategory;
  ruleId: PhraseRuleId;
  severity: Severity;
  /** 0: banned word; 1: allowed in its category; 2: allowed in every category. */
  allow: 0 | 1 | 2;
  /** Short Latin/digit edges must not touch another letter or digit ("tb" in "1TB", "at best"). */
  checkLeft: boolean;
  checkRight: boolean;
  /** A digit may follow (an id after "qq", "vx"). */
  digitsAfter: boolean;
  /** Written '^word' / 'word$': must start / end a clause (text edge or sentence punctuation). */
  clauseStart: boolean;
  clauseEnd: boolean;
  /** The normalised word. */
  word: string;
  /** For allowed phrases: built-in, a known brand name, or the shop's allow-list. */
  source: AllowSource;
}

/** A dictionary compiled for `scan`: reusable, immutable. */
export interface CompiledDictionary {
  /** Number of entries (banned and allowed). */
  readonly size: number;
  /** @internal */
  readonly automaton: Automaton;
  /** @internal */
  readonly patterns: readonly PatternInfo[];
}
