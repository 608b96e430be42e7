import { i18n } from '#i18n';
import { TeamExportButton } from '../team/TeamExportButton';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EffectiveSettings } from '@/lib/settings/merge';
import { copyLockedFields, setPath } from '@/lib/settings/paths';
import type { SaveResult } from '@/lib/settings/save';
import { settingsToSave } from '@/lib/settings/save';
import { validateSettings } from '@/lib/settings/schema';
import { teamFileName, teamFileText } from '@/lib/settings/team-file';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/types';
import { issueLine } from '../pages/issue-text';
import { TeamFileImport } from '../pages/TeamFileImport';
import { NumberField, PercentField, Section, TextField, Toggle, WordListField, type FormContext } from './fields';
import { CalibrationSection, type CalibrationReply } from './Calibration';
import { PhraseSection } from './PhraseSection';
import { SignupMetricField } from './SignupMetricField';
import { DiagnosticsSection, type DiagnosticsDeps } from './DiagnosticsSection';

export interface OptionsDeps {
  /** Effective settings (defaults ← user ← policy) and the user's stored copy. */
  load(): Promise<{ effective: EffectiveSettings; storedUser: unknown }>;
  save(edited: Settings, locked: readonly string[]): Promise<SaveResult>;
  /** Imports a team file; fields `locked` by policy keep the user's own value. */
  importFile(text: string, locked: readonly string[]): Promise<SaveResult>;
  download(file: { filename: string; mime: string; body: string }): void;
  /** Calls back when the stored or managed settings change; returns the unsubscribe. */
  watch(onChange: () => void): () => void;
  now(): Date;
  /** Estimate vs the platform's figures (issue #17); absent in tests that do not need it. */
  calibration?: () => Promise<CalibrationReply>;
  /** This agent's team day file (team/export), for the shop's Team page. */
  exportTeamDay?(): Promise<{ filename: string; mime: string; body: string }>;
  /** Diagnostics kept by the background (issue #15); the section is left out without it. */
  diagnostics?: DiagnosticsDeps['diagnostics'];
}

interface Loaded {
  effective: EffectiveSettings;
  storedUser: unknown;
}

type Status = { kind: 'saved' } | { kind: 'reset' } | { kind: 'imported' } | { kind: 'error'; message: string } | null;

/** The defaults, keeping the values policy locks. */
function defaultsKeepingLocked(current: Settings, locked: readonly string[]): Settings {
  return copyLockedFields(DEFAULT_SETTINGS, current, locked);
}

