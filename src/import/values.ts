/**
 * Reading the values of one CSV cell: calendar dates, counts, coordinates, lists, slugs. Each
 * reader returns undefined for text it cannot read, so the caller can say which cell it was.
 */
import {daysInMonth} from '../feed/temporal.js';
import {utcFromFields} from '../feed/zoned-time.js';

/** A day of the proleptic Gregorian calendar, as written, with no time zone. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * "2022-06-19", optionally followed by a time ("2022-06-19 00:00:00.000", as some GED versions
 * write their dates; the time is dropped), or "19 June 2022", as ACLED's older exports write them.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const WORDS_DATE = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/;

/** The day a cell names, or undefined when it names no real day (30 February, month 13). */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  let year: number;
  let month: number;
  let day: number;
  const iso = ISO_DATE.exec(text);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    const words = WORDS_DATE.exec(text);
    if (!words) return undefined;
    [year, month, day] = [Number(words[3]), MONTH_NAMES.indexOf(words[2].toLowerCase()) + 1, Number(words[1])];
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return {year, month, day};
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** "2022-06-19": the form the feed format reads as that whole day in the feed's zone. */
export function formatDate({year, month, day}: CalendarDate): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const DAY_MS = 86_400_000;

/** The day `days` later (or earlier), or undefined when it falls outside years 0000–9999, which the feed cannot write. */
export function addDays(date: CalendarDate, days: number): CalendarDate | undefined {
  const shifted = new Date(utcFromFields(date.year, date.month, date.day) + days * DAY_MS);
  const year = shifted.getUTCFullYear();
  if (year < 0 || year > 9999) return undefined;
  return {year, month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate()};
}

/** The first and the last day of the date's month. */
export function monthBounds(date: CalendarDate): [CalendarDate, CalendarDate] {
  return [
    {...date, day: 1},
    {...date, day: daysInMonth(date.year, date.month)},
  ];
}

/** The largest count the feed format accepts (deaths), and so the largest read. */
const MAX_COUNT = 100_000_000;

/** A whole number of at most 100 million written in digits ("12"), or undefined ("many", "-1", "2.5"). */
export function parseCount(text: string): number | undefined {
  if (!/^\d{1,9}$/.test(text)) return undefined;
  const value = Number(text);
  return value <= MAX_COUNT ? value : undefined;
}

/** A small code such as a precision ("1", "2"): digits only. */
export function parseCode(text: string): number | undefined {
  return /^\d{1,2}$/.test(text) ? Number(text) : undefined;
}

/** A decimal coordinate within ±`limit` degrees ("34.3355", "-67.4997"), or undefined ("north", "95"). */
export function parseCoordinate(text: string, limit: 90 | 180): number | undefined {
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return undefined;
  const value = Number(text);
  return Math.abs(value) <= limit ? value : undefined;
}

/** Epoch seconds ("1657041386") as ISO 8601 in UTC ("2022-07-05T17:16:26Z"), or undefined. */
export function epochSecondsToIso(text: string): string | undefined {
  if (!/^\d{1,11}$/.test(text)) return undefined;
  const date = new Date(Number(text) * 1000);
  if (date.getUTCFullYear() > 9999) return undefined;
  return date.toISOString().replace('.000Z', 'Z');
}

/** The entries of a list written in one cell ("Dawn; Express Tribune"), trimmed, empty ones dropped. */
export function splitList(text: string, separator = ';'): string[] {
  if (text === '') return [];
  return text
    .split(separator)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/**
 * Lower-case ASCII words joined by hyphens, as the feed writes categories:
 * "Remote explosive/landmine/IED" → "remote-explosive-landmine-ied". Accents are dropped
 * ("Bolívar" → "bolivar"); a name with no Latin letter or digit at all gives "".
 */
export function slug(text: string, maxLength = 64): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, maxLength).replace(/-+$/, '');
}

/** A short, stable tag for a name `slug` cannot spell (FNV-1a over its UTF-16 code units, in hex). */
export function nameHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
