import { describe, expect, it } from 'vitest';
import { pageRange, parsePickerText } from '@/lib/pdd/official-dates';
import { parseOfficialResponse } from '@/lib/pdd/official-figures';
import { dataPageKind, mallIdOfUserInfo, officialSourceOfUrl } from '@/lib/pdd/official-pages';
import { parsePilotText, parseServiceText } from '@/lib/pdd/official-text';
import { toBeijingDay, toRate, toSeconds } from '@/lib/pdd/official-values';

// 2026-12-01 00:30 Beijing = 2026-11-30 16:30 UTC: still 11-30 in New York and in UTC,
// so a zone-dependent "yesterday" would be off by one.
const NOW = Date.UTC(2026, 10, 30, 16, 30);
// 2026-12-01 23:50 Beijing.
const LATE = Date.UTC(2026, 11, 1, 15, 50);

const SERVICE_URL = 'https://mms.pinduoduo.com/desert/stat/mallServiceOverviewData';
const envelope = (result: unknown) => JSON.stringify({ success: true, errorCode: 1000000, result });
const service = (body: string, page: Parameters<typeof pageRange>[0] = { lastDays: 1 }, url = SERVICE_URL, now = NOW) =>
  parseOfficialResponse('service-overview', body, { url, now, page });

describe('rates, seconds and days read tolerantly', () => {
  it.each([
    [0.8372, 0.8372],
    ['0.8372', 0.8372],
    [83.72, 0.8372],
    ['83.72', 0.8372],
    ['83.72%', 0.8372],
    [' 83.72 % ', 0.8372],
    ['100%', 1],
    [1, 1],
    [0, 0],
    ['0%', 0],
    [100, 1],
  ])('rate %j → %d', (raw, fraction) => {
    expect(toRate(raw)).toBeCloseTo(fraction, 6);
  });

  it.each([[undefined], [null], [''], ['-'], ['--']])('rate %j is absent', (raw) => {
    expect(toRate(raw)).toBeNull();
  });

  it.each([[-0.1], [100.5], ['150%'], ['-3%'], ['abc'], [{}], [true], [Number.POSITIVE_INFINITY]])('rate %j is absurd', (raw) => {
    expect(toRate(raw)).toBeNaN();
  });

  it.each([
    [47, 47],
    ['47', 47],
    ['47秒', 47],
    ['47.5秒', 47.5],
    ['1分12秒', 72],
    ['1分钟12秒', 72],
    ['2分钟', 120],
    ['1小时2分', 3720],
    ['47s', 47],
  ])('seconds %j → %d', (raw, sec) => {
    expect(toSeconds(raw)).toBe(sec);
  });

  it.each([[-1], ['-5秒'], [86_401], ['25小时'], ['快']])('seconds %j is absurd', (raw) => {
    expect(toSeconds(raw)).toBeNaN();
  });

  it.each([
    ['2026-11-30', '2026-11-30'],
    ['2026/11/30', '2026-11-30'],
    ['20261130', '2026-11-30'],
    ['2026-11-30 00:00:00', '2026-11-30'],
    // 2026-11-30 00:00 Beijing in unix seconds and ms
    [Date.UTC(2026, 10, 29, 16) / 1000, '2026-11-30'],
    [Date.UTC(2026, 10, 29, 16), '2026-11-30'],
    ['2026-02-30', null],
    ['yesterday', null],
    [0, null],
  ])('day %j → %s', (raw, day) => {
    expect(toBeijingDay(raw)).toBe(day);
  });

  it('"近1天" is yesterday in Beijing time; 近7天 the 7 days ending yesterday', () => {
    expect(pageRange({ lastDays: 1 }, NOW)).toEqual({ from: '2026-11-30', to: '2026-11-30' });
    expect(pageRange({ lastDays: 7 }, NOW)).toEqual({ from: '2026-11-24', to: '2026-11-30' });
    expect(pageRange({ lastDays: 1 }, LATE)).toEqual({ from: '2026-11-30', to: '2026-11-30' });
    expect(pageRange({ lastDays: 0 }, NOW)).toBeNull();
    expect(pageRange(null, NOW)).toBeNull();
  });

  it.each([
    ['2026-11-24 ~ 2026-11-30', { from: '2026-11-24', to: '2026-11-30' }],
    ['2026-11-24 至 2026-11-30', { from: '2026-11-24', to: '2026-11-30' }],
    ['2026/11/24-2026/11/30', { from: '2026-11-24', to: '2026-11-30' }],
    ['2026年11月3日', { from: '2026-11-03', to: '2026-11-03' }],
    ['开始日期 ~ 结束日期', null],
    ['2026-13-01', null],
  ])('date picker %j', (text, range) => {
    expect(parsePickerText(text)).toEqual(range);
  });
});

