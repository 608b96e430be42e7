import { i18n } from '#i18n';
import { useFileAction } from '../pages/use-file-action';

export interface TeamExportProps {
  /** Asks the background for this agent's team day file. */
  exportFile(): Promise<{ filename: string; mime: string; body: string }>;
  download(file: { filename: string; mime: string; body: string }): void;
}

/** 导出团队日报文件: this agent's last 7 days for the shop's Team page, and a link to that page. */
export function TeamExportButton({ exportFile, download }: TeamExportProps) {
  const make = async () => {
    const file = await exportFile();
    download(file);
    return file;
  };
  const { status, busy, run } = useFileAction(make, {
    done: (name) => i18n.t('teamReport.export.done', { name }),
    failed: (reason) => i18n.t('teamReport.export.failed', { reason }),
  });
  return (
    <div class="team-export">
      <button type="button" class="btn" data-testid="export-team-day" disabled={busy} onClick={() => void run()}>
        {i18n.t('teamReport.export.button')}
      </button>
      <a href="/team.html" target="_blank" rel="noopener" data-testid="open-team-page">
        {i18n.t('teamReport.export.openPage')}
      </a>
      {status && (
        <p class={status.ok ? 'muted' : 'error'} role="status" data-testid="team-export-status">
          {status.text}
        </p>
      )}
    </div>
  );
}
