/**
 * Opening the database and running work on it. The connection is opened
 * lazily and reopened after the browser closes it; every operation goes
 * through `run`, which turns failures into a StoreError with a message the
 * popup can show and reports it to `onError`.
 */
import { openDB } from 'idb';
import { beijingDay, systemClock } from '../clock';
import type { Clock } from '../clock';
import { buildAggregate } from './aggregates';
import { RequestError, storeErrorMessage, toStoreError } from './errors';
import type { StoreErrorCode, StoreErrorInfo } from './errors';
import { DB_NAME, DB_VERSION } from './schema';
import { upgradeDb } from './upgrade';
import type { KefuDb, KefuGuardDB } from './schema';

export interface StoreOptions {
  /** Database name; tests and the benchmark use their own. */
  name?: string;
  clock?: Clock;
  /** Told about every store failure (to keep it for the popup). */
  onError?: (info: StoreErrorInfo) => void | Promise<void>;
  /** The team settings' shop secret, for the upgrade that hashes ids stored before v4 ('' when absent). */
  idSecret?: () => Promise<string>;
}

/** A lazily opened, self-healing connection to the kefu-guard database. */
export class StoreConnection {
  readonly name: string;
  readonly clock: Clock;
  private readonly onError: StoreOptions['onError'];
  private readonly idSecret: StoreOptions['idSecret'];
  private opening: Promise<KefuDb> | null = null;

  constructor(options: StoreOptions = {}) {
    this.name = options.name ?? DB_NAME;
    this.clock = options.clock ?? systemClock;
    this.onError = options.onError;
    this.idSecret = options.idSecret;
  }

  /** The open database (opened, or reopened, on first use). */
  db(): Promise<KefuDb> {
    this.opening ??= this.open().catch((error: unknown) => {
      this.opening = null;
      throw error;
    });
    return this.opening;
  }

  /** Closes the connection; the next call reopens it. */
  async close(): Promise<void> {
    const opening = this.opening;
    this.opening = null;
    if (opening) (await opening.catch(() => null))?.close();
  }

  /** Runs one store operation; any failure becomes a StoreError and is reported. */
  async run<T>(op: string, work: (db: KefuDb) => Promise<T>): Promise<T> {
    try {
      return await work(await this.db());
    } catch (error) {
      if (error instanceof RequestError) throw error; // not the database's fault: not kept as a store error
      const storeError = toStoreError(error, op, this.clock.now());
      await this.report(storeError.info);
      throw storeError;
    }
  }

  private async report(info: StoreErrorInfo): Promise<void> {
    try {
      await this.onError?.(info);
    } catch (error) {
      console.error('[kefu-guard] store error reporter failed', error);
    }
  }

  private event(code: StoreErrorCode, op: string): StoreErrorInfo {
    const at = this.clock.now();
    const day = beijingDay(at);
    return { code, op, at, day, message: storeErrorMessage(code, day) };
  }

  private async open(): Promise<KefuDb> {
    // Read before opening: the upgrade may await nothing but its own requests.
    const idSecret = (await this.idSecret?.().catch(() => '')) ?? '';
    return openDB<KefuGuardDB>(this.name, DB_VERSION, {
      upgrade: (db, oldVersion, newVersion, tx) => {
        // idb does not await upgrade(); abort on failure so a half-done step never commits.
        upgradeDb(db, oldVersion, newVersion, tx, buildAggregate, idSecret).catch((error: unknown) => {
          console.error('[kefu-guard] database upgrade failed', error);
          try {
            tx.abort();
          } catch {
            // already finished
          }
        });
      },
      // Another page holds an older version open: the open waits until it closes.
      blocked: () => void this.report(this.event('blocked', 'open')),
      // A newer version wants to open (extension updated): let it, reopen on next use.
      blocking: (_current, _blocked, event) => {
        (event.target as IDBDatabase).close();
        this.opening = null;
      },
      // The browser closed the connection (storage cleared, disk error): reopen on next use.
      terminated: () => {
        this.opening = null;
        void this.report(this.event('terminated', 'connection'));
      },
    });
  }
}
