/** The Team page's two ways in: day files (every shop) and 实时 (shops with their own server, issue 24). */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';

export function TeamTabs({ files, live, initial = 'files' }: { files: ComponentChildren; live: () => ComponentChildren; initial?: 'files' | 'live' }) {
  const [tab, setTab] = useState(initial);
  const button = (id: 'files' | 'live', label: string) => (
    <button type="button" role="tab" class={`tab ${tab === id ? 'tab--on' : ''}`} aria-selected={tab === id} data-testid={`team-tab-${id}`} onClick={() => setTab(id)}>
      {label}
    </button>
  );
  return (
    <>
      <nav class="tabs" role="tablist">
        {button('files', i18n.t('board.tab.files'))}
        {button('live', i18n.t('board.tab.live'))}
      </nav>
      {tab === 'files' ? files : <main class="team">{live()}</main>}
    </>
  );
}
