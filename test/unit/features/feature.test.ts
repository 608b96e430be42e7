// @vitest-environment node
/**
 * The feature declarations (lib/content/feature.ts): a content script runs
 * the registered features for its URL, each isolated from the others; on the
 * client-side-routed MMS shell the router starts and stops them as the URL
 * (or a setting their runsOn reads) changes.
 */
import { describe, expect, it, vi } from 'vitest';
import { FeatureRouter, runFeatures, type Feature } from '../../../lib/content/feature';
import { AFTERSALES_FEATURES, CHAT_FEATURES, DATA_PAGE_FEATURES } from '../../../lib/features/registry';

interface Deps {
  on: boolean;
  log: string[];
}

function feature(id: string, matches: RegExp, extra: Partial<Feature<Deps>> = {}): Feature<Deps> {
  return {
    id,
    runsOn: (url, deps) => deps.on && matches.test(url),
    init(deps, signal) {
      deps.log.push(`start ${id}`);
      signal.addEventListener('abort', () => deps.log.push(`stop ${id}`));
    },
    ...extra,
  };
}

describe('runFeatures', () => {
  it('starts only the features that run on the URL, and one that throws does not stop the others', async () => {
    const warn = vi.fn();
    const deps: Deps = { on: true, log: [] };
    const broken = feature('broken', /chat/, { init: () => Promise.reject(new Error('boom')) });
    await runFeatures([feature('a', /chat/), broken, feature('b', /aftersales/), feature('c', /chat/)], 'https://x/chat', deps, new AbortController().signal, warn);
    expect(deps.log).toEqual(['start a', 'start c']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('broken');
  });

  it('a runsOn that throws counts as "not here"', async () => {
    const warn = vi.fn();
    const deps: Deps = { on: true, log: [] };
    const odd = feature('odd', /x/, { runsOn: () => { throw new Error('bad url'); } });
    await runFeatures([odd, feature('a', /x/)], 'https://x/', deps, new AbortController().signal, warn);
    expect(deps.log).toEqual(['start a']);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('FeatureRouter', () => {
  it('starts on entering a page, stops on leaving, restarts when the page kind changes, stops all with the lifetime', () => {
    const deps: Deps = { on: true, log: [] };
    const lifetime = new AbortController();
    const refunds = feature('refunds', /aftersale/, { pageKind: (url) => (url.includes('detail') ? 'detail' : 'list') });
    const router = new FeatureRouter([refunds, feature('data', /data/)], deps, lifetime.signal, vi.fn());
    router.route('https://x/home');
    expect(deps.log).toEqual([]);
    router.route('https://x/aftersale/list');
    router.route('https://x/aftersale/list?page=2'); // same kind: keeps running
    router.route('https://x/aftersale/detail?id=1');
    router.route('https://x/data');
    expect(deps.log).toEqual(['start refunds', 'stop refunds', 'start refunds', 'stop refunds', 'start data']);
    lifetime.abort();
    expect(deps.log.at(-1)).toBe('stop data');
    router.route('https://x/aftersale/list');
    expect(router.active()).toEqual([]);
  });

  it('a setting read by runsOn switches a feature off and on at the next route', () => {
    const deps: Deps = { on: true, log: [] };
    const router = new FeatureRouter([feature('refunds', /aftersale/)], deps, new AbortController().signal, vi.fn());
    router.route('https://x/aftersale');
    deps.on = false;
    router.route('https://x/aftersale');
    deps.on = true;
    router.route('https://x/aftersale');
    expect(deps.log).toEqual(['start refunds', 'stop refunds', 'start refunds']);
  });
});

describe('the registry', () => {
  const chat = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';
  const list = 'https://mms.pinduoduo.com/aftersales/aftersale_list';
  const data = 'https://mms.pinduoduo.com/mms-chat/overview/service';

  it('each feature has its own id', () => {
    const ids = [...CHAT_FEATURES, ...AFTERSALES_FEATURES, ...DATA_PAGE_FEATURES].map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('chat features run on the chat workbench only; the shell features never there', () => {
    const anyDeps = { settings: () => ({ features: { afterSales: true } }) } as never;
    expect(CHAT_FEATURES.every((f) => f.runsOn(chat, anyDeps) && !f.runsOn(list, anyDeps))).toBe(true);
    expect([...AFTERSALES_FEATURES, ...DATA_PAGE_FEATURES].some((f) => f.runsOn(chat, anyDeps))).toBe(false);
    expect(AFTERSALES_FEATURES.map((f) => f.runsOn(list, anyDeps))).toEqual([true]);
    expect(AFTERSALES_FEATURES.map((f) => f.runsOn(data, anyDeps))).toEqual([false]);
    expect(DATA_PAGE_FEATURES.map((f) => f.runsOn(data, anyDeps))).toEqual([true]);
  });

  it('the refund feature is off when the shop switches it off', () => {
    const off = { settings: () => ({ features: { afterSales: false } }) } as never;
    expect(AFTERSALES_FEATURES[0]!.runsOn(list, off)).toBe(false);
  });
});
