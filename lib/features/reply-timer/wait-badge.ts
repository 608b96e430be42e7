/**
 * The per-conversation wait badge: a tiny shadow-root host placed inside a
 * conversation row. Plain DOM, not Preact: up to 200 of these update every
 * second, and writing one text node and one class is all a tick needs.
 */
import badgeCss from './wait-badge.css?inline';
import { LEVELS_CSS } from './wait-levels';
import { createShadowHost } from '../../dom/shadow-host';

export const BADGE_TAG = 'kefu-wait-badge';
const BADGE_CSS = badgeCss + LEVELS_CSS;

export interface BadgeView {
  text: string;
  level: number;
  warning: boolean;
  counted: boolean;
  tag: string | null;
  /** The robot answered: a quieter badge (issue 20 item 4). */
  quiet?: boolean;
}

export class WaitBadge {
  readonly host: HTMLElement;
  private readonly badge: HTMLSpanElement;
  private readonly label: Text;
  private readonly tag: HTMLSpanElement;
  private last: Partial<BadgeView> = {};
  /** Rendered at least once. */
  drawn = false;

  /**
   * @param describe builds the tooltip when the pointer reaches the badge:
   * composing it every second for every badge would cost more than the tick.
   */
  constructor(doc: Document, buyerId: string, describe: () => string) {
    const { host, shadow } = createShadowHost(doc, BADGE_TAG, BADGE_CSS);
    host.dataset.buyer = buyerId;
    host.style.display = 'block';
    this.host = host;
    this.badge = doc.createElement('span');
    this.badge.setAttribute('part', 'badge');
    this.label = doc.createTextNode('');
    this.tag = doc.createElement('span');
    this.tag.className = 'tag';
    this.badge.append(this.label);
    shadow.append(this.badge);
    this.badge.addEventListener('mouseenter', () => (this.badge.title = describe()));
  }

  /** Writes only what changed since the last render. */
  render(view: BadgeView): void {
    if (view.text !== this.last.text) this.label.data = view.text;
    if (view.level !== this.last.level || view.warning !== this.last.warning || view.counted !== this.last.counted || view.quiet !== this.last.quiet) {
      const flashing = this.badge.classList.contains('flash');
      this.badge.className = `badge l${view.level}${view.warning ? ' warn' : ''}${view.counted ? '' : ' uncounted'}${view.quiet ? ' quiet' : ''}${flashing ? ' flash' : ''}`;
      this.host.dataset.level = String(view.level);
      this.host.dataset.warning = String(view.warning);
    }
    if (view.tag !== this.last.tag) {
      if (view.tag) {
        this.tag.textContent = view.tag;
        this.badge.append(this.tag);
      } else this.tag.remove();
    }
    this.last = view;
    this.drawn = true;
  }

  /** Draws the eye to this badge (after "jump to longest wait"). */
  flash(): void {
    this.badge.classList.remove('flash');
    void this.badge.offsetWidth;
    this.badge.classList.add('flash');
  }
}
