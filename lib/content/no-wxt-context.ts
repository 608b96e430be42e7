/**
 * What WXT's content-script wrapper constructs instead of its
 * ContentScriptContext (wxt.config.ts aliases `wxt/utils/content-script-context`
 * to this file for the content scripts). None of our scripts takes the
 * context: each keeps its own lifetime (lib/content/lifetime.ts), because
 * WXT's announces every start on the page's document, where a page script
 * can hear it and replay it. Left out, it also costs the chat script about
 * 1 KB gzip of its 40 KB budget.
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
