import { i18n } from '#i18n';
import { useMemo, useState } from 'preact/hooks';
import { segments, type GuardedFinding } from '@/lib/guard-decision';
import { CATEGORY_RULE, type PassedWord } from '@/lib/phrases';
import { CONTEXT_NOTES, SCOPE_NOTES } from '@/lib/phrases/context-notes';
import { INTENT_NOTES } from '@/lib/phrases/intent-notes';
import { variantTools } from '@/lib/phrases/variant-tools';
import { shopVariants } from '@/lib/phrases/variants';
import { decideText, shopDictionary } from '@/lib/shop-dictionary';
import { lang } from '@/lib/ui/lang';
import { isLocked } from '@/lib/settings/paths';
import { PHRASE_CATEGORIES, type GuardAction } from '@/lib/settings/types';
import { RuleLink } from '@/lib/ui/RuleLink';
import { LockBadge, Section, WordListField, type FormContext } from './fields';


const ACTIONS: GuardAction[] = ['block', 'warn', 'off'];
const actionName = (a: GuardAction) => i18n.t(`options.phrases.action.${a}`);

function CategoryTable({ ctx }: { ctx: FormContext }) {
  return (
    <table class="categories" data-testid="categories">
      <thead>
        <tr>
          <th>{i18n.t('options.phrases.colCategory')}</th>
          <th>{i18n.t('options.phrases.colAction')}</th>
          <th>{i18n.t('options.phrases.colAnyway')}</th>
        </tr>
      </thead>
      <tbody>
        {PHRASE_CATEGORIES.map((c) => {
          const actionPath = `phraseGuard.actions.${c}`;
          const anywayPath = `phraseGuard.allowSendAnyway.${c}`;
          const actionLocked = isLocked(actionPath, ctx.locked);
          const anywayLocked = isLocked(anywayPath, ctx.locked);
          const ruleId = CATEGORY_RULE[c];
          const rule = ruleId === 'custom' ? null : ruleId;
          return (
            <tr key={c} data-category={c}>
              <td>
                {i18n.t(`guard.categories.${c}`)}
                {rule && <RuleLink id={rule} />}
              </td>
              <td>
                <select
                  aria-label={`${i18n.t(`guard.categories.${c}`)} ${i18n.t('options.phrases.colAction')}`}
                  data-testid={`action-${c}`}
                  value={ctx.draft.phraseGuard.actions[c]}
                  disabled={actionLocked}
                  onChange={(e) => ctx.set(actionPath, (e.target as HTMLSelectElement).value)}
                >
                  {ACTIONS.map((a) => (
                    <option key={a} value={a}>
                      {actionName(a)}
                    </option>
                  ))}
                </select>
                {actionLocked && <LockBadge />}
              </td>
              <td>
                <label class="check">
                  <input
                    type="checkbox"
                    data-testid={`anyway-${c}`}
                    checked={ctx.draft.phraseGuard.allowSendAnyway[c]}
                    disabled={anywayLocked || ctx.draft.phraseGuard.actions[c] !== 'block'}
                    onChange={(e) => ctx.set(anywayPath, (e.target as HTMLInputElement).checked)}
                  />
                  {i18n.t('options.phrases.allowAnyway')}
                </label>
                {anywayLocked && <LockBadge />}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A sample sentence checked live with the real engine and the words being edited. */
function SampleCheck({ ctx }: { ctx: FormContext }) {
  const [text, setText] = useState(i18n.t('options.phrases.sampleDefault'));
  const { customWords, allowList } = ctx.draft.phraseGuard;
  // The shop's words with their traditional, pinyin and homophone variants, compiled and decided by the
  // chat guard's own functions (lib/shop-dictionary.ts): the preview gives the chat's verdict.
  const dictionary = useMemo(
    () => shopDictionary({ customWords, allowList }, shopVariants(customWords, allowList, variantTools())),
    [customWords, allowList],
  );
  const { decision, passed } = useMemo(() => {
    const passedWords: PassedWord[] = [];
    return { decision: decideText(text, ctx.draft.phraseGuard, dictionary, passedWords), passed: passedWords };
  }, [text, dictionary, ctx.draft.phraseGuard]);
  const outcome = decision.findings.length === 0
    ? i18n.t('options.phrases.outcomeClean')
    : decision.hold
      ? decision.canOverride
        ? i18n.t('options.phrases.outcomeHoldOverride')
        : i18n.t('options.phrases.outcomeHold')
      : i18n.t('options.phrases.outcomeWarn');
  return (
    <div class="sample" data-testid="sample">
      <label for="sample-text">{i18n.t('options.phrases.sampleLabel')}</label>
      <input id="sample-text" class="text" type="text" value={text} data-testid="sample-input" onInput={(e) => setText((e.target as HTMLInputElement).value)} />
      <p class="sample-preview" data-testid="sample-preview">
        {segments(text, decision.findings).map((piece, i) => (piece.flagged ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
      </p>
      <p class={`sample-outcome${decision.hold ? ' hold' : decision.findings.length ? ' warn' : ' clean'}`} data-testid="sample-outcome">
        {outcome}
      </p>
      {decision.findings.length > 0 && (
        <ul class="findings" data-testid="sample-findings">
          {decision.findings.map((f) => (
            <li key={`${f.start}-${f.category}`} data-category={f.category} data-context={f.context ?? ''}>
              「{f.match}」 {i18n.t(`guard.categories.${f.category}`)} · <strong>{actionName(f.action)}</strong>
              <span class="why" data-testid="sample-why">
                {' — '}
                {whyFlagged(f, ctx.draft.phraseGuard.actions[f.category])}
              </span>
            </li>
          ))}
        </ul>
      )}
      {passed.length > 0 && (
        <ul class="passed" data-testid="sample-passed">
          {passed.map((p) => (
            <li key={`${p.start}-${p.category}`} data-category={p.category} data-reason={p.reason.kind === 'context' ? p.reason.rule : p.reason.source}>
              {i18n.t('checker.passed', { match: p.match })} — {whyPassed(p)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const reasonOf = (id: string) => {
  const note = CONTEXT_NOTES[id] ?? SCOPE_NOTES[id] ?? INTENT_NOTES[id];
  return note ? (lang() === 'en' ? note.reasonEn : note.reason) : id;
};

/** Why a finding is flagged: the entry or detector, the context rule, and how the shop's setting applied. */
function whyFlagged(f: GuardedFinding, configured: GuardAction): string {
  const parts = [f.entry ? i18n.t('checker.entry', { entry: f.entry }) : i18n.t('checker.detector')];
  if (f.context) parts.push(i18n.t('checker.context', { reason: reasonOf(f.context) }));
  parts.push(f.raised ? i18n.t('checker.raised') : i18n.t('checker.setting', { action: actionName(configured) }));
  return parts.join('；');
}

/** Why a word the dictionary knows was let through: a context rule or an allowed phrase. */
function whyPassed(p: PassedWord): string {
  if (p.reason.kind === 'context') return i18n.t('checker.context', { reason: reasonOf(p.reason.rule) });
  return i18n.t(`checker.allow.${p.reason.source}`, { text: p.reason.text });
}

export function PhraseSection({ ctx }: { ctx: FormContext }) {
  return (
    <Section id="phrases" title={i18n.t('options.phrases.title')} intro={i18n.t('options.phrases.intro')}>
      <CategoryTable ctx={ctx} />
      <div class="two-col">
        <WordListField ctx={ctx} path="phraseGuard.customWords" label={i18n.t('options.phrases.customWords')} help={i18n.t('options.phrases.customWordsHelp')} placeholder={i18n.t('options.phrases.customWordsPlaceholder')} />
        <WordListField ctx={ctx} path="phraseGuard.allowList" label={i18n.t('options.phrases.allowList')} help={i18n.t('options.phrases.allowListHelp')} placeholder={i18n.t('options.phrases.allowListPlaceholder')} />
      </div>
      <SampleCheck ctx={ctx} />
    </Section>
  );
}
