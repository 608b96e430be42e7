import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp, type OptionsDeps } from '@/components/options/OptionsApp';
import { mergeSettings } from '@/lib/settings/merge';
import { importTeamFile, saveUserSettings, SETTINGS_KEY, type WritableArea } from '@/lib/settings/save';
import { parseTeamFile, TEAM_FILE_FORMAT, teamFileText } from '@/lib/settings/team-file';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/types';
import { useLocale } from '../popup/i18n';

/** storage.local in memory, and the page wired to it like entrypoints/options/main.tsx. */
function setup(options: { stored?: unknown; managed?: unknown } = {}) {
  const data: Record<string, unknown> = options.stored === undefined ? {} : { [SETTINGS_KEY]: structuredClone(options.stored) };
  const area: WritableArea = {
    get: vi.fn(async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {})),
    set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items))),
  };
  const deps: OptionsDeps = {
    load: async () => ({ effective: mergeSettings(data[SETTINGS_KEY], options.managed), storedUser: data[SETTINGS_KEY] }),
    save: (edited, locked) => saveUserSettings(area, edited, locked),
    importFile: (text, locked) => importTeamFile(area, text, locked),
    download: vi.fn(),
    watch: () => () => undefined,
    now: () => new Date('2026-05-12T06:30:00Z'),
  };
  render(<OptionsApp {...deps} />);
  return { data, area, deps, stored: () => data[SETTINGS_KEY] as Settings | undefined };
}

const input = (path: string) => document.getElementById(`f-${path.replace(/\./g, '-')}`) as HTMLInputElement;
const typeInto = (el: HTMLInputElement | HTMLTextAreaElement, value: string) => fireEvent.input(el, { target: { value } });

async function chooseFile(text: string, name = 'team.json') {
  const el = screen.getByTestId('import-input') as HTMLInputElement;
  Object.defineProperty(el, 'files', { configurable: true, value: [new File([text], name, { type: 'application/json' })] });
  fireEvent.change(el);
}

