import { tapLink } from '@/lib/pdd/page-tap';
import { MMS_MATCH } from '@/lib/mms-urls';

// The isolated-world end of the page-world tap's private channel, made at
// document_start before any page script can see the hand-over (lib/pdd/page-tap.ts).
// Content scripts that start later on the same tab (after-sales, at
// document_idle) share this world and find the link with the items it kept.
export default defineContentScript({
  matches: [MMS_MATCH],
  runAt: 'document_start',
  // No "content script started" window message: a page script could replay it (lib/content/lifetime.ts).
  noScriptStartedPostMessage: true,
  main() {
    tapLink(window);
  },
});
