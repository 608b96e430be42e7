/**
 * The per-row refund badge: a small shadow-root host placed inside an
 * after-sales row card, holding the time left in its stage colour, the
 * "插件估算" label and the guidance tags. Plain DOM, not Preact: the 1 Hz tick
 * writes one text node and, rarely, one class.
 */
import badgeCss from './badge.css?inline';
import { STAGES_CSS } from './stages';
import type { GuidanceFlag, RefundStage } from '../../events';
import { createShadowHost } from '../../dom/shadow-host';
import { needsBadge, type Frame, type RowFacts } from './state';

export const REFUND_BADGE_TAG = 'kefu-refund-badge';
const BADGE_CSS = badgeCss + STAGES_CSS;

/** What changes only when the row is re-read (titles, label, tags). */
export interface RefundBadgeInfo {
  title: string;
  estimateLabel: string;
  estimateTitle: string;
  flags: ReadonlyArray<{ flag: GuidanceFlag; text: string; title: string }>;
}

export class RefundBadge {
  readonly host: HTMLElement;
  private readonly doc: Document;
  private readonly badge: HTMLSpanElement;
  private readonly label: Text;
  private readonly est: HTMLSpanElement;
  private readonly flags: HTMLSpanElement;
  private text: string | null | undefined;
  private stage: RefundStage | 'unknown' | null | undefined;
  private infoKey = '';

  constructor(doc: Document, afterSalesId: string) {
    const { host, shadow } = createShadowHost(doc, REFUND_BADGE_TAG, BADGE_CSS);
    host.dataset.aftersalesId = afterSalesId;
    this.doc = doc;
    this.host = host;
    const wrap = doc.createElement('span');
    wrap.className = 'wrap';
    this.badge = doc.createElement('span');
    this.badge.setAttribute('part', 'badge');
    this.label = doc.createTextNode('');
    this.badge.append(this.label);
    this.est = doc.createElement('span');
    this.est.className = 'est';
    this.flags = doc.createElement('span');
    this.flags.className = 'flags wrap';
    wrap.append(this.badge, this.est, this.flags);
    shadow.append(wrap);
  }

  /** The tick's part: the time-left text and the stage colour; null text hides the badge (no action needed). */
  setTime(text: string | null, stage: RefundStage | 'unknown' | null): void {
    if (text !== this.text) {
      this.text = text;
      this.label.data = text ?? '';
      this.badge.hidden = text === null;
      this.est.hidden = text === null;
    }
    if (stage !== this.stage) {
      this.stage = stage;
      const flashing = this.badge.classList.contains('flash');
      this.badge.className = `badge ${stage ?? ''}${flashing ? ' flash' : ''}`;
      this.host.dataset.stage = stage ?? 'none';
    }
  }

  /** Titles, label and guidance tags; rebuilt only when they change. */
  setInfo(info: RefundBadgeInfo): void {
    const key = JSON.stringify(info);
    if (key === this.infoKey) return;
    this.infoKey = key;
    this.badge.title = info.title;
    this.est.textContent = info.estimateLabel;
    this.est.title = info.estimateTitle;
    this.flags.replaceChildren(
      ...info.flags.map((f) => {
        const tag = this.doc.createElement('span');
        tag.className = `flag ${f.flag}`;
        tag.dataset.flag = f.flag;
        tag.textContent = f.text;
        tag.title = f.title;
        return tag;
      }),
    );
    this.host.dataset.flags = info.flags.map((f) => f.flag).join(' ');
  }

  /** Draws the eye to this badge (after a click in the panel). */
  flash(): void {
    this.badge.classList.remove('flash');
    void this.badge.offsetWidth;
    this.badge.classList.add('flash');
  }
}

/**
 * The badges on the page, one per row that needs one (state.ts needsBadge),
 * each inside its row's anchor; never two for one row.
 */
export class RefundBadges {
  private readonly badges = new Map<string, RefundBadge>();

  constructor(private readonly doc: Document) {}

  /** Places, updates or removes the badge of each row; removes hosts we no longer own (a row the page cloned with ours inside). */
  attach(rows: Iterable<RowFacts>): void {
    for (const facts of rows) {
      const id = facts.row.afterSalesId;
      if (!needsBadge(facts)) {
        this.remove([id]);
        continue;
      }
      let badge = this.badges.get(id);
      if (!badge) this.badges.set(id, (badge = new RefundBadge(this.doc, id)));
      badge.setInfo(facts.info);
      const anchor = facts.row.dom.anchor;
      if (badge.host.parentNode !== anchor) anchor.append(badge.host);
    }
    for (const host of this.doc.querySelectorAll<HTMLElement>(REFUND_BADGE_TAG)) {
      if (this.badges.get(host.dataset.aftersalesId ?? '')?.host !== host) host.remove();
    }
  }

  /** The tick's part: each badge's time left and stage. */
  setTimes(times: Frame['times']): void {
    for (const [id, { text, stage }] of times) this.badges.get(id)?.setTime(text, stage);
  }

  remove(ids: Iterable<string>): void {
    for (const id of ids) {
      this.badges.get(id)?.host.remove();
      this.badges.delete(id);
    }
  }

  clear(): void {
    this.remove([...this.badges.keys()]);
  }

  /** Some badge was taken off the page (the page replaced its row's nodes). */
  detached(): boolean {
    return [...this.badges.values()].some((badge) => !badge.host.isConnected);
  }

  flash(id: string): void {
    this.badges.get(id)?.flash();
  }
}
