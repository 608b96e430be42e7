/**
 * The live board from an agent's browser (issue 24) in real Chromium with the
 * built extension: the board switched on in the settings but its server's
 * origin not granted (an optional host permission) sends nothing, and the
 * popup says 同步暂停 with the reason. Granted, the worker replicates the
 * agent's day and status. Headless Chromium never answers the permission
 * prompt, so the grant is given the way a user can give it outside the
 * prompt: the site access of chrome://extensions (developerPrivate
 * .addHostPermission, what its "on specific sites" list calls). That records
 * the grant without activating it; the switch's own
 * chrome.permissions.request then resolves true with no prompt (Chromium
 * skips the prompt for permissions the user already granted), so the options
 * page goes through the request's real result.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHarness, type Harness } from './harness';
import { startCouch, type CouchServer } from '../couch/server';
import { NodePouch } from '../couch/pouch';
import { ChatPage } from './pages/chat-page';
import { awayFromMidnight } from './pages/popup-page';
import { storedEvents } from './pages/store';
import { grantSiteAccess, offscreenOpen as offscreenIn, popupPausedNote, saveOptions, switchBoardOn, writeBoard } from './pages/board-agent';

let couch: CouchServer;
let harness: Harness;

beforeAll(async () => {
  couch = await startCouch();
  await couch.setupShop('kg_mall1', { name: 'owner', password: 'o-pw' }, [{ name: 'a1', password: 'p1' }]);
  harness = await launchHarness({ viewport: { width: 420, height: 700 }, sim: { scenario: 'empty', account: { mallId: '778899', username: '客服小board' }, variant: { offHoursGroup: false } } });
}, 60_000);

const serverIds = async () => {
  const owner = new NodePouch(`${couch.url}/kg_mall1`, { auth: { username: 'owner', password: 'o-pw' }, skip_setup: true });
  return (await owner.allDocs({})).rows.map((r) => (r as { id: string }).id).filter((id) => !id.startsWith('_design/'));
};

const pausedNote = () => popupPausedNote(harness);
const offscreenOpen = () => offscreenIn(harness);

afterAll(async () => {
  await harness?.close();
  await couch?.stop();
});

describe('an agent\'s browser with the board on', () => {
  it('origin not granted: nothing reaches the server, the popup says 同步暂停 and why', async () => {
    const page = await harness.openExtensionPage('options.html');
    await writeBoard(page, { enabled: true, url: couch.url, database: 'kg_mall1', user: 'a1', password: 'p1' });
    const popup = await harness.openExtensionPage('popup.html');
    let note = '';
    for (let i = 0; i < 20 && !note; i++) {
      await popup.reload();
      note = await popup.getByTestId('board-sync-paused').innerText({ timeout: 1000 }).catch(() => '');
    }
    expect(note).toContain('同步暂停');
    expect(note).toContain('未授权访问服务器地址');
    await popup.screenshot({ path: '.output/board-popup-paused.png' });
    expect(await serverIds()).toEqual([]);
    expect(await offscreenOpen()).toBe(false); // no replication document, no PouchDB loaded
  });

  it('granted (site access), switched on on the options page: the worker replicates the day and the status, no pause', async () => {
    await awayFromMidnight(90_000); // the buyer's message and the day document of one Beijing day
    const options = await harness.openExtensionPage('options.html');
    await writeBoard(options, { enabled: false, url: couch.url, database: 'kg_mall1', user: 'a1', password: 'p1' });
    await grantSiteAccess(harness, 'http://127.0.0.1/*');
    // Recorded, not yet active: the extension itself holds nothing until its own request.
    expect(await options.evaluate(() => (globalThis as unknown as { chrome: { permissions: { contains(p: unknown): Promise<boolean> } } }).chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }))).toBe(false);
    // The agent's day: one buyer message on the chat page.
    const { sim } = harness;
    const buyer = sim.chat.addBuyer({ uid: '6300000001' }).uid;
    const chat = await ChatPage.open(harness);
    sim.chat.buyerSays(buyer, '在吗');
    // Stored at any hour (outside 08:00–23:00 Beijing the wait alert stays away: nothing is counted then).
    await expect.poll(async () => (await storedEvents(harness)).length, { timeout: 20_000 }).toBeGreaterThan(0);
    await switchBoardOn(options);
    await expect.poll(serverIds, { timeout: 90_000, interval: 1000 }).toEqual(expect.arrayContaining(['status:a1', expect.stringMatching(/^ev:a1:/), expect.stringMatching(/^day:a1:/)]));
    await expect.poll(pausedNote, { timeout: 20_000 }).toBe('');
    expect(await offscreenOpen()).toBe(true);
    // Switched off: the document goes (the replication and PouchDB with it).
    await options.getByTestId('board-enabled').click();
    await saveOptions(options);
    await expect.poll(offscreenOpen, { timeout: 10_000 }).toBe(false);
    await chat.page.close();
  }, 150_000);
});
