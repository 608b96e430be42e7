import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { badgeElapsed } from '@/lib/wait-display';
import type { Summary } from '@/lib/messages';

/** Buyers waiting right now and the longest wait, from the open chat tab's latest report. */
export function LiveStatus({ live, now }: { live: Summary['live']; now: () => number }) {
  const [, tick] = useState(0);
  const ticking = live !== null && live.longestWaitingSince !== null;
  useEffect(() => {
    if (!ticking) return undefined;
    const id = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(id);
  }, [ticking]);

  if (live === null) {
    return (
      <div class="live live--off" data-testid="live">
        <span class="dot" aria-hidden="true" />
        {i18n.t('popup.live.closed')}
      </div>
    );
  }
  if (!live.pageRecognised) {
    return (
      <div class="live live--off" data-testid="live">
        <span class="dot" aria-hidden="true" />
        {i18n.t('popup.live.notRecognised')}
      </div>
    );
  }
  const longest = live.longestWaitingSince === null ? null : badgeElapsed(now() - live.longestWaitingSince);
  return (
    <div class={`live${live.waiting > 0 ? ' live--waiting' : ''}`} data-testid="live">
      <span class="dot" aria-hidden="true" />
      <span>
        {i18n.t('popup.live.waitingPre')}
        <strong data-testid="live-waiting">{live.waiting}</strong>
        {i18n.t('popup.live.waitingPost')}
      </span>
      {longest && (
        <span class="longest">
          {i18n.t('popup.live.longest')} <strong data-testid="live-longest">{longest}</strong>
        </span>
      )}
    </div>
  );
}
