import { describe, expect, it } from 'vitest';
import { addDays, beijingDayStart } from '@/lib/clock';
import { boardDesignDoc, BOARD_MAX_DOC_CHARS, RECENT_FILTER, RECENT_MAP, refusalKind, STATUS_KEY, VALIDATE_DOC_UPDATE } from '@/lib/team/board/design';
import { dayDocs, eventDoc, type BoardDoc } from '@/lib/team/board/docs';
import { statusDoc } from '@/lib/team/board/status';
import { boardFile, NOW } from './helpers';

type Validate = (newDoc: unknown, oldDoc: unknown, userCtx: { name: string | null; roles: string[] }, secObj: unknown) => void;
/** The function exactly as the server evaluates its source (CouchDB 3 compiles the string). */
const validate = new Function(`return (${VALIDATE_DOC_UPDATE});`)() as Validate;
const agent = (name: string | null) => ({ name, roles: [] as string[] });

/** The reason the server gives, or null when the write is accepted. */
function refusal(doc: unknown, user = agent('a1'), old: unknown = null): string | null {
  try {
    validate(doc, old, user, {});
    return null;
  } catch (e) {
    expect(e).toHaveProperty('forbidden');
    return (e as { forbidden: string }).forbidden;
  }
}

const file = boardFile('A');
const ev = eventDoc('a1', file, file.events[0]!);
const day = dayDocs('a1', file)[0]!;
const status = statusDoc({ agent: 'a1', shop: 'mall1', agentId: 'A', reports: [{ waiting: 2, overFirstThreshold: 1, longestWaitingSince: NOW - 40_000, pageRecognised: true, reportedAt: NOW }], heldToday: 3, now: NOW });

