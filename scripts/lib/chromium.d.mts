export function ensureChromium(): string;
export function findChromium(): string | null;
export function ensureFirefox(): string;
export function findFirefox(): string | null;
export function aptInstall(packages: string[]): boolean;
