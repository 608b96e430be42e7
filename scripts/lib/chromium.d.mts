export function ensureChromium(): string;
export function ensureFirefox(): string;
export function findFirefox(): string | null;
export function aptInstall(packages: string[]): boolean;
