import { installTap } from '@/lib/pdd/page-tap';
import { MMS_MATCH } from '@/lib/mms-urls';

// Runs in the page's own world before its scripts, so the chat page's
// WebSocket and the after-sales list call are observed from the first frame.
// Matches the whole backend because the MMS shell navigates client-side.
export default defineContentScript({
  matches: [MMS_MATCH],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installTap(window);
  },
});
