import type { InlineConfig } from 'vite';
export function stripProvenance(code: string): string;
export function forContentScripts(entrypoints: readonly { type: string }[], config: InlineConfig): void;
