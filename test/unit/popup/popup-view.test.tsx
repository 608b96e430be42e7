import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, RENDERED_MARK, type PopupDeps } from '@/components/popup/PopupApp';
import { PopupView, type PopupViewProps } from '@/components/popup/PopupView';
import { CHAT_URL, PLATFORM_DATA_URL } from '@/components/pages/urls';
import type { Summary } from '@/lib/messages';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { metrics, signup, summary } from './fixtures';
import { useLocale } from './i18n';

const NOW = Date.UTC(2026, 4, 12, 6, 0); // 14:00 Beijing time

function view(over: Partial<Summary> = {}, props: Partial<PopupViewProps> = {}) {
  const actions = { onAccount: vi.fn(), onExport: vi.fn(), onOpenTab: vi.fn(), onOpenOptions: vi.fn() };
  render(<PopupView summary={summary(over)} settings={DEFAULT_SETTINGS} now={() => NOW} {...actions} {...props} />);
  return actions;
}

beforeEach(() => useLocale('zh_CN'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('rate cards', () => {
  // Targets: 30 s 80 %, 3 min 85 %, 5 min 70 %, 1 h 80 %; amber margin 5 points.
  it.each<[keyof Pick<Summary['metrics'], 'rate30s' | 'rate3min' | 'rate5min' | 'rate1h'>, number | null, string, string]>([
    ['rate30s', 0.9, 'good', '90%'],
    ['rate30s', 0.8, 'good', '80%'],
    ['rate30s', 0.79, 'amber', '79%'],
    ['rate30s', 0.75, 'amber', '75%'],
    ['rate30s', 0.749, 'bad', '74.9%'],
    ['rate3min', 0.88, 'good', '88%'],
    ['rate3min', 0.84, 'amber', '84%'],
    ['rate5min', 0.69, 'bad', '69%'], // a hard floor: no "close" below it
    ['rate5min', 0.7, 'good', '70%'],
    ['rate1h', 0.79, 'bad', '79%'], // the signup requirement is a hard line too
    ['rate1h', 0.92, 'good', '92%'],
    ['rate1h', null, 'none', '—'],
  ])('%s = %s is %s and shows %s', (key, rate, level, text) => {
    view({ metrics: metrics({ [key]: rate }) });
    const card = screen.getByTestId(`rate-${key}`);
    expect(card.dataset.level).toBe(level);
    expect(card.className).toContain(`rate--${level}`);
    expect(within(card).getByTestId(`rate-${key}-value`).textContent).toBe(text);
  });

  it('says 达标 at or above the target and 接近目标 only below it', () => {
    view({ metrics: metrics({ rate30s: 0.82, rate3min: 0.84 }) });
    expect(screen.getByTestId('rate-rate30s').textContent).toContain('达标');
    expect(screen.getByTestId('rate-rate30s').textContent).not.toContain('接近目标');
    expect(screen.getByTestId('rate-rate3min').textContent).toContain('接近目标');
  });

  it('cites the rule and labels the figures as estimates', () => {
    view();
    expect(screen.getByTestId('rate-rate5min').title).toContain('5分钟回复率（低于70%二级限制），规则 §1');
    expect(screen.getByTestId('rate-rate5min').textContent).toContain('低于 70% 当天二级限制');
    expect(screen.getByTestId('today-card').textContent).toContain('插件估算');
    expect(screen.getByTestId('estimate-note').textContent).toContain('规则 §1');
  });

  it.each<[boolean, number, string]>([
    [false, 64, '按买家计 64 位；超过 100 位平台才考核'],
    [true, 130, '平台考核'],
  ])('notes whether the 1-hour rate is assessed (assessed=%s, %i buyers)', (assessed, buyers, note) => {
    view({ metrics: metrics({ rate1hAssessed: assessed, buyers }) });
    expect(screen.getByTestId('rate-rate1h').textContent).toContain(note);
  });

  it('shows the average response time, buyers, messages and what is still waiting', () => {
    view();
    expect(screen.getByTestId('stat-avg').textContent).toBe('3分25秒');
    expect(screen.getByTestId('stat-buyers').textContent).toBe('64');
    expect(screen.getByTestId('stat-messages').textContent).toBe('80');
    expect(screen.getByTestId('stat-waiting').textContent).toBe('3');
  });

  it('labels the day as Beijing time', () => {
    view();
    expect(screen.getByTestId('today').textContent).toBe('今天 2026-05-12（北京时间）');
  });
});

describe('signup check', () => {
  const agentDay = (day: string, rate1h: number | null, buyers: number, coverage: number) => ({ metrics: metrics({ day, rate1h, buyers }), coverage });

  it.each<[string, Parameters<typeof signup>[0], string, string]>([
    ['pass', {}, 'pass', '可以报名'],
    ['fail', { agent: { '2026-05-09': agentDay('2026-05-09', 0.6, 150, 1) } }, 'fail', '不能报名'],
    ['unsure', { agent: {} }, 'unsure', '还不能确定'],
    ['no threshold', { rule: { preset: 'rate1h-3d', threshold: null } }, 'no-threshold', '未填写要求'],
  ])('verdict %s', (_case, over, kind, text) => {
    view({ signup: signup(over) });
    expect(screen.getByTestId('signup').dataset.kind).toBe(kind);
    expect(screen.getByTestId('signup-verdict').textContent).toContain(text);
  });

  it('names the rule, its threshold and source, and what the days rest on', () => {
    view();
    expect(screen.getByTestId('signup-rule').textContent).toBe('考核规则：1小时有效回复率（报名前3天） ≥80%（以活动报名页为准）');
    expect(screen.getByTestId('signup').textContent).toContain('规则来源：平台规则文章（资料 004）');
    expect(screen.getByTestId('signup-basis').textContent).toBe('依据：本客服估算');
  });

  it('explains each day: fail, no data, partial observation, not assessed', () => {
    view({
      signup: signup({
        agent: {
          '2026-05-09': agentDay('2026-05-09', 0.688, 128, 1),
          '2026-05-11': agentDay('2026-05-11', 0.9, 150, 0.45),
        },
      }),
    });
    const row = (day: string) => screen.getByTestId(`signup-day-${day}`);
    expect(row('2026-05-09').textContent).toBe('05-0968.8%本客服估算128100%未达标');
    expect(row('2026-05-10').textContent).toContain('无数据');
    expect(row('2026-05-11').textContent).toContain('记录不全');
    cleanup();
    view();
    expect(screen.getByTestId('signup-day-2026-05-11').textContent).toContain('不考核');
  });
});

describe('live, guard and refunds', () => {
  it('says the chat page is closed when no tab reports', () => {
    view({ live: null });
    expect(screen.getByTestId('live').textContent).toContain('聊天页未打开');
  });

  it('shows buyers waiting now and the longest wait', () => {
    view({ live: { waiting: 3, overFirstThreshold: 2, longestWaitingSince: NOW - 331_000, pageRecognised: true, reportedAt: NOW } });
    expect(screen.getByTestId('live-waiting').textContent).toBe('3');
    expect(screen.getByTestId('live-longest').textContent).toBe('5 分'); // as the badges write it: whole minutes past 5 min
  });

  it('counts guard interceptions by category and outcome', () => {
    view();
    expect(screen.getByTestId('guard-contact').textContent).toBe('站外导流200');
    expect(screen.getByTestId('guard-url').textContent).toBe('第三方信息（站外链接）001');
    expect(screen.getByTestId('guard-total').textContent).toBe('合计201');
  });

  it('the total counts messages: one held message with 2 categories is 1 hold, 1 in each row', () => {
    view({
      guard: { contact: { held: 1, warned: 0, sentAnyway: 0 }, phone: { held: 1, warned: 0, sentAnyway: 0 } },
      guardTotal: { held: 1, warned: 0, sentAnyway: 0 },
    });
    expect(screen.getByTestId('guard-contact').textContent).toBe('站外导流100');
    expect(screen.getByTestId('guard-total').textContent).toBe('合计100');
  });

  it('says when nothing was intercepted', () => {
    view({ guard: {} });
    expect(screen.getByTestId('guard-none').textContent).toBe('今天没有拦截或提醒');
  });

  it('counts refunds in exclusive ranges of time left that add up to 待处理, and when the list was seen', () => {
    view();
    expect(screen.getByTestId('refund-calm').textContent).toBe('1> 12 小时');
    expect(screen.getByTestId('refund-warn').textContent).toBe('24–12 小时');
    expect(screen.getByTestId('refund-urgent').textContent).toBe('11–4 小时');
    expect(screen.getByTestId('refund-critical').textContent).toBe('1≤ 1 小时');
    expect(screen.getByTestId('refund-overdue').textContent).toBe('0已超时');
    expect(screen.queryByTestId('refund-unknown')).toBeNull();
    expect(screen.getByTestId('refunds-seen').textContent).toBe('待处理 5 件（近 30 分钟看过的售后列表各页合计）· 最后查看 05-12 12:30（北京时间）');
  });

  it('puts refunds without a known deadline in 时限未知, so 7 pending show 7 in the cells', () => {
    view({ refunds: { pending: 7, calm: 3, warn: 1, urgent: 1, critical: 0, overdue: 1, seenAt: NOW } });
    const cells = ['calm', 'warn', 'urgent', 'critical', 'overdue', 'unknown'].map((k) => Number(screen.getByTestId(`refund-${k}`).querySelector('.stage-count')!.textContent));
    expect(cells).toEqual([3, 1, 1, 0, 1, 1]);
    expect(cells.reduce((a, b) => a + b, 0)).toBe(7);
    expect(screen.getByTestId('refund-unknown').textContent).toContain('时限未知');
  });

  it('says when the after-sales list was never opened', () => {
    view({ refunds: { pending: 0, calm: 0, warn: 0, urgent: 0, critical: 0, overdue: 0, seenAt: null } });
    expect(screen.getByTestId('refunds-seen').textContent).toContain('尚未打开售后列表');
  });
});

describe('states', () => {
  it('fresh install: no figures, a button that opens the chat workbench', () => {
    const actions = view({ empty: true });
    expect(screen.getByTestId('empty').textContent).toContain('打开多多客服工作台后开始计数');
    expect(screen.queryByTestId('rates')).toBeNull();
    expect(screen.queryByTestId('export-csv')).toBeNull();
    fireEvent.click(screen.getByTestId('open-chat'));
    expect(actions.onOpenTab).toHaveBeenCalledWith(CHAT_URL);
  });

  it('says today is incomplete when a chat tab saw buyers no push brought (issue 20 item 6), and nothing otherwise', () => {
    view({ trafficMissing: true });
    expect(screen.getByTestId('traffic-missing').textContent).toBe('未收到页面推送，今日数据不完整');
    expect(screen.getByTestId('rates')).toBeTruthy();
    cleanup();
    view({});
    expect(screen.queryByTestId('traffic-missing')).toBeNull();
  });

  it('shows a store error, Chinese half of the message, above the figures', () => {
    view({
      storeError: {
        code: 'quota',
        message: '本地数据库空间不足（QuotaExceededError），2026-05-12 的计数可能不完整。 / Local database is full.',
        op: 'chat/events',
        at: NOW,
        day: '2026-05-12',
      },
    });
    const banner = screen.getByTestId('store-error');
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.textContent).toContain('本地数据库出错');
    expect(banner.textContent).toContain('本地数据库空间不足（QuotaExceededError）');
    expect(banner.textContent).not.toContain('Local database is full');
    expect(screen.getByTestId('rates')).toBeTruthy();
  });

  it('offers an account switcher only with more than one account', () => {
    view();
    expect(screen.queryByTestId('account')).toBeNull();
    cleanup();
    const other = { key: 'mall-2:agent-9', mallName: '好运家居' };
    const actions = view({ accounts: [summary().account, other] });
    fireEvent.change(screen.getByTestId('account'), { target: { value: other.key } });
    expect(actions.onAccount).toHaveBeenCalledWith(other.key);
  });

  it('links to the platform data page and exports CSV / JSON', () => {
    const actions = view();
    expect(fireEvent.click(screen.getByTestId('platform-link'))).toBe(false); // opened by onOpenTab, not by the anchor
    expect(actions.onOpenTab).toHaveBeenCalledWith(PLATFORM_DATA_URL);
    expect(screen.getByTestId('platform-link').textContent).toBe('在商家后台 → 多多客服 → 客服数据 查看平台数据');
    fireEvent.click(screen.getByTestId('export-csv'));
    fireEvent.click(screen.getByTestId('export-json'));
    expect(actions.onExport.mock.calls).toEqual([['csv'], ['json']]);
  });

  it('falls back to English with the English locale', async () => {
    await useLocale('en');
    view({ signup: signup({ agent: {} }) });
    expect(screen.getByTestId('signup-verdict').textContent).toContain('Not sure yet');
    expect(screen.getByTestId('today').textContent).toBe('Today 2026-05-12 (Beijing time)');
  });
});

describe('PopupApp', () => {
  const deps = (over: Partial<PopupDeps> = {}): PopupDeps => ({
    load: vi.fn(async () => ({ summary: summary(), settings: DEFAULT_SETTINGS })),
    exportDaily: vi.fn(async () => ({ filename: 'a.csv', mime: 'text/csv', body: 'x' })),
    download: vi.fn(),
    onOpenTab: vi.fn(),
    onOpenOptions: vi.fn(),
    now: () => NOW,
    ...over,
  });

  it('loads once, renders, and marks the moment the figures are in the DOM', async () => {
    performance.clearMarks();
    const d = deps();
    render(<PopupApp {...d} />);
    await waitFor(() => expect(screen.getByTestId('popup').dataset.state).toBe('ready'));
    expect(d.load).toHaveBeenCalledTimes(1);
    expect(performance.getEntriesByName(RENDERED_MARK)).toHaveLength(1);
  });

  it('shows a failed request clearly and retries', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('no reply to summary/get: background not running?'));
    load.mockResolvedValueOnce({ summary: summary(), settings: DEFAULT_SETTINGS });
    render(<PopupApp {...deps({ load })} />);
    const error = await screen.findByTestId('load-error');
    expect(error.textContent).toContain('无法读取统计数据');
    expect(error.textContent).toContain('no reply to summary/get');
    fireEvent.click(screen.getByTestId('retry'));
    await waitFor(() => expect(screen.getByTestId('popup').dataset.state).toBe('ready'));
  });

  it('reloads for another account and exports that account', async () => {
    const other = { key: 'mall-2:agent-9', mallName: '好运家居' };
    const load = vi.fn(async (account?: string) => ({
      summary: summary({ account: account === other.key ? other : summary().account, accounts: [summary().account, other] }),
      settings: DEFAULT_SETTINGS,
    }));
    const d = deps({ load });
    render(<PopupApp {...d} />);
    fireEvent.change(await screen.findByTestId('account'), { target: { value: other.key } });
    await waitFor(() => expect(screen.getByTestId('popup').dataset.account).toBe(other.key));
    expect(load).toHaveBeenLastCalledWith(other.key);
    fireEvent.click(screen.getByTestId('export-json'));
    await waitFor(() => expect(d.download).toHaveBeenCalledWith({ filename: 'a.csv', mime: 'text/csv', body: 'x' }));
    expect(d.exportDaily).toHaveBeenCalledWith('json', other.key);
  });

  it('says why an export failed', async () => {
    render(<PopupApp {...deps({ exportDaily: vi.fn().mockRejectedValue(new Error('quota')) })} />);
    fireEvent.click(await screen.findByTestId('export-csv'));
    expect((await screen.findByTestId('export-error')).textContent).toBe('导出失败：quota');
  });
});

