/**
 * A button that makes a file (the popup's 导出今日团队日报, the options page's
 * 导出团队日报文件): busy while it runs, then one status line naming the file it
 * saved or saying why it failed, in the page's language.
 */
import { useState } from 'preact/hooks';
import { localPart } from '@/lib/ui/lang';

export interface FileActionStatus {
  ok: boolean;
  text: string;
}

export interface FileActionTexts {
  done(filename: string): string;
  failed(reason: string): string;
}

export function useFileAction(make: () => Promise<{ filename: string }>, texts: FileActionTexts) {
  const [status, setStatus] = useState<FileActionStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const { filename } = await make();
      setStatus({ ok: true, text: texts.done(filename) });
    } catch (error) {
      setStatus({ ok: false, text: texts.failed(localPart(error instanceof Error ? error.message : String(error))) });
    } finally {
      setBusy(false);
    }
  };
  return { status, busy, run };
}
