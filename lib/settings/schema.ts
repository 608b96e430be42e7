/**
 * Validation of the whole Settings object (zod): used by the options page
 * before saving, by the team settings file import, and when settings are
 * merged (lib/settings/merge.ts: stored and policy values). Each problem
 * names the field by its dotted path, says what is expected as a file writes
 * it, Chinese first (`应为 0.1–0.95 之间的小数`), and carries the expectation
 * as data, so the pages can say it in the field's own words and unit
 * (components/pages/issue-text.ts: 「回复计时 · 提前提醒比例」应为 10%–95%).
 */
import { z } from 'zod';
import { DEFAULT_BOARD_SETTINGS, PHRASE_CATEGORIES, SETTINGS_VERSION, type PhraseCategory, type Settings } from './types';

/**
 * What a field expects, as data, so a page can say it in the field's own
 * words and unit (components/pages/issue-text.ts: "「提前提醒比例」应为
 * 10%–95%") instead of the file's fraction and dotted path.
 */
export type Expectation =
  | { kind: 'missing' }
  | { kind: 'unknown' }
  | { kind: 'number'; min: number; max: number; int: boolean }
  | { kind: 'share'; min: number; max: number }
  | { kind: 'bool' }
  | { kind: 'text'; max: number }
  | { kind: 'list'; maxItems: number }
  | { kind: 'object' }
  | { kind: 'categories' }
  | { kind: 'action' }
  | { kind: 'signupPreset' }
  /** Text that may be empty (the shop secret); pages fall back to the schema's own words. */
  | { kind: 'optionalText'; max: number }
  | { kind: 'version'; value: number }
  /** The field must be greater than (or, for an hour, later than) the field `than`, whose value is `value`. */
  | { kind: 'greater'; than: string; value: number }
  /** The field must be less than (or, for an hour, earlier than) the field `than`: an order rule blamed on the field the layer set (lib/settings/merge.ts). */
  | { kind: 'less'; than: string; value: number };

/** One problem found in a settings object. */
export interface SettingsIssue {
  /** Dotted path of the field, e.g. 'replyTimer.warnRatio' ('' for the whole object). */
  path: string;
  /** Plain wording, Chinese and English, as a settings file writes the value. */
  zh: string;
  en: string;
  /** What the field expects, when it is a field's problem. */
  expected?: Expectation;
}

const SEP = '\u0000';
const MISSING = { zh: '缺少此字段', en: 'missing' };

/** zod error callback: "missing" for an absent value, else the expectation. */
const expect =
  (zh: string, en: string, expected: Expectation) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined
      ? [MISSING.zh, MISSING.en, JSON.stringify({ kind: 'missing' })].join(SEP)
      : [zh, en, JSON.stringify(expected)].join(SEP);

/** A number in [min, max]; `int` for whole numbers. */
function range(min: number, max: number, int = false) {
  const expected: Expectation = { kind: 'number', min, max, int };
  const error = int
    ? expect(`应为 ${min}–${max} 之间的整数`, `expected a whole number from ${min} to ${max}`, expected)
    : expect(`应为 ${min}–${max} 之间的数字`, `expected a number from ${min} to ${max}`, expected);
  const base = z.number({ error }).min(min, { error }).max(max, { error });
  return int ? base.int({ error }) : base;
}

/** A share 0–1, written in files as a fraction (0.7 = 70 %), shown on the options page in %. */
function share(min = 0, max = 1) {
  const error = expect(
    `应为 ${min}–${max} 之间的小数（如 0.7 表示 70%）`,
    `expected a fraction from ${min} to ${max} (0.7 means 70%)`,
    { kind: 'share', min, max },
  );
  return z.number({ error }).min(min, { error }).max(max, { error });
}

const bool = () => z.boolean({ error: expect('应为 true 或 false', 'expected true or false', { kind: 'bool' }) });

