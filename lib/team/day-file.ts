/**
 * The team day file: one agent's days as a versioned JSON file, so the shop
 * owner can merge every agent's view without a server (Team page).
 *
 *   { "format": "kefu-guard-team-day", "version": 1, "exportedAt": …,
 *     "shop": { "id", "name"? }, "agent": { "id", "name"? },
 *     "days": { "from", "to" }, "countedWindow": { "startHour", "endHour" },
 *     "coverage": [{ "day", "minutes", "spans" }],
 *     "guard": [{ "day", "held", "warned", "sentAnyway" }],
 *     "events": [[kind, conversation, buyer, message, at], …] }
 *
 * Only what the metrics need: hashed ids (lib/id-hash.ts: the same buyer or
 * message has the same hash in every agent's file of a shop), roles and
 * times. Never message text. `minutes` is the counted window's observed
 * minutes (chat page open); `spans` says which, for the missing-hours view.
 * Pure: no storage, no browser.
 */
import { z } from 'zod';
import { addDays, beijingDayStart, isBeijingDay } from '../clock';
import type { BeijingDay, CountedWindow } from '../clock';
import type { ChatEvent, ChatEventKind } from '../events';
import { HASHED_ID_LENGTH } from '../id-hash';
import { KEY_FINGERPRINT_LENGTH } from './key-fingerprint';
import type { FileKey } from './key-fingerprint';

export const TEAM_DAY_FILE_FORMAT = 'kefu-guard-team-day';
/**
 * 2 adds `keys` (issue 23 item 5); 3 marks a human reply inferred from the
 * page with a sixth element 1 (lib/metrics.ts: it never decides a verdict).
 * Files of versions 1 and 2 are still read.
 */
export const TEAM_DAY_FILE_VERSION = 3;
/** Larger than any agent's 365 days; a bigger file is refused before it is parsed. */
export const TEAM_DAY_FILE_MAX_BYTES = 64 * 1024 * 1024;
/** Days one file may span (the longest retention). */
export const TEAM_DAY_FILE_MAX_DAYS = 366;

/**
 * An event as written in the file: [kind, conversationId, buyerId, messageId, at],
 * and a human reply inferred from the page's grouping (ChatEvent.inferred) with a sixth element 1.
 */
export type FileEvent = [ChatEventKind, string, string, string, number] | ['human', string, string, string, number, 1];

export interface DayCoverage {
  day: BeijingDay;
  /** Observed minutes of the counted window. */
  minutes: number;
  /** Observed minute spans of the day, [from, to) minute indexes 0–1440. */
  spans: Array<[number, number]>;
}

export interface DayGuard {
  day: BeijingDay;
  /** Blocks: messages the guard held. */
  held: number;
  warned: number;
  /** Overrides: held messages the agent sent anyway. */
  sentAnyway: number;
}

export interface TeamDayFile {
  format: typeof TEAM_DAY_FILE_FORMAT;
  version: number;
  /** Epoch ms of the export. */
  exportedAt: number;
  shop: { id: string; name?: string };
  agent: { id: string; name?: string };
  days: { from: BeijingDay; to: BeijingDay };
  countedWindow: CountedWindow;
  coverage: DayCoverage[];
  guard: DayGuard[];
  events: FileEvent[];
  /** Days a chat tab listed new buyers no push brought (issue 20 item 6): their figures are incomplete. */
  incomplete?: BeijingDay[];
  /** The fingerprint of the key each day's ids were hashed with (lib/team/key-fingerprint.ts); absent in version-1 files. */
  keys?: FileKey[];
}

// --- Validation (zod). Each message names the field, Chinese first. ---

const msg = (zh: string, en: string) => ({ error: `${zh} / ${en}` });
const HASH = new RegExp(`^[0-9a-f]{${HASHED_ID_LENGTH}}$`);
const KEY = new RegExp(`^[0-9a-f]{${KEY_FINGERPRINT_LENGTH}}$`);
const day = z.string(msg('应为日期 YYYY-MM-DD', 'expected a date YYYY-MM-DD')).refine(isBeijingDay, msg('应为日期 YYYY-MM-DD', 'expected a date YYYY-MM-DD'));
const count = z.number(msg('应为非负整数', 'expected a whole number ≥ 0')).int(msg('应为非负整数', 'expected a whole number ≥ 0')).min(0, msg('应为非负整数', 'expected a whole number ≥ 0')).max(1e7);
const name = z.string(msg('应为文字', 'expected text')).max(100, msg('最多 100 个字', 'at most 100 characters')).optional();
const id = z.string(msg('应为编号', 'expected an id')).min(1, msg('不能为空', 'must not be empty')).max(64, msg('最多 64 个字符', 'at most 64 characters'));
/** 2015-01-01 .. 2100-01-01: a time outside is a broken file, not a message. */
const time = z.number(msg('应为时间（毫秒）', 'expected a time in ms')).int(msg('应为时间（毫秒）', 'expected a time in ms')).min(1_420_070_400_000, msg('时间超出范围', 'time out of range')).max(4_102_444_800_000, msg('时间超出范围', 'time out of range'));
const minute = z.number().int().min(0).max(1440);

