/**
 * The timer's self-check against the page (issue #15, rule 3): the number of
 * buyers we count as waiting should equal the page's own unanswered groups.
 * A difference for a moment is normal (the page re-renders after the traffic
 * we read); one that lasts means a rule or a selector is wrong, which goes to
 * diagnostics for whoever maintains the extension, never to the agent.
 */

/** A difference must last this long before it is reported. */
export const MISMATCH_LASTING_MS = 30_000;

export interface CountMismatch {
  ours: number;
  page: number;
  /** When the difference began (epoch ms). */
  since: number;
  /** How long it has lasted when reported. */
  lastedMs: number;
}

export class CountCheck {
  private since: number | null = null;
  private reported = false;

  /**
   * Compares one tick's counts; returns a mismatch once per episode, when it
   * has lasted MISMATCH_LASTING_MS. `page` null (a page without groups) checks nothing.
   */
  observe(ours: number, page: number | null, now: number): CountMismatch | null {
    if (page === null || ours === page) {
      this.since = null;
      this.reported = false;
      return null;
    }
    this.since ??= now;
    if (this.reported || now - this.since < MISMATCH_LASTING_MS) return null;
    this.reported = true;
    return { ours, page, since: this.since, lastedMs: now - this.since };
  }

  /** When a difference seen now would be reported, if nothing changes (Infinity: none pending). */
  dueAt(): number {
    return this.since === null || this.reported ? Infinity : this.since + MISMATCH_LASTING_MS;
  }
}