function text(maxLength: number) {
  const error = expect(`应为 1–${maxLength} 个字的文字`, `expected text of 1 to ${maxLength} characters`, { kind: 'text', max: maxLength });
  return z.string({ error }).trim().min(1, { error }).max(maxLength, { error });
}

function wordList(maxItems: number, maxLength: number) {
  const error = expect(`应为文字列表（最多 ${maxItems} 项）`, `expected a list of texts (at most ${maxItems})`, { kind: 'list', maxItems });
  return z.array(text(maxLength), { error }).max(maxItems, { error });
}

const categoryKeys = PHRASE_CATEGORIES as unknown as [PhraseCategory, ...PhraseCategory[]];
const category = <T extends z.ZodType>(value: T) =>
  z.record(z.enum(categoryKeys), value, { error: expect('应为按类别的对象', 'expected an object by category', { kind: 'categories' }) });

const object = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.strictObject(shape, { error: expect('应为对象 {…}', 'expected an object {…}', { kind: 'object' }) });

const actionError = expect('应为 "block"（拦截）、"warn"（提醒）或 "off"（关闭）', 'expected "block", "warn" or "off"', { kind: 'action' });

/** Adds an issue for the field at `path` when `ok` is false: it must be greater than the field `than`. */
function ensure(
  ctx: z.core.$RefinementCtx,
  ok: boolean,
  path: (string | number)[],
  than: string,
  value: number,
  zh: string,
  en: string,
): void {
  if (!ok) ctx.addIssue({ code: 'custom', path, message: [zh, en, JSON.stringify({ kind: 'greater', than, value } satisfies Expectation)].join(SEP) });
}

/** Text that may be empty: '' or what `pattern` allows (the live board's server fields). */
function optionalMatch(max: number, pattern: RegExp, zh: string, en: string) {
  const error = expect(zh, en, { kind: 'optionalText', max });
  return z.string({ error }).trim().max(max, { error }).refine((v) => v === '' || pattern.test(v), { error });
}

