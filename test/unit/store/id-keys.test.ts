/**
 * Hashed ids and the shop secret (issue 22 items 6 and 7).
 * - The team secret set mid-day: a day's ids keep the key they started with
 *   (one key per day), so re-reported messages and returning buyers are not
 *   counted twice (120 buyers became 240 before); the new key counts from the
 *   next day.
 * - No secret set: one is generated and written into the team settings (so the
 *   team settings file carries it); stored ids keep their old key.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addDays } from '@/lib/clock';
import { ensureShopSecret, followShopSecret } from '@/lib/background/shop-secret';
import { daySecrets } from '@/lib/background/day-secrets';
import { LiveSettings } from '@/lib/background/live-settings';
import { followSecret, FROM_THE_START, IdKeys, secretOn } from '@/lib/background/id-keys';
import { hashIdSync, shopSalt } from '@/lib/id-hash';
import type { ChatEvent } from '@/lib/events';
import { dispatch } from '@/lib/background/request-dispatch';
import { SETTINGS_KEY } from '@/lib/settings/keys';
import { importTeamFile } from '@/lib/settings/save';
import { teamFileText } from '@/lib/settings/team-file';
import { parseTeamDayFile } from '@/lib/team/day-file';
import { keyFingerprint } from '@/lib/team/key-fingerprint';
import { readEffectiveSettings, readSettings } from '@/lib/background/settings-read';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import type { Settings } from '@/lib/settings/types';
import type { StoreConnection } from '@/lib/store/db';
import { createHandlers } from '@/lib/background/handlers';
import { ACCOUNT, bj, freshStore, manualClock, TODAY } from './helpers';

const withSecret = (shopSecret: string): Settings => ({ ...DEFAULT_SETTINGS, team: { ...DEFAULT_SETTINGS.team, shopSecret } });

/** 120 buyers, each one message answered in 20 s, starting at `time`. */
function buyers(day: string, time: string, suffix = ''): ChatEvent[] {
  const start = bj(day, time);
  return Array.from({ length: 120 }, (_, i): ChatEvent[] => [
    { kind: 'buyer', conversationId: `c${i}`, buyerId: `u${i}`, messageId: `m${i}${suffix}`, at: start + i * 60_000 },
    { kind: 'human', conversationId: `c${i}`, buyerId: `u${i}`, messageId: `h${i}${suffix}`, at: start + i * 60_000 + 20_000 },
  ]).flat();
}

describe('the team secret set mid-day', () => {
  let store: StoreConnection;
  let settings: Settings;
  const clock = manualClock(bj(TODAY, '12:00'));
  beforeEach(() => {
    fakeBrowser.reset();
    clock.set(bj(TODAY, '12:00'));
    ({ store } = freshStore(clock));
    settings = withSecret('');
  });
  afterEach(async () => store.close());

  const handlers = () => createHandlers({ store, session: fakeBrowser.storage.session, local: fakeBrowser.storage.local, settings: async () => settings, idKeys: new IdKeys(fakeBrowser.storage.local), action: fakeBrowser.action, clock });
  const send = (events: ChatEvent[]) => dispatch(handlers(), { type: 'chat/events', account: ACCOUNT, events }, {});
  const dayBuyers = (day: string) => store.run('read', async (db) => (await db.get('dailyAggregates', [ACCOUNT.key, day]))?.metrics.buyers);

  it('keeps the day\'s buyers once: re-reported messages and the same buyers again after the secret is set', async () => {
    await send(buyers(TODAY, '09:00'));
    expect(await dayBuyers(TODAY)).toBe(120);
    settings = withSecret('团队密钥-2026');
    await send(buyers(TODAY, '09:00')); // the page reloaded: the same messages again
    await send(buyers(TODAY, '14:00', '-pm')); // the same buyers write again in the afternoon
    expect(await dayBuyers(TODAY)).toBe(120);
  });

  it('uses the new secret from the day after a batch first saw it', async () => {
    await send(buyers(TODAY, '09:00'));
    settings = withSecret('团队密钥-2026');
    await send(buyers(TODAY, '14:00', '-pm'));
    const tomorrow = addDays(TODAY, 1);
    clock.set(bj(tomorrow, '12:00'));
    await send(buyers(tomorrow, '09:00', '-t'));
    const stored = await store.run('read', (db) => db.getAllFromIndex('chatEvents', 'byDay', [ACCOUNT.key, tomorrow]));
    expect(stored.some((e) => e.buyerId === hashIdSync(shopSalt('mall1', '团队密钥-2026'), 'u0'))).toBe(true);
    const today = await store.run('read', (db) => db.getAllFromIndex('chatEvents', 'byDay', [ACCOUNT.key, TODAY]));
    expect(today.every((e) => e.buyerId !== hashIdSync(shopSalt('mall1', '团队密钥-2026'), 'u0'))).toBe(true);
  });
  it('the exported team day file names each day\'s key by fingerprint, as the ids were hashed (issue 23 item 5)', async () => {
    await send(buyers(TODAY, '09:00'));
    settings = withSecret('团队密钥-2026');
    await send(buyers(TODAY, '14:00', '-pm'));
    clock.set(bj(addDays(TODAY, 1), '12:00'));
    const reply = await dispatch(handlers(), { type: 'team/export', account: ACCOUNT.key, days: 2 }, {});
    const { body } = (reply as { value: { body: string } }).value;
    const parsed = parseTeamDayFile(body);
    expect(parsed.ok && parsed.file.keys).toEqual([{ from: TODAY, key: null }, { from: addDays(TODAY, 1), key: keyFingerprint('mall1', '团队密钥-2026') }]);
    expect(body).not.toContain('团队密钥-2026');
  });
});

