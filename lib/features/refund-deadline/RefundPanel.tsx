import { i18n } from '#i18n';
import { onTrusted } from '@/lib/ui/trusted';
import type { GuidanceFlag, RefundStage } from '@/lib/events';
import { RULES } from '@/lib/rules';
import { ruleName } from '@/lib/ui/lang';
import { RuleLink } from '@/lib/ui/RuleLink';

export interface RefundPanelEntry {
  afterSalesId: string;
  /** '剩 3 小时 12 分' */
  text: string;
  stage: RefundStage | 'unknown';
  /** '仅退款 · 质量问题' */
  what: string;
  title: string;
  flags: ReadonlyArray<{ flag: GuidanceFlag; label: string; title: string }>;
}

export interface RefundPanelProps {
  /** Pending rows on the page, most urgent first. */
  entries: readonly RefundPanelEntry[];
  /** Stage chips, most urgent first: label and count. */
  counts: ReadonlyArray<{ stage: RefundStage; label: string; count: number }>;
  estimateTitle: string;
  /** Pending rows in the urgent stage or worse (≤ urgentHours left, or overdue): the tab's number. */
  urgent: number;
  urgentHours: number;
  /** Collapsed: a thin tab on the right edge (covers nothing the page needs). */
  collapsed: boolean;
  /** Open where the page has no free margin: the panel's right edge, px from the viewport's right (a free column of the list); null = at the edge. */
  right?: number | null;
  /** Its width there when the free column is narrower than the panel; null = the usual width. */
  width?: number | null;
  /** Pending refunds of other list pages seen recently, in the counts but not the list. */
  otherPages?: number;
  onToggle: () => void;
  onJump: (afterSalesId: string) => void;
}

/** The collapsed panel: a thin tab on the right edge with the urgent count. */
function PanelTab({ entries, urgent, urgentHours, onToggle }: RefundPanelProps) {
  const top = entries[0]?.stage ?? 'calm';
  const tabTitle = [
    i18n.t('refund.panelExpand'),
    i18n.t('refund.panelUrgent', { n: String(urgent), h: String(urgentHours) }),
    i18n.t('refund.panelPending', { n: String(entries.length) }),
  ].join(' · ');
  return (
    <button
      type="button"
      class="tab"
      data-testid="refund-panel"
      data-collapsed="true"
      aria-expanded="false"
      title={tabTitle}
      data-urgent={urgent}
      onClick={onTrusted(onToggle)}
    >
      <span class={`bubble ${urgent ? top : 'zero'}`} data-testid="refund-panel-toggle">
        {urgent}
      </span>
      <span class="tab-text">{i18n.t('refund.panelTitle')}</span>
    </button>
  );
}

/** One pending row in the open panel: a click jumps to the row. */
function PanelEntry({ entry: e, onJump }: { entry: RefundPanelEntry; onJump: RefundPanelProps['onJump'] }) {
  return (
    <li>
      <button
        type="button"
        class="entry"
        data-aftersales-id={e.afterSalesId}
        data-stage={e.stage}
        title={`${i18n.t('refund.panelJump')}\n${e.title}`}
        onClick={onTrusted(() => onJump(e.afterSalesId))}
      >
        <span class={`time ${e.stage}`}>{e.text}</span>
        <span class="what">{e.what}</span>
        <span class="meta">
          {e.flags.map((f) => (
            <span key={f.flag} class={`tag ${f.flag}`} title={f.title}>
              {f.label}
            </span>
          ))}
          <span class="id">{i18n.t('refund.panelId', { id: e.afterSalesId })}</span>
        </span>
      </button>
    </li>
  );
}

/** The "most urgent first" panel of the after-sales list: counts per stage, then one entry per pending row. */
export function RefundPanel(props: RefundPanelProps) {
  const { entries, counts, urgent, estimateTitle, collapsed, right, width, otherPages, onToggle, onJump } = props;
  if (collapsed) return <PanelTab {...props} />;
  return (
    <section
      class="panel"
      data-testid="refund-panel"
      data-collapsed="false"
      data-urgent={urgent}
      aria-label={i18n.t('refund.panelTitle')}
      style={{ ...(right ? { right: `${right}px` } : {}), ...(width ? { width: `${width}px` } : {}) }}
    >
      <div class="head">
        <span class="title">{i18n.t('refund.panelTitle')}</span>
        <span class="est" title={estimateTitle}>
          {i18n.t('refund.estimate')}
        </span>
        <button
          type="button"
          class="toggle"
          data-testid="refund-panel-toggle"
          aria-expanded="true"
          title={i18n.t('refund.panelCollapse')}
          onClick={onTrusted(onToggle)}
        >
          ›
        </button>
      </div>
      <div class="counts" data-testid="refund-counts" data-other-pages={otherPages ?? 0}>
        {counts.map((c) => (
          <span key={c.stage} class={`chip ${c.stage}${c.count === 0 ? ' zero' : ''}`} data-stage={c.stage} data-count={c.count}>
            {c.label} <b>{c.count}</b>
          </span>
        ))}
        {otherPages ? <span class="pages">{i18n.t('refund.panelOtherPages', { n: String(otherPages) })}</span> : null}
      </div>
      {entries.length === 0 ? (
        <div class="empty">{i18n.t('refund.panelEmpty')}</div>
      ) : (
        <ul class="list" data-testid="refund-list">
          {entries.map((e) => (
            <PanelEntry key={e.afterSalesId} entry={e} onJump={onJump} />
          ))}
        </ul>
      )}
      <div class="note">
        {i18n.t('refund.panelNote')} · <RuleLink id="refund-48h" text={`${RULES['refund-48h'].section} ${ruleName('refund-48h')}`} />
      </div>
    </section>
  );
}
