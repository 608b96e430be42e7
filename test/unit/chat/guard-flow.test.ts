// @vitest-environment node
/**
 * The phrase guard's state without a page (issue 13; lib/features/phrase-guard/flow.ts):
 * every send decided on the exact text sent, at that moment (issue 11 item 4),
 * and a guard that fails closed (item 5).
 */
import { describe, expect, it } from 'vitest';
import type { GuardOutcome } from '@/lib/events';
import type { GuardDecision, GuardedFinding } from '@/lib/guard-decision';
import { GuardFlow, type GuardFlowDeps, type GuardPanelState } from '@/lib/features/phrase-guard/flow';

/** A held or warned finding over the whole text. */
function finding(text: string, action: GuardedFinding['action']): GuardedFinding {
  return { category: action === 'block' ? 'contact' : 'custom', ruleId: 'chat-contact', severity: action, start: 0, end: text.length, match: text, action, raised: false };
}

/**
 * Stand-in for the shop's decision: "vx" holds (仍然发送 allowed), "vx 12345"
 * holds for good (a number), "便宜" warns, anything else is clean.
 */
function decideByWords(text: string): GuardDecision {
  if (text.includes('vx')) return { findings: [finding(text, 'block')], hold: true, canOverride: !/\d{5}/.test(text) };
  if (text.includes('便宜')) return { findings: [finding(text, 'warn')], hold: false, canOverride: true };
  return { findings: [], hold: false, canOverride: true };
}

function setup(overrides: Partial<GuardFlowDeps> = {}) {
  const recorded: Array<[GuardOutcome, string]> = [];
  const failures: string[] = [];
  let panel: GuardPanelState | null = null;
  const flow = new GuardFlow({
    decide: decideByWords,
    allowsOverrideForAll: () => false,
    record: (outcome, decision) => recorded.push([outcome, decision.findings[0]!.match]),
    show: (next) => (panel = next),
    failed: (stage) => failures.push(stage),
    ...overrides,
  });
  return { flow, recorded, failures, panel: () => panel };
}

describe('GuardFlow: sends', () => {
  it.each([
    ['a clean text goes', '你好', 'send', null],
    ['a held word holds', '加我vx', 'hold', 'held'],
    ['a warned word goes with the notice', '便宜点', 'warned', 'warned'],
    ['a blank text goes and leaves the panel alone', '  ', 'blank', null],
  ] as const)('%s', (_name, text, verdict, mode) => {
    const { flow, panel } = setup();
    expect(flow.send(text)).toBe(verdict);
    expect(panel()?.mode ?? null).toBe(mode);
  });

  it('counts a held text once however often Enter is pressed on it', () => {
    const { flow, recorded } = setup();
    flow.send('加我vx');
    flow.send('加我vx');
    flow.send('加我vx 吧');
    expect(recorded).toEqual([
      ['held', '加我vx'],
      ['held', '加我vx 吧'],
    ]);
  });

  it('keeps the warned notice when Enter is pressed again on the emptied input', () => {
    const { flow, panel } = setup();
    expect(flow.send('便宜点')).toBe('warned');
    expect(flow.send('')).toBe('blank');
    expect(panel()?.mode).toBe('warned');
    flow.warnedExpired();
    expect(panel()).toBeNull();
  });
});

describe('GuardFlow: 仍然发送 on the exact text', () => {
  it('lets the granted text through once, counted as sent anyway', () => {
    const { flow, recorded, panel } = setup();
    flow.send('加我vx');
    expect(flow.sendAnyway('加我vx')).toBe(true);
    expect(flow.send('加我vx')).toBe('send');
    expect(panel()).toBeNull();
    expect(recorded.at(-1)).toEqual(['sent-anyway', '加我vx']);
    // Granted once: the same text again is held again.
    expect(flow.send('加我vx')).toBe('hold');
  });

  it('re-checks a text changed inside the typing pause and refuses when it may not be sent', () => {
    const { flow, panel } = setup();
    flow.send('加我vx');
    expect(flow.sendAnyway('加我vx 12345')).toBe(false);
    expect(panel()).toMatchObject({ mode: 'held', text: '加我vx 12345', canOverride: false });
  });

  it.each([
    ['one that may not be sent anyway', '加我vx 12345'],
    ['one that could be, had the agent chosen so for it', '加我vx 呀'],
  ])('decides a text other than the granted one on its own: %s', (_name, other) => {
    const { flow, recorded } = setup();
    flow.send('加我vx');
    expect(flow.sendAnyway('加我vx')).toBe(true);
    expect(flow.send(other)).toBe('hold');
    expect(recorded.map(([outcome]) => outcome)).not.toContain('sent-anyway');
  });

  it('asks for one more press when the page did not send, and forgets the grant once the text changes', () => {
    const { flow, panel } = setup();
    flow.send('加我vx');
    flow.sendAnyway('加我vx');
    expect(flow.overrideUnanswered('别的')).toBe(false);
    expect(flow.overrideUnanswered('加我vx')).toBe(true);
    expect(panel()).toMatchObject({ mode: 'held', pressAgain: true });
    flow.typed('加我vx 改了');
    expect(panel()).toMatchObject({ mode: 'held', text: '加我vx 改了', pressAgain: false });
    expect(flow.send('加我vx')).toBe('hold');
  });
});

describe('GuardFlow: while typing', () => {
  it('hints while typing, stays held after a hold, and hides once the text is clean', () => {
    const { flow, panel } = setup();
    flow.typed('加我vx');
    expect(panel()?.mode).toBe('typing');
    flow.send('加我vx');
    flow.typed('加我vx 呀');
    expect(panel()?.mode).toBe('held');
    flow.typed('你好');
    expect(panel()).toBeNull();
  });
});

describe('GuardFlow: fails closed', () => {
  const throwing = () => {
    throw new Error('odd settings');
  };

  it('holds when the check throws, offering 仍然发送 only when the shop allows it for all', () => {
    for (const allowed of [false, true]) {
      const { flow, panel, failures } = setup({ decide: throwing, allowsOverrideForAll: () => allowed });
      expect(flow.send('随便什么')).toBe('hold');
      expect(panel()).toMatchObject({ mode: 'held', error: true, findings: [], canOverride: allowed });
      expect(failures).toEqual(['check']);
    }
  });

  it('offers no 仍然发送 when even the settings cannot be read', () => {
    const { flow, panel } = setup({ decide: throwing, allowsOverrideForAll: throwing });
    expect(flow.send('随便什么')).toBe('hold');
    expect(panel()?.canOverride).toBe(false);
  });

  it('holds when drawing the panel throws', () => {
    const { flow, failures } = setup({ show: throwing });
    expect(flow.send('加我vx')).toBe('hold');
    expect(flow.send('你好')).toBe('hold');
    expect(failures).toEqual(['decision', 'decision']);
  });
});