describe('服务数据 response (/desert/stat/mallServiceOverviewData)', () => {
  const full = {
    consultUserCnt: 260,
    needManuReplyConsultUserCnt: 180,
    receiveUserCnt: 175,
    manuReplyRate3Min: 0.8372,
    artificialResponseTime: 47,
  };

  it('reads every field of §(h) and dates "近1天" as yesterday', () => {
    expect(service(envelope(full))).toEqual({
      ok: true,
      readings: [
        {
          source: 'service-overview',
          agent: '',
          from: '2026-11-30',
          to: '2026-11-30',
          via: 'response',
          figures: { consultUsers: 260, needManualUsers: 180, receivedUsers: 175, rate3min: 0.8372, avgResponseSec: 47 },
        },
      ],
    });
  });

  it.each([
    ['numbers as strings, percent string, 秒', { consultUserCnt: '260', manuReplyRate3Min: '83.72%', artificialResponseTime: '47秒' }],
    ['rate 0–100', { consultUserCnt: 260, manuReplyRate3Min: 83.72, artificialResponseTime: '47' }],
  ])('%s', (_name, result) => {
    const parsed = service(envelope(result));
    expect(parsed.ok && parsed.readings[0]!.figures).toEqual({ consultUsers: 260, rate3min: 0.8372, avgResponseSec: 47 });
  });

  it('missing fields are left out, not zero', () => {
    const parsed = service(envelope({ manuReplyRate3Min: '-', consultUserCnt: 12 }));
    expect(parsed.ok && parsed.readings[0]!.figures).toEqual({ consultUsers: 12 });
  });

  it('the response\'s own dates win over the page\'s', () => {
    const parsed = service(envelope({ ...full, statDate: '2026-11-28' }));
    expect(parsed.ok && [parsed.readings[0]!.from, parsed.readings[0]!.to]).toEqual(['2026-11-28', '2026-11-28']);
  });

  it('dates in the URL query come before the date picker', () => {
    const parsed = service(envelope(full), { lastDays: 1 }, `${SERVICE_URL}?startDate=2026-11-27&endDate=2026-11-27`);
    expect(parsed.ok && parsed.readings[0]!.from).toBe('2026-11-27');
  });

  it('a 7-day range stays one range', () => {
    const parsed = service(envelope(full), { from: '2026-11-24', to: '2026-11-30' });
    expect(parsed.ok && parsed.readings.map((r) => [r.from, r.to])).toEqual([['2026-11-24', '2026-11-30']]);
  });

  it('a list of per-day rows gives one reading per day', () => {
    const parsed = service(
      envelope({ list: [{ ...full, statDate: '2026-11-29' }, { ...full, statDate: '2026-11-30', manuReplyRate3Min: '90%' }] }),
      { from: '2026-11-29', to: '2026-11-30' },
    );
    expect(parsed.ok && parsed.readings.map((r) => [r.from, r.figures.rate3min])).toEqual([
      ['2026-11-29', 0.8372],
      ['2026-11-30', 0.9],
    ]);
  });

  it('works the same whatever the machine zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBeTypeOf('string');
    const parsed = service(envelope(full), { lastDays: 1 }, SERVICE_URL, LATE);
    expect(parsed.ok && parsed.readings[0]!.from).toBe('2026-11-30');
  });

  it.each([
    ['HTML', '<!DOCTYPE html><html><body>登录</body></html>', 'not-json'],
    ['error code', JSON.stringify({ success: false, error_code: 43001, error_msg: '会话已过期' }), 'error-response'],
    ['errorCode not ok', JSON.stringify({ errorCode: 54001, result: full }), 'error-response'],
    ['no result', JSON.stringify({ success: true }), 'no-result'],
    ['result null', JSON.stringify({ success: true, result: null }), 'no-result'],
    ['a rate of 500', envelope({ ...full, manuReplyRate3Min: 500 }), 'absurd'],
    ['a rate of "150%"', envelope({ ...full, manuReplyRate3Min: '150%' }), 'absurd'],
    ['a negative count', envelope({ ...full, consultUserCnt: -3 }), 'absurd'],
    ['a fractional count', envelope({ ...full, consultUserCnt: 2.5 }), 'absurd'],
    ['more received than consulting', envelope({ ...full, receiveUserCnt: 999 }), 'absurd'],
    ['a negative time', envelope({ ...full, artificialResponseTime: -1 }), 'absurd'],
    ['today (not finished)', envelope({ ...full, statDate: '2026-12-01' }), 'future'],
    ['a day in the future', envelope({ ...full, statDate: '2027-01-01' }), 'future'],
    ['range ends before it starts', envelope({ ...full, startDate: '2026-11-30', endDate: '2026-11-20' }), 'absurd'],
    ['no figures at all', envelope({ foo: 1 }), 'no-figures'],
    ['a bare number', '42', 'not-json'],
  ])('%s stores nothing (%s)', (_name, body, reason) => {
    expect(service(body)).toEqual({ ok: false, reason });
  });

  it('without any date the figures are not attributed', () => {
    expect(service(envelope(full), null)).toEqual({ ok: false, reason: 'no-day' });
  });
});

