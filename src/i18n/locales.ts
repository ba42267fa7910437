/**
 * Which languages a reader gets, from what a page asks for: a list of tags in order of
 * preference (`locale="tg ru"`, or the page's `lang`). The element's words come from the first
 * tag with a catalogue; dates and numbers from the first this browser has date data for, so a
 * Tajik page reads Tajik words and Russian dates where the browser knows no Tajik months. Tags
 * come from pages written by hand and are untrusted: a bad one is skipped and said why, never thrown.
 */

/** What was chosen, and what was wrong with what was asked. */
export interface LocaleChoice {
  /** The tag the element's words are written in, as asked ("fa-AF"), or "en". */
  words: string;
  /** The catalogue those words come from ("fa"), or "en". */
  catalogue: string;
  /** The locale dates and numbers are written in; undefined: the browser's own. */
  dates: string | undefined;
  /** One sentence per tag that could not be used, saying what was done instead. */
  problems: string[];
}

/**
 * Where a language's readers read dates when the browser has none in it: Tajik and Uzbek
 * readers read Russian; Pashto readers in Afghanistan read Dari, on the same Solar Hijri calendar.
 */
const DATE_FALLBACKS: Readonly<Record<string, string>> = {tg: 'ru', uz: 'ru', ps: 'fa-AF'};

/** Other codes for a shipped catalogue's language: Dari's own ISO 639-3 code. */
const CATALOGUE_ALIASES: Readonly<Record<string, string>> = {prs: 'fa', pbt: 'ps', pbu: 'ps', uzn: 'uz'};

const language = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * A tag as `Intl` accepts it, with what was wrong with it: "en_US" (a common mistake) is read as
 * "en-US"; anything else that is not a language tag is skipped.
 */
export function readLanguageTag(raw: string): {tag?: string; problem?: string} {
  const canonical = (tag: string) => {
    try {
      return Intl.getCanonicalLocales(tag)[0];
    } catch {
      return undefined;
    }
  };
  const tag = canonical(raw);
  if (tag) return {tag};
  const repaired = raw.includes('_') ? canonical(raw.replace(/_/g, '-')) : undefined;
  const shown = JSON.stringify(raw.slice(0, 40));
  if (repaired) return {tag: repaired, problem: `${shown} is not a language tag (BCP 47 separates its parts with "-"): read as "${repaired}".`};
  return {problem: `${shown} is not a language tag (BCP 47, e.g. "fa-AF"): skipped.`};
}

/** A list of tags written by hand: separated by spaces or commas, each read or skipped. */
export function readLanguageList(value: string | undefined): {tags: string[]; problems: string[]} {
  const tags: string[] = [];
  const problems: string[] = [];
  for (const raw of (value ?? '').split(/[\s,]+/)) {
    if (!raw) continue;
    const {tag, problem} = readLanguageTag(raw);
    if (problem) problems.push(problem);
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  return {tags, problems};
}

const dateData = new Map<string, boolean>();

/**
 * Whether this browser writes dates in a locale: it must know the locale, and its months must
 * have names (Chromium lists "uz" but writes its months as "M09"). English always has.
 */
export function hasDateData(tag: string): boolean {
  // Every browser writes English dates; asking costs the page's first date format (tens of ms),
  // which is better spent while the feed is on its way than before it is asked for.
  if (language(tag) === 'en') return true;
  let known = dateData.get(tag);
  if (known === undefined) {
    try {
      known =
        Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 &&
        !/M\d/.test(new Intl.DateTimeFormat(tag, {month: 'long', timeZone: 'UTC'}).format(Date.UTC(2024, 8, 23)));
    } catch {
      known = false;
    }
    dateData.set(tag, known);
  }
  return known;
}

/** The catalogue of a tag among those there are: its own ("pt-BR"), else its language's ("pt"). */
export function catalogueFor(tag: string, catalogues: ReadonlySet<string>): string | undefined {
  const lower = tag.toLowerCase();
  if (catalogues.has(lower)) return lower;
  const base = language(lower);
  const aliased = CATALOGUE_ALIASES[base] ?? base;
  return catalogues.has(aliased) ? aliased : undefined;
}

/**
 * The words and dates for a list of tags in order of preference. `catalogues` are the languages
 * with words (lowercase codes); `datesKnown` says whether the browser writes dates in a tag.
 */
export function chooseLocales(
  requested: string | undefined,
  catalogues: ReadonlySet<string>,
  datesKnown: (tag: string) => boolean = hasDateData,
): LocaleChoice {
  const {tags, problems} = readLanguageList(requested);
  let words = 'en';
  let catalogue = 'en';
  for (const tag of tags) {
    const found = catalogueFor(tag, catalogues);
    if (found) {
      [words, catalogue] = [tag, found];
      break;
    }
  }
  // After the tags asked for, the languages their readers also read; then the browser's own.
  const candidates = [...tags, ...tags.map((tag) => DATE_FALLBACKS[language(tag)]).filter((tag): tag is string => tag !== undefined)];
  const dates = candidates.find((tag) => datesKnown(tag));
  return {words, catalogue, dates, problems};
}
