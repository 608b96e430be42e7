/**
 * The Chrome `storage.managed` schema (public/managed-schema.json): enterprise
 * policy `{ teamSettings: { …any part of Settings } }`, derived from the zod
 * schema so the two cannot drift (test/unit/settings/managed-schema.test.ts
 * compares the file with this output and walks it against DEFAULT_SETTINGS).
 *
 * Chrome accepts only a subset of JSON Schema: type, properties, items,
 * description, title, enum (strings, integers) and minimum/maximum (integers).
 * So: no $schema, no `required` (every policy field is optional), no
 * additionalProperties, no string lengths; ranges of decimal numbers are
 * written in the description and checked again when settings are merged.
 *
 * Regenerate after changing the settings:
 *   npx tsx -e "import('./lib/settings/managed-schema.ts').then(m => process.stdout.write(m.managedSchemaText()))" > public/managed-schema.json
 */
import { z } from 'zod';
import { settingsSchema } from './schema';

export interface ChromeSchema {
  type: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  description?: string;
  properties?: Record<string, ChromeSchema>;
  items?: ChromeSchema;
  enum?: Array<string | number>;
  minimum?: number;
  maximum?: number;
}

/** Descriptions for administrators, Chinese first. */
const DESCRIPTIONS: Record<string, string> = {
  teamSettings: '客服守护的团队设置（由管理员设置的字段在插件中锁定）/ Kefu Guard team settings; fields set here are locked in the extension',
  features: '功能开关 / features on or off',
  'features.replyTimer': '回复计时 / reply timers',
  'features.phraseGuard': '违规词拦截 / banned-phrase guard',
  'features.afterSales': '售后提醒 / after-sales deadlines',
  replyTimer: '回复计时 / reply timer',
  'replyTimer.thresholdsSec': '计时阈值（秒）/ thresholds in seconds',
  'replyTimer.warnRatio': '达到阈值的该比例时提前提醒，0.1–0.95 / share of a threshold after which the timer warns, 0.1–0.95',
  'replyTimer.sound': '超时提示音 / sound when a threshold is crossed',
  'replyTimer.notify': '聊天标签页不在前台时弹出桌面通知 / desktop notification while the chat tab is hidden',
  'replyTimer.notifySound': '桌面通知播放系统提示音 / the desktop notification plays the system sound',
  'replyTimer.countedWindow': '考核时段（北京时间，点）/ assessed hours, Beijing time',
  phraseGuard: '违规词拦截 / banned-phrase guard',
  'phraseGuard.actions': '各类别的处理：block 拦截 / warn 提醒 / off 关闭',
  'phraseGuard.allowSendAnyway': '各类别是否允许"仍然发送" / whether "send anyway" is offered per category',
  'phraseGuard.customWords': '店铺自定义违禁词 / the shop\'s own banned words',
  'phraseGuard.allowList': '放行词（不提示）/ phrases never flagged',
  afterSales: '售后 / after-sales',
  'afterSales.stageHours': '剩余小时数低于此值进入对应阶段（warn > urgent > critical）/ hours left that start each stage',
  'afterSales.escalateReasons': '须主管处理的退款原因 / refund reasons to escalate',
  'afterSales.guidance': '售后提示文案 / guidance wording',
  targets: '考核目标，0–1 的小数（0.7 = 70%）/ targets as fractions 0–1',
  'targets.rate1h': '1小时有效回复率目标（弹窗颜色）/ 1-hour effective reply rate target (popup colours)',
  signup: '活动报名规则（以活动报名页为准）/ the promotion signup rule (the activity\'s signup page decides)',
  'signup.preset': '考核规则：rate1h-3d 报名前3天每天1小时有效回复率 / rate5min-1d 报名前1天5分钟回复率（含机器人回复）/ rate3min-3d 报名前3天每天3分钟人工回复率',
  'signup.thresholds': '各规则的报名要求，0–1 的小数，0 = 未填写 / each rule\'s requirement as a fraction 0–1, 0 = not entered',
  'targets.amberMargin': '低于目标此幅度内显示黄色（接近目标），0–0.3 / amber margin below a target, 0–0.3',
  retentionDays: '本机数据保留天数，7–365 / days of data kept on this computer, 7–365',
  team: '团队 / team',
  'team.shopSecret': '店铺团队密钥：与店铺编号一起用于编号加密，全店客服须一致 / shop team secret: salts hashed ids with the shop id, the same for every agent of the shop',
  'team.agentCount': '店铺客服人数（0 = 未设置）/ agents serving the shop (0 = not set)',
  board: '实时看板：同步到店铺自己的 CouchDB（docs/BOARD.md）/ live board: replication to the shop\'s own CouchDB',
  'board.enabled': '开启实时看板同步（默认关闭，不联网）/ switch the live board on (off by default: no network)',
  'board.url': '服务器地址（https://…）/ server URL (https://…)',
  'board.database': '店铺的数据库名 / the shop\'s database',
  'board.user': '本浏览器在服务器上的用户名（每位客服一个）/ this browser\'s user on the server (one per agent)',
  'board.password': '该用户的密码（不记录日志、不导出）/ that user\'s password (never logged or exported)',
  dayEndReminder: '下班提醒：导出今日团队日报 / end-of-day reminder to export today\'s team day file',
  'dayEndReminder.enabled': '开启下班提醒（默认关闭）/ switch the reminder on (off by default)',
  'dayEndReminder.hour': '提醒时间，北京时间 12–23 点 / the reminder\'s Beijing hour, 12–23',
};

