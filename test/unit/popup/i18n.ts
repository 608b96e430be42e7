/**
 * Real messages for component tests: fakeBrowser has no i18n, so
 * browser.i18n.getMessage answers from locales/<locale>.yml, compiled the way
 * the build compiles them (@wxt-dev/i18n/build).
 */
import path from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const cache = new Map<string, Record<string, { message: string }>>();

export async function useLocale(locale: 'zh_CN' | 'en'): Promise<void> {
  let messages = cache.get(locale);
  if (!messages) {
    messages = generateChromeMessages(await parseMessagesFile(path.resolve(`locales/${locale}.yml`))) as Record<string, { message: string }>;
    cache.set(locale, messages);
  }
  const table = messages;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string) => table[name]?.message ?? '') as typeof fakeBrowser.i18n.getMessage);
}
