/**
 * prefers-reduced-motion (WCAG 2.3.3, issue 26): every animation the extension draws stops, or
 * at least stops moving, for those who asked the system for less motion. The extension pages
 * share base.css, which stops everything; the overlays live in shadow roots that base.css never
 * reaches, so each animated overlay rule names its own reduced-motion override. The e2e suite
 * (a11y.e2e.ts) checks the popup's pulse in Chromium; this holds every sheet, present and future.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sheets(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sheets(full);
    return e.name.endsWith('.css') ? [full] : [];
  });
}

const ALL = [...sheets('lib'), ...sheets('components')];
const REDUCE = /@media \(prefers-reduced-motion: reduce\) \{([\s\S]*?\})\s*\}/g;

/** The selectors of top-level rules (outside @media / @keyframes) that animate, with their sheet. */
function animated(css: string): string[] {
  const topLevel = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@(media|keyframes)[^{]*\{([^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  return [...topLevel.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
    .filter(([, , body]) => /(^|[;\s])animation(-name)?\s*:\s*(?!none)/.test(body!))
    .map(([, selector]) => selector!.trim());
}

/** The text of the sheet's reduced-motion blocks. */
const reduced = (css: string) => [...css.matchAll(REDUCE)].map((m) => m[1]).join('\n');

/** Sheets under components/ reach their page through base.css. */
const importsBase = (file: string, css: string) => /@import '[./]*(pages\/)?base\.css';/.test(css) || file.endsWith(path.join('pages', 'base.css'));

describe('prefers-reduced-motion', () => {
  it('base.css stops every animation and transition on the extension pages', () => {
    const base = reduced(fs.readFileSync('components/pages/base.css', 'utf8'));
    expect(base).toMatch(/\*, \*::before, \*::after \{ animation: none !important; transition: none !important; \}/);
  });

  it('every extension page sheet with motion imports base.css', () => {
    for (const file of ALL.filter((f) => f.startsWith('components'))) {
      const css = fs.readFileSync(file, 'utf8');
      if (/animation|transition/.test(css)) expect(importsBase(file, css), file).toBe(true);
    }
  });

  it('every animated overlay rule has its own reduced-motion override', () => {
    const found: string[] = [];
    for (const file of ALL.filter((f) => f.startsWith('lib'))) {
      const css = fs.readFileSync(file, 'utf8');
      for (const selector of animated(css)) {
        found.push(`${file} ${selector}`);
        expect(reduced(css), `${file}: ${selector}`).toMatch(new RegExp(`${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{[^}]*animation`));
      }
    }
    // The wait badges' and refund badges' flash and the panel's row outline: the finder must see them.
    expect(found.length).toBeGreaterThanOrEqual(3);
  });

  it('the popup says it too: its pulsing dot stops', () => {
    const popup = fs.readFileSync('components/popup/popup.css', 'utf8');
    expect(animated(popup)).toContain('.live--waiting .dot');
    expect(reduced(popup)).toMatch(/\.live--waiting \.dot \{ animation: none; \}/);
  });
});