beforeEach(() => useLocale('zh_CN'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('options page', () => {
  it('shows the effective settings, fractions as percents', async () => {
    setup({ stored: { ...DEFAULT_SETTINGS, retentionDays: 60 } });
    await screen.findByTestId('options');
    expect(input('replyTimer.warnRatio').value).toBe('55');
    expect(input('targets.rate5min').value).toBe('70');
    expect(input('replyTimer.thresholdsSec.m3').value).toBe('180');
    expect(input('retentionDays').value).toBe('60');
    expect(screen.getByTestId('save-status').textContent).toBe('设置已是最新');
  });

  it('names an invalid field, under it and in the save bar, and will not save it', async () => {
    const { area } = setup();
    await screen.findByTestId('options');
    typeInto(input('replyTimer.warnRatio'), '120');
    // Named as the page labels it, in the unit it shows (issue 14.4): never 'replyTimer.warnRatio' or 0.1–0.95.
    expect(screen.getByTestId('issue-replyTimer.warnRatio').textContent).toBe('应为 10%–95%');
    expect(screen.getByTestId('issue-list').textContent).toBe('「回复计时 · 提前提醒比例」应为 10%–95%');
    expect(screen.getByTestId('save-status').textContent).toBe('有 1 处需要修改：');
    expect((screen.getByTestId('save') as HTMLButtonElement).disabled).toBe(true);
    expect(area.set).not.toHaveBeenCalled();
  });

  it.each<[string, string, string]>([
    ['replyTimer.thresholdsSec.m5', '100', '应大于「回复计时 · 3分钟回复」（180 秒）'],
    ['afterSales.stageHours.warn', '2', '应大于「售后提醒 · 紧急阶段」（4 小时）'],
    ['replyTimer.countedWindow.endHour', '8', '应晚于「回复计时 · 考核开始」（8 点）'],
    ['retentionDays', '400', '应为 7–365 天之间的整数'],
    ['retentionDays', '', '应为 7–365 天之间的整数'],
    ['targets.amberMargin', '40', '应为 0%–30%'],
  ])('checks %s = "%s" live: %s', async (path, value, message) => {
    setup();
    await screen.findByTestId('options');
    typeInto(input(path), value);
    expect(screen.getByTestId(`issue-${path}`).textContent).toBe(message);
  });

  it('saves the whole validated object to storage.local "settings"', async () => {
    const { stored } = setup();
    await screen.findByTestId('options');
    typeInto(input('targets.rate1h'), '90');
    fireEvent.click(input('replyTimer.sound'));
    expect(screen.getByTestId('save-status').textContent).toBe('有未保存的修改');
    fireEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('已保存，已生效'));
    expect(stored()).toEqual({
      ...DEFAULT_SETTINGS,
      replyTimer: { ...DEFAULT_SETTINGS.replyTimer, sound: true },
      targets: { ...DEFAULT_SETTINGS.targets, rate1h: 0.9 },
    });
  });

  it('keeps what the agent types while a settings change is being read (the read may wait for the policy)', async () => {
    const { deps } = setup({ stored: { ...DEFAULT_SETTINGS, retentionDays: 60 } });
    await screen.findByTestId('options');
    cleanup();
    // The page again, with a watch the test fires and a read it can hold.
    let changed!: () => void;
    let gate: Promise<void> | null = null;
    let open!: () => void;
    render(<OptionsApp {...deps} load={async () => (await gate, deps.load())} watch={(onChange) => ((changed = onChange), () => undefined)} />);
    await screen.findByTestId('options');
    gate = new Promise((resolve) => (open = resolve));
    changed(); // another page saved while the agent was not editing…
    typeInto(input('retentionDays'), '90'); // …and the agent types while the change is read
    open();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(input('retentionDays').value).toBe('90');
    expect(screen.getByTestId('save-status').textContent).toBe('有未保存的修改');
  });

  it('edits word lists one per line and checks a sample sentence live with the real engine', async () => {
    setup();
    await screen.findByTestId('options');
    const sample = screen.getByTestId('sample-input') as HTMLInputElement;
    typeInto(sample, '亲，可以秒杀价');
    expect(screen.getByTestId('sample-outcome').textContent).toBe('未发现违规内容，可以发送');
    const words = document.getElementById('f-phraseGuard-customWords') as HTMLTextAreaElement;
    typeInto(words, '秒杀价\n\n私下退款\n');
    expect(screen.getByTestId('sample-outcome').textContent).toBe('发送时会被拦截（可选择仍然发送）');
    expect(screen.getByTestId('sample-findings').textContent).toContain('「秒杀价」 店铺自定义违禁词');
    expect(screen.getByTestId('sample-preview').querySelector('mark')!.textContent).toBe('秒杀价');
    typeInto(sample, '加我微信聊');
    expect(screen.getByTestId('sample-outcome').textContent).toBe('发送时会被拦截（不允许仍然发送）');
    // The shop's word in traditional characters, in pinyin and with a homophone is caught too.
    for (const evasion of ['亲，可以秒殺價', '亲，可以 miaoshajia', '亲，可以妙杀价']) {
      typeInto(sample, evasion);
      expect(screen.getByTestId('sample-outcome').textContent, evasion).toBe('发送时会被拦截（可选择仍然发送）');
    }
    typeInto(sample, '加我微信聊');
    // The allow-list wins over a banned word inside it.
    typeInto(document.getElementById('f-phraseGuard-allowList') as HTMLTextAreaElement, '加我微信聊');
    expect(screen.getByTestId('sample-outcome').textContent).toBe('未发现违规内容，可以发送');
  });

  it('the live checker says why a sentence passes or is held: entry, context rule, setting', async () => {
    setup();
    await screen.findByTestId('options');
    const sample = screen.getByTestId('sample-input') as HTMLInputElement;
    typeInto(sample, '这款大件我们走京东快递');
    expect(screen.getByTestId('sample-outcome').textContent).toBe('未发现违规内容，可以发送');
    const passed = screen.getByTestId('sample-passed');
    expect(passed.querySelector('li')!.dataset.reason).toBe('courier-name');
    expect(passed.textContent).toContain('「京东」放行');
    expect(passed.textContent).toContain('快递公司与平台同名');
    typeInto(sample, '这个插座支持天猫精灵');
    expect(screen.getByTestId('sample-passed').textContent).toContain('已知品牌/产品名「天猫精灵」');
    typeInto(sample, '你有病吧');
    expect(screen.getByTestId('sample-outcome').textContent).toBe('发送时会被拦截（不允许仍然发送）');
    expect(screen.getByTestId('sample-why').textContent).toContain('词条「你有病」');
    expect(screen.getByTestId('sample-why').textContent).toContain('店铺设置为「拦截」');
    // Intent patterns explain themselves by their notes, never by a bare pattern id.
    typeInto(sample, '我知道你住哪，你给我等着');
    const whys = () => screen.getAllByTestId('sample-why').map((w) => w.textContent).join('\n');
    expect(whys()).toContain('说知道买家住哪');
    expect(whys()).not.toMatch(/语境：threat/);
    typeInto(sample, '拍个照都拍不清楚');
    expect(whys()).toContain('轻视买家');
    typeInto(sample, '去咸鱼找我');
    expect(screen.getByTestId('sample-findings').querySelector('li')!.dataset.context).toBe('divert-before');
    expect(screen.getByTestId('sample-why').textContent).toContain('语境：加/联系/搜/去/来');
    // 提醒 for the category: a clear diverting case is still held, and the checker says so.
    fireEvent.change(screen.getByTestId('action-platform'), { target: { value: 'warn' } });
    expect(screen.getByTestId('sample-why').textContent).toContain('升级为拦截');
  });

  it('changes a category to warn and its "send anyway" follows', async () => {
    const { stored } = setup();
    await screen.findByTestId('options');
    fireEvent.change(screen.getByTestId('action-contact'), { target: { value: 'warn' } });
    expect((screen.getByTestId('anyway-contact') as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(stored()?.phraseGuard.actions.contact).toBe('warn'));
  });

  it('resets to the defaults, to be saved', async () => {
    setup({ stored: { ...DEFAULT_SETTINGS, retentionDays: 30 } });
    await screen.findByTestId('options');
    fireEvent.click(screen.getByTestId('reset-defaults'));
    expect(input('retentionDays').value).toBe('90');
    expect(screen.getByTestId('save-status').textContent).toBe('已恢复默认值，点击“保存”后生效');
    expect((screen.getByTestId('save') as HTMLButtonElement).disabled).toBe(false);
  });

  it('exports the settings shown as a team file that imports back', async () => {
    const { deps } = setup();
    await screen.findByTestId('options');
    typeInto(input('targets.rate1h'), '85');
    fireEvent.click(screen.getByTestId('export-team-file'));
    const file = (deps.download as ReturnType<typeof vi.fn>).mock.calls[0]![0] as { filename: string; body: string };
    expect(file.filename).toBe('kefu-guard-settings-2026-05-12.json');
    const parsed = parseTeamFile(file.body);
    expect(parsed.ok && parsed.settings.targets.rate1h).toBe(0.85);
  });
});

describe('importing a team settings file', () => {
  it.each<[string, string, string]>([
    ['not JSON', 'hello', '不是有效的 JSON 文件'],
    ['a future version', JSON.stringify({ format: TEAM_FILE_FORMAT, version: 3, settings: DEFAULT_SETTINGS }), '文件版本 3 比本插件支持的版本 1 新：请先更新插件再导入。'],
    [
      'one wrong field',
      JSON.stringify({ format: TEAM_FILE_FORMAT, version: 1, settings: { ...DEFAULT_SETTINGS, replyTimer: { ...DEFAULT_SETTINGS.replyTimer, warnRatio: 2 } } }),
      '「回复计时 · 提前提醒比例」应为 10%–95%（文件中写作 0.1–0.95 的小数，0.7 表示 70%）',
    ],
    ['settings: null', JSON.stringify({ format: TEAM_FILE_FORMAT, version: 1, settings: null }), '文件中的“settings”应为一组设置 {…}，现在是 null'],
    ['a misspelt action', JSON.stringify({ format: TEAM_FILE_FORMAT, version: 1, settings: { phraseGuard: { actions: { contact: 'blok' } } } }), '「违规词拦截 · 站外导流 · 处理方式」应为“拦截”“提醒”或“关闭”'],
    ['a word that is a number', JSON.stringify({ format: TEAM_FILE_FORMAT, version: 1, settings: { phraseGuard: { customWords: ['返现', 7] } } }), '「违规词拦截 · 店铺自定义违禁词 第 2 项」应为 1–50 个字的文字'],
  ])('rejects %s, says why, changes nothing', async (_what, text, reason) => {
    const before = { ...DEFAULT_SETTINGS, retentionDays: 30 };
    const { area, stored } = setup({ stored: before });
    await screen.findByTestId('options');
    await chooseFile(text, 'team.json');
    const error = await screen.findByTestId('import-error');
    expect(error.textContent).toContain('未导入“team.json”，设置没有改变');
    expect(error.textContent).toContain(reason);
    expect(area.set).not.toHaveBeenCalled();
    expect(stored()).toEqual(before);
    expect(input('retentionDays').value).toBe('30');
  });

  it('never shows an internal path, and says what to do next', async () => {
    setup();
    await screen.findByTestId('options');
    await chooseFile(JSON.stringify({ format: TEAM_FILE_FORMAT, version: 1, settings: { targets: { rate1h: 1.5, amberMargin: 'x' }, afterSales: { stageHours: { warn: 0.3 } } } }));
    const text = (await screen.findByTestId('import-error')).textContent!;
    expect(text).toContain('「考核目标 · 1小时有效回复率目标」应为 0%–100%');
    expect(text).not.toMatch(/targets\.|afterSales\.|stageHours|字段 /);
    expect(screen.getByTestId('import-next').textContent).toContain('重新导入');
  });

  it('imports a partial file over the current settings (as policy is), every field still checked (issue 14.4)', async () => {
    const { stored } = setup({ stored: { ...DEFAULT_SETTINGS, retentionDays: 30 } });
    await screen.findByTestId('options');
    await chooseFile(JSON.stringify({ format: TEAM_FILE_FORMAT, version: 1, settings: { phraseGuard: { customWords: [' 返现 '] }, targets: { rate1h: 0.9 } } }));
    await screen.findByTestId('import-ok');
    expect(stored()).toEqual({
      ...DEFAULT_SETTINGS,
      retentionDays: 30,
      phraseGuard: { ...DEFAULT_SETTINGS.phraseGuard, customWords: ['返现'] },
      targets: { ...DEFAULT_SETTINGS.targets, rate1h: 0.9 },
    });
  });

  it('refuses a file over 1 MB before reading it, in plain Chinese (issue 11.9)', async () => {
    const { area } = setup();
    await screen.findByTestId('options');
    await chooseFile(`{"format":"kefu-guard-settings","pad":"${'x'.repeat(1024 * 1024)}"}`, 'big.json');
    expect((await screen.findByTestId('import-error')).textContent).toContain('文件太大（1.0 MB）：团队设置文件不超过 1 MB');
    expect(area.set).not.toHaveBeenCalled();
  });

  it('imports a valid file in one step and shows it', async () => {
    const team = structuredClone(DEFAULT_SETTINGS);
    team.targets.rate1h = 0.9;
    team.phraseGuard.customWords = ['返现'];
    const { stored } = setup();
    await screen.findByTestId('options');
    await chooseFile(teamFileText(team, new Date()), '团队设置.json');
    expect((await screen.findByTestId('import-ok')).textContent).toContain('团队设置.json');
    expect(stored()).toEqual(team);
    await waitFor(() => expect(input('targets.rate1h').value).toBe('90'));
  });
});

describe('managed (enterprise policy) settings', () => {
  it('shows the policy values locked: disabled with 🔒 由管理员设置', async () => {
    setup({ stored: { ...DEFAULT_SETTINGS, retentionDays: 30 }, managed: { retentionDays: 180, phraseGuard: { actions: { url: 'block' } } } });
    await screen.findByTestId('options');
    expect(screen.getByTestId('managed-banner').textContent).toContain('有 2 项由管理员');
    expect(input('retentionDays').value).toBe('180');
    expect(input('retentionDays').disabled).toBe(true);
    expect(document.querySelector('[data-path="retentionDays"] [data-testid=locked]')!.textContent).toBe('🔒 由管理员设置');
    expect((screen.getByTestId('action-url') as HTMLSelectElement).disabled).toBe(true);
    expect((screen.getByTestId('action-contact') as HTMLSelectElement).disabled).toBe(false);
    expect(input('targets.rate1h').disabled).toBe(false);
  });

  it('names an invalid policy value it ignored, never applies it (issue 11.5)', async () => {
    setup({ managed: { replyTimer: { warnRatio: 50 }, targets: { rate1h: -3 }, phraseGuard: { actions: { contact: 'blok' } }, retentionDays: 180 } });
    await screen.findByTestId('options');
    const notice = screen.getByTestId('policy-rejected').textContent!;
    expect(notice).toContain('管理员下发的企业策略中有 3 项设置无效，已忽略');
    expect(notice).toContain('「回复计时 · 提前提醒比例」应为 10%–95%（文件中写作 0.1–0.95 的小数');
    expect(notice).toContain('「考核目标 · 1小时有效回复率目标」应为 0%–100%');
    expect(notice).toContain('「违规词拦截 · 站外导流 · 处理方式」应为“拦截”“提醒”或“关闭”');
    expect(notice).toContain('请把以上内容转告管理员');
    expect(input('replyTimer.warnRatio').value).toBe('55');
    expect(input('replyTimer.warnRatio').disabled).toBe(false);
    expect((screen.getByTestId('action-contact') as HTMLSelectElement).value).toBe('block');
    expect(screen.getByTestId('managed-banner').textContent).toContain('有 1 项由管理员'); // retentionDays only
  });

  it('importing a file keeps the policy-locked fields as the user had them, as saving does (issue 11.9)', async () => {
    const { stored } = setup({ stored: { ...DEFAULT_SETTINGS, retentionDays: 30 }, managed: { retentionDays: 180 } });
    await screen.findByTestId('options');
    await chooseFile(JSON.stringify({ format: TEAM_FILE_FORMAT, version: 1, settings: { retentionDays: 365, targets: { rate1h: 0.9 } } }));
    await screen.findByTestId('import-ok');
    expect(stored()?.retentionDays).toBe(30);
    expect(stored()?.targets.rate1h).toBe(0.9);
  });

  it('saving other fields keeps the user’s own value under the lock', async () => {
    const { stored } = setup({ stored: { ...DEFAULT_SETTINGS, retentionDays: 30 }, managed: { retentionDays: 180 } });
    await screen.findByTestId('options');
    typeInto(input('targets.rate1h'), '90');
    fireEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(stored()?.targets.rate1h).toBe(0.9));
    expect(stored()?.retentionDays).toBe(30);
  });
});
