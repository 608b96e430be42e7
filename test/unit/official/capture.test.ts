// The data-page adapter (lib/pdd/data-pages-dom.ts) on hand-made markup, and the
// capture (lib/features/official-figures/capture.ts): response first, cards as fallback,
// dated by the page's controls, rejected responses counted, the notice.
import { beforeEach, describe, expect, it } from 'vitest';
import { checkDataPage, readFigureCards, readPageDates } from '@/lib/pdd/data-pages-dom';
import { OfficialCapture, DATA_NOTICE_AFTER_MS, TEXT_FALLBACK_AFTER_MS } from '@/lib/features/official-figures/capture';
import type { Request } from '@/lib/messages';
import { useLocale } from '../popup/i18n';

// 2026-12-01 10:00 Beijing.
const T0 = Date.UTC(2026, 11, 1, 2);
const SERVICE = 'https://mms.pinduoduo.com/mms-chat/overview/service';
const CALL = 'https://mms.pinduoduo.com/desert/stat/mallServiceOverviewData';

const cards = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([label, value]) => `<div class="card"><div class="card-label"><span>${label}</span><i class="tip">?</i></div><div class="card-value">${value}</div></div>`)
    .join('');
const quick = (active: string) =>
  ['近1天', '近7天', '近30天'].map((t) => `<button class="${t === active ? 'btn btn-active' : 'btn'}">${t}</button>`).join('');
const picker = (from: string, to: string) => `<div class="RPR_outerWrapper"><input value="${from}"><span>~</span><input value="${to}"></div>`;

let now = T0;
let sent: Array<Request<'official/readings'>>;
let href = SERVICE;
/** A capture in a document loaded at `loaded` (the location now, unless a test says otherwise). */
const capture = (loaded = href) =>
  new OfficialCapture({ doc: document, clock: { now: () => now }, href: () => href, loadedHref: () => loaded, send: async (r) => (sent.push(r), { stored: r.readings.length, shop: r.shop ?? null }) });

beforeEach(async () => {
  await useLocale('zh_CN');
  document.body.innerHTML = '';
  document.querySelectorAll('kefu-data-notice').forEach((n) => n.remove());
  now = T0;
  sent = [];
  href = SERVICE;
});

describe('data-page adapter', () => {
  it('reads the date picker first, else the active 近N天 button', () => {
    document.body.innerHTML = `<div>${quick('近7天')}</div>`;
    expect(readPageDates(document)).toEqual({ lastDays: 7 });
    document.body.innerHTML = `<div>${quick('近7天')}${picker('2026-11-20', '2026-11-26')}</div>`;
    expect(readPageDates(document)).toEqual({ from: '2026-11-20', to: '2026-11-26' });
    document.body.innerHTML = `<div>${quick('none')}</div>`;
    expect(readPageDates(document)).toBeNull();
  });

  it('pairs each card label with its value', () => {
    document.body.innerHTML = cards({ 咨询人数: '260', 需人工回复的咨询人数: '180', '3分钟人工回复率': '83.72%', 平均人工响应时长: '47秒', 访客数: '9' });
    expect(readFigureCards(document)).toEqual([
      { label: '咨询人数', value: '260' },
      { label: '需人工回复的咨询人数', value: '180' },
      { label: '3分钟人工回复率', value: '83.72%' },
      { label: '平均人工响应时长', value: '47秒' },
    ]);
  });

  it('self-check names what is missing', () => {
    document.body.innerHTML = cards({ 咨询量: '1' });
    expect(checkDataPage(document, 'service-overview')).toEqual({ recognised: false, missing: ['服务数据指标', '日期选择'] });
    document.body.innerHTML = `${quick('近1天')}${cards({ 咨询人数: '1' })}`;
    expect(checkDataPage(document, 'service-overview').recognised).toBe(true);
    expect(checkDataPage(document, 'pilot-mall').missing).toEqual(['近30天3分钟人工回复率']);
  });
});

