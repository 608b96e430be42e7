/**
 * The design document a shop's database carries (scripts/board-setup.ts puts
 * it there): `validate_doc_update`, the server's own rule on every write,
 * replication included. It is plain ES5 as Apache CouchDB 3's JavaScript
 * query server (SpiderMonkey) runs it, and as pouchdb-server runs it in the
 * tests: no arrow functions, no let/const, no template strings, no
 * Object.assign, only `throw({forbidden: …})` to refuse.
 *
 * It refuses, for anyone but a server admin:
 * - a document whose `agent` is not the writer (userCtx.name), or that would
 *   replace another agent's document;
 * - an id that is not the one its content makes (`ev:`, `day:`, `status:`
 *   + agent + key: the same event is the same document, lib/team/board/docs.ts);
 * - a wrong shape (unknown type, missing or ill-typed field, unknown field);
 * - a time outside [now − 8 days, now + 1 hour] (the server's clock);
 * - a document larger than 10 KB as JSON, its own fields (`_revisions`,
 *   which replication sends along and grows with every edit, not counted);
 *   the largest valid one (a day of 720 spans) is about 9 KB;
 * - a deletion (agents never delete; retention is the owner's, as admin).
 * Reasons start with a stable code (`agent:`, `id:`, `shape:`, `time:`,
 * `size:`, `delete:`) so the extension can count them by kind.
 *
 * And, from version 2, what the Team page's live board reads with
 * (lib/team/board/follow.ts): a view `recent` of the documents by time
 * (events by `at`, days by their first instant, statuses after every time)
 * that gives the board's days at once however old the database, and a
 * changes filter `recent` for the live tail, so opening the board after
 * months neither fetches nor walks every event ever written.
 */

/** The design document's id in a shop's database. */
export const BOARD_DESIGN_ID = '_design/kefu-guard';
/**
 * Bumped whenever the validation changes; the setup command replaces an older one.
 * 3: an event may carry `inferred: true` (a human reply inferred from the page).
 */
export const BOARD_DESIGN_VERSION = 3;
/** Largest document the server accepts, in characters of JSON. */
export const BOARD_MAX_DOC_CHARS = 10 * 1024;
/** How far back a document's time may be (an agent offline over a long weekend still syncs). */
export const BOARD_PAST_MS = 8 * 24 * 3600 * 1000;
/** How far ahead (agents' clocks run a little fast). */
export const BOARD_FUTURE_MS = 3600 * 1000;

