/**
 * Buyers the robot answered (the page's 已被自动回复 group) still wait for a
 * human (RULES.md §1: a robot reply is not a human one; the 1-hour rate needs
 * a human reply). Their badge stays, quieter; they join the alert, the
 * toolbar count and its notifications only as they near the 1-hour line
 * (issue 20 item 4), so the buyers nobody answered at all come first.
 */
import type { StagedWait } from './state';

/** The 1-hour effective-reply line (RULES.md §1). */
const HOUR_MS = 60 * 60_000;
/** A robot-answered buyer is brought to the agent this long before the hour. */
export const ROBOT_NEAR_HOUR_MS = HOUR_MS - 10 * 60_000;

/** Whether a wait calls for the agent now: any wait not answered by the robot, and robot-answered ones near the hour. */
export function callsForAgent(wait: StagedWait, now: number): boolean {
  return wait.robot !== true || now - wait.waiting.waitingSince >= ROBOT_NEAR_HOUR_MS;
}
