/**
 * The 实时 tab: follows the shop's database (lib/team/board/follow.ts) with
 * the owner's credentials from the board settings. PouchDB is loaded here,
 * on opening the tab with the board switched on: never in the default pages.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { beijingDay, type BeijingDay, type CountedWindow } from '@/lib/clock';
import type { PauseReason } from '@/lib/team/board/sync-state';
import type { PouchCtor } from '@/lib/team/board/pouch';
import type { BoardSettings } from '@/lib/settings/types';
import { boardAt, boardFigures, boardFirstDay } from '@/lib/team/board/board';
import type { BoardDoc } from '@/lib/team/board/docs';
import { followBoard } from '@/lib/team/board/follow';
import { LiveBoard } from './LiveBoard';
import type { SignupRule } from '@/lib/signup-rules';
import type { OfficialDay } from '../ShopDays';

export interface LiveDeps {
  board: BoardSettings;
  /** The signup rule of the settings: the board's verdict is the Team page's and the popup's (lib/signup-verdict.ts). */
  rule: SignupRule;
  /** The platform's figures by shop and day, as the Team page has them. */
  official?: Record<string, Record<BeijingDay, OfficialDay>>;
  window: CountedWindow;
  expectedAgents: number;
  /** How the tab gets PouchDB (a dynamic import of pouchdb-browser in the extension). */
  loadPouch(): Promise<PouchCtor>;
  /** The page's clock (lib/ui/page-clock.ts: the worker's platform-corrected time); the computer's when absent. */
  now?: () => number;
}

const REASONS: Record<PauseReason, string> = {
  unauthorized: 'board.sync.unauthorized',
  forbidden: 'board.sync.forbidden',
  offline: 'board.sync.offline',
  notFound: 'board.sync.notFound',
  server: 'board.sync.server',
  permission: 'board.sync.permission',
};

export const pauseText = (reason: PauseReason): string => i18n.t(REASONS[reason] as 'board.sync.offline');

export function LiveTab(deps: LiveDeps) {
  const [docs, setDocs] = useState<BoardDoc[] | null>(null);
  const [paused, setPaused] = useState<PauseReason | null>(null);
  const clockNow = deps.now ?? Date.now;
  const [now, setNow] = useState(clockNow);
  const { enabled, url, database, user, password } = deps.board;
  const on = enabled && !!url && !!database && !!user;
  useEffect(() => {
    if (!on) return;
    let stop: (() => void) | undefined;
    let gone = false;
    void deps.loadPouch().then((Pouch) => {
      if (!gone) stop = followBoard({ Pouch, url, database, user, password, fromDay: boardFirstDay(clockNow()), onDocs: setDocs, onPause: setPaused });
    });
    const tick = setInterval(() => setNow(clockNow()), 1000);
    return () => ((gone = true), stop?.(), clearInterval(tick));
  }, [on, url, database, user, password]);
  // The merged figures (the costly part) are rebuilt only when the documents change (the changes feed)
  // or the Beijing day turns; each second's tick redraws only what the clock changes (online, longest wait).
  const day = beijingDay(now);
  const figures = useMemo(
    () => (docs ? boardFigures(docs, { now, window: deps.window, expectedAgents: deps.expectedAgents }) : null),
    // `now` is read for its day only: the figures depend on the day, not the second.
    [docs, day, deps.rule, deps.window, deps.expectedAgents],
  );
  const board = useMemo(() => (figures ? boardAt(figures, now) : null), [figures, now]);
  if (!on) return <p class="card hint" data-testid="live-off">{i18n.t('board.tab.off')}</p>;
  return (
    <div data-testid="live-tab" data-paused={paused ?? ''}>
      {paused && (
        <p class="card paused" data-testid="live-paused">
          {i18n.t('board.tab.paused', { reason: pauseText(paused) })}
        </p>
      )}
      {board ? <LiveBoard board={board} today={board.day} rule={deps.rule} official={board.shop ? deps.official?.[board.shop.id] : undefined} /> : !paused && <p class="card muted">{i18n.t('board.tab.connecting')}</p>}
    </div>
  );
}