type JsonNode = {
  type?: string;
  properties?: Record<string, JsonNode>;
  additionalProperties?: JsonNode | boolean;
  propertyNames?: { enum?: string[] };
  items?: JsonNode;
  enum?: Array<string | number>;
  const?: unknown;
  minimum?: number;
  maximum?: number;
};

/** Fields that are not settings a team chooses. */
const SKIPPED = new Set(['version']);

function convert(node: JsonNode, path: string): ChromeSchema {
  const description = DESCRIPTIONS[path];
  const withDescription = ({ type, ...rest }: ChromeSchema): ChromeSchema => (description ? { type, description, ...rest } : { type, ...rest });
  if (node.type === 'object') {
    const properties: Record<string, ChromeSchema> = {};
    if (node.properties) {
      for (const [key, child] of Object.entries(node.properties)) {
        const childPath = path ? `${path}.${key}` : key;
        if (!SKIPPED.has(childPath)) properties[key] = convert(child, childPath);
      }
    } else if (node.propertyNames?.enum && typeof node.additionalProperties === 'object') {
      // A record keyed by an enum (phrase categories): one property per key.
      for (const key of node.propertyNames.enum) properties[key] = convert(node.additionalProperties, `${path}.${key}`);
    }
    return withDescription({ type: 'object', properties });
  }
  if (node.type === 'array') return withDescription({ type: 'array', items: convert(node.items ?? {}, `${path}[]`) });
  if (node.type === 'integer') {
    const out: ChromeSchema = { type: 'integer' };
    if (node.minimum !== undefined) out.minimum = node.minimum;
    if (node.maximum !== undefined) out.maximum = node.maximum;
    return withDescription(out);
  }
  if (node.type === 'number') return withDescription({ type: 'number' });
  if (node.type === 'boolean') return withDescription({ type: 'boolean' });
  if (node.type === 'string') return withDescription(node.enum ? { type: 'string', enum: node.enum } : { type: 'string' });
  throw new Error(`managed schema: no Chrome type for ${path || 'settings'} (${JSON.stringify(node)})`);
}

/** The storage.managed schema object. */
function managedSchema(): ChromeSchema {
  const json = z.toJSONSchema(settingsSchema, { io: 'input', unrepresentable: 'throw' }) as JsonNode;
  const teamSettings = convert(json, '');
  const { type, ...rest } = teamSettings;
  return { type: 'object', properties: { teamSettings: { type, description: DESCRIPTIONS.teamSettings!, ...rest } } };
}

/** The file text of public/managed-schema.json. */
export function managedSchemaText(): string {
  return `${JSON.stringify(managedSchema(), null, 2)}\n`;
}