function Form({ ctx, deps }: { ctx: FormContext; deps: OptionsDeps }) {
  return (
    <>
      <Section id="features" title={i18n.t('options.features.title')}>
        <Toggle ctx={ctx} path="features.replyTimer" label={i18n.t('options.features.replyTimer')} help={i18n.t('options.features.replyTimerHelp')} />
        <Toggle ctx={ctx} path="features.phraseGuard" label={i18n.t('options.features.phraseGuard')} help={i18n.t('options.features.phraseGuardHelp')} />
        <Toggle ctx={ctx} path="features.afterSales" label={i18n.t('options.features.afterSales')} help={i18n.t('options.features.afterSalesHelp')} />
      </Section>
      <Section id="timer" title={i18n.t('options.timer.title')} intro={i18n.t('options.timer.intro')}>
        <div class="grid-4">
          <NumberField ctx={ctx} path="replyTimer.thresholdsSec.s30" label={i18n.t('options.timer.s30')} unit={i18n.t('options.unit.sec')} step="1" />
          <NumberField ctx={ctx} path="replyTimer.thresholdsSec.m3" label={i18n.t('options.timer.m3')} unit={i18n.t('options.unit.sec')} step="1" />
          <NumberField ctx={ctx} path="replyTimer.thresholdsSec.m5" label={i18n.t('options.timer.m5')} unit={i18n.t('options.unit.sec')} step="1" />
          <NumberField ctx={ctx} path="replyTimer.thresholdsSec.h1" label={i18n.t('options.timer.h1')} unit={i18n.t('options.unit.sec')} step="1" />
        </div>
        <PercentField ctx={ctx} path="replyTimer.warnRatio" label={i18n.t('options.timer.warnRatio')} help={i18n.t('options.timer.warnRatioHelp')} min={0.1} max={0.95} />
        <Toggle ctx={ctx} path="replyTimer.sound" label={i18n.t('options.timer.sound')} help={i18n.t('options.timer.soundHelp')} />
        <Toggle ctx={ctx} path="replyTimer.notify" label={i18n.t('waits.optionNotify')} help={i18n.t('waits.optionNotifyHelp')} />
        <Toggle ctx={ctx} path="replyTimer.notifySound" label={i18n.t('waits.optionNotifySound')} help={i18n.t('waits.optionNotifySoundHelp')} />
        <div class="grid-2">
          <NumberField ctx={ctx} path="replyTimer.countedWindow.startHour" label={i18n.t('options.timer.startHour')} unit={i18n.t('options.unit.hour')} step="1" />
          <NumberField ctx={ctx} path="replyTimer.countedWindow.endHour" label={i18n.t('options.timer.endHour')} unit={i18n.t('options.unit.hour')} step="1" />
        </div>
        <p class="row-help">{i18n.t('options.timer.windowHelp')}</p>
      </Section>
      <PhraseSection ctx={ctx} />
      <Section id="aftersales" title={i18n.t('options.afterSales.title')} intro={i18n.t('options.afterSales.intro')}>
        <div class="grid-3">
          <NumberField ctx={ctx} path="afterSales.stageHours.warn" label={i18n.t('options.afterSales.warn')} unit={i18n.t('options.unit.hours')} />
          <NumberField ctx={ctx} path="afterSales.stageHours.urgent" label={i18n.t('options.afterSales.urgent')} unit={i18n.t('options.unit.hours')} />
          <NumberField ctx={ctx} path="afterSales.stageHours.critical" label={i18n.t('options.afterSales.critical')} unit={i18n.t('options.unit.hours')} />
        </div>
        <WordListField ctx={ctx} path="afterSales.escalateReasons" label={i18n.t('options.afterSales.escalateReasons')} help={i18n.t('options.afterSales.escalateReasonsHelp')} rows={5} />
        <TextField ctx={ctx} path="afterSales.guidance.shippedRefundOnly" label={i18n.t('options.afterSales.shippedRefundOnly')} />
        <TextField ctx={ctx} path="afterSales.guidance.escalateReason" label={i18n.t('options.afterSales.escalateReason')} />
        <TextField ctx={ctx} path="afterSales.guidance.instantRefund" label={i18n.t('options.afterSales.instantRefund')} />
        <TextField ctx={ctx} path="afterSales.guidance.noLogistics" label={i18n.t('options.afterSales.noLogistics')} />
      </Section>
      <Section id="targets" title={i18n.t('options.targets.title')} intro={i18n.t('options.targets.intro')}>
        <div class="grid-2">
          <PercentField ctx={ctx} path="targets.rate1h" label={i18n.t('options.targets.rate1h')} help={i18n.t('options.targets.rate1hHelp')} min={0} max={1} />
          <PercentField ctx={ctx} path="targets.rate5min" label={i18n.t('options.targets.rate5min')} help={i18n.t('options.targets.rate5minHelp')} min={0} max={1} />
          <PercentField ctx={ctx} path="targets.rate30s" label={i18n.t('options.targets.rate30s')} min={0} max={1} />
          <PercentField ctx={ctx} path="targets.rate3min" label={i18n.t('options.targets.rate3min')} min={0} max={1} />
          <PercentField ctx={ctx} path="targets.amberMargin" label={i18n.t('options.targets.amberMargin')} help={i18n.t('options.targets.amberMarginHelp')} min={0} max={0.3} />
        </div>
        <SignupMetricField ctx={ctx} />
      </Section>
      <Section id="data" title={i18n.t('options.data.title')} intro={i18n.t('options.data.intro')}>
        <NumberField ctx={ctx} path="retentionDays" label={i18n.t('options.data.retentionDays')} help={i18n.t('options.data.retentionHelp')} unit={i18n.t('options.unit.days')} step="1" />
      </Section>
      <Section id="team-report" title={i18n.t('teamReport.settings.title')} intro={i18n.t('teamReport.settings.intro')}>
        <NumberField ctx={ctx} path="team.agentCount" label={i18n.t('teamReport.settings.agentCount')} help={i18n.t('teamReport.settings.agentCountHelp')} step="1" />
        <TextField ctx={ctx} path="team.shopSecret" label={i18n.t('teamReport.settings.shopSecret')} help={i18n.t('teamReport.settings.shopSecretHelp')} />
        {deps.exportTeamDay && <TeamExportButton exportFile={deps.exportTeamDay} download={deps.download} />}
      </Section>
    </>
  );
}