describe('the key schedule', () => {
  it('a change takes effect the next day; a change back before then cancels it', () => {
    const first = followSecret(undefined, '', TODAY);
    expect(first).toEqual([{ from: FROM_THE_START, secret: '' }]);
    const changed = followSecret(first, 'x', TODAY);
    expect([secretOn(changed, TODAY), secretOn(changed, addDays(TODAY, 1)), secretOn(changed, '2020-01-01')]).toEqual(['', 'x', '']);
    expect(followSecret(changed, '', TODAY)).toEqual(first);
    const twice = followSecret(changed, 'y', TODAY);
    expect(twice).toEqual([{ from: FROM_THE_START, secret: '' }, { from: addDays(TODAY, 1), secret: 'y' }]);
  });
});

describe('a shop secret when none is set', () => {
  beforeEach(() => fakeBrowser.reset());
  const local = () => fakeBrowser.storage.local;

  it('is generated (128 random bits) into the user\'s team settings, which the team settings file exports', async () => {
    const keys = new IdKeys(local());
    const secret = await ensureShopSecret(local(), withSecret(''), keys);
    expect(secret).toMatch(/^[0-9a-f]{32}$/);
    expect((await readSettings(local())).team.shopSecret).toBe(secret);
    // A second browser generates another: the secret is random, not derived from the shop.
    fakeBrowser.reset();
    expect(await ensureShopSecret(local(), withSecret(''), new IdKeys(local()))).not.toBe(secret);
  });

  it('leaves a secret the user or the team file set', async () => {
    await local().set({ [SETTINGS_KEY]: withSecret('ours') });
    expect(await ensureShopSecret(local(), withSecret('ours'), new IdKeys(local()))).toBeNull();
    expect((await readSettings(local())).team.shopSecret).toBe('ours');
  });

  it('keeps the key of ids already stored: the generated secret salts them from the next day', async () => {
    const keys = new IdKeys(local());
    const secret = (await ensureShopSecret(local(), withSecret(''), keys))!;
    const keyOf = await keys.keysOf('mall1', secret, TODAY);
    expect([keyOf(TODAY), keyOf(addDays(TODAY, 1))]).toEqual(['', secret]);
  });

  it('importing a team settings file whose secret is empty keeps the agent\'s own: no new key is generated (issue 22 item 7)', async () => {
    const mine = 'a1'.repeat(16);
    await local().set({ [SETTINGS_KEY]: withSecret(mine) });
    for (const empty of ['', '   ']) {
      const file = teamFileText({ ...withSecret(empty), retentionDays: 120 }, new Date('2026-05-12T06:30:00Z'));
      expect((await importTeamFile(local(), file)).ok).toBe(true);
      const after = await readSettings(local());
      expect(after).toMatchObject({ retentionDays: 120, team: { shopSecret: mine } });
      expect(await ensureShopSecret(local(), after, new IdKeys(local()))).toBeNull();
      expect((await readSettings(local())).team.shopSecret).toBe(mine);
    }
    // A file with a secret still sets it (the team's key), and one that leaves it out keeps the agent's.
    expect((await importTeamFile(local(), teamFileText(withSecret('team-key'), new Date()))).ok).toBe(true);
    expect((await readSettings(local())).team.shopSecret).toBe('team-key');
    const partial = JSON.stringify({ format: 'kefu-guard-settings', version: 1, exportedAt: '2026-05-12T06:30:00Z', settings: { retentionDays: 60 } });
    expect((await importTeamFile(local(), partial)).ok).toBe(true);
    expect((await readSettings(local())).team.shopSecret).toBe('team-key');
  });

  it('a new install: a shop first seen while the worker generates the secret is salted with it, never with the shop id alone', async () => {
    fakeBrowser.reset();
    const clock = manualClock(bj(TODAY, '12:00'));
    const { store } = freshStore(clock);
    const local = fakeBrowser.storage.local;
    const settings = new LiveSettings(() => readEffectiveSettings(local));
    const idKeys = new IdKeys(local);
    // The worker's start: the secret run and the first batch of the chat page at the same moment.
    const secretReady = followShopSecret(local, settings, idKeys);
    const secretOf = await daySecrets({ store, settings: () => settings.get(), clock, idKeys, secretReady })(ACCOUNT.key);
    const generated = (await readSettings(local)).team.shopSecret;
    expect(generated).toMatch(/^[0-9a-f]{32}$/);
    expect(secretOf(TODAY)).toBe(generated);
    await store.close();
  });

  it('a shop with nothing stored starts on the settings\' secret at once', async () => {
    const keys = new IdKeys(local());
    await keys.init('');
    const keyOf = await keys.keysOf('new-mall', 'abc', TODAY, async () => true);
    expect(keyOf(TODAY)).toBe('abc');
  });

  it('salts with the secret, so the shop id in the day file no longer gives a buyer id away', () => {
    // Before: every candidate buyer id hashed with shopSalt(shop id) and compared: found.
    const target = hashIdSync(shopSalt('mall1', 'f'.repeat(32)), '8100000001');
    const guesses = Array.from({ length: 1000 }, (_, i) => `81000${String(i).padStart(5, '0')}`);
    expect(guesses.some((g) => hashIdSync(shopSalt('mall1'), g) === target)).toBe(false);
    expect(guesses.some((g) => hashIdSync(shopSalt('mall1', 'f'.repeat(32)), g) === target)).toBe(true);
  });
});
