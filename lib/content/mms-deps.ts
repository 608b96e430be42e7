/**
 * What the features on the MMS shell share (everything on mms.pinduoduo.com
 * but the chat workbench: 售后, 客服数据, 店铺体验 …). The shell routes
 * client-side, so a content script there runs its features through a
 * FeatureRouter (lib/content/feature.ts) and re-routes on every navigation.
 */
import type { Clock } from '../clock';
import type { Settings } from '../settings/types';
import type { Send } from '../messages';

export interface MmsPageDeps {
  win: Window;
  doc: Document;
  clock: Clock;
  send: Send;
  settings: () => Settings;
  /** Fires 'settings' when the settings change (features redraw with the new values). */
  changes: EventTarget;
}

export const SETTINGS_CHANGED = 'settings';

export { isMmsShellPage } from '../mms-urls';
