/**
 * Bounds on the ids and names the background stores. Requests come from
 * content scripts that read a page they do not control: an id is at most
 * MAX_ID_LENGTH characters without whitespace or control characters, so a
 * forged 2 MB "id" or one carrying line breaks is refused, never stored.
 */

import { MAX_ID_LENGTH } from '../boundary';

export { MAX_ID_LENGTH };
const MAX_NAME_LENGTH = 64;

// Whitespace, C0/C1 controls, line and paragraph separators, BOM.
const UNSAFE = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

/** True for a non-empty string of at most `max` characters with no whitespace or control characters. */
export function isStoredId(value: unknown, max = MAX_ID_LENGTH): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max && !UNSAFE.test(value);
}

/** A display name (shop, agent): trimmed, controls removed, at most MAX_NAME_LENGTH characters; undefined when nothing is left. */
export function boundedName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, '').trim().slice(0, MAX_NAME_LENGTH);
  return clean === '' ? undefined : clean;
}
