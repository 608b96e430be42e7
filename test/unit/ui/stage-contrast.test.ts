/**
 * WCAG 2.1 AA contrast of the overlays' stage badges (issue 26), computed from the data the
 * badges are drawn with (lib/stage-colours.ts → wait-levels.ts, stages.ts): white text on every
 * stage colour at ≥ 4.5:1, also when a wait is greyed as 不计 (wait-badge.css' saturate filter).
 * axe-core in e2e sees only the badges a scenario happens to show; this holds all five.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STAGES_CSS } from '@/lib/features/refund-deadline/stages';
import { LEVELS_CSS } from '@/lib/features/reply-timer/wait-levels';
import { STAGE_COLOURS } from '@/lib/stage-colours';

type Rgb = [number, number, number];

const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb;
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);
/** WCAG 2.1 relative luminance of a linear-light colour. */
const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
/** WCAG 2.1 contrast ratio of two sRGB colours (0–1 channels). */
function contrast(a: Rgb, b: Rgb): number {
  const [la, lb] = [a, b].map((c) => luminance(c.map(toLinear) as Rgb));
  return (Math.max(la!, lb!) + 0.05) / (Math.min(la!, lb!) + 0.05);
}
const WHITE: Rgb = [1, 1, 1];

/** CSS saturate(s) (Filter Effects 1, feColorMatrix type=saturate) applied to channels in the given space. */
function saturate([r, g, b]: Rgb, s: number): Rgb {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return [
    clamp((0.213 + 0.787 * s) * r + (0.715 - 0.715 * s) * g + (0.072 - 0.072 * s) * b),
    clamp((0.213 - 0.213 * s) * r + (0.715 + 0.285 * s) * g + (0.072 - 0.072 * s) * b),
    clamp((0.213 - 0.213 * s) * r + (0.715 - 0.715 * s) * g + (0.072 + 0.928 * s) * b),
  ];
}

/** The filter on 不计 (uncounted) wait badges, as wait-badge.css writes it. */
const UNCOUNTED = Number(/\.uncounted \{ filter: saturate\(([\d.]+)\); \}/.exec(fs.readFileSync('lib/features/reply-timer/wait-badge.css', 'utf8'))?.[1]);

describe('stage badge contrast (WCAG 2.1 AA, 4.5:1 for text)', () => {
  it.each(STAGE_COLOURS.map((c) => [c.name.en, c.hex]))('white text on %s (%s)', (_name, hex) => {
    expect(contrast(WHITE, rgb(hex))).toBeGreaterThanOrEqual(4.5);
  });

  it('the badges are drawn in those colours with white text', () => {
    for (const { hex } of STAGE_COLOURS) {
      expect(LEVELS_CSS).toContain(hex);
      expect(STAGES_CSS).toContain(hex);
    }
    expect(fs.readFileSync('lib/features/reply-timer/wait-badge.css', 'utf8')).toMatch(/\.badge \{[^}]*color: #fff;/);
    expect(fs.readFileSync('lib/features/refund-deadline/badge.css', 'utf8')).toMatch(/\.badge \{[^}]*color: #fff;/);
  });

  it('greyed 不计 badges keep white text at 4.5:1 (saturate in sRGB, as Chromium draws it, and in linear light)', () => {
    expect(UNCOUNTED).toBeGreaterThan(0);
    expect(UNCOUNTED).toBeLessThan(1);
    for (const { hex } of STAGE_COLOURS) {
      expect(contrast(WHITE, saturate(rgb(hex), UNCOUNTED))).toBeGreaterThanOrEqual(4.5);
      const linear = saturate(rgb(hex).map(toLinear) as Rgb, UNCOUNTED).map(toSrgb) as Rgb;
      expect(contrast(WHITE, linear)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('a refund with no known deadline is grey with white text at 4.5:1', () => {
    const grey = /\.unknown \{ background: (#[0-9a-f]{6}); \}/.exec(STAGES_CSS)?.[1];
    expect(grey).toBeDefined();
    expect(contrast(WHITE, rgb(grey!))).toBeGreaterThanOrEqual(4.5);
  });

  it('the contrast sums agree with WCAG examples (the old colours fail)', () => {
    expect(contrast(WHITE, [0, 0, 0])).toBeCloseTo(21, 5);
    expect(contrast(rgb('#86909c'), WHITE)).toBeLessThan(3.5); // the old secondary grey
    expect(contrast(WHITE, rgb('#52c41a'))).toBeLessThan(2.5); // the old wait-badge green
    expect(contrast(WHITE, rgb('#d48806'))).toBeLessThan(3); // the old gold
  });
});
