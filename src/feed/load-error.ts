/**
 * What stops a feed from loading, said so that a person can act on it. Apart from the fetching
 * itself, so that the element's first load holds only this and the sending of the request.
 */
import type {FeedProblem} from './types.js';

/** What kind of failure stopped a feed from loading. */
export type FeedErrorKind = 'network' | 'http' | 'timeout' | 'too-large' | 'content-type' | 'json' | 'invalid';

export interface FeedLoadErrorDetail {
  kind: FeedErrorKind;
  /** The URL as resolved against the page. */
  url: string;
  /** HTTP status, when a response arrived. */
  status?: number;
  /** One sentence a person can act on. */
  message: string;
  /**
   * For the page's author, when a limit of the element stopped the feed (`too-large`, `timeout`):
   * which attribute raises it and its current value, e.g. "Raise the element's max-bytes attribute
   * (now 67108864 bytes) to load larger feeds." Readers are shown `message` only.
   */
  hint?: string;
  /** The feed's problems, for `json` and `invalid`. */
  problems: FeedProblem[];
}

export class FeedLoadError extends Error {
  constructor(readonly detail: FeedLoadErrorDetail) {
    super(detail.message);
    this.name = 'FeedLoadError';
  }
}

/** Throws the `FeedLoadError` of a feed at `url` (as resolved) that could not be loaded for `reason`. */
export function failLoading(url: string, kind: FeedErrorKind, reason: string, extra: Partial<FeedLoadErrorDetail> = {}): never {
  // A reason taken from a problem ends with its own full stop.
  const said = reason.replace(/\.$/, '');
  throw new FeedLoadError({kind, url, message: `Could not load the feed ${url}: ${said}.`, problems: [], ...extra});
}