describe('客服绩效 response (/chats/csReport/overview), per agent', () => {
  const url = 'https://mms.pinduoduo.com/chats/csReport/overview';
  const rows = [
    { csName: '小美', consultUserCnt: 40, manuReplyRate3Min: '95.00%', replyRate30s: 0.8, csServiceScore: '4.8' },
    { csName: '阿强', consultUserCnt: '22', manuReplyRate3Min: 71.5, replyRate30s: '60%' },
    { consultUserCnt: 9 },
  ];

  it('one reading per named agent; the live overview is today', () => {
    const parsed = parseOfficialResponse('cs-report', envelope({ list: rows }), { url, now: NOW });
    expect(parsed).toEqual({
      ok: true,
      readings: [
        { source: 'cs-report', agent: '小美', from: '2026-12-01', to: '2026-12-01', via: 'response', figures: { consultUsers: 40, rate3min: 0.95, rate30s: 0.8, serviceScore: 4.8 } },
        { source: 'cs-report', agent: '阿强', from: '2026-12-01', to: '2026-12-01', via: 'response', figures: { consultUsers: 22, rate3min: 0.715, rate30s: 0.6 } },
      ],
    });
  });

  it('the download link\'s unix-second range dates the rows', () => {
    const start = Date.UTC(2026, 10, 27, 16) / 1000;
    const parsed = parseOfficialResponse('cs-report', envelope(rows.slice(0, 1)), { url: `${url}?starttime=${start}&endtime=${start + 86_399}`, now: NOW });
    expect(parsed.ok && [parsed.readings[0]!.from, parsed.readings[0]!.to]).toEqual(['2026-11-28', '2026-11-28']);
  });

  it('an absurd row rejects the whole response', () => {
    const parsed = parseOfficialResponse('cs-report', envelope([...rows, { csName: 'x', replyRate30s: 7000 }]), { url, now: NOW });
    expect(parsed).toEqual({ ok: false, reason: 'absurd' });
  });
});

