/**
 * A part of the element whose code is loaded the first time it is drawn (the table, the details
 * panel…), so that the first load carries only what the first frame needs.
 *
 * `get()` starts the load and returns the module once it is there; the host then updates again.
 * The host's `updateComplete` waits for loads under way (see `pendingLoads`), so "updated" still
 * means "everything drawn". A part that cannot be loaded (offline, blocked) says so in its place;
 * nothing is thrown out of the element.
 */
import type {ReactiveControllerHost} from 'lit';

export class LazyPartController<Module> {
  private module?: Module;
  private loading?: Promise<void>;
  /** Why the part could not be loaded, once a load failed; `retry()` tries again. */
  error?: unknown;

  /** `loaded` runs once the code is there, before the host updates with it (to adopt its styles, say). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<Module>,
    private readonly loaded?: (module: Module) => void,
  ) {}

  /** The part's module, or undefined while it loads (or after it failed: see `error`). */
  get(): Module | undefined {
    if (this.module || this.loading || this.error !== undefined) return this.module;
    this.loading = this.load().then(
      (module) => {
        this.loaded?.(module);
        this.module = module;
        this.error = undefined;
      },
      (error: unknown) => {
        this.error = error;
        console.warn('security-timeline: a part could not be loaded.', error);
      },
    );
    void this.loading.then(() => {
      this.loading = undefined;
      this.host.requestUpdate();
    });
    return undefined;
  }

  /** Loads the part again after a failed load. */
  retry(): void {
    this.error = undefined;
    this.get();
  }

  /** The load under way, if any. */
  get pending(): Promise<void> | undefined {
    return this.loading;
  }
}

/** Resolves once none of these parts is loading any more (a part's load may start another's). */
export async function pendingLoads(parts: ReadonlyArray<{readonly pending: Promise<void> | undefined}>): Promise<boolean> {
  let waited = false;
  for (let loading = parts.find((part) => part.pending !== undefined); loading; loading = parts.find((part) => part.pending !== undefined)) {
    await loading.pending;
    waited = true;
  }
  return waited;
}