describe('validate_doc_update (ES5, evaluated from its source)', () => {
  it('is plain ES5: no arrow functions, let/const, template strings or spread', () => {
    expect(VALIDATE_DOC_UPDATE).not.toMatch(/=>|\blet\b|\bconst\b|`|\.\.\./);
    expect(boardDesignDoc()).toMatchObject({ _id: '_design/kefu-guard', language: 'javascript', validate_doc_update: VALIDATE_DOC_UPDATE });
  });

  it.each<[string, BoardDoc]>([['event', ev], ['day', day], ['status', status]])('accepts the writer\'s own %s document', (_n, doc) => {
    expect(refusal(doc)).toBeNull();
    expect(refusal({ ...doc, _rev: '1-x', _revisions: { start: 1, ids: ['x'] } }, agent('a1'), doc)).toBeNull();
  });

  it('accepts a human reply inferred from the page, marked so (version 3)', () => {
    expect(refusal({ ...ev, kind: 'human', inferred: true })).toBeNull();
  });

  it.each<[string, unknown, { name: string | null; roles: string[] }, unknown, string]>([
    ['a document of another agent', { ...ev, agent: 'a2', _id: `ev:a2:${ev.message}` }, agent('a1'), null, 'agent'],
    ['an anonymous writer', ev, agent(null), null, 'agent'],
    ['replacing another agent\'s document', ev, agent('a1'), { ...ev, agent: 'a2' }, 'agent'],
    ['an id its content does not make', { ...ev, _id: 'ev:a1:other' }, agent('a1'), null, 'id'],
    ['a day id of another day', { ...day, _id: 'day:a1:2020-01-01' }, agent('a1'), null, 'id'],
    ['an unknown type', { ...ev, type: 'note' }, agent('a1'), null, 'shape'],
    ['an unknown field (message text)', { ...ev, text: '你好' }, agent('a1'), null, 'shape'],
    ['an unhashed id', { ...ev, buyer: 'buyer-nick' }, agent('a1'), null, 'shape'],
    ['a wrong kind', { ...ev, kind: 'system' }, agent('a1'), null, 'shape'],
    ['a buyer message marked inferred', { ...ev, kind: 'buyer', inferred: true }, agent('a1'), null, 'shape'],
    ['an inferred mark other than true', { ...ev, kind: 'human', inferred: 1 }, agent('a1'), null, 'shape'],
    ['a negative count', { ...day, held: -1 }, agent('a1'), null, 'shape'],
    ['a broken span', { ...day, spans: [[600, 500]] }, agent('a1'), null, 'shape'],
    ['a status without stages', { ...status, waiting: { total: 1 } }, agent('a1'), null, 'shape'],
    ['an event from ten days ago', { ...ev, at: Date.now() - 10 * 86_400_000 }, agent('a1'), null, 'time'],
    ['an event two hours ahead', { ...ev, at: Date.now() + 2 * 3_600_000 }, agent('a1'), null, 'time'],
    ['a day doc of 2020', { ...day, day: '2020-01-01', _id: 'day:a1:2020-01-01' }, agent('a1'), null, 'time'],
    ['an oversized document', { ...ev, padding: 'x'.repeat(BOARD_MAX_DOC_CHARS) }, agent('a1'), null, 'size'],
    ['a deletion', { _id: ev._id, _deleted: true }, agent('a1'), ev, 'delete'],
  ])('refuses %s', (_n, doc, user, old, kind) => {
    const reason = refusal(doc, user, old);
    expect(reason).not.toBeNull();
    expect(refusalKind(reason)).toBe(kind);
  });

  it('lets a server admin write anything (the setup command, retention)', () => {
    expect(refusal({ _id: 'x', _deleted: true }, { name: 'admin', roles: ['_admin'] })).toBeNull();
  });

  it('the largest valid document fits; a long revision history does not count', () => {
    const largest = { ...day, agentName: '名'.repeat(100), shopName: '店'.repeat(100), spans: Array.from({ length: 720 }, () => [1000, 1440]) };
    expect(refusal(largest)).toBeNull();
    expect(refusal({ ...status, _revisions: { start: 5000, ids: Array.from({ length: 1000 }, () => 'f'.repeat(32)) } })).toBeNull();
  });
});

describe('the live board\'s changes filter (ES5, evaluated from its source)', () => {
  type Filter = (doc: unknown, req: { query?: Record<string, string> }) => boolean;
  const recent = new Function(`return (${RECENT_FILTER});`)() as Filter;
  const from = { query: { from_day: day.day, from: String(beijingDayStart(day.day)) } };
  const dayBefore = addDays(day.day, -1);

  it('is plain ES5 and in the design document as kefu-guard/recent', () => {
    expect(RECENT_FILTER).not.toMatch(/=>|\blet\b|\bconst\b|`|\.\.\./);
    expect(boardDesignDoc().filters).toEqual({ recent: RECENT_FILTER });
    expect(boardDesignDoc().kefuGuardVersion).toBeGreaterThanOrEqual(2);
  });

  it.each<[string, unknown, boolean]>([
    ['a status, however old', { ...status, updatedAt: 0 }, true],
    ['a deletion', { _id: ev._id, _deleted: true }, true],
    ['a day document of the first day', day, true],
    ['a day document of the day before', { ...day, day: dayBefore }, false],
    ['an event at the first day\'s first instant', { ...ev, at: beijingDayStart(day.day) }, true],
    ['an event a millisecond before it', { ...ev, at: beijingDayStart(day.day) - 1 }, false],
    ['an unknown type', { ...ev, type: 'note' }, false],
  ])('with a first day: %s → %s', (_n, doc, passes) => {
    expect(recent(doc, from)).toBe(passes);
  });

  it('without both parameters passes everything (as the feed was before the filter)', () => {
    const old = { ...ev, at: 0 };
    expect(recent(old, {})).toBe(true);
    expect(recent(old, { query: { from_day: day.day } })).toBe(true);
    expect(recent(old, { query: { from: 'x', from_day: day.day } })).toBe(true);
  });
});

describe('the live board\'s view (ES5, evaluated from its source)', () => {
  const keysOf = (doc: unknown) => {
    const keys: unknown[] = [];
    const map = new Function('emit', `return (${RECENT_MAP});`)((key: unknown) => keys.push(key)) as (doc: unknown) => void;
    map(doc);
    return keys;
  };

  it('is plain ES5 and in the design document as kefu-guard/recent', () => {
    expect(RECENT_MAP).not.toMatch(/=>|\blet\b|\bconst\b|`|\.\.\./);
    expect(boardDesignDoc().views).toEqual({ recent: { map: RECENT_MAP } });
  });

  it('an event under its time, a day under its first Beijing instant, a status after every time, nothing else', () => {
    expect(keysOf(ev)).toEqual([ev.at]);
    expect(keysOf(day)).toEqual([beijingDayStart(day.day)]);
    expect(keysOf(status)).toEqual([STATUS_KEY]);
    expect(STATUS_KEY).toBeGreaterThan(Date.now() * 1000);
    expect(keysOf({ ...ev, type: 'note' })).toEqual([]);
    expect(keysOf({ _id: '_design/x' })).toEqual([]);
  });
});