describe('rendered text fallbacks', () => {
  it('服务数据 cards by their labels, dated by the picker', () => {
    const parsed = parseServiceText(
      [
        { label: '咨询人数', value: '1,260' },
        { label: '需人工回复的咨询人数', value: '980' },
        { label: '人工接待人数', value: '975' },
        { label: '3分钟人工回复率', value: '83.72%' },
        { label: '平均人工响应时长', value: '1分5秒' },
      ],
      { now: NOW, page: { from: '2026-11-29', to: '2026-11-29' } },
    );
    expect(parsed).toEqual({
      ok: true,
      readings: [
        {
          source: 'service-overview',
          agent: '',
          from: '2026-11-29',
          to: '2026-11-29',
          via: 'text',
          figures: { consultUsers: 1260, needManualUsers: 980, receivedUsers: 975, rate3min: 0.8372, avgResponseSec: 65 },
        },
      ],
    });
  });

  it('cards with no known label or no date store nothing', () => {
    expect(parseServiceText([{ label: '访客数', value: '3' }], { now: NOW, page: { lastDays: 1 } })).toEqual({ ok: false, reason: 'no-figures' });
    expect(parseServiceText([{ label: '咨询人数', value: '3' }], { now: NOW })).toEqual({ ok: false, reason: 'no-day' });
    expect(parseServiceText([{ label: '3分钟人工回复率', value: '183%' }], { now: NOW, page: { lastDays: 1 } })).toEqual({ ok: false, reason: 'absurd' });
  });

  it('店铺体验: the 30-day rate is a 30-day range ending yesterday', () => {
    expect(parsePilotText('服务体验 近30天3分钟人工回复率 52.17% 未达标 近30天平均人工响应时长 …', NOW)).toEqual({
      ok: true,
      met: false,
      readings: [{ source: 'pilot-mall', agent: '', from: '2026-11-01', to: '2026-11-30', via: 'text', figures: { rate3min: 0.5217 } }],
    });
    const met = parsePilotText('近30天3分钟人工回复率：91%已达标', NOW);
    expect(met.ok && met.met).toBe(true);
    expect(parsePilotText('近30天3分钟人工回复率 520% 未达标', NOW)).toEqual({ ok: false, reason: 'absurd' });
    expect(parsePilotText('店铺体验分 4.9', NOW)).toEqual({ ok: false, reason: 'no-figures' });
  });
});

describe('which page, which call, which shop', () => {
  it.each([
    ['https://mms.pinduoduo.com/desert/stat/mallServiceOverviewData', 'service-overview'],
    ['https://mms.pinduoduo.com/desert/stat/mallServiceOverviewData?x=1', 'service-overview'],
    ['https://mms.pinduoduo.com/chats/csReport/overview', 'cs-report'],
    ['https://mms.pinduoduo.com/desert/stat/mallSalesOverviewData', null],
    ['https://mms.pinduoduo.com/chats/csReportDetail/download?starttime=1', null],
  ])('call %s → %s', (url, source) => {
    expect(officialSourceOfUrl(url)).toBe(source);
  });

  it.each([
    ['https://mms.pinduoduo.com/mms-chat/overview/service', 'service-overview'],
    ['https://mms.pinduoduo.com/mms-chat/overview/merchant?tab=1', 'cs-report'],
    ['https://mms.pinduoduo.com/sycm/goods_quality/pilot_mall', 'pilot-mall'],
    ['https://mms.pinduoduo.com/mms-chat/overview/marketing', null],
    ['not a url', null],
  ])('page %s → %s', (href, kind) => {
    expect(dataPageKind(href)).toBe(kind);
  });

  it.each([
    [JSON.stringify({ success: true, result: { mall_id: 612345678, mall: { mall_id: 612345678 } } }), '612345678'],
    [JSON.stringify({ success: true, result: { mall_id: '7' } }), '7'],
    [JSON.stringify({ success: true, result: { mall_id: 'x<y' } }), null],
    ['<html>', null],
  ])('user info %s → mall %s', (body, mall) => {
    expect(mallIdOfUserInfo(body)).toBe(mall);
  });
});