describe('signup verdict scope (several agents)', () => {
  it('one agent: its own pass is the verdict, no team link', () => {
    view();
    expect(screen.getByTestId('signup').dataset.kind).toBe('pass');
    expect(screen.queryByTestId('signup-team-link')).toBeNull();
  });

  it('several agents: never a bare 可以报名 on this agent alone; what it knows, and the Team page link', () => {
    view({ signup: signup({ shop: { agentCount: 3 } }) });
    expect(screen.getByTestId('signup').dataset.kind).toBe('agent-pass');
    expect(screen.getByTestId('signup-verdict').textContent).toBe('?本客服这 3 天达标；全店结论看平台数据或团队报表');
    expect(screen.getByTestId('signup-verdict').textContent).not.toContain('可以报名');
    const link = within(screen.getByTestId('signup-team-link')).getByRole('link');
    expect(link.getAttribute('href')).toBe('/team.html');
  });

  it('several agents, platform shop-wide figures for every day: they decide', () => {
    const platform = Object.fromEntries(['2026-05-09', '2026-05-10', '2026-05-11'].map((d) => [d, { figures: { rate3min: 0.9, consultUsers: 300 }, via: 'response' as const }]));
    view({ signup: signup({ rule: { preset: 'rate3min-3d', threshold: 0.8 }, shop: { agentCount: 3 }, platform }) });
    expect(screen.getByTestId('signup').dataset.kind).toBe('pass');
    expect(screen.getByTestId('signup-basis').textContent).toBe('依据：平台');
  });
});
