/**
 * The platform's own figures for the 客服数据 pages (shared/PDD-PAGES.md §(h)):
 * per shop and day (服务数据), per agent for today (客服绩效 overview), and the
 * 店铺体验 30-day 3-minute rate. Days without explicit figures get
 * deterministic ones from the date, so a page always has something to show.
 *
 * GUESS (no public source shows the JSON shapes): the 服务数据 response holds
 * one object of the five §(h) fields for the whole picked range, without its
 * dates (the page sends them in the POST body); 客服绩效 answers
 * `result.list[]` with one row per agent account.
 */
import type { SimClock } from './clock.ts';
import { beijingParts } from './time.ts';

/** One day of 服务数据, the field names of §(h). Rates as fractions here; the server formats them per variant. */
export interface ServiceDay {
  consultUserCnt: number;
  needManuReplyConsultUserCnt: number;
  receiveUserCnt: number;
  manuReplyRate3Min: number;
  /** seconds */
  artificialResponseTime: number;
}

/** One agent row of the 客服绩效 overview (today, live). */
export interface AgentRow {
  csName: string;
  consultUserCnt: number;
  inquiryOrderTransformRate: number;
  csSalesAmount: number;
  manuReplyRate3Min: number;
  replyRate30s: number;
  csServiceScore: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** 'YYYY-MM-DD' of a Beijing instant. */
export function simDay(ms: number): string {
  const p = beijingParts(ms);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** 'YYYY-MM-DD' plus n days. */
export function simAddDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

function generated(day: string): ServiceDay {
  const seed = Number(day.replace(/-/g, '')) % 97;
  const consult = 150 + (seed % 60);
  const need = consult - 20 - (seed % 7);
  return {
    consultUserCnt: consult,
    needManuReplyConsultUserCnt: need,
    receiveUserCnt: need - (seed % 3),
    manuReplyRate3Min: Math.round((0.78 + (seed % 15) / 100) * 10_000) / 10_000,
    artificialResponseTime: 30 + (seed % 40),
  };
}

export class OfficialStore {
  private days = new Map<string, ServiceDay>();
  private agentRows: AgentRow[] | null = null;
  private pilotValue: { rate: number; met: boolean } | null = null;

  constructor(private readonly clock: SimClock) {}

  /** Sets the figures of one day (others stay generated). */
  setDay(day: string, figures: ServiceDay): void {
    this.days.set(day, figures);
  }

  day(day: string): ServiceDay {
    return this.days.get(day) ?? generated(day);
  }

  /** The 服务数据 figures over an inclusive range: counts summed, rate and time weighted by the buyers needing a reply. */
  range(from: string, to: string): ServiceDay {
    const list: ServiceDay[] = [];
    for (let d = from; d <= to && list.length < 92; d = simAddDays(d, 1)) list.push(this.day(d));
    const sum = (f: (s: ServiceDay) => number) => list.reduce((a, s) => a + f(s), 0);
    const need = sum((s) => s.needManuReplyConsultUserCnt);
    const weighted = (f: (s: ServiceDay) => number) => (need === 0 ? 0 : sum((s) => f(s) * s.needManuReplyConsultUserCnt) / need);
    return {
      consultUserCnt: sum((s) => s.consultUserCnt),
      needManuReplyConsultUserCnt: need,
      receiveUserCnt: sum((s) => s.receiveUserCnt),
      manuReplyRate3Min: Math.round(weighted((s) => s.manuReplyRate3Min) * 10_000) / 10_000,
      artificialResponseTime: Math.round(weighted((s) => s.artificialResponseTime)),
    };
  }

  setAgents(rows: AgentRow[]): void {
    this.agentRows = rows;
  }

  agents(): AgentRow[] {
    return (
      this.agentRows ?? [
        { csName: '主账号', consultUserCnt: 64, inquiryOrderTransformRate: 0.31, csSalesAmount: 4280.5, manuReplyRate3Min: 0.9375, replyRate30s: 0.8125, csServiceScore: 4.86 },
        { csName: '小美', consultUserCnt: 41, inquiryOrderTransformRate: 0.27, csSalesAmount: 2310, manuReplyRate3Min: 0.878, replyRate30s: 0.7317, csServiceScore: 4.71 },
      ]
    );
  }

  setPilot(rate: number, met: boolean): void {
    this.pilotValue = { rate, met };
  }

  pilot(): { rate: number; met: boolean } {
    return this.pilotValue ?? { rate: 0.5217, met: false };
  }

  /** Yesterday in Beijing time (the latest finished day). */
  yesterday(): string {
    return simAddDays(simDay(this.clock.now()), -1);
  }

  clear(): void {
    this.days.clear();
    this.agentRows = null;
    this.pilotValue = null;
  }
}
