/**
 * When a feed is fetched again (`refresh`): its period, backed off while refreshes fail, and held
 * while the page is hidden. Loaded on demand, by a timeline that refreshes.
 */

/** Longest wait between two refreshes while they fail, however long the period. */
export const MAX_REFRESH_BACKOFF_MS = 60 * 60 * 1000;
/** Most a failing refresh's period is multiplied by. */
export const MAX_REFRESH_BACKOFF_FACTOR = 32;

/**
 * How long to wait before the next refresh: the period, doubled after each consecutive failed
 * refresh, at most 32 periods or an hour (but never less than the period itself).
 */
export function refreshDelay(periodMs: number, failures: number): number {
  if (failures <= 0) return periodMs;
  const backedOff = periodMs * 2 ** Math.min(failures, 30);
  return Math.max(periodMs, Math.min(backedOff, periodMs * MAX_REFRESH_BACKOFF_FACTOR, MAX_REFRESH_BACKOFF_MS));
}

/** Calls `refresh` once the delay is up; a refresh that falls due while the page is hidden waits until it is shown. */
export class RefreshTimer {
  private timer?: ReturnType<typeof setTimeout>;
  /** A refresh fell due while the page was hidden: it runs when the page is shown again. */
  private due = false;
  private watching = false;

  constructor(private readonly refresh: () => void) {}

  /** Plans the next refresh, `refreshDelay(periodMs, failures)` from now, in place of any planned. */
  schedule(periodMs: number, failures: number): void {
    this.stop();
    this.watch(true);
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.fire();
      },
      refreshDelay(periodMs, failures),
    );
  }

  /** Plans nothing more. */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.due = false;
    this.watch(false);
  }

  private fire() {
    if (document.visibilityState === 'hidden') {
      this.due = true;
      return;
    }
    this.due = false;
    this.refresh();
  }

  private onVisibilityChange = () => {
    if (document.visibilityState !== 'hidden' && this.due) this.fire();
  };

  private watch(on: boolean) {
    if (on === this.watching) return;
    this.watching = on;
    if (on) document.addEventListener('visibilitychange', this.onVisibilityChange);
    else document.removeEventListener('visibilitychange', this.onVisibilityChange);
  }
}
