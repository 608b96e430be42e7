/**
 * Settings fields by dotted path ('replyTimer.warnRatio'): listing, reading,
 * writing without mutation, and whether enterprise policy locks a field.
 * Arrays are single fields (a word list is set or locked as a whole).
 */

export type Plain = Record<string, unknown>;

/** A JSON object (not an array, not null). */
export const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Dotted paths of every field (leaf) of an object, in key order. */
export function leafPaths(value: unknown, prefix = ''): string[] {
  if (!isPlain(value)) return prefix ? [prefix] : [];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key));
}

/** The value at a dotted path (undefined when absent). */
export function getPath(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (!isPlain(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** A copy of `value` with the field at `path` replaced (objects on the way are copied, never mutated). */
export function setPath<T>(value: T, path: string, field: unknown): T {
  const [key, ...rest] = path.split('.');
  const base: Plain = isPlain(value) ? value : {};
  return { ...base, [key!]: rest.length === 0 ? field : setPath(base[key!], rest.join('.'), field) } as T;
}

/** `target` with each of its fields under a locked path (the field itself or a group containing it) taken from `source`. */
export function copyLockedFields<T>(target: T, source: unknown, locked: readonly string[]): T {
  let out = target;
  for (const path of leafPaths(target)) {
    if (locked.some((l) => l === path || path.startsWith(`${l}.`))) out = setPath(out, path, getPath(source, path));
  }
  return out;
}

/** True when policy locks the field at `path`: the path itself, a group containing it, or a field inside it. */
export function isLocked(path: string, locked: readonly string[]): boolean {
  return locked.some((l) => l === path || path.startsWith(`${l}.`) || l.startsWith(`${path}.`));
}
