/**
 * Long work on the page's main thread, done in slices so that the page never freezes: a feed of
 * 100,000 incidents takes a few hundred milliseconds to read, and a page that cannot answer a
 * click or draw a frame for that long feels broken.
 *
 * The work is written once, as a generator that yields at points where it may pause (every 128
 * entries of a list), and run either at once (`finish`, for the synchronous functions
 * pages and the command line call) or in slices of a few milliseconds (`startInSlices`), giving
 * the page its turn between them. Both run the very same steps, so both give the same result.
 */

/**
 * Yielded before a step that cannot be divided (`JSON.parse` of the whole text): it gets a slice
 * of its own rather than lengthening one that is already under way.
 */
export const ALONE = 'alone';

/** Work that pauses where it yields; its return value is the result. */
export type Work<T> = Generator<typeof ALONE | undefined, T, void>;

/** Whether a loop over a list may pause before entry `index`: every 128 entries, a fraction of a millisecond of work. */
export const isPausePoint = (index: number): boolean => (index & 127) === 127;

/** How long one slice works before the page gets its turn (ms): short enough for a smooth frame. */
export const SLICE_MS = 8;

export interface SliceOptions {
  /** Stops the work between two slices; it then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** How long one slice may work (ms). */
  sliceMs?: number;
}

/** Work done within its first slice, or the promise of its result. */
export type Started<T> = {done: true; value: T} | {done: false; promise: Promise<T>};

/** Runs work to its end, without pausing. */
export function finish<T>(work: Work<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/**
 * Lets the page handle input, run its own tasks and draw before the work goes on: a message to
 * itself, which comes back as a task of the page's ordinary priority, without the 4 ms a nested
 * `setTimeout` waits. Not `scheduler.yield()`: what it resumes runs ahead of the page's other
 * tasks and of drawing, so that while a large feed was read, Chromium drew a frame only every
 * 100 ms or so (when it stops waiting for its turn) and the page's own timers did not run at all.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      // An open port would keep a Node process (the command line) alive.
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Runs `work` for `sliceMs`, up to the first point where it may pause after that; its result once it is done. */
function runSlice<T>(work: Work<T>, sliceMs: number): IteratorResult<unknown, T> {
  const start = performance.now();
  const deadline = start + sliceMs;
  for (;;) {
    const step = work.next();
    if (step.done || performance.now() >= deadline) return step;
    // An indivisible step starts a slice of its own, unless this one has barely begun.
    if (step.value === ALONE && performance.now() - start > 1) return step;
  }
}

/**
 * Runs the first slice of `work` now: when that finishes it, its result (so that a small feed is
 * read at once, as before); else the rest runs in later slices, each after the page had its turn.
 */
export function startInSlices<T>(work: Work<T>, {signal, sliceMs = SLICE_MS}: SliceOptions = {}): Started<T> {
  if (signal?.aborted) return {done: false, promise: Promise.reject(signal.reason as Error)};
  const first = runSlice(work, sliceMs);
  if (first.done) return {done: true, value: first.value};
  const rest = async (): Promise<T> => {
    for (;;) {
      await yieldToPage();
      if (signal?.aborted) {
        work.return(undefined as T);
        throw signal.reason;
      }
      const step = runSlice(work, sliceMs);
      if (step.done) {
        // What the caller does with the result (drawing a feed, say) starts a task of its own,
        // rather than making the last slice a long one.
        await yieldToPage();
        return step.value;
      }
    }
  };
  return {done: false, promise: rest()};
}

/** Runs `work` in slices; resolves with its result. */
export function inSlices<T>(work: Work<T>, options?: SliceOptions): Promise<T> {
  try {
    const started = startInSlices(work, options);
    return started.done ? Promise.resolve(started.value) : started.promise;
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
