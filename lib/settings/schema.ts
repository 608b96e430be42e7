/**
 * Validation of the whole Settings object (zod): used by the options page
 * before saving and by the team settings file import. Each problem names the
 * field by its dotted path and says what is expected, Chinese first
 * (`字段 replyTimer.warnRatio：应为 0.1–0.95 之间的数字`), so a supervisor can
 * fix a hand-edited file without reading code.
 */
import { z } from 'zod';
import { PHRASE_CATEGORIES, SETTINGS_VERSION, type PhraseCategory, type Settings } from './types';

/** One problem found in a settings object. */
export interface SettingsIssue {
  /** Dotted path of the field, e.g. 'replyTimer.warnRatio' ('' for the whole object). */
  path: string;
  zh: string;
  en: string;
}

const MISSING = { zh: '缺少此字段', en: 'missing' };

/** zod error callback: "missing" for an absent value, else the expectation. */
const expect =
  (zh: string, en: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? `${MISSING.zh}\u0000${MISSING.en}` : `${zh}\u0000${en}`;

/** A number in [min, max]; `int` for whole numbers. */
function range(min: number, max: number, int = false) {
  const error = int
    ? expect(`应为 ${min}–${max} 之间的整数`, `expected a whole number from ${min} to ${max}`)
    : expect(`应为 ${min}–${max} 之间的数字`, `expected a number from ${min} to ${max}`);
  const base = z.number({ error }).min(min, { error }).max(max, { error });
  return int ? base.int({ error }) : base;
}

/** A share 0–1, written in files as a fraction (0.7 = 70 %). */
function share(min = 0, max = 1) {
  const error = expect(
    `应为 ${min}–${max} 之间的小数（如 0.7 表示 70%）`,
    `expected a fraction from ${min} to ${max} (0.7 means 70%)`,
  );
  return z.number({ error }).min(min, { error }).max(max, { error });
}

const bool = () => z.boolean({ error: expect('应为 true 或 false', 'expected true or false') });

function text(maxLength: number) {
  const error = expect(`应为 1–${maxLength} 个字的文字`, `expected text of 1 to ${maxLength} characters`);
  return z.string({ error }).trim().min(1, { error }).max(maxLength, { error });
}

function wordList(maxItems: number, maxLength: number) {
  const error = expect(`应为文字列表（最多 ${maxItems} 项）`, `expected a list of texts (at most ${maxItems})`);
  return z.array(text(maxLength), { error }).max(maxItems, { error });
}

const categoryKeys = PHRASE_CATEGORIES as unknown as [PhraseCategory, ...PhraseCategory[]];
const category = <T extends z.ZodType>(value: T) =>
  z.record(z.enum(categoryKeys), value, { error: expect('应为按类别的对象', 'expected an object by category') });

const object = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.strictObject(shape, { error: expect('应为对象 {…}', 'expected an object {…}') });

const actionError = expect('应为 "block"（拦截）、"warn"（提醒）或 "off"（关闭）', 'expected "block", "warn" or "off"');

/** Adds an issue for the field at `path` when `ok` is false. */
function ensure(ctx: z.core.$RefinementCtx, ok: boolean, path: (string | number)[], zh: string, en: string): void {
  if (!ok) ctx.addIssue({ code: 'custom', path, message: `${zh}\u0000${en}` });
}

export const settingsSchema = object({
  version: z.literal(SETTINGS_VERSION, { error: expect(`应为 ${SETTINGS_VERSION}`, `expected ${SETTINGS_VERSION}`) }),
  features: object({ replyTimer: bool(), phraseGuard: bool(), afterSales: bool() }),
  replyTimer: object({
    thresholdsSec: object({
      s30: range(5, 300, true),
      m3: range(30, 1800, true),
      m5: range(60, 3600, true),
      h1: range(600, 14400, true),
    }),
    warnRatio: range(0.1, 0.95),
    sound: bool(),
    notify: bool(),
    notifySound: bool(),
    countedWindow: object({ startHour: range(0, 23, true), endHour: range(1, 24, true) }),
  }),
  phraseGuard: object({
    actions: category(z.enum(['block', 'warn', 'off'], { error: actionError })),
    allowSendAnyway: category(bool()),
    customWords: wordList(500, 50),
    allowList: wordList(500, 50),
  }),
  afterSales: object({
    stageHours: object({ warn: range(0.5, 47), urgent: range(0.25, 47), critical: range(0.1, 47) }),
    escalateReasons: wordList(50, 30),
    guidance: object({
      shippedRefundOnly: text(80),
      escalateReason: text(80),
      instantRefund: text(80),
      noLogistics: text(80),
    }),
  }),
  targets: object({
    rate30s: share(),
    rate3min: share(),
    rate5min: share(),
    rate1h: share(),
    amberMargin: share(0, 0.3),
  }),
  retentionDays: range(7, 365, true),
}).superRefine((s, ctx) => {
  const t = s.replyTimer.thresholdsSec;
  const tp = ['replyTimer', 'thresholdsSec'];
  ensure(ctx, t.m3 > t.s30, [...tp, 'm3'], `应大于 s30（${t.s30} 秒）`, `must be greater than s30 (${t.s30} s)`);
  ensure(ctx, t.m5 > t.m3, [...tp, 'm5'], `应大于 m3（${t.m3} 秒）`, `must be greater than m3 (${t.m3} s)`);
  ensure(ctx, t.h1 > t.m5, [...tp, 'h1'], `应大于 m5（${t.m5} 秒）`, `must be greater than m5 (${t.m5} s)`);
  const w = s.replyTimer.countedWindow;
  ensure(ctx, w.endHour > w.startHour, ['replyTimer', 'countedWindow', 'endHour'], `应晚于开始时间（${w.startHour} 点）`, `must be later than startHour (${w.startHour})`);
  const h = s.afterSales.stageHours;
  const hp = ['afterSales', 'stageHours'];
  ensure(ctx, h.urgent > h.critical, [...hp, 'urgent'], `应大于 critical（${h.critical} 小时）`, `must be greater than critical (${h.critical} h)`);
  ensure(ctx, h.warn > h.urgent, [...hp, 'warn'], `应大于 urgent（${h.urgent} 小时）`, `must be greater than urgent (${h.urgent} h)`);
});

// Compile-time check: the schema and the Settings interface describe the same
// object. A field added to one and not the other breaks `tsc`.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesSettings: Same<z.infer<typeof settingsSchema>, Settings> = true;
void schemaMatchesSettings;

function pathText(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Our issues from zod's, one per field. */
function toIssues(error: z.ZodError): SettingsIssue[] {
  const out: SettingsIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: pathText([...issue.path, key]), zh: '未知字段', en: 'unknown field' });
      continue;
    }
    const [zh, en] = issue.message.includes('\u0000') ? issue.message.split('\u0000') : [issue.message, issue.message];
    out.push({ path: pathText(issue.path), zh: zh!, en: en! });
  }
  const seen = new Set<string>();
  return out.filter((i) => (seen.has(i.path) ? false : (seen.add(i.path), true)));
}

export type SettingsValidation = { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] };

/** Checks a whole settings object; on success the trimmed, typed settings. */
export function validateSettings(value: unknown): SettingsValidation {
  const result = settingsSchema.safeParse(value);
  return result.success ? { ok: true, settings: result.data } : { ok: false, issues: toIssues(result.error) };
}

export type IssueLanguage = 'zh' | 'en';

/** One line naming the field: `字段 replyTimer.warnRatio：应为 0.1–0.95 之间的数字`. */
export function describeIssue(issue: SettingsIssue, lang: IssueLanguage = 'zh'): string {
  if (lang === 'en') return issue.path ? `Field ${issue.path}: ${issue.en}` : issue.en;
  return issue.path ? `字段 ${issue.path}：${issue.zh}` : issue.zh;
}
