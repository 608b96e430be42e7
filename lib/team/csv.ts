/**
 * The team report as CSV (Excel, UTF-8 BOM, CRLF): one row per shop, agent
 * and day; the shop-wide rows carry the agent column "全店 shop".
 */
import type { DayMetrics } from '../metrics';
import type { ShopReport } from './merge';

export const SHOP_WIDE_AGENT = '全店 shop';

const HEADINGS = [
  '店铺 shop',
  '店铺编号 shop id',
  '客服 agent',
  '日期 day',
  '咨询买家数 buyers',
  '考核消息数 messages',
  '已人工回复 answered',
  '30秒应答率% rate30s',
  '3分钟回复率% rate3min',
  '5分钟回复率% rate5min',
  '1小时有效回复率% rate1h',
  '平均人工响应秒 avg response s',
  '观察覆盖率% coverage',
  '拦截 held',
  '仍然发送 sent anyway',
];

const pct = (rate: number | null): string => (rate === null ? '' : (Math.round(rate * 1000) / 10).toFixed(1));
const sec = (ms: number | null): string => (ms === null ? '' : (Math.round(ms / 100) / 10).toFixed(1));

function cell(value: string | number): string {
  const text = String(value);
  // A leading = + - @ would be read by Excel as a formula: names come from the page.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(report: ShopReport, agent: string, m: DayMetrics, coverage: number | null, held: number, sentAnyway: number): string {
  return [
    report.shop.name ?? report.shop.id,
    report.shop.id,
    agent,
    m.day,
    m.buyers,
    m.messages,
    m.answered,
    pct(m.rate30s),
    pct(m.rate3min),
    pct(m.rate5min),
    pct(m.rate1h),
    sec(m.avgResponseMs),
    coverage === null ? '' : pct(coverage),
    held,
    sentAnyway,
  ]
    .map(cell)
    .join(',');
}

/** Every shop's shop-wide and per-agent rows. */
export function teamReportCsv(reports: readonly ShopReport[]): string {
  const lines = [HEADINGS.map(cell).join(',')];
  for (const report of reports) {
    report.shopDays.forEach((d, i) => {
      lines.push(row(report, SHOP_WIDE_AGENT, d.metrics, d.coverage, d.held, d.sentAnyway));
      for (const agent of report.agents) {
        const a = agent.days[i]!;
        lines.push(row(report, agent.name ? `${agent.name} (${agent.id})` : agent.id, a.metrics, a.coverage, a.held, a.sentAnyway));
      }
    });
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
