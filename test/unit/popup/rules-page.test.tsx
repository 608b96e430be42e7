// The rules page shipped inside the extension: every rule the UI cites has an
// entry with an anchor, its figure, consequence and source; every § chip links there.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RuleLink } from '@/lib/ui/RuleLink';
import { RulesApp } from '@/components/rules/RulesApp';
import { PopupView } from '@/components/popup/PopupView';
import { GuardPanel } from '@/lib/features/phrase-guard/panel';
import { RULE_BOOK, RULE_BOOK_IDS, RULE_SOURCES, sectionsAgree } from '@/components/rules/rule-book';
import { RULES, type RuleId } from '@/lib/rules';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { summary } from './fixtures';
import { useLocale } from './i18n';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('rule book data', () => {
  it('holds every rule the extension cites, once, under the section its chips show', () => {
    expect([...RULE_BOOK_IDS].sort()).toEqual((Object.keys(RULES) as RuleId[]).sort());
    expect(new Set(RULE_BOOK_IDS).size).toBe(RULE_BOOK_IDS.length);
    expect(sectionsAgree()).toBe(true);
  });

  it('gives each rule a figure, a consequence and at least one existing source, in both languages', () => {
    for (const entry of RULE_BOOK.flatMap((s) => s.rules)) {
      for (const text of [entry.figure, entry.consequence, entry.extension]) {
        expect(text.zh.length, entry.id).toBeGreaterThan(3);
        expect(text.en.length, entry.id).toBeGreaterThan(3);
      }
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
      for (const s of entry.sources) expect(RULE_SOURCES[s], `${entry.id} → ${s}`).toBeDefined();
    }
  });
});

describe('rules page', () => {
  beforeEach(() => useLocale('zh_CN'));

  it('says what the chat badge says of a robot-answered buyer (issue 20 item 4)', () => {
    const { container } = render(<RulesApp />);
    const entry = container.querySelector('[id="human-reply"]')!.textContent!;
    expect(entry).toContain('“机器人已答 · 待人工”');
    expect(entry).toContain('1 小时回复率仍算未回复');
  });

  it('renders one entry per rule with the rule id as its anchor, and the source articles', () => {
    const { container } = render(<RulesApp />);
    for (const id of Object.keys(RULES) as RuleId[]) {
      const entry = container.querySelector(`[id="${id}"]`);
      expect(entry, id).not.toBeNull();
      expect(entry!.textContent).toContain(RULES[id].zh);
      expect(entry!.textContent).toContain('后果');
    }
    expect(screen.getByTestId('rule-reply-5min').textContent).toContain('70%');
    expect(screen.getByTestId('rule-refund-48h').textContent).toContain('48 小时');
    expect(container.querySelector('#source-003')!.textContent).toContain('2023年拼多多客服规则');
    expect(container.textContent).not.toContain('shared/');
  });

  it('a rule link points at the rule on rules.html and opens a new tab', () => {
    render(<RuleLink id="reply-1h" />);
    const a = document.querySelector('a.rule')!;
    expect(a.getAttribute('href')).toMatch(/^chrome-extension:\/\/[^/]+\/rules\.html#reply-1h$/);
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.textContent).toBe('§1');
  });

  it('every § chip in the popup is a link to its rule', () => {
    render(<PopupView summary={summary()} settings={DEFAULT_SETTINGS} now={() => Date.now()} onAccount={vi.fn()} onExport={vi.fn()} onOpenTab={vi.fn()} onOpenOptions={vi.fn()} />);
    const chips = [...document.querySelectorAll('.rule')];
    expect(chips.length).toBeGreaterThanOrEqual(7);
    for (const chip of chips) {
      expect(chip.tagName, chip.outerHTML).toBe('A');
      expect(chip.getAttribute('href')).toMatch(/rules\.html#[a-z0-9-]+$/);
    }
  });

  it('a guard finding reads "「…」：category" with one pair of brackets and a link to the rule', () => {
    render(
      <GuardPanel
        mode="held"
        text="打 138 0013 8000"
        findings={[{ start: 2, end: 15, match: '138 0013 8000', category: 'phone', ruleId: 'chat-contact', action: 'block', allowAnyway: false } as never]}
        canOverride={false}
        pressAgain={false}
        position={{ left: 0, bottom: 0, width: 300 }}
        onSendAnyway={vi.fn()}
        onEdit={vi.fn()}
      />,
    );
    const li = document.querySelector('.guard-findings li')!;
    expect(li.textContent).toBe('「138 0013 8000」：站外导流（电话号码）§2');
    expect(li.textContent).not.toMatch(/）（|第 ?§?\d 节/);
    expect(li.querySelector('a.rule')!.getAttribute('href')).toMatch(/rules\.html#chat-contact$/);
  });
});
