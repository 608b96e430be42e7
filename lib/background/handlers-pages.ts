/** Handlers of what the chat and after-sales pages send: events, heartbeats, live reports, snapshots. */
import type { Handlers } from '../messages';
import { countDiagnostics } from './diagnostics';
import { refreshBadge, saveWaitingReport } from './live-reports';
import { arrayOf, eventTime, finiteTime } from './request-checks';
import { normalizeAccount } from '../store/accounts';
import { daySecrets } from './day-secrets';
import { putAfterSalesSnapshot } from '../store/aftersales';
import { beijingDay } from '../clock';
import { accountSalt, addChatEvents, pendingMessages } from '../store/chat';
import type { DaySecrets } from '../store/chat';
import { markObserved } from '../store/coverage';
import { addGuardEvent } from '../store/guard';
import type { HandlerDeps } from './handlers';

type PageWrites = Pick<Handlers, 'chat/events' | 'chat/pending' | 'chat/heartbeat' | 'chat/waiting' | 'guard/event' | 'aftersales/snapshot'>;

export function pageWriteHandlers({ store, session, settings, action, clock, onWaitingReport, idKeys, secretReady }: HandlerDeps): PageWrites {
  /** The shop's secret of each day: set mid-day, a new secret counts from the next day (issue 22). */
  const secrets: (accountKey: string) => Promise<Exclude<DaySecrets, string>> = daySecrets({ store, settings, clock, idKeys, secretReady });
  const secretToday = async (accountKey: string) => (await secrets(accountKey))(beijingDay(clock.now()));
  return {
    'chat/events': async (request) => {
      const { replyTimer } = await settings();
      const account = normalizeAccount(request.account);
      const daySecrets = await secrets(account.key);
      const { added, skipped } = await store.run('chat/events', (db) =>
        addChatEvents(db, account, arrayOf(request.events), replyTimer.countedWindow, clock.now(), daySecrets),
      );
      await countDiagnostics(session, { skippedEvents: skipped }, clock.now());
      return { added, skipped };
    },

    'chat/pending': async (request) => {
      const since = finiteTime(request.since, 'chat/pending since');
      const account = normalizeAccount(request.account).key;
      const salt = accountSalt(account, await secretToday(account));
      return { pending: await store.run('chat/pending', (db) => pendingMessages(db, account, since)), salt };
    },

    'chat/heartbeat': async (request, sender) => {
      const at = eventTime(request.at, 'chat/heartbeat at');
      // Stamped with the platform's clock as the chat page measured it: the worker's "today" follows it (issue 22 item 8).
      if (sender.kind === 'content') clock.observe?.(at, typeof request.offset === 'number' && Number.isFinite(request.offset) ? request.offset : null);
      await store.run('chat/heartbeat', (db) => markObserved(db, normalizeAccount(request.account), at, clock.now()));
      return { ok: true };
    },

    'chat/waiting': async (request, sender) => {
      await saveWaitingReport(session, sender.tabId, request.report, clock.now());
      await refreshBadge(session, action);
      // A failing notification must not fail the report (the badge is set).
      await onWaitingReport?.(sender.tabId, request.report).catch((error: unknown) => console.warn('[kefu-guard] notification failed', error));
      return { ok: true };
    },

    'guard/event': async (request) => {
      const window = (await settings()).replyTimer.countedWindow;
      const account = normalizeAccount(request.account);
      return store.run('guard/event', (db) => addGuardEvent(db, account, request.event, window, clock.now()));
    },

    'aftersales/snapshot': async (request) => {
      const seenAt = eventTime(request.seenAt, 'aftersales/snapshot seenAt');
      const account = normalizeAccount(request.account);
      const shopSecret = await secretToday(account.key);
      return store.run('aftersales/snapshot', (db) => putAfterSalesSnapshot(db, account, seenAt, arrayOf(request.rows), clock.now(), shopSecret));
    },
  };
}
