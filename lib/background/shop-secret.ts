/**
 * A shop secret when none is set (issue 22 item 7): a random one written into
 * the user's team settings, so the options page shows it and the team
 * settings file carries it to every agent of the shop. Before, the salt was
 * the shop id alone, which every team day file carries in clear. The key
 * book is made first, with the secret of before as its baseline
 * (lib/background/id-keys.ts): ids already stored keep their hashes.
 */
import { updateUserSettings } from '../settings/save';
import type { WritableArea } from '../settings/save';
import type { Settings } from '../settings/types';
import { newSecret } from './id-keys';
import type { IdKeys } from './id-keys';
import type { LiveSettings } from './live-settings';

/** The generated secret, or null when one was set already (by the user or the policy) or saving failed. */
export async function ensureShopSecret(local: WritableArea, effective: Settings, idKeys: Pick<IdKeys, 'init'>, random?: (b: Uint8Array) => Uint8Array): Promise<string | null> {
  await idKeys.init(effective.team.shopSecret);
  if (effective.team.shopSecret.trim() !== '') return null;
  const secret = newSecret(random);
  // Read and written under the settings lock: a save of the options page between the two would be undone.
  const saved = await updateUserSettings(local, (user) =>
    user.team.shopSecret.trim() !== '' ? null : { ...user, team: { ...user.team, shopSecret: secret } }, // only a policy's empty value hides it: that stands
  );
  return saved?.ok ? secret : null;
}

/**
 * Keeps a shop secret in place from the worker's start and after every
 * settings change. Resolves (never rejects) once the first run is done and a
 * generated secret is in the worker's settings: the ids of a new install's
 * first day wait for it (lib/background/day-secrets.ts), or a shop first seen
 * meanwhile would be salted with its id alone for that day.
 */
export function followShopSecret(local: WritableArea, settings: Pick<LiveSettings, 'get' | 'onChange' | 'changed'>, idKeys: Pick<IdKeys, 'init'>): Promise<void> {
  const keep = (current: Settings) =>
    ensureShopSecret(local, current, idKeys).then(
      (generated) => {
        // Read again now rather than when storage.onChanged comes round: the waiting ids need it. Not awaited: the
        // re-read starts here (the next get() is on it), and the change's listeners need not finish before ids are hashed.
        if (generated) void settings.changed();
      },
      (error: unknown) => console.warn('[kefu-guard] shop secret', error),
    );
  settings.onChange((current) => keep(current));
  return settings.get().then(keep, (error: unknown) => console.warn('[kefu-guard] shop secret', error));
}
