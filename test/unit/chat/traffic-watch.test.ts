// @vitest-environment node
/**
 * Knowing when the traffic is missing (issue 20 item 6): the page lists new
 * waiting buyers, but neither socket brought a message for minutes.
 */
import { describe, expect, it } from 'vitest';
import { TRAFFIC_SILENCE_MS, TrafficWatch } from '@/lib/content/chat-session/traffic-watch';

const NOW = Date.UTC(2026, 10, 23, 2, 0, 0);
const MIN = 60_000;

describe('TrafficWatch', () => {
  it('waits three minutes in every build but the blind-page e2e\'s own (KG_TRAFFIC_SILENCE_MS unset)', () => {
    expect(TRAFFIC_SILENCE_MS).toBe(3 * 60_000);
  });

  it('says the traffic is missing, once, when new waiting buyers go TRAFFIC_SILENCE_MS without any push', () => {
    const watch = new TrafficWatch();
    watch.notePageWaiting(['a'], NOW); // listed on load: no push expected for it
    expect(watch.missing(NOW + 10 * MIN)).toBeNull();
    watch.notePageWaiting(['a', 'b'], NOW + 10 * MIN);
    expect(watch.missing(NOW + 10 * MIN + TRAFFIC_SILENCE_MS - 1)).toBeNull();
    expect(watch.missing(NOW + 10 * MIN + TRAFFIC_SILENCE_MS)).toEqual({ mws: 0, titan: 0, silentMs: TRAFFIC_SILENCE_MS });
    expect(watch.missing(NOW + 20 * MIN)).toBeNull(); // once per episode
  });

  it('is content while either socket brings messages, and counts them per socket', () => {
    const watch = new TrafficWatch();
    watch.notePageWaiting([], NOW);
    watch.notePush('titan-ws', NOW + MIN);
    watch.notePageWaiting(['b'], NOW + 2 * MIN); // the push that brought b came just before its row
    expect(watch.missing(NOW + 10 * MIN)).toBeNull();
    watch.notePageWaiting(['b', 'c'], NOW + 10 * MIN); // nothing pushed for 9 minutes
    watch.notePush('m-ws', NOW + 11 * MIN); // ... then c's message arrives
    expect(watch.missing(NOW + 20 * MIN)).toBeNull();
    expect(watch.pushes).toEqual({ 'm-ws': 1, 'titan-ws': 1 });
  });
});
