/**
 * The five stage colours the overlays use, as data: wait badges by level
 * (thresholds passed: 30 s, 3 min, 5 min, 1 h) and refunds by stage (time
 * left to the auto-agree). The badges' colour rules are made from them
 * (stageBackgrounds: written once, here); the rules page draws its legend from them
 * and docs/INSTALL.md is held to the same words (issue 23 item 7: one story
 * about colours everywhere).
 */
import { HOUR_MS, MINUTE_MS, SECOND_MS } from './clock';
import { REPLY_THRESHOLDS } from './rules';
import type { RefundStage } from './events';
import { REFUND_STAGES } from './refund-stage';

export interface Words {
  zh: string;
  en: string;
}

export interface StageColour {
  hex: string;
  name: Words;
}

/**
 * From calm to worst: dark shades (white text ≥ 5.5:1, issue 26). The hexes stand alone so the
 * content scripts, which only draw them (stageBackgrounds), do not carry the names.
 */
const HEXES = ['#237804', '#8a5a00', '#b33b00', '#c4161c', '#820014'] as const;

export const STAGE_COLOURS: readonly StageColour[] = [
  { hex: HEXES[0], name: { zh: '绿', en: 'green' } },
  { hex: HEXES[1], name: { zh: '黄', en: 'gold' } },
  { hex: HEXES[2], name: { zh: '橙', en: 'orange' } },
  { hex: HEXES[3], name: { zh: '红', en: 'red' } },
  { hex: HEXES[4], name: { zh: '深红', en: 'dark red' } },
];

export interface LegendRow {
  colour: StageColour;
  range: Words;
}

/** "30 秒" / "30 s", "3 分钟" / "3 min", "1 小时" / "1 h". */
function span(ms: number): Words {
  if (ms % HOUR_MS === 0) return { zh: `${ms / HOUR_MS} 小时`, en: `${ms / HOUR_MS} h` };
  if (ms % MINUTE_MS === 0) return { zh: `${ms / MINUTE_MS} 分钟`, en: `${ms / MINUTE_MS} min` };
  return { zh: `${ms / SECOND_MS} 秒`, en: `${ms / SECOND_MS} s` };
}

/** A wait badge's colour by how long the buyer has waited for a human reply (the platform's thresholds). */
export function waitLegend(thresholdsMs: readonly number[] = REPLY_THRESHOLDS.map((t) => t.ms)): LegendRow[] {
  return thresholdsMs
    .map((ms, i): Words => {
      const to = span(ms);
      if (i === 0) return { zh: `不到 ${to.zh}`, en: `under ${to.en}` };
      const from = span(thresholdsMs[i - 1]!);
      return { zh: `${from.zh}–${to.zh}`, en: `${from.en}–${to.en}` };
    })
    .concat([{ zh: `${span(thresholdsMs.at(-1)!).zh}以上`, en: `over ${span(thresholdsMs.at(-1)!).en}` }])
    .map((range, level) => ({ colour: STAGE_COLOURS[level]!, range }));
}

/**
 * The overlays' colour rules, `.<class> { background: <hex>; }` for each class
 * from calm to worst: the CSS reads the colours from this data rather than
 * repeating the hexes (issue 26: one place to hold them to the contrast test).
 */
export function stageBackgrounds(classes: readonly string[]): string {
  if (classes.length !== HEXES.length) throw new Error('stageBackgrounds: one class per stage colour');
  return classes.map((c, i) => `.${c} { background: ${HEXES[i]}; }`).join('\n');
}

/** Refund stages from calm to overdue, as the stage names of refund-stage.ts. */
export const CALM_FIRST: readonly RefundStage[] = [...REFUND_STAGES].reverse();

/** A refund's colour by the time left to the auto-agree (settings' stage hours). */
export function refundLegend(stageHours: { warn: number; urgent: number; critical: number }): Array<LegendRow & { stage: RefundStage }> {
  const h = (n: number) => span(n * HOUR_MS);
  const ranges: Record<RefundStage, Words> = {
    calm: { zh: `剩 ${h(stageHours.warn).zh}以上`, en: `over ${h(stageHours.warn).en} left` },
    warn: { zh: `剩 ${stageHours.urgent}–${h(stageHours.warn).zh}`, en: `${stageHours.urgent}–${h(stageHours.warn).en} left` },
    urgent: { zh: `剩 ${stageHours.critical}–${h(stageHours.urgent).zh}`, en: `${stageHours.critical}–${h(stageHours.urgent).en} left` },
    critical: { zh: `剩 ${h(stageHours.critical).zh}以内`, en: `${h(stageHours.critical).en} or less left` },
    overdue: { zh: '已超时', en: 'overdue' },
  };
  return CALM_FIRST.map((stage, i) => ({ stage, colour: STAGE_COLOURS[i]!, range: ranges[stage] }));
}
