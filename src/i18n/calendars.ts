/**
 * The calendar a reader's dates are in, and the day their weeks start: what the page asks for,
 * else what the locale says (the Solar Hijri calendar for Dari and Pashto in Afghanistan, an
 * Islamic one where the tag asks for it, `-u-ca-islamic-umalqura`), else the Gregorian. Pure.
 */

/** Calendars the axis can place ticks in: those `Intl` writes dates in. */
function knownCalendars(): readonly string[] {
  try {
    return Intl.supportedValuesOf('calendar');
  } catch {
    return ['gregory'];
  }
}

/**
 * The calendar for dates in `locale`: `requested` when `Intl` knows it (else `report` says why and
 * it is ignored), else the locale's own.
 */
export function calendarOf(requested: string | undefined, locale: string | undefined, report: (problem: string) => void): string {
  const wanted = requested?.trim().toLowerCase();
  if (wanted) {
    if (knownCalendars().includes(wanted)) return wanted;
    report(
      `"${wanted.slice(0, 40)}" is not a calendar this browser knows (e.g. "persian", "gregory", "islamic-umalqura"): the locale's own is used.`,
    );
  }
  try {
    return new Intl.DateTimeFormat(locale).resolvedOptions().calendar;
  } catch {
    return 'gregory';
  }
}

interface WeekInfo {
  firstDay: number;
}

/** The first day of the week in a locale, 1 (Monday) to 7 (Sunday): Saturday in Afghanistan, Sunday in the US. */
export function weekStartOf(locale: string | undefined): number {
  try {
    const tag = new Intl.Locale(locale ?? new Intl.DateTimeFormat().resolvedOptions().locale).maximize() as Intl.Locale & {
      getWeekInfo?: () => WeekInfo;
      weekInfo?: WeekInfo;
    };
    const firstDay = (tag.getWeekInfo?.() ?? tag.weekInfo)?.firstDay;
    return firstDay && firstDay >= 1 && firstDay <= 7 ? firstDay : 1;
  } catch {
    return 1;
  }
}
