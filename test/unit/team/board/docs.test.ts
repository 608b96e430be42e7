import { describe, expect, it } from 'vitest';
import { mergeShop } from '@/lib/team/merge';
import { dayDocs, dayFileDocs, docsToDayFiles, eventDoc, sameContent } from '@/lib/team/board/docs';
import { boardFile, ev, TODAY, NOW } from './helpers';

const OPTIONS = { today: TODAY, window: { startHour: 0, endHour: 24 } };

describe('board documents: what a day file holds, with deterministic ids', () => {
  it('the same event is the same document, whoever builds it and when', () => {
    const file = boardFile('A');
    const again = boardFile('A', undefined, { exportedAt: NOW + 60_000 });
    expect(dayFileDocs('a1', file).filter((d) => d.type === 'event')).toEqual(dayFileDocs('a1', again).filter((d) => d.type === 'event'));
    const ids = dayFileDocs('a1', file).map((d) => d._id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(`day:a1:${TODAY}`);
    expect(eventDoc('a1', file, file.events[0]!)._id).toBe(`ev:a1:${file.events[0]![3]}`);
  });

  it('holds hashed ids, kinds, times, coverage, guard counts and names, and nothing else', () => {
    const [e, d] = [dayFileDocs('a1', boardFile('A'))[0]!, dayDocs('a1', boardFile('A'))[0]!];
    expect(Object.keys(e).sort()).toEqual(['_id', 'agent', 'agentId', 'at', 'buyer', 'conversation', 'kind', 'message', 'shop', 'type']);
    expect(Object.keys(d).sort()).toEqual(['_id', 'agent', 'agentId', 'agentName', 'day', 'endHour', 'held', 'minutes', 'sentAnyway', 'shop', 'shopName', 'spans', 'startHour', 'type', 'updatedAt', 'warned']);
    expect(d).toMatchObject({ minutes: 30, spans: [[0, 30]], held: 2, warned: 1, sentAnyway: 0, shopName: '测试店', agentName: '客服A' });
  });

  it('a day document changes only in its time when nothing else changed', () => {
    const [d1, d2] = [dayDocs('a1', boardFile('A'))[0]!, dayDocs('a1', boardFile('A', undefined, { exportedAt: NOW + 5000 }))[0]!];
    expect(sameContent(d1, { ...d2, _rev: '3-abc' })).toBe(true);
    expect(sameContent(d1, Object.fromEntries(Object.entries(d2).reverse()) as typeof d2)).toBe(true);
    expect(sameContent(d1, { ...d2, minutes: 31 })).toBe(false);
  });

  it('the documents make the day files again: the merge gives the same figures as the imported files', () => {
    const files = [boardFile('A'), boardFile('B', [ev('buyer', 5, 'c-A2', 'm-A3'), ev('human', 4, 'c-A2', 'm-B9')])];
    const docs = [...dayFileDocs('a1', files[0]!), ...dayFileDocs('b1', files[1]!)];
    const back = docsToDayFiles(docs, NOW);
    expect(back.map((f) => f.agent.id).sort()).toEqual(['A', 'B']);
    const fromFiles = mergeShop(files, OPTIONS);
    const fromDocs = mergeShop(back, OPTIONS);
    expect(fromDocs.shopDays).toEqual(fromFiles.shopDays);
    expect(fromDocs.agents.map((a) => a.days)).toEqual(fromFiles.agents.map((a) => a.days));
  });

  it('replicating twice doubles nothing: repeated documents merge as once', () => {
    const docs = dayFileDocs('a1', boardFile('A'));
    const once = mergeShop(docsToDayFiles(docs, NOW), OPTIONS).shopDays;
    expect(mergeShop(docsToDayFiles([...docs, ...docs], NOW), OPTIONS).shopDays).toEqual(once);
  });
});
