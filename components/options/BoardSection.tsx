/**
 * The live board's settings (issue 24, docs/BOARD.md). Switching it on asks
 * the browser for that one server origin first, inside the click (Chrome
 * only grants optional permissions on a user gesture); refused, it stays
 * off. Switched on by a team file or policy, the grant button asks again.
 */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { getPath } from '@/lib/settings/paths';
import { boardOriginPattern } from '@/lib/team/board/origin';
import { Row, Section, TextField, type FormContext } from './fields';

export interface BoardPermissionDeps {
  /** browser.permissions.request for one origin pattern: must be called inside the click. */
  requestOrigin(pattern: string): Promise<boolean>;
}

function PasswordField({ ctx }: { ctx: FormContext }) {
  return (
    <Row ctx={ctx} path="board.password" label={i18n.t('board.settings.password')}>
      {({ id, disabled, invalid }) => (
        <input id={id} class="text" type="password" autocomplete="off" value={ctx.draft.board.password} disabled={disabled} aria-invalid={invalid}
          onInput={(e) => ctx.set('board.password', (e.target as HTMLInputElement).value)} />
      )}
    </Row>
  );
}

export function BoardSection({ ctx, permissions }: { ctx: FormContext; permissions?: BoardPermissionDeps }) {
  const [note, setNote] = useState('');
  const enabled = getPath(ctx.draft, 'board.enabled') === true;
  const ask = (then: () => void) => {
    const pattern = boardOriginPattern(ctx.draft.board.url);
    if (!pattern) return setNote(i18n.t('board.settings.badUrl'));
    if (!permissions) return then();
    void permissions.requestOrigin(pattern).then(
      (granted) => {
        setNote(granted ? i18n.t('board.settings.granted', { origin: pattern }) : i18n.t('board.settings.refused'));
        if (granted) then();
      },
      (error: unknown) => setNote(String(error)),
    );
  };
  return (
    <Section id="board" title={i18n.t('board.settings.title')} intro={i18n.t('board.settings.intro')}>
      <TextField ctx={ctx} path="board.url" label={i18n.t('board.settings.url')} />
      <TextField ctx={ctx} path="board.database" label={i18n.t('board.settings.database')} />
      <TextField ctx={ctx} path="board.user" label={i18n.t('board.settings.user')} />
      <PasswordField ctx={ctx} />
      <Row ctx={ctx} path="board.enabled" label={i18n.t('board.settings.enabled')}>
        {({ id, disabled }) => (
          <span class="switch">
            <input id={id} type="checkbox" role="switch" data-testid="board-enabled" checked={enabled} disabled={disabled}
              onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                if (!on) return ctx.set('board.enabled', false);
                (e.target as HTMLInputElement).checked = false; // on only once the origin is granted
                ask(() => ctx.set('board.enabled', true));
              }} />
            <span class="switch-track" aria-hidden="true" />
          </span>
        )}
      </Row>
      {enabled && (
        <button type="button" class="btn" data-testid="board-grant" onClick={() => ask(() => undefined)}>
          {i18n.t('board.settings.grant')}
        </button>
      )}
      {note && <p class="row-help" role="status" data-testid="board-note">{note}</p>}
    </Section>
  );
}
