/**
 * One declaration per feature (issue 13, after refined-github): a feature
 * says on which pages it runs and how it starts; a content script only lists
 * the features registered for its pages (lib/features/registry.ts) and runs
 * them. Each feature gets the page's shared deps and its own signal: aborted
 * when the extension is gone, or (on the MMS shell, which routes client-side)
 * when the agent leaves the pages the feature runs on.
 */

export interface Feature<Deps> {
  /** Stable name, used in logs and diagnostics. */
  readonly id: string;
  /** Whether the feature works on the page at `url` (with the deps, for a feature a setting switches off). */
  runsOn(url: string, deps: Deps): boolean;
  /**
   * Which variant of its pages the feature serves at `url` (the after-sales
   * list or one refund's detail page); a change restarts the feature. One
   * variant when absent.
   */
  pageKind?(url: string): string;
  init(deps: Deps, signal: AbortSignal): void | Promise<void>;
}

type Warn = (message: string, error: unknown) => void;
const consoleWarn: Warn = (message, error) => console.warn(message, error);

/**
 * Starts one feature, isolated: a feature that throws (or rejects) is logged
 * and the others go on, and so does the page.
 */
async function startIsolated<Deps>(feature: Feature<Deps>, deps: Deps, signal: AbortSignal, warn: Warn): Promise<void> {
  try {
    await feature.init(deps, signal);
  } catch (error) {
    warn(`[kefu-guard] ${feature.id} did not start`, error);
  }
}

/** Runs, once, every feature that runs on `url` (a page that is its own app: a full load per page). */
export async function runFeatures<Deps>(
  features: readonly Feature<Deps>[],
  url: string,
  deps: Deps,
  signal: AbortSignal,
  warn: Warn = consoleWarn,
): Promise<void> {
  const started: Promise<void>[] = [];
  for (const feature of features) {
    let runs = false;
    try {
      runs = feature.runsOn(url, deps);
    } catch (error) {
      warn(`[kefu-guard] ${feature.id} could not tell whether it runs here`, error);
    }
    if (runs) started.push(startIsolated(feature, deps, signal, warn));
  }
  await Promise.all(started);
}

/**
 * Runs features on a page that changes its URL without loading (the MMS
 * shell): `route(url)` starts the features that run there and stops those
 * that no longer do. Call it on every navigation and whenever the deps
 * change in a way `runsOn` reads (settings).
 */
export class FeatureRouter<Deps> {
  private readonly running = new Map<string, { kind: string; controller: AbortController }>();

  constructor(
    private readonly features: readonly Feature<Deps>[],
    private readonly deps: Deps,
    private readonly lifetime: AbortSignal,
    private readonly warn: Warn = consoleWarn,
  ) {
    lifetime.addEventListener('abort', () => this.stopAll(), { once: true });
  }

  route(url: string): void {
    if (this.lifetime.aborted) return;
    for (const feature of this.features) {
      const kind = this.kindAt(feature, url);
      const current = this.running.get(feature.id);
      if (current?.kind === kind) continue;
      current?.controller.abort();
      this.running.delete(feature.id);
      if (kind === null) continue;
      const controller = new AbortController();
      this.running.set(feature.id, { kind, controller });
      void startIsolated(feature, this.deps, controller.signal, this.warn);
    }
  }

  /** Ids of the features running now. */
  active(): string[] {
    return [...this.running.keys()];
  }

  private kindAt(feature: Feature<Deps>, url: string): string | null {
    try {
      if (!feature.runsOn(url, this.deps)) return null;
      return feature.pageKind?.(url) ?? 'page';
    } catch (error) {
      this.warn(`[kefu-guard] ${feature.id} could not tell whether it runs here`, error);
      return null;
    }
  }

  private stopAll(): void {
    for (const { controller } of this.running.values()) controller.abort();
    this.running.clear();
  }
}
