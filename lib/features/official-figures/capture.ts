/**
 * Reading the platform's official figures on its data pages (issue #17): the
 * responses the page itself fetched (seen by the page-world tap) first, the
 * rendered cards as a fallback, dated by the page's own date controls. Sends
 * each new set of readings once; counts rejected responses; shows the
 * 页面未识别 notice when the page no longer looks like the one it knows.
 * Never sends a request to the platform.
 */
import { h } from 'preact';
import type { Clock } from '../../clock';
import type { Reply, Request } from '../../messages';
import { checkDataPage, pageText, readFigureCards, readPageDates } from '../../pdd/data-pages-dom';
import { parseOfficialResponse } from '../../pdd/official-figures';
import { dataPageKind, mallIdOfUserInfo, officialSourceOfUrl } from '../../pdd/official-pages';
import { parsePilotText, parseServiceText } from '../../pdd/official-text';
import type { OfficialReading, OfficialSource, ParseResult, RejectReason } from '../../pdd/official-figures';
import { createOverlay, type Overlay } from '../../content/overlay';
import { PageNotice } from '@/lib/content/PageNotice';

export type SendReadings = (request: Request<'official/readings'>) => Promise<Reply<'official/readings'>>;

/** How long a data page may take to show its figures before the notice. */
export const DATA_NOTICE_AFTER_MS = 8_000;
/** How long to wait for the page's own response before reading its cards. */
export const TEXT_FALLBACK_AFTER_MS = 3_000;

/** Calls that are user-info (to learn the shop) rather than figures. */
const USER_INFO_URL = /\/chats\/userinfo\/|\/janus\/api\/new\/userinfo/;

interface Captured {
  source: OfficialSource;
  url: string;
  body: string;
  /** Set once the response has been parsed to a final outcome. */
  done: boolean;
}

export interface OfficialCaptureDeps {
  doc: Document;
  clock: Clock;
  href: () => string;
  /**
   * The URL this document was loaded at (the navigation entry), which no
   * pushState changes: the rendered-text fallback runs only on the data page
   * the document was loaded as, never after a route switch a page script made.
   */
  loadedHref: () => string;
  send: SendReadings;
}

export class OfficialCapture {
  private mallId: string | null = null;
  private readonly responses: Captured[] = [];
  private readonly sent = new Set<string>();
  private pageSince: number | null = null;
  private pageKind: OfficialSource | null = null;
  private gotFigures = false;
  /** The page's own call answered with an error: the page is fine, the platform is not; no 页面未识别. */
  private platformError = false;
  private notice: Overlay | null = null;
  private rejected: Partial<Record<RejectReason, number>> = {};

  constructor(private readonly deps: OfficialCaptureDeps) {}

  /** A tapped HTTP item; returns true when it is one of ours. */
  ingest(item: { url: string; body: string }): boolean {
    if (USER_INFO_URL.test(item.url)) {
      // The shop is fixed by the page's first identity call: a later answer naming another shop changes nothing.
      this.mallId ??= mallIdOfUserInfo(item.body);
      return true;
    }
    const source = officialSourceOfUrl(item.url);
    if (!source) return false;
    this.responses.push({ source, url: item.url, body: item.body.slice(0, 1_000_000), done: false });
    if (this.responses.length > 20) this.responses.shift();
    return true;
  }

  /** Reads what is there now and sends what is new. Call after ingest, DOM changes and navigation. */
  async evaluate(): Promise<void> {
    const now = this.deps.clock.now();
    const kind = dataPageKind(this.deps.href());
    if (kind !== this.pageKind) {
      this.pageKind = kind;
      this.pageSince = kind ? now : null;
      this.gotFigures = false;
      this.platformError = false;
      this.notice?.remove();
      this.notice = null;
    }
    const readings: OfficialReading[] = [];
    const page = readPageDates(this.deps.doc);
    for (const captured of this.responses) {
      if (captured.done) continue;
      const result = parseOfficialResponse(captured.source, captured.body, { url: captured.url, now, page });
      // Without a date the page may not have drawn its date picker yet: try again later.
      if (!result.ok && result.reason === 'no-day' && kind === captured.source) continue;
      captured.done = true;
      if (!result.ok && result.reason === 'error-response' && kind === captured.source) this.platformError = true;
      this.take(result, readings);
    }
    if (kind && this.pageSince !== null && !this.gotFigures && dataPageKind(this.deps.loadedHref()) === kind) {
      if (kind === 'pilot-mall') this.take(parsePilotText(pageText(this.deps.doc), now), readings, false);
      else if (kind === 'service-overview' && now - this.pageSince >= TEXT_FALLBACK_AFTER_MS) {
        this.take(parseServiceText(readFigureCards(this.deps.doc), { now, page }), readings, false);
      }
    }
    this.updateNotice(kind, now);
    await this.flush(readings, now);
  }

  private take(result: ParseResult, into: OfficialReading[], countRejects = true): void {
    if (result.ok) {
      into.push(...result.readings);
      if (result.readings.some((r) => r.source === this.pageKind)) this.gotFigures = true;
    } else if (countRejects) {
      this.rejected[result.reason] = (this.rejected[result.reason] ?? 0) + 1;
    }
  }

  private updateNotice(kind: OfficialSource | null, now: number): void {
    if (!kind || this.pageSince === null) return;
    const check = checkDataPage(this.deps.doc, kind);
    if (check.recognised || this.gotFigures || this.platformError) {
      this.notice?.remove();
      this.notice = null;
      return;
    }
    if (this.notice || now - this.pageSince < DATA_NOTICE_AFTER_MS) return;
    this.notice = createOverlay(this.deps.doc, 'kefu-data-notice');
    this.notice.render(h(PageNotice, { missing: check.missing }));
  }

  private async flush(readings: OfficialReading[], now: number): Promise<void> {
    const fresh = readings.filter((r) => !this.sent.has(JSON.stringify(r)));
    const rejected = this.rejected;
    if (fresh.length === 0 && Object.keys(rejected).length === 0) return;
    this.rejected = {};
    for (const r of fresh) this.sent.add(JSON.stringify(r));
    const request: Request<'official/readings'> = { type: 'official/readings', readings: fresh, readAt: now };
    if (this.mallId) request.shop = this.mallId;
    if (Object.keys(rejected).length > 0) request.rejected = rejected as Record<string, number>;
    try {
      await this.deps.send(request);
    } catch {
      // The worker may be restarting: forget what was marked sent so the next evaluation retries.
      for (const r of fresh) this.sent.delete(JSON.stringify(r));
    }
  }

  /** Removes the notice (content script invalidated). */
  dispose(): void {
    this.notice?.remove();
    this.notice = null;
  }
}
