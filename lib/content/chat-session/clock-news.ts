/**
 * When the chat page's measurement of the platform's clock should reach the
 * worker before the next minute's heartbeat: the first one beyond the clocks'
 * agreement, or one that moved beyond it since the last heartbeat (a computer
 * clock set by hand, or a fast one, which a heartbeat's time cannot show).
 */
import { CLOCK_AGREES_MS } from '../../clock';

export class ClockNews {
  private told: number | null = null;

  /** Whether `measured` (platform minus computer, null before any) is news to the worker. */
  due(measured: number | null | undefined): boolean {
    return measured !== null && measured !== undefined && Math.abs(measured - (this.told ?? 0)) > CLOCK_AGREES_MS;
  }

  /** The offset a heartbeat carries, remembered as told. */
  tell(measured: number | null | undefined): number | null {
    this.told = measured ?? null;
    return this.told;
  }
}
