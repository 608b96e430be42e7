import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BEIJING_OFFSET_MS } from '@/lib/clock';

/** A saved simulator page (test/fixtures/pages, written by test/sim/snapshot.ts). */
export function loadPage(name: string): Document {
  const html = readFileSync(path.resolve(__dirname, '../../fixtures/pages', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Epoch ms of a Beijing wall-clock time, independent of the machine's zone. */
export function bj(datetime: string): number {
  const m = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)(?::(\d\d))?$/.exec(datetime);
  if (!m) throw new Error(`bad datetime ${datetime}`);
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as number[];
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) - BEIJING_OFFSET_MS;
}

/** The saved pages' frozen sim clock: 2026-11-23 10:00:00 Beijing. */
export const SNAPSHOT_NOW = bj('2026-11-23 10:00:00');

/** Makes `i18n.t` answer from locales/<locale>.yml (fakeBrowser has no getMessage). */
export async function useLocale(locale = 'zh_CN'): Promise<void> {
  const messages = await parseMessagesFile(path.resolve(__dirname, '../../../locales', `${locale}.yml`));
  const byKey = new Map<string, string>();
  for (const m of messages) if (m.type !== 'plural') byKey.set(m.key.join('_'), m.message);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => byKey.get(key) ?? '');
}
