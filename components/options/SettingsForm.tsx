/** The settings the agent edits, section by section (the page around them: OptionsApp.tsx). */
import { i18n } from '#i18n';
import { TeamExportButton } from '../team/TeamExportButton';
import { NumberField, PercentField, Section, TextField, Toggle, WordListField, type FormContext } from './fields';
import type { OptionsDeps } from './OptionsApp';
import { PhraseSection } from './PhraseSection';
import { BoardSection } from './BoardSection';
import { SignupRuleSection } from './SignupRuleField';

function FeaturesSection({ ctx }: { ctx: FormContext }) {
  return (
    <Section id="features" title={i18n.t('options.features.title')}>
      <Toggle ctx={ctx} path="features.replyTimer" label={i18n.t('options.features.replyTimer')} help={i18n.t('options.features.replyTimerHelp')} />
      <Toggle ctx={ctx} path="features.phraseGuard" label={i18n.t('options.features.phraseGuard')} help={i18n.t('options.features.phraseGuardHelp')} />
      <Toggle ctx={ctx} path="features.afterSales" label={i18n.t('options.features.afterSales')} help={i18n.t('options.features.afterSalesHelp')} />
    </Section>
  );
}

function TimerSection({ ctx }: { ctx: FormContext }) {
  return (
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
  );
}

function AfterSalesSection({ ctx }: { ctx: FormContext }) {
  return (
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
  );
}

function TargetsSection({ ctx }: { ctx: FormContext }) {
  return (
    <Section id="targets" title={i18n.t('options.targets.title')} intro={i18n.t('options.targets.intro')}>
      <div class="grid-2">
        <PercentField ctx={ctx} path="targets.rate1h" label={i18n.t('options.targets.rate1h')} help={i18n.t('options.targets.rate1hHelp')} min={0} max={1} />
        <PercentField ctx={ctx} path="targets.rate5min" label={i18n.t('options.targets.rate5min')} help={i18n.t('options.targets.rate5minHelp')} min={0} max={1} />
        <PercentField ctx={ctx} path="targets.rate30s" label={i18n.t('options.targets.rate30s')} min={0} max={1} />
        <PercentField ctx={ctx} path="targets.rate3min" label={i18n.t('options.targets.rate3min')} min={0} max={1} />
        <PercentField ctx={ctx} path="targets.amberMargin" label={i18n.t('options.targets.amberMargin')} help={i18n.t('options.targets.amberMarginHelp')} min={0} max={0.3} />
      </div>
    </Section>
  );
}

function DataSection({ ctx }: { ctx: FormContext }) {
  return (
    <Section id="data" title={i18n.t('options.data.title')} intro={i18n.t('options.data.intro')}>
      <NumberField ctx={ctx} path="retentionDays" label={i18n.t('options.data.retentionDays')} help={i18n.t('options.data.retentionHelp')} unit={i18n.t('options.unit.days')} step="1" />
    </Section>
  );
}

function TeamReportSection({ ctx, deps }: { ctx: FormContext; deps: OptionsDeps }) {
  return (
    <Section id="team-report" title={i18n.t('teamReport.settings.title')} intro={i18n.t('teamReport.settings.intro')}>
      <NumberField ctx={ctx} path="team.agentCount" label={i18n.t('teamReport.settings.agentCount')} help={i18n.t('teamReport.settings.agentCountHelp')} step="1" />
      <TextField ctx={ctx} path="team.shopSecret" label={i18n.t('teamReport.settings.shopSecret')} help={i18n.t('teamReport.settings.shopSecretHelp')} />
      <Toggle ctx={ctx} path="dayEndReminder.enabled" label={i18n.t('teamReport.settings.reminder')} help={i18n.t('teamReport.settings.reminderHelp')} />
      <NumberField ctx={ctx} path="dayEndReminder.hour" label={i18n.t('teamReport.settings.reminderHour')} unit={i18n.t('options.unit.hour')} step="1" />
      {deps.exportTeamDay && <TeamExportButton exportFile={deps.exportTeamDay} download={deps.download} />}
    </Section>

  );
}

export function SettingsForm({ ctx, deps }: { ctx: FormContext; deps: OptionsDeps }) {
  return (
    <>
      <FeaturesSection ctx={ctx} />
      <TimerSection ctx={ctx} />
      <PhraseSection ctx={ctx} />
      <AfterSalesSection ctx={ctx} />
      <SignupRuleSection ctx={ctx} />
      <TargetsSection ctx={ctx} />
      <DataSection ctx={ctx} />
      <TeamReportSection ctx={ctx} deps={deps} />
      <BoardSection ctx={ctx} permissions={deps.board} />
    </>
  );
}
