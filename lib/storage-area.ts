/** The parts of a browser storage area (storage.local, .session, .managed) the background uses; tests pass fakes. */

/** Reading, writing and removing keys (storage.session, storage.local). */
export interface KeyValueArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Reading one key (storage.managed is read-only). */
export interface ReadableArea {
  get(keys: string): Promise<Record<string, unknown>>;
}
