/**
 * Prepares `Intl`'s time-zone and locale data once the page is idle: the first date format a
 * page makes costs 20–30 ms, which would otherwise land on the reading of the first feed (which
 * checks the feed's time zone) or on its first drawing.
 *
 * Only when idle: while a feed comes over a slow network, the page is idle between its parts and
 * the cost is paid there. Over a fast one it is not, and preparing the data at once (just after
 * the element's first frame) made a feed of 10,000 incidents served from this machine slower to
 * draw, by some 40 ms: the page then paid for data the reading would have made anyway.
 */
import {formatInstant} from '../../layout/format-time.js';
import {prepareTimeZoneData} from '../../feed/zoned-time.js';

/** Whether `Intl`'s data is being prepared already: once a page is enough. */
let intlPrepared = false;

const whenIdle = (work: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, {timeout: 1_000});
  else setTimeout(work, 0);
};

/**
 * `locale` is asked for when the page is idle: choosing it reads the browser's locale data, which
 * costs as much, and the element asks for its feed first.
 */
export function prepareIntlWhenIdle(locale: () => string | undefined): void {
  if (intlPrepared) return;
  intlPrepared = true;
  whenIdle(() => {
    prepareTimeZoneData();
    // The locale's date format at the next idle moment: the two together may take over 50 ms.
    whenIdle(() => {
      try {
        formatInstant(0, 'day', {locale: locale()}, 'UTC');
      } catch {
        // An invalid locale is reported where it is used.
      }
    });
  });
}
