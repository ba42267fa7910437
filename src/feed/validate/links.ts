/** Links from a feed, which come from another site: only web addresses may become an `href`. */

/** A link that is safe to put in an `href`: absolute http or https, or undefined. */
export function safeWebUrl(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? url.href : undefined;
}
