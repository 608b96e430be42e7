import { i18n } from '#i18n';
import { Component } from 'preact';
import { onTrusted } from '@/lib/ui/trusted';

/** One wait as the alert lists it. */
export interface AlertWait {
  buyerId: string;
  nickname: string;
  /** The badge's text: "4:05", "≥1:00:12", "昨天起" (written by LongestWaitAlert into the elements marked data-time). */
  text: string;
  level: number;
  /** About to cross its next threshold: the one still savable, listed first (issue 20). */
  soon?: boolean;
}

export interface WaitAlertProps {
  /** Buyers awaiting a human reply. */
  count: number;
  /** The longest waits, longest first (at most 5); the first is the one the button opens. */
  waits: readonly AlertWait[];
  /** The longest wait's start is an estimate. */
  estimated: boolean;
  /** Shown after a jump when the page did not open the conversation itself. */
  hint: boolean;
  onJump: (buyerId: string) => void;
}

/** The alert re-renders every second: its fixed strings are looked up once. */
let strings: Record<'title' | 'waiting' | 'longest' | 'soonest' | 'estimate' | 'hint' | 'jump' | 'jumpTitle' | 'jumpSoonTitle' | 'listTitle' | 'openTitle', string> | null = null;
function text() {
  strings ??= {
    title: `${i18n.t('common.estimateNote')} · ${i18n.t('timer.ruleNote')}`,
    waiting: i18n.t('timer.alertWaiting'),
    longest: i18n.t('timer.alertLongest'),
    soonest: i18n.t('timer.alertSoonest'),
    jumpSoonTitle: i18n.t('timer.alertJumpSoonTitle'),
    estimate: i18n.t('common.estimate'),
    hint: i18n.t('timer.alertClickHint'),
    jump: i18n.t('timer.alertJump'),
    jumpTitle: i18n.t('timer.alertJumpTitle'),
    listTitle: i18n.t('waits.listTitle'),
    openTitle: i18n.t('waits.openTitle'),
  };
  return strings;
}

/**
 * The one "longest waiting" alert on the chat page: the count, the longest
 * wait with a button to open it, and (when more than one buyer waits) the
 * five longest, each one click to open. Renders nothing when nobody waits.
 * The waits' times, which change every second, are not rendered here: the
 * elements marked data-time get them from LongestWaitAlert, so a second
 * passing costs six text writes, not a render of the whole alert.
 * A class, not a hook: preact/hooks would add a kilobyte to chat.js (its
 * budget, issue 25), as PageNotice says.
 */
export class WaitAlert extends Component<WaitAlertProps, { closed: boolean }> {
  // The list closes after a jump (issue 20): the pointer and the focus are still on
  // it, and left open it covers the conversation just opened. It opens again once the
  // pointer leaves and comes back, or a key moves the focus into it.
  override state = { closed: false };

  private readonly reopen = () => {
    if (this.state.closed) this.setState({ closed: false });
  };

  private jump(buyerId: string) {
    return onTrusted<MouseEvent>((event) => {
      this.setState({ closed: true });
      (event.currentTarget as HTMLElement | null)?.blur();
      this.props.onJump(buyerId);
    });
  }

  override render({ count, waits, estimated, hint }: WaitAlertProps, { closed }: { closed: boolean }) {
    const longest = waits[0];
    if (count === 0 || !longest) return null;
    const t = text();
    return (
      <div class={closed ? 'root alert closed' : 'root alert'} role="status" data-testid="wait-alert" title={t.title} onMouseLeave={this.reopen} onKeyUp={this.reopen}>
        <div class="head">
          <span>
            <span class="count" data-testid="wait-count">{count}</span> {t.waiting}
          </span>
          <span>
            {longest.soon ? t.soonest : t.longest} {longest.nickname}
          </span>
          <span class={`longest l${longest.level}`} data-testid="wait-longest" data-time={longest.buyerId} />
          {estimated && <span class="est">{t.estimate}</span>}
          {hint && <span class="hint">{t.hint}</span>}
          {waits.length > 1 && (
            <span class="more" title={t.listTitle} data-testid="wait-more">
              {i18n.t('waits.moreHint', { n: String(waits.length) })}
            </span>
          )}
          <button type="button" onClick={this.jump(longest.buyerId)} title={longest.soon ? t.jumpSoonTitle : t.jumpTitle} data-testid="wait-jump">
            {t.jump}
          </button>
        </div>
        {waits.length > 1 && (
          <ol class="waits" aria-label={t.listTitle} data-testid="wait-list">
            {waits.map((w) => (
              <li key={w.buyerId}>
                <button type="button" class="item" title={t.openTitle} data-testid="wait-item" data-buyer={w.buyerId} onClick={this.jump(w.buyerId)}>
                  <span class="name">{w.nickname}</span>
                  <span class={`time l${w.level}`} data-time={w.buyerId} />
                </button>
              </li>
            ))}
          </ol>
        )}
      </div>
    );
  }
}
