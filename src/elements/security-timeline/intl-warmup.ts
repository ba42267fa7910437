/**
 * Prepares `Intl`'s time-zone and locale data once the page is idle: the first date format a
 * page makes costs tens of milliseconds, which would otherwise land on the first drawing of a feed.
 */
import {formatInstant} from '../../layout/format-time.js';
import {prepareTimeZoneData} from '../../feed/zoned-time.js';

/** Whether `Intl`'s data is being prepared already: once a page is enough. */
let intlPrepared = false;

/**
 * `locale` is asked for when the page is idle: choosing it reads the browser's locale data, which
 * costs as much, and the element asks for its feed first.
 */
export function prepareIntlWhenIdle(locale: () => string | undefined): void {
  if (intlPrepared) return;
  intlPrepared = true;
  const prepare = () => {
    try {
      prepareTimeZoneData();
      formatInstant(0, 'day', {locale: locale()}, 'UTC');
    } catch {
      // An invalid locale is reported where it is used.
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, {timeout: 1_000});
  else setTimeout(prepare, 0);
}