export const teamDayFileSchema = z
  .strictObject({
    format: z.literal(TEAM_DAY_FILE_FORMAT),
    version: z.literal([1, 2, TEAM_DAY_FILE_VERSION], msg(`应为 1 到 ${TEAM_DAY_FILE_VERSION}`, `expected 1 to ${TEAM_DAY_FILE_VERSION}`)),
    exportedAt: time,
    shop: z.strictObject({ id, name }),
    agent: z.strictObject({ id, name }),
    days: z.strictObject({ from: day, to: day }),
    countedWindow: z.strictObject({ startHour: z.number().int().min(0).max(23), endHour: z.number().int().min(1).max(24) }),
    coverage: z.array(z.strictObject({ day, minutes: count.max(1440), spans: z.array(z.tuple([minute, minute])).max(1440) })).max(TEAM_DAY_FILE_MAX_DAYS),
    guard: z.array(z.strictObject({ day, held: count, warned: count, sentAnyway: count })).max(TEAM_DAY_FILE_MAX_DAYS),
    // Checked by checkEvents below: a zod tuple per event costs seconds on a 90-day shop.
    events: z.array(z.unknown(), msg('应为事件列表', 'expected a list of events')).max(5_000_000, msg('事件过多', 'too many events')),
    incomplete: z.array(day).max(TEAM_DAY_FILE_MAX_DAYS).optional(),
    keys: z.array(z.strictObject({ from: day, key: z.string().regex(KEY).nullable() })).min(1).max(TEAM_DAY_FILE_MAX_DAYS).optional(),
  })
  .superRefine((f, ctx) => {
    if (f.days.to < f.days.from) ctx.addIssue({ code: 'custom', path: ['days', 'to'], message: '结束日期早于开始日期 / ends before it starts' });
    if (f.countedWindow.endHour <= f.countedWindow.startHour) ctx.addIssue({ code: 'custom', path: ['countedWindow', 'endHour'], message: '应晚于开始时间 / must be after startHour' });
  });

/** One problem of a file, for the per-file error on the Team page. */
export interface DayFileIssue {
  path: string;
  message: string;
}

export type DayFileResult = { ok: true; file: TeamDayFile } | { ok: false; issues: DayFileIssue[] };

const failure = (path: string, message: string): DayFileResult => ({ ok: false, issues: [{ path, message }] });

/** Reads a team day file; every problem found when it is not valid (nothing partial is returned). */
export function parseTeamDayFile(text: string): DayFileResult {
  if (text.length > TEAM_DAY_FILE_MAX_BYTES) return failure('', `文件过大（超过 ${TEAM_DAY_FILE_MAX_BYTES / 1024 / 1024} MB）/ file too large`);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return failure('', `不是有效的 JSON 文件（${error instanceof Error ? error.message : String(error)}）/ not valid JSON`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return failure('', '文件内容应为一个 JSON 对象 {…} / expected one JSON object');
  const format = (data as { format?: unknown }).format;
  if (format !== TEAM_DAY_FILE_FORMAT) {
    return failure('format', `这不是团队日报文件（format 应为 "${TEAM_DAY_FILE_FORMAT}"）/ not a team day file`);
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > TEAM_DAY_FILE_VERSION) {
    return failure('version', `文件版本 ${version} 比本插件支持的 ${TEAM_DAY_FILE_VERSION} 新：请先更新插件 / newer file version, update the extension`);
  }
  const parsed = teamDayFileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => ({ path: i.path.join('.'), message: issueText(i) }));
    return { ok: false, issues };
  }
  const eventIssue = checkEvents(parsed.data.events);
  if (eventIssue) return { ok: false, issues: [eventIssue] };
  const file = parsed.data as TeamDayFile;
  // Replies just after the last midnight belong with the last day's messages.
  const first = beijingDayStart(file.days.from);
  const end = beijingDayStart(addDays(file.days.to, 2));
  const outside = file.events.findIndex((e) => e[4] < first || e[4] >= end);
  if (outside >= 0) return failure(`events.${outside}`, `事件日期不在文件的日期范围 ${file.days.from}–${file.days.to} 内 / event outside the file's days`);
  return { ok: true, file };
}

