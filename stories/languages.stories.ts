import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/index.js';
import {defineMessages, type Messages} from '../src/index.js';

const SEED_URL = 'feeds/tajik-afghan-border-2024.json';

interface Args {
  /** The page's `lang`, on the element's parent, as an article page sets it. */
  lang?: string;
  locale?: string;
  calendar?: string;
  'time-zone'?: string;
  messages?: Messages;
  selected?: string;
  'show-table'?: boolean;
}

/**
 * The seed timeline in an article page written in a language: the element takes the page's
 * `lang` (or its own `locale` list), writes its words in it, its dates and numbers in the first
 * locale the browser has dates for, on the locale's calendar.
 */
const render = (args: Args) => html`<div lang=${ifDefined(args.lang)}>
  <security-timeline
    src=${SEED_URL}
    group-by="location"
    start="2024-09-01"
    end="2024-10-25"
    locale=${ifDefined(args.locale)}
    calendar=${ifDefined(args.calendar)}
    time-zone=${ifDefined(args['time-zone'])}
    selected=${ifDefined(args.selected)}
    .messages=${args.messages}
    ?show-table=${args['show-table'] ?? false}
  ></security-timeline>
</div>`;

const meta: Meta<Args> = {
  title: 'Security timeline/Languages',
  component: 'security-timeline',
  render,
  argTypes: {
    lang: {control: 'select', options: ['en', 'ru', 'tg', 'fa-AF', 'ps', 'uz', 'ar', 'de']},
    calendar: {control: 'select', options: [undefined, 'gregory', 'persian', 'islamic-umalqura']},
    messages: {control: 'object'},
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Dari, as written in Afghanistan: right to left, Persian digits, the Solar Hijri calendar (Mizan, Aqrab). */
export const Dari: Story = {args: {lang: 'fa-AF', selected: 'tj-af-border-highest-2024'}};

/** Pashto words; the browser has no Pashto dates, so they are Dari's, on the same Solar Hijri calendar. */
export const Pashto: Story = {args: {lang: 'ps', selected: 'tj-af-border-highest-2024'}};

/** Tajik words; the browser has no Tajik dates, so they are Russian, as Tajik readers read them. */
export const Tajik: Story = {args: {lang: 'tg', selected: 'tj-af-border-highest-2024'}};

/** Russian words and dates. */
export const RussianWords: Story = {name: 'Russian', args: {lang: 'ru', selected: 'tj-af-border-highest-2024'}};

/** Uzbek words, in Latin script; dates in Russian, where the browser has no Uzbek month names. */
export const Uzbek: Story = {args: {lang: 'uz', selected: 'tj-af-border-highest-2024'}};

/** Arabic words, right to left, on the Gregorian calendar. */
export const Arabic: Story = {args: {lang: 'ar', selected: 'tj-af-border-highest-2024'}};

/** English words with the Solar Hijri calendar, chosen by the `calendar` attribute: ticks at Mehr and Aban. */
export const PersianCalendar: Story = {name: 'Persian calendar', args: {lang: 'en', calendar: 'persian', selected: 'tj-af-border-highest-2024'}};

/** A locale list: Tajik words where there are some, Russian dates. */
export const LocaleList: Story = {name: 'Locale list "tg ru"', args: {locale: 'tg ru', 'show-table': true}};

defineMessages('de', {
  loading: 'Lade die Daten…',
  summary: '{title}: {alerts} und {incidents}, {span}, {zones}.',
  alertWindows: {one: '{count} Warnzeitraum', other: '{count} Warnzeiträume'},
  incidents: {one: '{count} Vorfall', other: '{count} Vorfälle'},
  timesIn: 'Zeiten in {zone}',
  fitAll: 'Alles zeigen',
  table: 'Tabelle',
  legendLevel: 'Warnstufe',
  legendCategory: 'Kategorie',
  legendStatus: 'Status',
  levelHighest: 'Höchste',
  statusConfirmed: 'Bestätigt',
  statusReported: 'Gemeldet',
  statusExpected: 'Erwartet',
  statusDenied: 'Dementiert',
});

/**
 * A language the page brings itself, with `defineMessages('de', {…})`: every timeline of the page
 * in German gets these words, and English for any message the page left out.
 */
export const PageLanguage: Story = {name: 'A language the page defines (German)', args: {lang: 'de'}};

/** The page rewords a few messages of one timeline, through its `messages` property. */
export const PageWording: Story = {
  name: 'The page’s own wording',
  args: {lang: 'en', messages: {fitAll: 'Show all of it', incidents: {one: '{count} event', other: '{count} events'}}},
};
