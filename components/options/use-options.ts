/**
 * The options page's effects: loading (and reloading when policy or another
 * page changes the settings), saving, the team settings file in and out. The
 * form itself is form-state.ts.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { EffectiveSettings } from '@/lib/settings/merge';
import type { SaveResult } from '@/lib/settings/save';
import { settingsToSave } from '@/lib/settings/save';
import { validateSettings } from '@/lib/settings/schema';
import { teamFileName, teamFileText } from '@/lib/settings/team-file';
import type { Settings } from '@/lib/settings/types';
import { issueLine } from '../pages/issue-text';
import type { FormContext } from './fields';
import { formReducer, INITIAL_FORM } from './form-state';
import type { OptionsDeps } from './OptionsApp';

const always = () => true;

interface Loaded {
  effective: EffectiveSettings;
  storedUser: unknown;
}

/**
 * Loads the settings; the draft is replaced too when `replaceDraft()` says so
 * once they are read — asked then, not before: a read may take a moment (the
 * policy read waits up to 300 ms, lib/settings/policy-read.ts), and what the
 * agent types meanwhile must not be thrown away.
 */
function useLoaded(deps: OptionsDeps, onDraft: (settings: Settings) => void) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const reload = useCallback(
    async (replaceDraft: () => boolean) => {
      try {
        const next = await deps.load();
        setLoaded(next);
        if (replaceDraft()) onDraft(next.effective.settings);
      } catch (error) {
        setLoadError(error instanceof Error ? error.message : String(error));
      }
    },
    [deps, onDraft],
  );
  return { loaded, loadError, reload };
}

/** Everything the options page shows and does. */
export function useOptions(deps: OptionsDeps) {
  const [form, dispatch] = useReducer(formReducer, INITIAL_FORM);
  const onDraft = useCallback((settings: Settings) => dispatch({ type: 'loaded', settings }), []);
  const { loaded, loadError, reload } = useLoaded(deps, onDraft);

  useEffect(() => {
    void reload(always);
  }, [reload]);

  // Policy or another page (welcome import) changed the settings: take them unless the agent is editing.
  const dirtyRef = useRef(false);
  dirtyRef.current = form.dirty;
  useEffect(() => deps.watch(() => void reload(() => !dirtyRef.current)), [deps, reload]);

  const locked = loaded?.effective.locked ?? [];
  const { draft } = form;
  const issues = useMemo(() => {
    if (!draft || !loaded) return [];
    const checked = validateSettings(settingsToSave(draft, locked, loaded.storedUser));
    return checked.ok ? [] : checked.issues;
  }, [draft, loaded, locked]);

  const ctx: FormContext | null = draft && { draft, locked, issues, set: (path, value) => dispatch({ type: 'edited', path, value }) };

  const save = async (edited: Settings) => {
    const result = await deps.save(edited, locked);
    if (!result.ok) return dispatch({ type: 'status', status: { kind: 'error', message: result.issues.map((i) => issueLine(i, 'form')).join('；') } });
    dispatch({ type: 'saved' });
    await reload(always);
  };

  const exportFile = (edited: Settings) => {
    const now = deps.now();
    deps.download({ filename: teamFileName(now), mime: 'application/json', body: teamFileText(edited, now) });
  };

  const importFile = async (text: string): Promise<SaveResult> => {
    const result = await deps.importFile(text, locked);
    if (result.ok) {
      await reload(always);
      dispatch({ type: 'status', status: { kind: 'imported' } });
    }
    return result;
  };

  const reset = () => dispatch({ type: 'reset', locked });

  return { form, loaded, loadError, locked, issues, ctx, save, exportFile, importFile, reset };
}
