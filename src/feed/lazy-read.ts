/**
 * Loads the code that reads feeds (`read.ts`) on demand, once; a failed load (offline, blocked)
 * is tried again on the next call. Callers that start it early (when an element connects) find
 * it there when the feed arrives.
 */
export type Reading = typeof import('./read.js');

let reading: Promise<Reading> | undefined;
let loaded: Reading | undefined;

export const loadReading = (): Promise<Reading> =>
  (reading ??= import('./read.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      reading = undefined;
      throw error;
    },
  ));

/** The module, when it has loaded already: reading then needs no wait. */
export const loadedReading = (): Reading | undefined => loaded;
