// Guidance flags (RULES.md §3): each flag and its look-alikes that must not flag.
import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from '@/lib/clock';
import type { GuidanceFlag } from '@/lib/events';
import { FLAG_RULES, guidanceFlags, type GuidanceFacts } from '@/lib/features/refund-deadline/guidance';
import { RULES } from '@/lib/rules';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { bj } from './helpers';

const NOW = bj('2026-11-23 10:00:00');
const SETTINGS = DEFAULT_SETTINGS.afterSales;
const facts = (f: Partial<GuidanceFacts>): GuidanceFacts => ({
  pending: true,
  type: '退货退款',
  reason: '不想要了',
  shipped: false,
  trackingNumber: null,
  latestLogisticsAt: null,
  instantRefund: false,
  ...f,
});

describe('guidanceFlags', () => {
  it.each<[string, Partial<GuidanceFacts>, GuidanceFlag[]]>([
    ['nothing to say', {}, []],
    ['仅退款 on a shipped order with tracking', { type: '仅退款', shipped: true, trackingNumber: '773121234567', latestLogisticsAt: NOW - HOUR_MS }, ['shippedRefundOnly']],
    ['仅退款, not shipped', { type: '仅退款' }, []],
    ['仅退款, shipped but no tracking number nor logistics event', { type: '仅退款', shipped: true }, []],
    ['仅退款, shipped, the list shows a logistics time but no number', { type: '仅退款', shipped: true, latestLogisticsAt: NOW - HOUR_MS }, ['shippedRefundOnly']],
    ['退货退款 on a shipped order is what the rule asks for', { shipped: true, trackingNumber: '773121234567', latestLogisticsAt: NOW - HOUR_MS }, []],
    ...SETTINGS.escalateReasons.map((reason): [string, Partial<GuidanceFacts>, GuidanceFlag[]] => [`reason ${reason}`, { reason }, ['escalateReason']]),
    ['a reason that contains one (商品质量问题)', { reason: '商品质量问题' }, ['escalateReason']],
    ['reason 不想要了', { reason: '不想要了' }, []],
    ['reason 多拍错拍', { reason: '多拍错拍' }, []],
    ['极速退款', { instantRefund: true }, ['instantRefund']],
    ['极速退款 already refunded: still to check the return', { instantRefund: true, pending: false }, ['instantRefund']],
    ['shipped, no logistics update for exactly 2 days', { shipped: true, trackingNumber: 'YT1', latestLogisticsAt: NOW - 2 * DAY_MS }, ['noLogistics']],
    ['shipped, last update 47 h ago', { shipped: true, trackingNumber: 'YT1', latestLogisticsAt: NOW - 47 * HOUR_MS }, []],
    ['shipped, logistics time unknown', { shipped: true, trackingNumber: 'YT1' }, []],
    ['not shipped, old logistics time', { shipped: false, latestLogisticsAt: NOW - 3 * DAY_MS }, []],
    [
      'all four, in display order',
      { type: '仅退款', reason: '空包裹', shipped: true, trackingNumber: '773127407402', latestLogisticsAt: NOW - 60 * HOUR_MS, instantRefund: true },
      ['shippedRefundOnly', 'noLogistics', 'escalateReason', 'instantRefund'],
    ],
    [
      'a closed row gets none of the action flags',
      { pending: false, type: '仅退款', reason: '假货', shipped: true, trackingNumber: '1', latestLogisticsAt: NOW - 9 * DAY_MS },
      [],
    ],
  ])('%s', (_name, f, flags) => {
    expect(guidanceFlags(facts(f), NOW, SETTINGS)).toEqual(flags);
  });

  it('escalation reasons come from the settings', () => {
    expect(guidanceFlags(facts({ reason: '不想要了' }), NOW, { escalateReasons: ['不想要了'] })).toEqual(['escalateReason']);
    expect(guidanceFlags(facts({ reason: '假货' }), NOW, { escalateReasons: [] })).toEqual([]);
    expect(guidanceFlags(facts({ reason: '假货' }), NOW, { escalateReasons: [' '] })).toEqual([]);
  });

  it('every flag cites a §3 refund rule, and has wording in the settings', () => {
    for (const [flag, rule] of Object.entries(FLAG_RULES)) {
      expect(rule).toMatch(/^refund-/);
      expect(RULES[rule].section).toBe('§3');
      expect(SETTINGS.guidance[flag as GuidanceFlag]).toBeTruthy();
    }
  });
});