/** The options page: edit, validate, save; team settings file; locked fields from policy. */
export function OptionsApp(deps: OptionsDeps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  const reload = useCallback(
    async (replaceDraft: boolean) => {
      try {
        const next = await deps.load();
        setLoaded(next);
        if (replaceDraft) {
          setDraft(next.effective.settings);
          setDirty(false);
        }
      } catch (error) {
        setLoadError(error instanceof Error ? error.message : String(error));
      }
    },
    [deps],
  );

  useEffect(() => {
    void reload(true);
  }, [reload]);

  // Policy or another page (welcome import) changed the settings: take them unless the agent is editing.
  const dirtyRef = useRef(false);
  dirtyRef.current = dirty;
  useEffect(() => deps.watch(() => void reload(!dirtyRef.current)), [deps, reload]);

  const locked = loaded?.effective.locked ?? [];
  const issues = useMemo(() => {
    if (!draft || !loaded) return [];
    const checked = validateSettings(settingsToSave(draft, locked, loaded.storedUser));
    return checked.ok ? [] : checked.issues;
  }, [draft, loaded, locked]);

  if (loadError) {
    return (
      <main class="options">
        <div class="banner banner--error" role="alert">
          {i18n.t('options.loadError', { message: loadError })}
        </div>
      </main>
    );
  }
  if (!draft || !loaded) return <main class="options" aria-busy="true" />;

  const ctx: FormContext = {
    draft,
    locked,
    issues,
    set(path, value) {
      setDraft((d) => (d ? setPath(d, path, value) : d));
      setDirty(true);
      setStatus(null);
    },
  };

  const save = async () => {
    const result = await deps.save(draft, locked);
    if (result.ok) {
      setDirty(false);
      setStatus({ kind: 'saved' });
      await reload(true);
    } else {
      setStatus({ kind: 'error', message: result.issues.map((i) => issueLine(i, 'form')).join('；') });
    }
  };

  const exportFile = () => {
    const now = deps.now();
    deps.download({ filename: teamFileName(now), mime: 'application/json', body: teamFileText(draft, now) });
  };

  const importFile = async (text: string) => {
    const result = await deps.importFile(text, locked);
    if (result.ok) {
      await reload(true);
      setStatus({ kind: 'imported' });
    }
    return result;
  };

  const statusText =
    issues.length > 0
      ? i18n.t('options.save.invalid', { n: issues.length })
      : status?.kind === 'saved'
        ? i18n.t('options.save.saved')
        : status?.kind === 'reset'
          ? i18n.t('options.save.resetDone')
          : status?.kind === 'imported'
            ? i18n.t('options.save.imported')
            : status?.kind === 'error'
              ? status.message
              : dirty
                ? i18n.t('options.save.dirty')
                : i18n.t('options.save.clean');

  return (
    <main class="options" data-testid="options">
      <header class="page-head">
        <img src="/icon/48.png" width={40} height={40} alt="" />
        <div>
          <h1>{i18n.t('options.title')}</h1>
          <p class="muted">{i18n.t('options.subtitle')}</p>
        </div>
      </header>
      {locked.length > 0 && (
        <div class="banner banner--info" data-testid="managed-banner">
          {i18n.t('options.managedBanner', { n: locked.length })}
        </div>
      )}
      {loaded.effective.rejected.length > 0 && (
        <div class="banner banner--error" role="alert" data-testid="policy-rejected">
          <strong>{i18n.t('settingsIssue.policyTitle', { n: loaded.effective.rejected.length })}</strong>
          <ul>
            {loaded.effective.rejected.slice(0, 8).map((issue) => (
              <li key={issue.path}>{issueLine(issue, 'file')}</li>
            ))}
          </ul>
          <span>{i18n.t('settingsIssue.policyNext')}</span>
        </div>
      )}
      <Form ctx={ctx} deps={deps} />
      {deps.calibration && <CalibrationSection load={deps.calibration} />}
      <Section id="team" title={i18n.t('options.teamFile.title')} intro={i18n.t('options.teamFile.intro')}>
        <div class="team-actions">
          <button type="button" class="btn" data-testid="export-team-file" disabled={issues.length > 0} onClick={exportFile}>
            {i18n.t('options.teamFile.export')}
          </button>
          <TeamFileImport onImport={importFile} />
          <button
            type="button"
            class="btn btn--danger"
            data-testid="reset-defaults"
            onClick={() => {
              setDraft(defaultsKeepingLocked(draft, locked));
              setDirty(true);
              setStatus({ kind: 'reset' });
            }}
          >
            {i18n.t('options.teamFile.reset')}
          </button>
        </div>
      </Section>
      {deps.diagnostics && <DiagnosticsSection diagnostics={deps.diagnostics} />}
      <footer class="save-bar">
        <span class={`save-status${issues.length ? ' invalid' : ''}`} data-testid="save-status" role="status">
          {statusText}
        </span>
        {issues.length > 0 && (
          <ul class="issue-list" data-testid="issue-list">
            {issues.slice(0, 5).map((i) => (
              <li key={i.path}>{issueLine(i, 'form')}</li>
            ))}
          </ul>
        )}
        <button type="button" class="btn btn--primary" data-testid="save" disabled={!dirty || issues.length > 0} onClick={() => void save()}>
          {i18n.t('options.save.button')}
        </button>
      </footer>
    </main>
  );
}
