/**
 * The options page's form, as data (issue 13: state apart from view): the
 * draft being edited, whether it differs from what is stored, and the last
 * thing that happened to it. A reducer, so the page's rules (an edit clears
 * the last status, a reset keeps what policy locks, a reload during an edit
 * leaves the draft alone) are tested without rendering the page.
 */
import { i18n } from '#i18n';
import { copyLockedFields, setPath } from '@/lib/settings/paths';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/types';

export type FormStatus = { kind: 'saved' } | { kind: 'reset' } | { kind: 'imported' } | { kind: 'error'; message: string } | null;

export interface FormState {
  draft: Settings | null;
  /** The draft has edits not saved yet. */
  dirty: boolean;
  status: FormStatus;
}

export type FormAction =
  /** Settings (re)loaded into the draft, dropping any edit. */
  | { type: 'loaded'; settings: Settings }
  | { type: 'edited'; path: string; value: unknown }
  /** Back to the defaults, keeping the values policy locks. */
  | { type: 'reset'; locked: readonly string[] }
  /** Stored: no edits left (the reload that follows brings the stored copy). */
  | { type: 'saved' }
  | { type: 'status'; status: FormStatus };

export const INITIAL_FORM: FormState = { draft: null, dirty: false, status: null };

export function formReducer(state: FormState, action: FormAction): FormState {
  switch (action.type) {
    case 'loaded':
      return { ...state, draft: action.settings, dirty: false };
    case 'edited':
      return { draft: state.draft ? setPath(state.draft, action.path, action.value) : state.draft, dirty: true, status: null };
    case 'reset':
      return { draft: state.draft ? copyLockedFields(DEFAULT_SETTINGS, state.draft, action.locked) : state.draft, dirty: true, status: { kind: 'reset' } };
    case 'saved':
      return { ...state, dirty: false, status: { kind: 'saved' } };
    case 'status':
      return { ...state, status: action.status };
  }
}

/** The save bar's line: invalid fields first, then the last status, then whether there are edits. */
export function statusText(state: FormState, issueCount: number): string {
  const { status } = state;
  if (issueCount > 0) return i18n.t('options.save.invalid', { n: issueCount });
  if (status?.kind === 'error') return status.message;
  if (status?.kind === 'saved') return i18n.t('options.save.saved');
  if (status?.kind === 'reset') return i18n.t('options.save.resetDone');
  if (status?.kind === 'imported') return i18n.t('options.save.imported');
  return state.dirty ? i18n.t('options.save.dirty') : i18n.t('options.save.clean');
}
