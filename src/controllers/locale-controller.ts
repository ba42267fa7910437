/**
 * How the host writes for its reader: the words (from its `locale`, else the nearest `lang` in the
 * composed tree, across shadow roots, else the browser's languages), the locale and calendar of
 * dates and numbers, the zone times are shown in (its `time-zone`, else the feed's region), and
 * the direction. It follows later changes of `lang` and `dir` anywhere above the host, loads a
 * language's words the first time they are needed, and reports each unusable setting once.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {ReaderSettings} from '../layout/describe.js';
import {isValidTimeZone} from '../feed/zoned-time.js';
import {catalogueNames, cataloguesOf, cataloguesVersion, loadCatalogue, readMessages} from '../i18n/catalogues.js';
import {chooseLocales} from '../i18n/locales.js';
import {isRtlLanguage, translator} from '../i18n/translate.js';
import {calendarOf, weekStartOf} from '../i18n/calendars.js';
import {composedParent} from './composed-tree.js';

export interface LocaleHostBindings {
  /** The host's `locale`, `time-zone` and `calendar` attributes, as set. */
  locale(): string | undefined;
  timeZone(): string | undefined;
  calendar(): string | undefined;
  /** The page's own wording of some messages (the host's `messages` property). */
  messages(): unknown;
  /** The zone of the feed's region, once a feed is read. */
  feedTimeZone(): string | undefined;
}

/** The nearest element at or above `from` with an attribute, in the composed tree (through shadow roots). */
export function closestInComposedTree(from: Element, attribute: string): Element | null {
  for (let node: Element | null = from; node; node = composedParent(node)) if (node.hasAttribute(attribute)) return node;
  return null;
}

/** Every root above the host, innermost first: the shadow roots it is in, then the document. */
function rootsAbove(host: Element): Node[] {
  const roots: Node[] = [];
  for (let root = host.getRootNode(); ; root = root.host.getRootNode()) {
    roots.push(root);
    if (!(root instanceof ShadowRoot)) return roots;
  }
}

/** Each distinct problem with a setting is said once per page, not on every frame. */
const reported = new Set<string>();
function report(problem: string) {
  if (reported.has(problem)) return;
  reported.add(problem);
  console.warn(`security-timeline: ${problem}`);
}

export class LocaleController implements ReactiveController {
  private observers: MutationObserver[] = [];
  private cached?: {key: string; settings: ReaderSettings; rtl: boolean};
  private loading?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly bind: LocaleHostBindings,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // The host's words and direction follow the page's: a `lang` or `dir` set later, above it.
    for (const root of rootsAbove(this.host)) {
      const observer = new MutationObserver(() => this.host.requestUpdate());
      observer.observe(root instanceof Document ? root.documentElement : root, {attributes: true, subtree: true, attributeFilter: ['lang', 'dir']});
      this.observers.push(observer);
    }
  }

  hostDisconnected(): void {
    for (const observer of this.observers) observer.disconnect();
    this.observers = [];
  }

  // During an update the settings are read many times and cannot change: they are found once.
  private updating = false;

  hostUpdate(): void {
    this.updating = false;
    this.current();
    this.updating = true;
  }

  hostUpdated(): void {
    this.updating = false;
  }

  /** The words, locale, calendar and zones the host writes in now. */
  get dates(): ReaderSettings {
    return this.current().settings;
  }

  /** Whether time and text run right to left: the page's `dir` where it sets one, else the words' language. */
  get rtl(): boolean {
    return this.current().rtl;
  }

  /** The words of a language still loading; the host's `updateComplete` waits for it. */
  get pending(): Promise<void> | undefined {
    return this.loading;
  }

  /** Whether the words the host needs are there (a shipped language's load on demand). */
  get ready(): boolean {
    this.current();
    return this.loading === undefined;
  }

  private current() {
    if (this.updating && this.cached) return this.cached;
    const {bind, host} = this;
    const requested = bind.locale() || closestInComposedTree(host, 'lang')?.getAttribute('lang') || globalThis.navigator?.languages?.join(' ');
    const dirHolder = closestInComposedTree(host, 'dir');
    const messages = bind.messages();
    const key = [requested, bind.timeZone(), bind.calendar(), bind.feedTimeZone(), dirHolder?.getAttribute('dir'), cataloguesVersion()].join(
      '\u0000',
    );
    const cached = this.cached;
    if (cached && cached.key === key && this.messages === messages) return cached;
    this.messages = messages;

    const choice = chooseLocales(requested, catalogueNames());
    const where = bind.locale() ? 'the locale attribute' : 'the page’s lang';
    for (const problem of choice.problems) report(`${where}: ${problem}`);
    const own = readMessages(messages);
    for (const problem of own.problems) report(`messages: ${problem}`);

    const catalogues = cataloguesOf(choice.catalogue);
    if (!catalogues && !this.loading) {
      this.loading = loadCatalogue(choice.catalogue).then(() => {
        this.loading = undefined;
        host.requestUpdate();
      });
    }
    const zone = bind.timeZone();
    if (zone && !isValidTimeZone(zone))
      report(`"${String(zone).slice(0, 60)}" is not an IANA time zone (e.g. "Asia/Kabul"): the feed's own zone is used instead.`);
    const timeZone = zone && isValidTimeZone(zone) ? zone : (bind.feedTimeZone() ?? 'UTC');
    const requestedCalendar = bind.calendar();
    let calendar: string | undefined;
    let weekStart: number | undefined;
    const settings: ReaderSettings = {
      locale: choice.dates,
      // Read when a date is first written: reading them costs the page's first date format, tens
      // of milliseconds, better spent while a feed is on its way than before it is asked for.
      get calendar() {
        return (calendar ??= calendarOf(requestedCalendar, choice.dates, report));
      },
      get weekStart() {
        return (weekStart ??= weekStartOf(choice.dates ?? choice.words));
      },
      timeZone,
      regionZone: bind.feedTimeZone() ?? timeZone,
      t: translator([own.messages, ...(catalogues ?? [])], choice.words, choice.dates),
    };
    const rtl = dirHolder ? host.matches(':dir(rtl)') : isRtlLanguage(choice.words);
    this.cached = {key, settings, rtl};
    return this.cached;
  }

  private messages: unknown;
}