export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx, secObj) {
  var MAX_CHARS = ${BOARD_MAX_DOC_CHARS}, PAST = ${BOARD_PAST_MS}, FUTURE = ${BOARD_FUTURE_MS};
  var HASH = /^[0-9a-f]{32}$/, DAY = /^\\d{4}-\\d{2}-\\d{2}$/;
  function refuse(code, why) { throw({ forbidden: code + ': ' + why }); }
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  if (newDoc._deleted) refuse('delete', 'agents do not delete documents');
  if (typeof userCtx.name !== 'string' || newDoc.agent !== userCtx.name) refuse('agent', 'the document is not the writer\\'s');
  if (oldDoc && oldDoc.agent !== userCtx.name) refuse('agent', 'the document belongs to another agent');
  var body = {};
  for (var f in newDoc) if (f.charAt(0) !== '_' || f === '_id') body[f] = newDoc[f];
  if (JSON.stringify(body).length > MAX_CHARS) refuse('size', 'larger than ' + MAX_CHARS + ' characters');
  var now = new Date().getTime();
  function isArray(v) { return Object.prototype.toString.call(v) === '[object Array]'; }
  function isText(v, max) { return typeof v === 'string' && v.length > 0 && v.length <= max; }
  function isCount(v, max) { return typeof v === 'number' && v >= 0 && v <= max && Math.floor(v) === v; }
  function inWindow(t) { return typeof t === 'number' && t >= now - PAST && t <= now + FUTURE; }
  function dayStart(d) { return Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) - 8 * 3600 * 1000; }
  function only(keys) {
    for (var k in newDoc) {
      if (k.charAt(0) !== '_' && keys.indexOf(k) === -1) refuse('shape', 'unknown field ' + k);
    }
  }
  var common = ['type', 'agent', 'shop', 'agentId'];
  if (!isText(newDoc.shop, 64) || !isText(newDoc.agentId, 64)) refuse('shape', 'shop and agentId must be ids');
  if (newDoc.type === 'event') {
    only(common.concat(['kind', 'conversation', 'buyer', 'message', 'at', 'inferred']));
    if (['buyer', 'human', 'robot'].indexOf(newDoc.kind) === -1) refuse('shape', 'kind');
    if (newDoc.inferred !== undefined && (newDoc.inferred !== true || newDoc.kind !== 'human')) refuse('shape', 'only a human reply may be inferred');
    if (!HASH.test(newDoc.conversation) || !HASH.test(newDoc.buyer) || !HASH.test(newDoc.message)) refuse('shape', 'ids must be hashed');
    if (!inWindow(newDoc.at)) refuse('time', 'at is outside the window');
    if (newDoc._id !== 'ev:' + newDoc.agent + ':' + newDoc.message) refuse('id', 'expected ev:<agent>:<message>');
  } else if (newDoc.type === 'day') {
    only(common.concat(['shopName', 'agentName', 'day', 'startHour', 'endHour', 'minutes', 'spans', 'held', 'warned', 'sentAnyway', 'updatedAt']));
    if (typeof newDoc.day !== 'string' || !DAY.test(newDoc.day)) refuse('shape', 'day');
    if (!isCount(newDoc.startHour, 23) || !isCount(newDoc.endHour, 24) || newDoc.endHour <= newDoc.startHour) refuse('shape', 'hours');
    if (!isCount(newDoc.minutes, 1440) || !isCount(newDoc.held, 1e6) || !isCount(newDoc.warned, 1e6) || !isCount(newDoc.sentAnyway, 1e6)) refuse('shape', 'counts');
    if (!isArray(newDoc.spans) || newDoc.spans.length > 720) refuse('shape', 'spans');
    for (var i = 0; i < newDoc.spans.length; i++) {
      var s = newDoc.spans[i];
      if (!isArray(s) || s.length !== 2 || !isCount(s[0], 1440) || !isCount(s[1], 1440) || s[1] < s[0]) refuse('shape', 'span');
    }
    if (newDoc.shopName !== undefined && !isText(newDoc.shopName, 100)) refuse('shape', 'shopName');
    if (newDoc.agentName !== undefined && !isText(newDoc.agentName, 100)) refuse('shape', 'agentName');
    if (!inWindow(dayStart(newDoc.day) + 12 * 3600 * 1000) && !inWindow(dayStart(newDoc.day))) refuse('time', 'day is outside the window');
    if (!inWindow(newDoc.updatedAt)) refuse('time', 'updatedAt is outside the window');
    if (newDoc._id !== 'day:' + newDoc.agent + ':' + newDoc.day) refuse('id', 'expected day:<agent>:<day>');
  } else if (newDoc.type === 'status') {
    only(common.concat(['agentName', 'online', 'waiting', 'longestWaitSince', 'held', 'updatedAt']));
    if (typeof newDoc.online !== 'boolean') refuse('shape', 'online');
    var w = newDoc.waiting;
    if (!w || typeof w !== 'object' || !isCount(w.total, 10000) || !isArray(w.byStage) || w.byStage.length > 8) refuse('shape', 'waiting');
    for (var j = 0; j < w.byStage.length; j++) if (!isCount(w.byStage[j], 10000)) refuse('shape', 'waiting stage');
    for (var wk in w) if (wk !== 'total' && wk !== 'byStage') refuse('shape', 'unknown field waiting.' + wk);
    if (newDoc.longestWaitSince !== null && !inWindow(newDoc.longestWaitSince)) refuse('time', 'longestWaitSince is outside the window');
    if (!isCount(newDoc.held, 1e6)) refuse('shape', 'held');
    if (newDoc.agentName !== undefined && !isText(newDoc.agentName, 100)) refuse('shape', 'agentName');
    if (!inWindow(newDoc.updatedAt)) refuse('time', 'updatedAt is outside the window');
    if (newDoc._id !== 'status:' + newDoc.agent) refuse('id', 'expected status:<agent>');
  } else {
    refuse('shape', 'unknown type');
  }
}`;

/** The changes filter's name in the design document: `kefu-guard/recent` on a changes request. */
export const BOARD_RECENT_FILTER = 'recent';

/**
 * Passes what the live board reads: deletions (an admin's retention; the board drops them), every
 * status, a day document from `from_day` on, an event at or after `from` (ms). Without both
 * parameters it passes everything (as the feed was before the filter).
 */
export const RECENT_FILTER = `function (doc, req) {
  var q = req.query || {}, fromDay = q.from_day, from = Number(q.from);
  if (doc._deleted || doc.type === 'status') return true;
  if (typeof fromDay !== 'string' || !(from >= 0)) return true;
  if (doc.type === 'day') return typeof doc.day === 'string' && doc.day >= fromDay;
  if (doc.type === 'event') return typeof doc.at === 'number' && doc.at >= from;
  return false;
}`;

/** A status's key in the `recent` view: after every time, so a query from any first instant includes them all. */
export const STATUS_KEY = Number.MAX_SAFE_INTEGER;

/** The view's map: each document the board reads under its time (ms). */
export const RECENT_MAP = `function (doc) {
  if (doc.type === 'event' && typeof doc.at === 'number') emit(doc.at, null);
  else if (doc.type === 'day' && typeof doc.day === 'string') emit(Date.UTC(+doc.day.slice(0, 4), +doc.day.slice(5, 7) - 1, +doc.day.slice(8, 10)) - 8 * 3600 * 1000, null);
  else if (doc.type === 'status') emit(${STATUS_KEY}, null);
}`;

export interface BoardDesignDoc {
  _id: string;
  language: 'javascript';
  kefuGuardVersion: number;
  validate_doc_update: string;
  filters: Record<string, string>;
  views: Record<string, { map: string }>;
}

/** The design document as the setup command writes it. */
export function boardDesignDoc(): BoardDesignDoc {
  return { _id: BOARD_DESIGN_ID, language: 'javascript', kefuGuardVersion: BOARD_DESIGN_VERSION, validate_doc_update: VALIDATE_DOC_UPDATE, filters: { [BOARD_RECENT_FILTER]: RECENT_FILTER }, views: { [BOARD_RECENT_FILTER]: { map: RECENT_MAP } } };
}

/** The refusal kinds the reasons start with (counted by the extension). */
export const REFUSAL_KINDS = ['agent', 'id', 'shape', 'time', 'size', 'delete'] as const;
export type RefusalKind = (typeof REFUSAL_KINDS)[number] | 'other';

/** The kind of a server refusal from its reason text. */
export function refusalKind(reason: unknown): RefusalKind {
  const code = typeof reason === 'string' ? reason.split(':')[0] : '';
  return (REFUSAL_KINDS as readonly string[]).includes(code!) ? (code as RefusalKind) : 'other';
}
