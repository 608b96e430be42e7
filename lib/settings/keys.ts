/** Where settings live: storage.local key of the user's copy, and the key of the team settings in a managed policy. */
export const SETTINGS_KEY = 'settings';
export const MANAGED_KEY = 'teamSettings';
/** storage.local key of the effective settings as the background checked and published them (lib/settings/published.ts). */
export const PUBLISHED_KEY = 'effectiveSettings';
/** The Web Lock every writer of the user's copy holds while it reads and writes it (lib/settings/save.ts exclusively). */
export const SETTINGS_LOCK = 'kefu-guard/settings';
