/**
 * The language, direction and time zone the host writes and draws in: its `locale`, else the
 * nearest `lang`; its `time-zone`, else the feed's region zone; right to left where the page's
 * `dir` or the language says so.
 */
import type {ReactiveControllerHost} from 'lit';
import type {DateSettings} from '../layout/describe.js';
import {isRtlLocale} from '../layout/presentation.js';
import {isValidTimeZone} from '../feed/zoned-time.js';

export interface LocaleHostBindings {
  /** The host's `locale` and `time-zone` attributes, as set. */
  locale(): string | undefined;
  timeZone(): string | undefined;
  /** The zone of the feed's region, once a feed is read. */
  feedTimeZone(): string | undefined;
}

/**
 * A language tag `Intl` accepts, or undefined (the browser's own): a page's `lang` is written by
 * hand, and "en_US", a common mistake, makes every date format throw.
 */
export function usableLocale(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** Reads what it needs from the host when asked; it keeps no state, so needs no lifecycle. */
export class LocaleController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly bind: LocaleHostBindings,
  ) {}

  /** The locale dates and numbers are written in, and the zone dates are shown in. */
  get dates(): DateSettings {
    const zone = this.bind.timeZone();
    const timeZone = zone && isValidTimeZone(zone) ? zone : (this.bind.feedTimeZone() ?? 'UTC');
    const regionZone = this.bind.feedTimeZone() ?? timeZone;
    return {locale: usableLocale(this.bind.locale() || this.host.closest('[lang]')?.getAttribute('lang') || undefined), timeZone, regionZone};
  }

  /** Whether time and text run right to left. */
  get rtl(): boolean {
    if (this.host.closest('[dir]')) return this.host.matches(':dir(rtl)');
    return isRtlLocale(this.dates.locale);
  }
}