const boardSchema = object({
  enabled: bool(),
  // https, or http to this computer only (a test server): never a password in clear over a network.
  url: optionalMatch(200, /^(https:\/\/[^\s/?#]+|http:\/\/(127\.0\.0\.1|localhost)(:\d+)?)\/?$/, '应为 https:// 开头的服务器地址（可为空）', 'expected an https:// server address (may be empty)'),
  database: optionalMatch(128, /^[a-z][a-z0-9_$()+/-]*$/, '应为数据库名：小写字母开头，只含小写字母、数字和 _$()+-/（可为空）', 'expected a database name: a lower-case letter, then a-z 0-9 _$()+-/ (may be empty)'),
  user: optionalMatch(64, /^[^:\s]+$/, '应为最多 64 个字、不含冒号和空格的用户名（可为空）', 'expected a user name of at most 64 characters, no colon or space (may be empty)'),
  password: z.string({ error: expect('应为最多 128 个字的文字（可为空）', 'expected text of at most 128 characters (may be empty)', { kind: 'optionalText', max: 128 }) }).max(128, { error: expect('应为最多 128 个字的文字（可为空）', 'expected text of at most 128 characters (may be empty)', { kind: 'optionalText', max: 128 }) }),
});

export const settingsSchema = object({
  version: z.literal(SETTINGS_VERSION, { error: expect(`应为 ${SETTINGS_VERSION}`, `expected ${SETTINGS_VERSION}`, { kind: 'version', value: SETTINGS_VERSION }) }),
  features: object({ replyTimer: bool(), phraseGuard: bool(), afterSales: bool() }),
  replyTimer: object({
    thresholdsSec: object({
      s30: range(5, 300, true),
      m3: range(30, 1800, true),
      m5: range(60, 3600, true),
      h1: range(600, 14400, true),
    }),
    warnRatio: share(0.1, 0.95),
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
  signup: object({
    preset: z.enum(['rate1h-3d', 'rate5min-1d', 'rate3min-3d'], {
      error: expect(
        '应为 "rate1h-3d"（报名前3天每天1小时有效回复率）、"rate5min-1d"（报名前1天5分钟回复率，含机器人回复）或 "rate3min-3d"（3分钟人工回复率）',
        'expected "rate1h-3d", "rate5min-1d" or "rate3min-3d"',
        { kind: 'signupPreset' },
      ),
    }),
    thresholds: object({ rate1h: share(), rate5min: share(), rate3min: share() }),
  }).default({ preset: 'rate1h-3d', thresholds: { rate1h: 0, rate5min: 0.5, rate3min: 0 } }), // settings written before presets: lib/settings/signup-migrate.ts
  retentionDays: range(7, 365, true),
  team: object({
    shopSecret: z
      .string({ error: expect('应为最多 64 个字的文字（可为空）', 'expected text of at most 64 characters (may be empty)', { kind: 'optionalText', max: 64 }) })
      .trim()
      .max(64, { error: expect('应为最多 64 个字的文字（可为空）', 'expected text of at most 64 characters (may be empty)', { kind: 'optionalText', max: 64 }) }),
    agentCount: range(0, 500, true),
  }).default({ shopSecret: '', agentCount: 0 }), // files written before the team section existed
  board: boardSchema.default({ ...DEFAULT_BOARD_SETTINGS }), // the live board (issue 24): off unless a team switches it on
  dayEndReminder: object({ enabled: bool(), hour: range(12, 23, true) }).default({ enabled: false, hour: 22 }), // issue 23 item 6: off by default
}).superRefine((s, ctx) => {
  const t = s.replyTimer.thresholdsSec;
  const tp = ['replyTimer', 'thresholdsSec'];
  const tpath = (key: string) => [...tp, key].join('.');
  ensure(ctx, t.m3 > t.s30, [...tp, 'm3'], tpath('s30'), t.s30, `应大于 s30（${t.s30} 秒）`, `must be greater than s30 (${t.s30} s)`);
  ensure(ctx, t.m5 > t.m3, [...tp, 'm5'], tpath('m3'), t.m3, `应大于 m3（${t.m3} 秒）`, `must be greater than m3 (${t.m3} s)`);
  ensure(ctx, t.h1 > t.m5, [...tp, 'h1'], tpath('m5'), t.m5, `应大于 m5（${t.m5} 秒）`, `must be greater than m5 (${t.m5} s)`);
  const w = s.replyTimer.countedWindow;
  ensure(ctx, w.endHour > w.startHour, ['replyTimer', 'countedWindow', 'endHour'], 'replyTimer.countedWindow.startHour', w.startHour, `应晚于开始时间（${w.startHour} 点）`, `must be later than startHour (${w.startHour})`);
  const h = s.afterSales.stageHours;
  const hp = ['afterSales', 'stageHours'];
  ensure(ctx, h.urgent > h.critical, [...hp, 'urgent'], 'afterSales.stageHours.critical', h.critical, `应大于 critical（${h.critical} 小时）`, `must be greater than critical (${h.critical} h)`);
  ensure(ctx, h.warn > h.urgent, [...hp, 'warn'], 'afterSales.stageHours.urgent', h.urgent, `应大于 urgent（${h.urgent} 小时）`, `must be greater than urgent (${h.urgent} h)`);
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
      for (const key of issue.keys) out.push({ path: pathText([...issue.path, key]), zh: '未知字段', en: 'unknown field', expected: { kind: 'unknown' } });
      continue;
    }
    const [zh, en, expected] = issue.message.includes(SEP) ? issue.message.split(SEP) : [issue.message, issue.message, undefined];
    const found: SettingsIssue = { path: pathText(issue.path), zh: zh!, en: en! };
    if (expected) found.expected = JSON.parse(expected) as Expectation;
    out.push(found);
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
