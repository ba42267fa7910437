/**
 * Writes messages: picks a message from the first catalogue that has it, its plural form by
 * `Intl.PluralRules`, and fills its placeholders, numbers in the reader's digits. Pure, no DOM.
 */
import {FIRST_FRAME_ENGLISH, type Message, type MessageKey, type Messages} from './messages.js';

/** The English words of the parts that load on demand, once they have (`messages-on-demand.ts`). */
const laterEnglish: Messages = {};

/** Hands the translator the English words of the parts that load on demand. */
export function provideEnglish(words: Messages): void {
  Object.assign(laterEnglish, words);
}

/** A message in English: of the first frame, or of a part loaded on demand; the key itself should neither have it. */
const english = (key: MessageKey): Message => (FIRST_FRAME_ENGLISH as Messages)[key] ?? laterEnglish[key] ?? key;

/** What fills a message's placeholders: text, or numbers to write in the reader's digits. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Writes one message in the reader's language. */
export interface Translate {
  (key: MessageKey, params?: MessageParams): string;
  /** The language the words are in (a BCP 47 tag, e.g. `fa-AF`), for the `lang` of what shows them. */
  readonly lang: string;
  /** Whether that language is written right to left. */
  readonly rtl: boolean;
  /** A number in the reader's digits and grouping. */
  readonly count: (value: number) => string;
}

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'ckb', 'dv', 'sd', 'ug', 'yi', 'prs']);

/** Whether a language is written right to left (Arabic, Persian, Pashto, Hebrew, Urdu…). */
export function isRtlLanguage(tag: string | undefined): boolean {
  return tag !== undefined && RTL_LANGUAGES.has(tag.toLowerCase().split(/[-_]/)[0]);
}

const STRONG_RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const STRONG_LTR = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Devanagari}\p{Script=Han}]/u;
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Text from a feed or a page put into a phrase of the other direction, isolated (FSI … PDI) so
 * that the phrase still reads in order: "times in Asia/Dushanbe" inside Dari, a Dari title inside
 * English. Text of the phrase's own direction is left alone; stray bidi controls are always contained.
 */
export function isolate(text: string, rtlPhrase: boolean): string {
  const other = rtlPhrase ? STRONG_LTR : STRONG_RTL;
  return other.test(text) || BIDI_CONTROLS.test(text) ? `\u2068${text}\u2069` : text;
}

/** What `make` makes, or, should it throw (a language tag Intl refuses), what `fallback` makes. */
export function safely<T>(make: () => T, fallback: () => T): T {
  try {
    return make();
  } catch {
    return fallback();
  }
}

/**
 * A translator: messages from `catalogues` (the first that has a message wins; English is always
 * last), plural forms by the rules of `lang`, numbers written as `numberLocale` writes them.
 */
export function translator(catalogues: readonly Messages[], lang: string, numberLocale: string | undefined): Translate {
  // Made when first needed: the first `Intl` object a page makes costs tens of milliseconds.
  let plurals: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  const pluralOf = (value: number) =>
    (plurals ??= safely(
      () => new Intl.PluralRules(lang),
      () => new Intl.PluralRules('en'),
    )).select(value);
  const rtl = isRtlLanguage(lang);
  const count = (value: number) =>
    (numbers ??= safely(
      () => new Intl.NumberFormat(numberLocale, {maximumFractionDigits: 0}),
      () => new Intl.NumberFormat('en', {maximumFractionDigits: 0}),
    )).format(value);
  const messageOf = (key: MessageKey): Message => {
    for (const catalogue of catalogues) {
      const message = catalogue[key];
      if (typeof message === 'string' || (message && typeof message.other === 'string')) return message;
    }
    return english(key);
  };
  const write = (key: MessageKey, params: MessageParams = {}): string => {
    const message = messageOf(key);
    const chosen = typeof message === 'string' ? message : message[pluralOf(Number(params.count ?? 0))];
    // A page's own messages are checked only for `other`: a form that is not text falls back to it.
    const form = typeof chosen === 'string' ? chosen : (message as Exclude<Message, string>).other;
    return form.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name];
      if (value === undefined) return placeholder;
      return typeof value === 'number' ? count(value) : isolate(value, rtl);
    });
  };
  return Object.assign(write, {lang, rtl, count});
}

/** Words joined as a list with the language's separator ("a, b, c"; "a، b" in Arabic script). */
export function joinList(t: Translate, words: readonly string[]): string {
  return words.join(t('listSeparator'));
}
