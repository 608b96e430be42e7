import { i18n } from '#i18n';
import type { DayMetrics } from '@/lib/metrics';
import { RATE_1H_MIN_BUYERS, type RuleId } from '@/lib/rules';
import type { MetricTargets } from '@/lib/settings/types';
import { formatPct, rateLevel, type RateLevel } from '@/lib/ui/format';
import { ruleCite } from '@/lib/ui/lang';
import { RuleLink } from '@/lib/ui/RuleLink';

interface RateRow {
  key: 'rate30s' | 'rate3min' | 'rate5min' | 'rate1h';
  rule: RuleId;
  name: string;
  note?: string;
  /** Below it the shop is restricted or cannot sign up: no "close" amber. */
  hardFloor?: boolean;
}

const LEVEL_WORD: Record<RateLevel, () => string> = {
  good: () => i18n.t('popup.rates.good'),
  amber: () => i18n.t('popup.rates.amber'),
  bad: () => i18n.t('popup.rates.bad'),
  none: () => i18n.t('popup.rates.none'),
};

/** Today's four reply rates, each coloured against its target and citing its rule. */
export function RateCards({ metrics, targets }: { metrics: DayMetrics; targets: MetricTargets }) {
  const rows: RateRow[] = [
    { key: 'rate30s', rule: 'reply-30s', name: i18n.t('popup.rates.rate30s') },
    { key: 'rate3min', rule: 'reply-3min', name: i18n.t('popup.rates.rate3min') },
    {
      key: 'rate5min',
      rule: 'reply-5min',
      name: i18n.t('popup.rates.rate5min'),
      hardFloor: true,
      note: i18n.t('popup.rates.floorNote', { pct: formatPct(targets.rate5min) }),
    },
    {
      key: 'rate1h',
      rule: 'reply-1h',
      name: i18n.t('popup.rates.rate1h'),
      hardFloor: true,
      note: metrics.rate1hAssessed
        ? i18n.t('popup.rates.assessed', { buyers: metrics.buyers })
        : i18n.t('popup.rates.notAssessed', { min: RATE_1H_MIN_BUYERS, buyers: metrics.buyers }),
    },
  ];
  return (
    <div class="rates" data-testid="rates">
      {rows.map((row) => {
        const rate = metrics[row.key];
        const level = rateLevel(rate, targets[row.key], targets.amberMargin, row.hardFloor);
        return (
          <div key={row.key} class={`rate rate--${level}`} data-testid={`rate-${row.key}`} data-level={level} title={`${ruleCite(row.rule)} · ${i18n.t('common.estimateNote')}`}>
            <div class="rate-name">
              {row.name}
              {/* Out of the Tab order: the keyboard reaches the verdict and the cards below first, not four
                  §1 chips in a row; the rule stays one click away and in the card's title (issue 26). */}
              <RuleLink id={row.rule} tabIndex={-1} />
            </div>
            <div class="rate-value" data-testid={`rate-${row.key}-value`}>
              {formatPct(rate)}
            </div>
            <div class="rate-target">
              <span class="level">{LEVEL_WORD[level]()}</span>
              {i18n.t('popup.rates.target', { pct: formatPct(targets[row.key]) })}
            </div>
            {row.note && <div class="rate-note">{row.note}</div>}
          </div>
        );
      })}
    </div>
  );
}
