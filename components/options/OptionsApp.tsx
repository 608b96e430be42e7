/**
 * The options page: edit, validate, save; team settings file; locked fields
 * from policy. State and effects: use-options.ts (form-state.ts); the fields:
 * SettingsForm.tsx.
 */
import { i18n } from '#i18n';
import type { EffectiveSettings } from '@/lib/settings/merge';
import type { SaveResult } from '@/lib/settings/save';
import type { SettingsIssue } from '@/lib/settings/schema';
import type { Settings } from '@/lib/settings/types';
import { issueLine } from '../pages/issue-text';
import { PageHead } from '../pages/PageHead';
import { TeamFileImport } from '../pages/TeamFileImport';
import type { BoardPermissionDeps } from './BoardSection';
import { CalibrationSection, type CalibrationReply } from './Calibration';
import { DiagnosticsSection, type DiagnosticsDeps } from './DiagnosticsSection';
import { Section } from './fields';
import { statusText } from './form-state';
import { SettingsForm } from './SettingsForm';
import { useOptions } from './use-options';

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
  /** The live board's server origin, asked for on the switch's click (issue 24). */
  board?: BoardPermissionDeps;
}

/** What policy does to this page: how many fields it locks, and the values it sets that were rejected. */
function PolicyBanners({ locked, rejected }: { locked: readonly string[]; rejected: EffectiveSettings['rejected'] }) {
  return (
    <>
      {locked.length > 0 && (
        <div class="banner banner--info" data-testid="managed-banner">
          {i18n.t('options.managedBanner', { n: locked.length })}
        </div>
      )}
      {rejected.length > 0 && (
        <div class="banner banner--error" role="alert" data-testid="policy-rejected">
          <strong>{i18n.t('settingsIssue.policyTitle', { n: rejected.length })}</strong>
          <ul>
            {rejected.slice(0, 8).map((issue) => (
              <li key={issue.path}>{issueLine(issue, 'file')}</li>
            ))}
          </ul>
          <span>{i18n.t('settingsIssue.policyNext')}</span>
        </div>
      )}
    </>
  );
}

interface TeamFileProps {
  invalid: boolean;
  onExport(): void;
  onImport(text: string): Promise<SaveResult>;
  onReset(): void;
}

function TeamFileSection({ invalid, onExport, onImport, onReset }: TeamFileProps) {
  return (
    <Section id="team" title={i18n.t('options.teamFile.title')} intro={i18n.t('options.teamFile.intro')}>
      <div class="team-actions">
        <button type="button" class="btn" data-testid="export-team-file" disabled={invalid} onClick={onExport}>
          {i18n.t('options.teamFile.export')}
        </button>
        <TeamFileImport onImport={onImport} />
        <button type="button" class="btn btn--danger" data-testid="reset-defaults" onClick={onReset}>
          {i18n.t('options.teamFile.reset')}
        </button>
      </div>
    </Section>
  );
}

function SaveBar({ status, issues, canSave, onSave }: { status: string; issues: readonly SettingsIssue[]; canSave: boolean; onSave(): void }) {
  return (
    <footer class="save-bar">
      <span class={`save-status${issues.length ? ' invalid' : ''}`} data-testid="save-status" role="status">
        {status}
      </span>
      {issues.length > 0 && (
        <ul class="issue-list" data-testid="issue-list">
          {issues.slice(0, 5).map((i) => (
            <li key={i.path}>{issueLine(i, 'form')}</li>
          ))}
        </ul>
      )}
      <button type="button" class="btn btn--primary" data-testid="save" disabled={!canSave} onClick={onSave}>
        {i18n.t('options.save.button')}
      </button>
    </footer>
  );
}

export function OptionsApp(deps: OptionsDeps) {
  const { form, loaded, loadError, locked, issues, ctx, save, exportFile, importFile, reset } = useOptions(deps);
  if (loadError) {
    return (
      <main class="options">
        <div class="banner banner--error" role="alert">
          {i18n.t('options.loadError', { message: loadError })}
        </div>
      </main>
    );
  }
  if (!ctx || !loaded) return <main class="options" aria-busy="true" />;
  const { draft } = ctx;
  return (
    <main class="options" data-testid="options">
      <PageHead title={i18n.t('options.title')} subtitle={i18n.t('options.subtitle')} />
      <PolicyBanners locked={locked} rejected={loaded.effective.rejected} />
      <SettingsForm ctx={ctx} deps={deps} />
      {deps.calibration && <CalibrationSection load={deps.calibration} />}
      <TeamFileSection invalid={issues.length > 0} onExport={() => exportFile(draft)} onImport={importFile} onReset={reset} />
      {deps.diagnostics && <DiagnosticsSection diagnostics={deps.diagnostics} />}
      <SaveBar status={statusText(form, issues.length)} issues={issues} canSave={form.dirty && issues.length === 0} onSave={() => void save(draft)} />
    </main>
  );
}
