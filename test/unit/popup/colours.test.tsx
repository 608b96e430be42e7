// One story about colours and alerts (issue 23 item 7): the badges' colour rules, the
// rules page's legend and docs/INSTALL.md all come from lib/stage-colours.ts
// and components/rules/notices.ts.
import fs from 'node:fs';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RulesApp } from '@/components/rules/RulesApp';
import { NOTICE_PLACES } from '@/components/rules/notices';
import { RULE_BOOK } from '@/components/rules/rule-book';
import { STAGES_CSS } from '@/lib/features/refund-deadline/stages';
import { LEVELS_CSS } from '@/lib/features/reply-timer/wait-levels';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { refundLegend, STAGE_COLOURS, waitLegend, type LegendRow } from '@/lib/stage-colours';
import { useLocale } from './i18n';

afterEach(cleanup);

/** The background colours of `.class { background: #hex; }` rules in a sheet, by class. */
const backgrounds = (css: string, classes: readonly string[]) => classes.map((c) => new RegExp(`\\.${c} \\{ background: (#[0-9a-f]{6}); \\}`).exec(css)?.[1]);

const REFUNDS = refundLegend(DEFAULT_SETTINGS.afterSales.stageHours);

/** docs/INSTALL.md's block, made from the same data. */
function installBlock(): string {
  const rows = (list: readonly LegendRow[]) => list.map((r) => `- **${r.colour.name.zh}**：${r.range.zh}`).join('\n');
  return [
    '<!-- colours: made from lib/stage-colours.ts and components/rules/notices.ts; test/unit/popup/colours.test.tsx holds it -->',
    '聊天页等待计时（从买家消息算起）：',
    '',
    rows(waitLegend()),
    '',
    '售后退款（距离系统自动同意退款，默认分档）：',
    '',
    rows(REFUNDS),
    '',
    '提醒出现在哪里：',
    '',
    NOTICE_PLACES.map((n) => `- ${n.zh}`).join('\n'),
    '<!-- /colours -->',
  ].join('\n');
}

describe('stage colours', () => {
  it('the wait badges and refund marks are drawn in exactly the listed colours, calm to worst', () => {
    const hexes = STAGE_COLOURS.map((c) => c.hex);
    expect(backgrounds(LEVELS_CSS, ['l0', 'l1', 'l2', 'l3', 'l4'])).toEqual(hexes);
    expect(backgrounds(STAGES_CSS, REFUNDS.map((r) => r.stage))).toEqual(hexes);
  });

  it('no overlay sheet writes a stage colour a second time: they are made from the data', () => {
    const sheets = ['lib/features/reply-timer', 'lib/features/refund-deadline'].flatMap((dir) =>
      fs.readdirSync(dir).filter((f) => f.endsWith('.css')).map((f) => fs.readFileSync(`${dir}/${f}`, 'utf8').toLowerCase()),
    );
    expect(sheets.length).toBeGreaterThan(3);
    for (const { hex } of STAGE_COLOURS) for (const css of sheets) expect(css).not.toContain(hex);
  });

  it('the wait legend follows the platform thresholds; the refund legend the stage hours', () => {
    expect(waitLegend().map((r) => `${r.colour.name.zh} ${r.range.zh}`)).toEqual(['绿 不到 30 秒', '黄 30 秒–3 分钟', '橙 3 分钟–5 分钟', '红 5 分钟–1 小时', '深红 1 小时以上']);
    expect(REFUNDS.map((r) => `${r.colour.name.zh} ${r.range.zh}`)).toEqual(['绿 剩 12 小时以上', '黄 剩 4–12 小时', '橙 剩 1–4 小时', '红 剩 1 小时以内', '深红 已超时']);
  });

  it('the rule book says the timer turns gold, not red, at 30 s', () => {
    const s30 = RULE_BOOK.flatMap((s) => s.rules).find((r) => r.id === 'reply-30s')!;
    expect(s30.extension.zh).toContain(`由${STAGE_COLOURS[0]!.name.zh}变${STAGE_COLOURS[1]!.name.zh}`);
    expect(s30.extension.zh).not.toContain('变红');
  });
});

describe('rules page and INSTALL.md', () => {
  beforeEach(() => useLocale('zh_CN'));

  it('the rules page shows both legends with their swatches and every place an alert appears', () => {
    render(<RulesApp />);
    const wait = screen.getByTestId('legend-wait');
    expect(wait.textContent).toContain('黄 30 秒–3 分钟');
    expect([...wait.querySelectorAll<HTMLElement>('.swatch')].map((s) => s.style.background)).toHaveLength(5);
    expect(screen.getByTestId('legend-refund').textContent).toContain('红 剩 1 小时以内');
    for (const n of NOTICE_PLACES) expect(screen.getByTestId('rules-colours').textContent).toContain(n.zh);
  });

  it('docs/INSTALL.md says the same, word for word', () => {
    const install = fs.readFileSync('docs/INSTALL.md', 'utf8');
    const block = /<!-- colours:[\s\S]*?<!-- \/colours -->/.exec(install)?.[0];
    expect(block).toBe(installBlock());
  });
});
