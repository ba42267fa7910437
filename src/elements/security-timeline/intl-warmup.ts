/**
 * Prepares `Intl`'s time-zone and locale data just after the element's first frame. The first
 * date or number format a page makes costs 20–30 ms, whichever zone or locale it is for; left to
 * itself, that cost lands on the reading of the first feed (which checks the feed's time zone).
 * Just after the first frame, a feed the element fetches is still on its way, so the cost is paid
 * while the page waits for the network. An idle callback came too late: while a page loads, the
 * browser found no idle time until the feed had been read and drawn.
 */
import {formatInstant} from '../../layout/format-time.js';
import {prepareTimeZoneData} from '../../feed/zoned-time.js';

/** Whether `Intl`'s data is being prepared already: once a page is enough. */
let intlPrepared = false;

/** A page in the background draws no frames: by then, the data is prepared anyway. */
const AT_THE_LATEST_MS = 1_000;

/**
 * `locale` is asked for only then: choosing it reads the browser's locale data, which costs as
 * much, and the element asks for its feed first.
 */
export function prepareIntlAfterFirstFrame(locale: () => string | undefined): void {
  if (intlPrepared) return;
  intlPrepared = true;
  let done = false;
  const prepare = () => {
    if (done) return;
    done = true;
    try {
      prepareTimeZoneData();
      formatInstant(0, 'day', {locale: locale()}, 'UTC');
    } catch {
      // An invalid locale is reported where it is used.
    }
  };
  // In a task after the frame rather than in it, so that the frame (the element's loading state) is not delayed.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(prepare, 0));
  setTimeout(prepare, AT_THE_LATEST_MS);
}
