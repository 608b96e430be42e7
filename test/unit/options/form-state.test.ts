// @vitest-environment node
/** The options page's form without the page (components/options/form-state.ts, issue 13). */
import { beforeEach, describe, expect, it } from 'vitest';
import { formReducer, INITIAL_FORM, statusText, type FormState } from '@/components/options/form-state';
import { DEFAULT_SETTINGS } from '@/lib/settings/types';
import { useLocale } from '../popup/i18n';

beforeEach(async () => {
  await useLocale('zh_CN');
});

const loaded = formReducer(INITIAL_FORM, { type: 'loaded', settings: { ...DEFAULT_SETTINGS, retentionDays: 60 } });

describe('formReducer', () => {
  it('an edit changes the draft at its path, marks it dirty and clears the last status', () => {
    const saved = formReducer(loaded, { type: 'saved' });
    const edited = formReducer(saved, { type: 'edited', path: 'replyTimer.thresholdsSec.m3', value: 200 });
    expect(edited.draft?.replyTimer.thresholdsSec.m3).toBe(200);
    expect(edited.draft?.retentionDays).toBe(60);
    expect(edited).toMatchObject({ dirty: true, status: null });
  });

  it('a reset goes back to the defaults but keeps what policy locks', () => {
    const edited = formReducer(loaded, { type: 'edited', path: 'targets.rate1h', value: 0.5 });
    const reset = formReducer(edited, { type: 'reset', locked: ['retentionDays'] });
    expect(reset.draft?.targets.rate1h).toBe(DEFAULT_SETTINGS.targets.rate1h);
    expect(reset.draft?.retentionDays).toBe(60);
    expect(reset).toMatchObject({ dirty: true, status: { kind: 'reset' } });
  });

  it('a reload replaces the draft and drops the edits, keeping the status it follows', () => {
    const saved = formReducer(formReducer(loaded, { type: 'edited', path: 'retentionDays', value: 30 }), { type: 'saved' });
    expect(saved.dirty).toBe(false);
    const reloaded = formReducer(saved, { type: 'loaded', settings: DEFAULT_SETTINGS });
    expect(reloaded).toEqual({ draft: DEFAULT_SETTINGS, dirty: false, status: { kind: 'saved' } });
  });
});

describe('statusText', () => {
  const at = (state: Partial<FormState>): FormState => ({ ...loaded, ...state });
  it.each([
    ['invalid fields come before the last status', at({ status: { kind: 'saved' } }), 2, '有 2 处需要修改：'],
    ['saved', at({ status: { kind: 'saved' } }), 0, '已保存，已生效'],
    ['reset, until saved', at({ dirty: true, status: { kind: 'reset' } }), 0, '已恢复默认值，点击“保存”后生效'],
    ['a failed save names its fields', at({ dirty: true, status: { kind: 'error', message: '保留天数：应为 7–365' } }), 0, '保留天数：应为 7–365'],
    ['unsaved edits', at({ dirty: true }), 0, '有未保存的修改'],
    ['nothing to save', loaded, 0, '设置已是最新'],
  ] as const)('%s', (_name, state, issues, expected) => {
    expect(statusText(state, issues)).toBe(expected);
  });
});
