import { browser } from 'wxt/browser';
import { FeatureRouter } from '@/lib/content/feature';
import { SETTINGS_CHANGED, type MmsPageDeps } from '@/lib/content/mms-deps';
import { DATA_PAGE_FEATURES } from '@/lib/features/registry';
import { extensionLifetime, runtimeAlive } from '@/lib/content/lifetime';
import { workerClock } from '@/lib/content/worker-clock';
import { requestSender } from '@/lib/messages';
import { followPublished } from '@/lib/settings/published';
import { CHAT_MATCH, MMS_MATCH } from '@/lib/mms-urls';

// The platform's own figures on 客服数据 · 服务数据 / 客服绩效 and 店铺体验
// (issue #17), read from the page's own responses through the page-world
// tap's private channel (lib/pdd/page-tap.ts), from document_start so none is
// missed. The MMS shell routes client-side: this matches the whole backend
// except the chat workbench. No WXT "started" message and no WXT context.
export default defineContentScript({
  matches: [MMS_MATCH],
  excludeMatches: [CHAT_MATCH],
  runAt: 'document_start',
  noScriptStartedPostMessage: true,
  main() {
    const lifetime = extensionLifetime({ win: window, isAlive: runtimeAlive(() => browser.runtime) });
    const send = requestSender(browser.runtime);
    const changes = new EventTarget();
    // The platform's clock as the worker learned it from the chat page (lib/content/worker-clock.ts): which day a
    // figure is for ("yesterday", a range in the future) is judged on it, not on a computer whose date may be wrong.
    const clock = workerClock(send, window, lifetime);
    const deps: MmsPageDeps = { win: window, doc: document, clock, send, settings: () => settings.current(), changes };
    const router = new FeatureRouter(DATA_PAGE_FEATURES, deps, lifetime);
    const settings = followPublished(lifetime, () => {
      router.route(location.href);
      changes.dispatchEvent(new Event(SETTINGS_CHANGED));
    });
    // Started at once (the tap's first responses); the capture itself follows client-side routes between data pages.
    router.route(location.href);
  },
});
