/**
 * The few parts of PouchDB's API the board uses, typed here (PouchDB ships
 * no types): a database, its allDocs/bulkDocs/get/changes, and replication.
 */
export interface ReplicationResult {
  ok: boolean;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  errors?: unknown[];
}

export interface ChangesFeed {
  on(event: 'change', listener: (change: { id: string; doc?: unknown }) => void): ChangesFeed;
  on(event: 'error' | 'complete', listener: (info: unknown) => void): ChangesFeed;
  cancel(): void;
}

export interface ReplicationFeed {
  on(event: 'change' | 'paused' | 'active' | 'denied' | 'complete' | 'error', listener: (info: unknown) => void): ReplicationFeed;
  cancel(): void;
}

export interface PouchDb {
  allDocs(options: { keys?: string[]; include_docs?: boolean; startkey?: string; endkey?: string }): Promise<{ rows: Array<{ id: string; doc?: unknown; value?: { rev: string } } | { key: string; error: string }> }>;
  bulkDocs(docs: unknown[]): Promise<unknown[]>;
  get(id: string): Promise<unknown>;
  put(doc: unknown): Promise<{ ok: boolean; id: string; rev: string }>;
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  changes(options: { since?: string | number; live?: boolean; include_docs?: boolean; filter?: string; query_params?: Record<string, string> }): ChangesFeed;
  query(view: string, options: { startkey?: unknown; include_docs?: boolean }): Promise<{ rows: Array<{ id: string; key: unknown; doc?: unknown }> }>;
  destroy(): Promise<unknown>;
  close(): Promise<void>;
  replicate: {
    to(target: PouchDb, options?: { batch_size?: number; live?: boolean; retry?: boolean }): Promise<ReplicationResult> & ReplicationFeed;
    from(source: PouchDb, options?: { batch_size?: number; live?: boolean; retry?: boolean }): Promise<ReplicationResult> & ReplicationFeed;
  };
}

export type PouchCtor = new (name: string, options?: { auth?: { username: string; password: string }; skip_setup?: boolean; adapter?: string }) => PouchDb;
