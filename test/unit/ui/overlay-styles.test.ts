/**
 * Each overlay carries the kit's styles and only its own feature's: the
 * longest-wait alert and the wait levels' colours no longer load into every
 * notice on every page, nor the guard panel's into the reply timer's.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOverlay } from '@/lib/content/overlay';
import { LongestWaitAlert } from '@/lib/features/reply-timer/longest-wait-alert';
import { useLocale } from '../popup/i18n';

// Unit tests load style sheets as empty text: each sheet stands in as one rule that names it
// (the wait levels' colours are made from data, lib/stage-colours.ts, and come as they are).
vi.mock('@/lib/content/overlay.css?inline', () => ({ default: '.kit { color: red; }' }));
vi.mock('@/lib/features/reply-timer/wait-alert.css?inline', () => ({ default: '.alert { color: red; }' }));
vi.mock('@/lib/features/phrase-guard/panel.css?inline', () => ({ default: '.guard { color: red; }' }));

/** The CSS text an overlay's shadow root is styled with (constructed sheets, or the <style> fallback). */
function cssOf(tagName: string): string {
  const root = document.querySelector(tagName)!.shadowRoot!;
  const adopted = (root.adoptedStyleSheets ?? []).flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
  const inline = [...root.querySelectorAll('style')].map((style) => style.textContent ?? '');
  return [...adopted, ...inline].join('\n');
}

beforeEach(() => useLocale('zh_CN'));
afterEach(() => {
  document.documentElement.querySelectorAll('kefu-test-notice, kefu-guard-alert').forEach((e) => e.remove());
});

describe('overlay styles', () => {
  it('a plain overlay has the kit (root, notice, rule link) and no feature styles', () => {
    createOverlay(document, 'kefu-test-notice');
    const css = cssOf('kefu-test-notice');
    expect(css).toMatch(/\.kit/);
    expect(css).not.toMatch(/\.alert/);
    expect(css).not.toMatch(/\.guard/);
    expect(css).not.toMatch(/\.l1/);
  });

  it("the longest-wait alert's overlay adds its own styles and the wait levels' colours", () => {
    const alert = new LongestWaitAlert({ doc: document, findRow: vi.fn(() => null) } as never);
    alert.show(2, [{ buyerId: 'u1', nickname: '买家', text: '3:00', level: 2 }]);
    const css = cssOf('kefu-guard-alert');
    expect(css).toMatch(/\.kit/);
    expect(css).toMatch(/\.alert/);
    expect(css).toMatch(/\.l1/);
    expect(css).not.toMatch(/\.guard/);
  });
});
