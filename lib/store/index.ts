/**
 * The local database (IndexedDB via idb), imported by the background only:
 * content scripts and pages reach it through the messages of lib/messages.ts.
 */
export { StoreConnection } from './db';
export type { StoreOptions } from './db';
export { DB_NAME, DB_VERSION } from './schema';
export type { KefuDb, KefuGuardDB } from './schema';
export { addChatEvents, pendingMessages } from './chat';
export { markObserved, coverageShare, addMinute } from './coverage';
export { addGuardEvent } from './guard';
export { putAfterSalesSnapshot, refundCounts, refundStage } from './aftersales';
export { listAccounts, resolveAccount } from './accounts';
export { getSummary } from './summary';
export { exportDaily, toCsv } from './export';
export { pruneBefore, retentionCutoff, PRUNE_ALARM } from './retention';
export { ensurePruneAlarm, pruneNow } from './lifecycle';
export { readSettings } from './settings';
export { createHandlers } from './handlers';
export type { HandlerDeps } from './handlers';
export { StoreError, recordStoreError, readStoreError } from './errors';
export { refreshBadge, removeWaitingReport, saveWaitingReport } from './live';