const KINDS: ReadonlySet<unknown> = new Set(['buyer', 'human', 'robot']);
const MIN_TIME = 1_420_070_400_000; // 2015-01-01
const MAX_TIME = 4_102_444_800_000; // 2100-01-01

/**
 * The events, each [kind, conversation, buyer, message, at]: a kind of the
 * closed set, three hashed ids (never raw ids), a whole-ms time in range; a
 * human reply inferred from the page carries a sixth element 1. The first
 * problem found, named by its path, or null.
 */
function checkEvents(events: readonly unknown[]): DayFileIssue | null {
  for (let i = 0; i < events.length; i += 1) {
    const e = events[i];
    if (!Array.isArray(e) || (e.length !== 5 && e.length !== 6)) return { path: `events.${i}`, message: '应为 [类型, 会话, 买家, 消息, 时间] / expected [kind, conversation, buyer, message, at]' };
    if (e.length === 6 && (e[5] !== 1 || e[0] !== 'human')) return { path: `events.${i}.5`, message: '只有人工回复可标为从页面推断（1）/ only a human reply may be marked inferred (1)' };
    if (!KINDS.has(e[0])) return { path: `events.${i}.0`, message: '应为 buyer、human 或 robot / expected buyer, human or robot' };
    for (let k = 1; k <= 3; k += 1) {
      const id = e[k];
      if (typeof id !== 'string' || !HASH.test(id)) return { path: `events.${i}.${k}`, message: '应为 32 位加密编号（不得是原始编号）/ expected a 32-character hashed id, not a raw id' };
    }
    const at = e[4];
    if (typeof at !== 'number' || !Number.isInteger(at) || at < MIN_TIME || at > MAX_TIME) return { path: `events.${i}.4`, message: '时间超出范围 / time out of range' };
  }
  return null;
}

const HAS_CHINESE = /[\u4e00-\u9fff]/;

/** A zod issue in words, Chinese first (zod's own messages are English). */
function issueText(issue: z.core.$ZodIssue): string {
  if (HAS_CHINESE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `不应有的字段 ${issue.keys.join('、')}：团队日报文件不得含其他内容（如聊天文字）/ unexpected field(s)`;
    case 'invalid_type':
      return (issue as { input?: unknown }).input === undefined ? '缺少此字段 / missing' : `类型不对，应为 ${issue.expected} / expected ${issue.expected}`;
    case 'too_big':
    case 'too_small':
      return `超出允许范围 / out of range (${issue.message})`;
    case 'invalid_value':
      return `取值不对 / invalid value (${issue.message})`;
    default:
      return `格式不对 / invalid (${issue.message})`;
  }
}

/** The text of a file (compact: events are most of it). */
export function teamDayFileText(file: TeamDayFile): string {
  return `${JSON.stringify(file)}\n`;
}

/** A file-name-safe form of a name or id. */
const safe = (text: string) => text.replace(/[^\p{L}\p{N}_.-]+/gu, '_').slice(0, 40) || 'x';

/** kefu-guard-team-<shop>-<agent>-<from>-<to>.json */
export function teamDayFileName(file: Pick<TeamDayFile, 'shop' | 'agent' | 'days'>): string {
  return `${TEAM_DAY_FILE_FORMAT}-${safe(file.shop.id)}-${safe(file.agent.id)}-${file.days.from}-${file.days.to}.json`;
}

/** A file's event as the metrics take it. */
export function toChatEvent(e: FileEvent): ChatEvent {
  return { kind: e[0], conversationId: e[1], buyerId: e[2], messageId: e[3], at: e[4], ...(e[5] === 1 ? { inferred: true as const } : {}) };
}

/** A stored event as the file writes it. */
export function toFileEvent(e: ChatEvent): FileEvent {
  return e.inferred && e.kind === 'human' ? ['human', e.conversationId, e.buyerId, e.messageId, e.at, 1] : [e.kind, e.conversationId, e.buyerId, e.messageId, e.at];
}
