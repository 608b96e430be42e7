export function beijingHour(now: number): number;
export function minutesToOtherHalf(now: number): number;
export function hasFaketime(): boolean;
export function inOtherHalfOfDay(command: string, args: string[], now?: number): { command: string; args: string[]; note: string };
