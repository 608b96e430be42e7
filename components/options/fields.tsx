import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getPath, isLocked } from '@/lib/settings/paths';
import type { SettingsIssue } from '@/lib/settings/schema';
import type { Settings } from '@/lib/settings/types';
import { fromPercentInput, linesOf, toPercentInput } from '@/lib/ui/format';
import { issueLine, issueReason } from '../pages/issue-text';

/** What every field needs: the draft, how to change it, the locks and the validation issues. */
export interface FormContext {
  draft: Settings;
  set(path: string, value: unknown): void;
  locked: readonly string[];
  issues: readonly SettingsIssue[];
}

/** Issues at the field or inside it (a list entry 'phraseGuard.customWords.3'). */
export function issuesAt(issues: readonly SettingsIssue[], path: string): SettingsIssue[] {
  return issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`));
}

export function LockBadge() {
  return (
    <span class="lock" data-testid="locked" title={i18n.t('options.lockedTitle')}>
      🔒 {i18n.t('options.locked')}
    </span>
  );
}

interface RowProps {
  ctx: FormContext;
  path: string;
  label: string;
  help?: string;
  /** Replaces the schema's wording (e.g. a percent range for a field stored as a fraction). */
  issueText?: string;
  children: (props: { id: string; disabled: boolean; invalid: boolean }) => ComponentChildren;
}

/** A labelled field row: the input, its help, the lock and the issue naming the field. */
export function Row({ ctx, path, label, help, issueText, children }: RowProps) {
  const id = `f-${path.replace(/\./g, '-')}`;
  const locked = isLocked(path, ctx.locked);
  const issues = locked ? [] : issuesAt(ctx.issues, path);
  return (
    <div class={`row${locked ? ' row--locked' : ''}${issues.length ? ' row--invalid' : ''}`} data-path={path}>
      <label class="row-label" for={id}>
        {label}
        {locked && <LockBadge />}
      </label>
      <div class="row-input">
        {children({ id, disabled: locked, invalid: issues.length > 0 })}
        {help && <p class="row-help">{help}</p>}
        {issues.length > 0 && (
          <p class="row-issue" role="alert" data-testid={`issue-${path}`}>
            {issueText ?? issues.map((i) => (i.path === path ? issueReason(i, 'form') : issueLine(i, 'form'))).join('；')}
          </p>
        )}
      </div>
    </div>
  );
}

const numberOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/** A number input whose text is kept while typing ("0." stays "0."), the draft getting the parsed value. */
function NumberInput(props: { id: string; value: number; disabled: boolean; invalid: boolean; step?: string; unit?: string; onValue(v: number): void }) {
  const [text, setText] = useState(Number.isFinite(props.value) ? String(props.value) : '');
  useEffect(() => {
    if (numberOf(text) !== props.value && !(Number.isNaN(props.value) && Number.isNaN(numberOf(text)))) {
      setText(Number.isFinite(props.value) ? String(props.value) : '');
    }
    // Only an outside change (reset, import) rewrites the text.
  }, [props.value]);
  return (
    <span class="num-input">
      <input
        id={props.id}
        type="number"
        inputMode="decimal"
        step={props.step ?? 'any'}
        value={text}
        disabled={props.disabled}
        aria-invalid={props.invalid}
        onInput={(e) => {
          const t = (e.target as HTMLInputElement).value;
          setText(t);
          props.onValue(numberOf(t));
        }}
      />
      {props.unit && <span class="unit">{props.unit}</span>}
    </span>
  );
}

export function NumberField(props: { ctx: FormContext; path: string; label: string; help?: string; unit?: string; step?: string }) {
  const { ctx, path } = props;
  return (
    <Row ctx={ctx} path={path} label={props.label} help={props.help}>
      {(p) => (
        <NumberInput {...p} value={getPath(ctx.draft, path) as number} unit={props.unit} step={props.step} onValue={(v) => ctx.set(path, v)} />
      )}
    </Row>
  );
}

/** A fraction 0–1 edited as a percent (0.7 ↔ 70 %). */
export function PercentField(props: { ctx: FormContext; path: string; label: string; help?: string; min: number; max: number }) {
  const { ctx, path } = props;
  const value = getPath(ctx.draft, path) as number;
  return (
    <Row
      ctx={ctx}
      path={path}
      label={props.label}
      help={props.help}
    >
      {(p) => <NumberInput {...p} value={Number.isFinite(value) ? toPercentInput(value) : value} unit="%" onValue={(v) => ctx.set(path, fromPercentInput(v))} />}
    </Row>
  );
}

export function Toggle(props: { ctx: FormContext; path: string; label: string; help?: string }) {
  const { ctx, path } = props;
  return (
    <Row ctx={ctx} path={path} label={props.label} help={props.help}>
      {({ id, disabled }) => (
        <span class="switch">
          <input id={id} type="checkbox" role="switch" checked={getPath(ctx.draft, path) === true} disabled={disabled} onChange={(e) => ctx.set(path, (e.target as HTMLInputElement).checked)} />
          <span class="switch-track" aria-hidden="true" />
        </span>
      )}
    </Row>
  );
}

export function TextField(props: { ctx: FormContext; path: string; label: string; help?: string }) {
  const { ctx, path } = props;
  return (
    <Row ctx={ctx} path={path} label={props.label} help={props.help}>
      {({ id, disabled, invalid }) => (
        <input
          id={id}
          class="text"
          type="text"
          value={getPath(ctx.draft, path) as string}
          disabled={disabled}
          aria-invalid={invalid}
          onInput={(e) => ctx.set(path, (e.target as HTMLInputElement).value)}
        />
      )}
    </Row>
  );
}

/** A list edited as a textarea, one entry per line (blank lines dropped). */
export function WordListField(props: { ctx: FormContext; path: string; label: string; help?: string; rows?: number; placeholder?: string }) {
  const { ctx, path } = props;
  const value = getPath(ctx.draft, path) as string[];
  const [text, setText] = useState(value.join('\n'));
  useEffect(() => {
    if (linesOf(text).join('\n') !== value.join('\n')) setText(value.join('\n'));
  }, [value]);
  return (
    <Row ctx={ctx} path={path} label={props.label} help={props.help}>
      {({ id, disabled, invalid }) => (
        <>
          <textarea
            id={id}
            rows={props.rows ?? 5}
            value={text}
            disabled={disabled}
            aria-invalid={invalid}
            placeholder={props.placeholder}
            onInput={(e) => {
              const t = (e.target as HTMLTextAreaElement).value;
              setText(t);
              ctx.set(path, linesOf(t));
            }}
          />
          <span class="count">{i18n.t('options.entries', { n: value.length })}</span>
        </>
      )}
    </Row>
  );
}

/** A titled card of fields. */
export function Section(props: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  return (
    <section class="card section" id={props.id} data-testid={`section-${props.id}`}>
      <h2>{props.title}</h2>
      {props.intro && <p class="intro">{props.intro}</p>}
      {props.children}
    </section>
  );
}
