/** Where settings live: storage.local key of the user's copy, and the key of the team settings in a managed policy. */
export const SETTINGS_KEY = 'settings';
export const MANAGED_KEY = 'teamSettings';