describe('capture', () => {
  const body = JSON.stringify({ success: true, result: { consultUserCnt: 260, manuReplyRate3Min: 0.8372, artificialResponseTime: 47 } });

  it('waits for the date picker, then sends the response\'s figures for yesterday once, with the shop', async () => {
    const c = capture();
    c.ingest({ url: 'https://mms.pinduoduo.com/janus/api/new/userinfo', body: JSON.stringify({ result: { mall_id: 612345678 } }) });
    c.ingest({ url: CALL, body });
    await c.evaluate();
    expect(sent).toEqual([]);
    document.body.innerHTML = quick('近1天') + cards({ 咨询人数: '260' });
    await c.evaluate();
    await c.evaluate();
    expect(sent).toEqual([
      {
        type: 'official/readings',
        shop: '612345678',
        readAt: now,
        readings: [{ source: 'service-overview', agent: '', from: '2026-11-30', to: '2026-11-30', via: 'response', figures: { consultUsers: 260, rate3min: 0.8372, avgResponseSec: 47 } }],
      },
    ]);
  });

  it('a malformed response is counted, not sent; the cards are read after a while instead', async () => {
    document.body.innerHTML = quick('近1天') + cards({ 咨询人数: '1,260', '3分钟人工回复率': '90%' });
    const c = capture();
    c.ingest({ url: CALL, body: '<html>502</html>' });
    await c.evaluate();
    expect(sent).toEqual([{ type: 'official/readings', readAt: now, readings: [], rejected: { 'not-json': 1 } }]);
    now += TEXT_FALLBACK_AFTER_MS;
    await c.evaluate();
    expect(sent[1]!.readings).toEqual([{ source: 'service-overview', agent: '', from: '2026-11-30', to: '2026-11-30', via: 'text', figures: { consultUsers: 1260, rate3min: 0.9 } }]);
  });

  it('a page that changed gets the notice after a while, and no figures', async () => {
    document.body.innerHTML = '<div class="newLayout"><span>咨询量</span><span>12</span></div>';
    const c = capture();
    await c.evaluate();
    expect(document.querySelector('kefu-data-notice')).toBeNull();
    now += DATA_NOTICE_AFTER_MS;
    await c.evaluate();
    const root = document.querySelector('kefu-data-notice')?.shadowRoot;
    expect(root?.textContent ?? '').toContain('页面未识别');
    // What is missing is kept for diagnosis, not put in the agent's text (issue 14).
    expect(root?.querySelector('[data-testid="page-notice"]')?.getAttribute('data-missing')).toContain('服务数据指标');
    expect(sent).toEqual([]);
    href = 'https://mms.pinduoduo.com/home/';
    await c.evaluate();
    expect(document.querySelector('kefu-data-notice')).toBeNull();
  });

  it('an error answer from the platform is counted and gets no 页面未识别 notice', async () => {
    document.body.innerHTML = '<div>系统繁忙，请稍后再试</div>';
    const c = capture();
    c.ingest({ url: CALL, body: JSON.stringify({ success: false, error_code: 54001, error_msg: '系统繁忙' }) });
    await c.evaluate();
    now += DATA_NOTICE_AFTER_MS;
    await c.evaluate();
    expect(document.querySelector('kefu-data-notice')).toBeNull();
    expect(sent).toEqual([{ type: 'official/readings', readAt: T0, readings: [], rejected: { 'error-response': 1 } }]);
  });

  it('店铺体验: the 30-day rate from the rendered text', async () => {
    href = 'https://mms.pinduoduo.com/sycm/goods_quality/pilot_mall';
    document.body.innerHTML = '<div><div><span>近30天3分钟人工回复率</span><b>52.17%</b><em>未达标</em></div></div>';
    const c = capture();
    await c.evaluate();
    expect(sent[0]!.readings).toEqual([{ source: 'pilot-mall', agent: '', from: '2026-11-01', to: '2026-11-30', via: 'text', figures: { rate3min: 0.5217 } }]);
  });

  it('drawn cards after a pushState from another shell page are never read (the text fallback runs only on the page the document was loaded as)', async () => {
    href = 'https://mms.pinduoduo.com/home/';
    const c = capture();
    await c.evaluate();
    // A page script draws the cards and switches the route itself.
    document.body.innerHTML = quick('近1天') + cards({ 咨询人数: '90', '3分钟人工回复率': '99%' });
    href = SERVICE;
    await c.evaluate();
    now += TEXT_FALLBACK_AFTER_MS + DATA_NOTICE_AFTER_MS;
    await c.evaluate();
    href = 'https://mms.pinduoduo.com/sycm/goods_quality/pilot_mall';
    document.body.innerHTML = '<div><div><span>近30天3分钟人工回复率</span><b>99%</b></div></div>';
    await c.evaluate();
    expect(sent).toEqual([]);
    // The page's own response on that route is still read.
    href = SERVICE;
    document.body.innerHTML = quick('近1天');
    c.ingest({ url: CALL, body: JSON.stringify({ success: true, result: { consultUserCnt: 260, manuReplyRate3Min: 0.8 } }) });
    await c.evaluate();
    expect(sent.flatMap((r) => r.readings).map((r) => (r as { via: string }).via)).toEqual(['response']);
  });

  it('the shop is fixed by the page\'s first identity call: a later one naming another shop does not move the readings (issue 22 item 3)', async () => {
    document.body.innerHTML = quick('近1天');
    const c = capture();
    const login = (mall: number) => c.ingest({ url: 'https://mms.pinduoduo.com/janus/api/new/userinfo', body: JSON.stringify({ result: { mall_id: mall } }) });
    login(612345678);
    login(999);
    c.ingest({ url: CALL, body });
    await c.evaluate();
    expect(sent.map((r) => r.shop)).toEqual(['612345678']);
  });

  it('ignores calls that are not the data pages\'', () => {
    expect(capture().ingest({ url: 'https://mms.pinduoduo.com/plateau/chat/list', body: '{}' })).toBe(false);
  });
});
