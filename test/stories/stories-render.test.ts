/**
 * Every story, rendered the way Storybook renders it (meta render, story args, decorators), on
 * a page with Lit's development build as in Storybook's dev server, with the feeds served at
 * /feeds as Storybook serves them (see web-test-runner.config.mjs). Each story is checked for
 * what it exists to show, for console errors, and for Lit's dev-mode warnings.
 */
import {expect} from '@open-wc/testing';
import {render, type TemplateResult} from 'lit';
import type {SecurityTimeline} from '../../src/index.js';
import {TimelineHarness} from '../../src/testing/harness.js';
import * as timelineStories from '../../stories/security-timeline.stories.js';
import * as alertStories from '../../stories/security-timeline-alert.stories.js';
import * as incidentStories from '../../stories/security-timeline-incident.stories.js';
import * as languageStories from '../../stories/languages.stories.js';
import * as analystStories from '../../stories/analysts.stories.js';
import {ANALYST_EXPECTATIONS} from './analyst-expectations.js';
import type {Drawn, Expectation} from './story-expectation.js';
import storybookConfig from '../../.storybook/main.js';
import seedFeed from '../../data/tajik-afghan-border-2024.json';

type Story = {
  name?: string;
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
  decorators?: Array<(story: () => TemplateResult) => TemplateResult>;
};

const files = [timelineStories, alertStories, incidentStories, languageStories, analystStories] as unknown as Array<Record<string, Story>>;
const entries = files.flatMap((file) =>
  Object.entries(file)
    .filter(([name]) => name !== 'default')
    .map(([name, story]) => [name, story, file.default] as [string, Story, Story]),
);

/** Renders a story the way Storybook does: meta render, story args and decorators. */
function renderStory(story: Story, meta: Story, container: HTMLElement) {
  const args = {...meta.args, ...story.args};
  const draw = () => (story.render ?? meta.render!)(args);
  const decorated = (story.decorators ?? []).reduce<() => TemplateResult>((inner, decorator) => () => decorator(inner), draw);
  render(decorated(), container);
}

// ---------------------------------------------------------------------------------------------
// What the stories show

const SEED_URL = new URL('feeds/tajik-afghan-border-2024.json', location.href).href;
const MISSING_URL = new URL('feeds/no-such-feed.json', location.href).href;
/** The seed feed's incidents in the stories' autumn window (1 September – 25 October 2024): all but the 2021 change of power. */
const AUTUMN_INCIDENTS = ['ansarullah-arrive-nawabad', 'expected-recon-khamadoni', 'recon-ai-khanum-post', 'recon-kaflotun-post'];
const SEED_ALERT = 'tj-af-border-highest-2024';
/** The seed feed's lanes by location, in the order they are drawn. */
const SEED_LANES = ['Afghanistan', 'Nawabad', 'Ai-Khanum border post', 'Kaflotun border post', 'Khamadoni crossing'];

const title = ({harness}: Drawn) => harness.root.querySelector('[part~="header"] h2')?.textContent?.trim() ?? null;
const summary = ({harness}: Drawn) => harness.root.querySelector('.summary')?.textContent?.trim() ?? '';
const ids = (items: Array<{id: string}>) => items.map((item) => item.id).sort();
/** Incidents drawn, as single markers or inside clusters. */
const incidentsDrawn = ({harness}: Drawn) => harness.markers().length + harness.clusters().reduce((sum, cluster) => sum + cluster.count, 0);
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The seed feed's autumn, as the seed story draws it: its four incidents, one a lane, and the highest alert's band (`level` its level's name). */
function expectSeedAutumn(drawn: Drawn, level = 'Highest') {
  const {harness} = drawn;
  expect(drawn.element.status, 'the feed was read').to.equal('ready');
  expect(title(drawn)).to.equal(seedFeed.title);
  expect(ids(harness.markers()), 'incidents drawn').to.deep.equal(AUTUMN_INCIDENTS);
  expect(harness.clusters(), 'clusters').to.deep.equal([]);
  expect(
    harness.bands().map((band) => band.id),
    'alert bands',
  ).to.deep.equal([SEED_ALERT]);
  // The label is cut to the band's width.
  expect(harness.bands()[0].label.startsWith(`${level}: Highest alert on the `), harness.bands()[0].label).to.equal(true);
}

/** The seed's alert window, 24 September to 15 October 2024, written straight from its civil days. */
const alertDays = (locale: string, calendar?: string) =>
  new Intl.DateTimeFormat(locale, {timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric', ...(calendar ? {calendar} : {})}).formatRange(
    Date.UTC(2024, 8, 24),
    Date.UTC(2024, 9, 15),
  );

/** A story of the seed in a language: its words (`lang` on the drawing, the name of the level and of "When"), its dates. */
function expectSeedIn(drawn: Drawn, words: {lang: string; dir: 'ltr' | 'rtl'; level: string; when: string; fitAll: string; dates: string}) {
  expectSeedAutumn(drawn, words.level);
  const {harness} = drawn;
  const base = harness.root.querySelector('[part~="base"]')!;
  expect(base.getAttribute('lang')).to.equal(words.lang);
  expect(base.getAttribute('dir')).to.equal(words.dir);
  expect(harness.toolbarButton(words.fitAll), `the ${words.fitAll} button`).to.not.equal(undefined);
  const when = harness.details()!.querySelector('dt')!;
  expect(when.textContent).to.equal(words.when);
  expect(when.nextElementSibling!.textContent).to.equal(words.dates);
}

function expectError(drawn: Drawn, message: string | RegExp) {
  const {harness} = drawn;
  expect(drawn.element.status).to.equal('error');
  expect(harness.chart, 'a chart').to.equal(null);
  if (typeof message === 'string') expect(harness.errorMessage()).to.equal(message);
  else expect(harness.errorMessage()).to.match(message);
}

/** Opens the list of problems from the header's button; resolves with its entries. */
async function openProblems(drawn: Drawn) {
  const button = drawn.harness.problemsButton();
  expect(button, 'the button that lists the problems').to.not.equal(null);
  button!.click();
  await drawn.harness.settle();
  return drawn.harness.problemsList();
}

const relativeLuminance = (color: string) => {
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((part) => Number(part) / 255);
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
};

interface FeedArg {
  incidents: Array<{id: string; status: string; location?: {name: string}}>;
  alerts?: unknown[];
}

/** Per story (by its export name): what it shows. A story without an entry fails. */
const EXPECTATIONS: Record<string, Expectation> = {
  SeedTimeline: {
    shows: 'the seed feed from its URL: the four autumn incidents, one lane per place, and the band of the highest alert',
    check(drawn) {
      expectSeedAutumn(drawn);
      expect(drawn.element.getAttribute('src'), 'read by URL').to.equal('feeds/tajik-afghan-border-2024.json');
      expect(drawn.harness.laneLabels()).to.deep.equal(SEED_LANES);
    },
  },
  PlainTag: {
    shows: 'the plain tag opens on the feed’s own first view, the autumn of 2024, until "Fit all"',
    async check(drawn) {
      expectSeedAutumn(drawn);
      const {harness, element} = drawn;
      expect(harness.window()).to.deep.equal([Date.parse('2024-08-31T19:00:00Z'), Date.parse('2024-10-25T19:00:00Z')]);
      element.fitAll();
      await harness.settle();
      expect(harness.markers().map((marker) => marker.id)).to.include('taliban-take-power-2021');
    },
  },
  WholeFeed: {
    shows: 'the whole seed feed, 2021 to 2024: the change of power alone, the 2024 incidents merged into one cluster',
    check(drawn) {
      const {harness} = drawn;
      expect(drawn.element.status).to.equal('ready');
      expect(ids(harness.markers())).to.deep.equal(['taliban-take-power-2021']);
      expect(harness.clusters().map((cluster) => cluster.count)).to.deep.equal([4]);
      expect(harness.bands().map((band) => band.id)).to.deep.equal([SEED_ALERT]);
      const years = harness.tickLabels().filter((label) => /^\d{4}$/.test(label));
      expect(years).to.include.members(['2021', '2022', '2023', '2024']);
    },
  },
  Selected: {
    shows: 'the Ai-Khanum reconnaissance selected: its details panel, with its source',
    check(drawn) {
      expectSeedAutumn(drawn);
      const details = drawn.harness.details();
      expect(details, 'the details panel').to.not.equal(null);
      expect(details!.querySelector('h3')!.textContent).to.equal('Reconnaissance of the Ai-Khanum border post');
      expect(details!.textContent).to.include('between mid-September and 2 October 2024');
      expect(details!.textContent, 'its source').to.include('News.Az');
    },
  },
  ExpectedAndDenied: {
    shows: 'only the expected and denied incidents, through the statuses filter',
    check(drawn) {
      const {harness} = drawn;
      const feed = drawn.args.feed as FeedArg;
      const wanted = feed.incidents.filter((incident) => incident.status === 'expected' || incident.status === 'denied');
      expect(wanted.length, 'the synthetic feed has both kinds').to.be.within(1, feed.incidents.length - 1);
      expect(incidentsDrawn(drawn), 'incidents drawn').to.equal(wanted.length);
      const statuses = new Set(harness.markers().map((marker) => marker.status));
      expect([...statuses].sort()).to.deep.equal(['denied', 'expected']);
      for (const status of ['Confirmed', 'Reported', 'Expected', 'Denied']) {
        expect(harness.legendButton(status)?.getAttribute('aria-pressed'), `legend: ${status}`).to.equal(
          status === 'Expected' || status === 'Denied' ? 'true' : 'false',
        );
      }
    },
  },
  UncertainDates: {
    shows: 'uncertain dates as intervals: the longer the uncertainty, the wider the interval; a time to the minute has none',
    check(drawn) {
      const {harness} = drawn;
      expect(ids(harness.markers())).to.deep.equal(['day', 'minute', 'month', 'range', 'week']);
      expect(harness.laneLabels().sort()).to.deep.equal(['Arrest', 'Attack', 'Clash', 'Movement', 'Reconnaissance']);
      const width = (id: string) => {
        const interval = harness.marker(id)!.interval;
        return interval ? interval[1] - interval[0] : 0;
      };
      expect(width('minute'), 'known to the minute').to.equal(0);
      expect(width('day'), 'a day').to.be.greaterThan(3);
      expect(width('week'), 'a week, wider than a day').to.be.greaterThan(width('day') * 5);
      expect(width('range'), 'eleven days, wider than a week').to.be.greaterThan(width('week'));
      expect(width('month'), 'a month, wider than eleven days').to.be.greaterThan(width('range') * 2);
    },
  },
  OverlappingAlerts: {
    shows: 'three overlapping alert windows, each on its own stripe row, the higher level drawn on top',
    check(drawn) {
      const bands = drawn.harness.bands();
      // Drawn in this order: each later one on top of those before.
      expect(bands.map((band) => band.id)).to.deep.equal(['elevated-2024', 'high-2024', SEED_ALERT]);
      const rows = bands.map((band) => Number(band.element.getAttribute('y')));
      expect(new Set(rows).size, 'stripe rows').to.equal(3);
      const [elevated, high, highest] = bands;
      for (const band of [high, highest]) {
        expect(band.x, `${band.id} lies within the elevated window`).to.be.within(elevated.x, elevated.x + elevated.width);
      }
      expect(incidentsDrawn(drawn)).to.equal(4);
    },
  },
  ManyAlertWindows: {
    shows: '400 alert windows, every one in view drawn once, as a few paths per level rather than hundreds of elements',
    check(drawn) {
      const {harness} = drawn;
      const feed = drawn.args.feed as FeedArg;
      const bands = harness.bands();
      expect(new Set(bands.map((band) => band.id)).size, 'each band once').to.equal(bands.length);
      expect(bands.length, 'the windows in view').to.be.greaterThan(300);
      expect(bands.length).to.be.at.most(feed.alerts!.length);
      expect(harness.root.querySelectorAll('g.bands *').length, 'elements drawing them').to.be.below(100);
    },
  },
  Dense10000: {
    shows: '10,000 incidents merged into clusters, every one of them counted',
    check(drawn) {
      const {harness} = drawn;
      const clusters = harness.clusters();
      expect(clusters.length, 'clusters').to.be.greaterThan(50);
      expect(harness.markers().length, 'single markers').to.be.lessThan(clusters.length);
      expect(incidentsDrawn(drawn), 'incidents in the clusters and markers').to.equal(10_000);
      expect(harness.laneLabels().length, 'lanes').to.be.greaterThan(1);
    },
  },
  ManyPlaces: {
    shows: 'the 19 busiest of many places a lane each, the rest folded into one "N other places" lane',
    check(drawn) {
      const feed = drawn.args.feed as FeedArg;
      const counts = new Map<string, number>();
      for (const {location} of feed.incidents) counts.set(location!.name, (counts.get(location!.name) ?? 0) + 1);
      const labels = drawn.harness.laneLabels();
      expect(labels.length, 'lanes (max-lanes)').to.equal(20);
      expect(labels[19]).to.equal(`${counts.size - 19} other places`);
      const shown = labels.slice(0, 19).map((label) => counts.get(label)!);
      const folded = [...counts].filter(([name]) => !labels.includes(name)).map(([, count]) => count);
      expect(Math.min(...shown), 'the quietest place with a lane, against the busiest folded one').to.be.at.least(Math.max(...folded));
      expect(incidentsDrawn(drawn)).to.equal(feed.incidents.length);
    },
  },
  InvalidItems: {
    shows: 'the valid incidents drawn, the two rejected ones left out and listed as problems on demand',
    async check(drawn) {
      const {harness} = drawn;
      expect(drawn.element.status).to.equal('ready');
      expect(incidentsDrawn(drawn), 'the four autumn incidents').to.equal(4);
      expect(harness.markers().map((marker) => marker.id)).to.not.include.members(['bad-status', 'bad-date']);
      expect(harness.problemsButton()!.textContent.trim()).to.equal('2 problems in the feed');
      const problems = await openProblems(drawn);
      expect(problems).to.have.length(2);
      expect(problems[0]).to.match(/^\/incidents\/5\/status .*rumoured/);
      expect(problems[1]).to.match(/^\/incidents\/6\/when .*2024-02-30/);
    },
  },
  NewerVersion: {
    shows: 'a feed of version 2.0 refused, saying why',
    check(drawn) {
      expectError(drawn, /version 2\.0 is newer than this reader understands; update security-timeline/);
    },
  },
  FetchError: {
    shows: 'the 404 of its src as an error naming the URL, with a way to try again',
    check(drawn) {
      expectError(drawn, `Could not load the feed ${MISSING_URL}: the server answered 404 Not Found.`);
      const retry = [...drawn.harness.root.querySelectorAll('[part~="state"] button')].map((button) => button.textContent.trim());
      expect(retry).to.deep.equal(['Try again']);
    },
  },
  Loading: {
    shows: 'the loading state, while its request is held open',
    staysLoading: true,
    check(drawn) {
      expect(drawn.element.status).to.equal('loading');
      expect(drawn.harness.stateMessage()).to.equal('Loading the feed…');
      expect(drawn.harness.chart).to.equal(null);
    },
  },
  Empty: {
    shows: 'a valid feed with nothing in it: its title and a message saying so',
    check(drawn) {
      expect(drawn.element.status).to.equal('ready');
      expect(title(drawn)).to.equal('Nothing reported yet');
      expect(drawn.harness.stateMessage()).to.equal('The feed has no alerts or incidents yet.');
      expect(drawn.harness.markers()).to.deep.equal([]);
    },
  },
  Dark: {
    shows: 'the seed timeline in the dark theme: light text on a dark background',
    check(drawn) {
      expectSeedAutumn(drawn);
      // The colours are those of the drawing (the host itself paints nothing).
      const style = getComputedStyle(drawn.harness.root.querySelector('[part~="base"]')!);
      expect(relativeLuminance(style.backgroundColor), `background ${style.backgroundColor}`).to.be.below(0.05);
      expect(relativeLuminance(style.color), `text ${style.color}`).to.be.above(0.6);
    },
  },
  RightToLeftPersian: {
    shows: 'the seed timeline right to left in Persian: time runs leftwards, dates in the Persian calendar',
    check(drawn) {
      expectSeedAutumn(drawn, 'بسیار بلند');
      const {harness} = drawn;
      expect(harness.root.querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
      const x = (id: string) => harness.marker(id)!.x;
      expect(x('expected-recon-khamadoni'), 'October left of mid-September').to.be.lessThan(x('ansarullah-arrive-nawabad'));
      // Mehr, the Persian month from 23 September, in Persian digits.
      expect(harness.tickLabels()).to.include('مهر');
      expect(harness.tickLabels().join(' ')).to.match(/[۰-۹]/);
    },
  },
  Russian: {
    shows: 'the seed timeline with Russian dates',
    check(drawn) {
      expectSeedAutumn(drawn, 'Наивысший');
      expect(drawn.harness.tickLabels()).to.include.members(['окт.', '7 окт.']);
    },
  },
  OtherTimeZone: {
    shows: 'the seed timeline with times in New York, the alert selected, its dates still Dushanbe’s',
    check(drawn) {
      expectSeedAutumn(drawn);
      expect(summary(drawn)).to.match(/times in America\/New_York, dates as in Asia\/Dushanbe\.$/);
      const details = drawn.harness.details();
      expect(details!.querySelector('h3')!.textContent).to.equal('Highest alert on the Tajik–Afghan border');
      // The alert's dates are Dushanbe's, whatever zone times are shown in.
      expect(details!.textContent).to.include('Sep 24 – Oct 15, 2024');
    },
  },
  Table: {
    shows: 'the table of the alert and incidents in view, in time order',
    check(drawn) {
      expectSeedAutumn(drawn);
      const what = drawn.harness.tableRows().map((cells) => cells[2]);
      expect(what).to.deep.equal([
        'Jamaat Ansarullah militants arrive in Nawabad',
        'Reconnaissance of the Ai-Khanum border post',
        'Reconnaissance of the Kaflotun border post',
        'Highest alert on the Tajik–Afghan border',
        'Similar action expected near the Khamadoni crossing',
      ]);
      expect(drawn.harness.tableRows()[3].slice(0, 2)).to.deep.equal(['Sep 24 – Oct 15, 2024', 'Alert']);
    },
  },
  LiveRefresh: {
    shows: 'the seed timeline from its URL, refreshed every 5 minutes, not stale',
    check(drawn) {
      expectSeedAutumn(drawn);
      expect(drawn.element.refresh, 'seconds between refreshes').to.equal(300);
      expect(drawn.harness.root.querySelector('[part~="stale"]')).to.equal(null);
    },
  },
  SeveralFeeds: {
    shows: 'the seed feed drawn although the other feed of its src fails, that failure listed as a problem',
    async check(drawn) {
      expectSeedAutumn(drawn);
      expect(drawn.harness.problemsButton()!.textContent.trim()).to.equal('1 problem in the feed');
      const problems = await openProblems(drawn);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include(`Could not load the feed ${MISSING_URL}: the server answered 404 Not Found.`);
    },
  },
  TooLarge: {
    shows: 'the seed feed refused as larger than max-bytes',
    warnings: [
      `security-timeline: Could not load the feed ${SEED_URL}: the feed is 5 KB, more than the 1 KB allowed. ` +
        "Raise the element's max-bytes attribute (now 1000 bytes) to load larger feeds.",
    ],
    check(drawn) {
      expectError(drawn, `Could not load the feed ${SEED_URL}: the feed is 5 KB, more than the 1 KB allowed.`);
    },
  },
  ImportedAcled: {
    shows: 'an imported ACLED archive: lanes by province, markers sized by deaths, ACLED’s types as categories, its attribution',
    check(drawn) {
      const {element, harness} = drawn;
      expect(element.status).to.equal('ready');
      expect(element.problems).to.deep.equal([]);
      const feed = element.data!;
      expect(feed.incidents.length).to.equal(1186);
      expect(incidentsDrawn(drawn), 'every incident is drawn').to.equal(1186);
      const labels = harness.laneLabels();
      expect(labels.length).to.equal(20);
      expect(labels[19]).to.match(/^\d+ other provinces$/);
      expect(labels).to.include('Khyber Pakhtunkhwa');
      expect(harness.root.querySelector('[part="attribution"]')!.textContent).to.match(/^Data: ACLED .*accessed 2026-12-01/);
      const types = [...harness.root.querySelectorAll('[part="legend"] .category-type')].map((group) => group.getAttribute('aria-label'));
      expect(types).to.include.members(['Battles', 'Explosions/Remote violence', 'Protests']);
      expect(element.sizeBy).to.equal('fatalities');
    },
  },
  ImportedUcdp: {
    shows: 'an imported UCDP GED sample: lanes by country, deaths with their estimates, UCDP’s kinds of violence',
    check(drawn) {
      const {element, harness} = drawn;
      expect(element.status).to.equal('ready');
      expect(element.problems).to.deep.equal([]);
      expect(element.data!.incidents.length).to.equal(1000);
      // An archive of decades opens on the year up to its latest event; the rest is counted under the chart.
      const [start, end] = harness.window();
      const latest = element.data!.incidents.at(-1)!.time.best;
      expect((latest - start) / 86_400_000).to.be.closeTo(365, 1);
      expect(end).to.be.greaterThan(latest);
      const inView = element.data!.incidents.filter((incident) => incident.time.best >= start).length;
      expect(incidentsDrawn(drawn), 'every incident in view is drawn').to.equal(inView);
      const earlier = harness.root.querySelector('.outside .earlier')!.textContent;
      expect(earlier.replace(/\D/g, ''), 'the others are counted').to.equal(String(1000 - inView));
      expect(harness.laneLabels()).to.include('Afghanistan');
      expect(harness.root.querySelector('[part="attribution"]')!.textContent).to.contain('UCDP');
      const categories = [...harness.root.querySelectorAll('[part="legend"] button.category')].map((button) => button.textContent.trim());
      expect(categories).to.have.members(['State-based violence', 'Non-state violence', 'One-sided violence']);
    },
  },
  NoLegend: {
    shows: 'the seed timeline without its legend',
    check(drawn) {
      expectSeedAutumn(drawn);
      expect(drawn.harness.root.querySelector('[part~="legend"]')).to.equal(null);
    },
  },
  InlineJson: {
    shows: 'the seed feed read from JSON inside the element',
    check(drawn) {
      expect(drawn.element.hasAttribute('src')).to.equal(false);
      expectSeedAutumn(drawn);
      expect(drawn.harness.laneLabels()).to.deep.equal(SEED_LANES);
    },
  },
  CustomStyle: {
    shows: 'the seed timeline restyled: serif font, green markers, taller lanes, square bands',
    check(drawn) {
      expectSeedAutumn(drawn);
      const {harness} = drawn;
      expect(getComputedStyle(drawn.element).fontFamily).to.match(/^Georgia\b/);
      const reported = harness.marker('ansarullah-arrive-nawabad')!;
      expect(getComputedStyle(reported.element.querySelector('.shape')!).fill).to.equal('rgb(11, 93, 59)');
      // Neighbouring lanes' markers, 56 px apart.
      expect(harness.marker('recon-ai-khanum-post')!.y - reported.y).to.equal(56);
      expect(getComputedStyle(harness.bands()[0].element).rx).to.equal('0px');
    },
  },
  MarkupOnly: {
    shows: 'an alert and two incidents written as markup, drawn without a feed file',
    check(drawn) {
      const {harness} = drawn;
      expect(drawn.element.status).to.equal('ready');
      expect(title(drawn)).to.equal('Tajik–Afghan border (markup)');
      expect(harness.laneLabels()).to.deep.equal(['Nawabad', 'Khamadoni crossing']);
      expect(harness.markers().map((marker) => marker.status)).to.deep.equal(['reported', 'expected']);
      expect(harness.bands()).to.have.length(1);
      expect(harness.bands()[0].label).to.match(/^Highest: Highest alert on the /);
    },
  },
  Dari: {
    shows: 'the seed timeline in Dari: right to left, Persian digits, Solar Hijri dates and month ticks',
    check(drawn) {
      expectSeedIn(drawn, {lang: 'fa-AF', dir: 'rtl', level: 'بسیار بلند', when: 'زمان', fitAll: 'نمای کامل', dates: alertDays('fa-AF')});
      expect(drawn.harness.tickLabels()).to.include('میزان');
      expect(summary(drawn)).to.contain('۵ رویداد');
    },
  },
  Pashto: {
    shows: 'the seed timeline in Pashto, with Dari dates on the Solar Hijri calendar',
    check(drawn) {
      expectSeedIn(drawn, {lang: 'ps', dir: 'rtl', level: 'تر ټولو لوړه', when: 'وخت', fitAll: 'بشپړ لید', dates: alertDays('fa-AF')});
      expect(drawn.harness.tickLabels()).to.include('میزان');
    },
  },
  Tajik: {
    shows: 'the seed timeline in Tajik, with Russian dates',
    check(drawn) {
      expectSeedIn(drawn, {lang: 'tg', dir: 'ltr', level: 'Баландтарин', when: 'Вақт', fitAll: 'Тамоми давра', dates: alertDays('ru')});
    },
  },
  RussianWords: {
    shows: 'the seed timeline in Russian words and dates',
    check(drawn) {
      expectSeedIn(drawn, {lang: 'ru', dir: 'ltr', level: 'Наивысший', when: 'Когда', fitAll: 'Весь период', dates: alertDays('ru')});
      expect(summary(drawn)).to.contain('5 инцидентов');
    },
  },
  Uzbek: {
    shows: 'the seed timeline in Uzbek, with Russian dates',
    check(drawn) {
      expectSeedIn(drawn, {lang: 'uz', dir: 'ltr', level: 'Eng yuqori', when: 'Vaqt', fitAll: 'Butun davr', dates: alertDays('ru')});
    },
  },
  Arabic: {
    shows: 'the seed timeline in Arabic, right to left',
    check(drawn) {
      expectSeedIn(drawn, {lang: 'ar', dir: 'rtl', level: 'أقصى', when: 'الوقت', fitAll: 'العرض الكامل', dates: alertDays('ar')});
    },
  },
  PersianCalendar: {
    shows: 'English words on the Solar Hijri calendar: Persian month ticks, the alert in Mehr',
    check(drawn) {
      expectSeedIn(drawn, {lang: 'en', dir: 'ltr', level: 'Highest', when: 'When', fitAll: 'Fit all', dates: alertDays('en', 'persian')});
      expect(drawn.harness.tickLabels()).to.include('Mehr');
    },
  },
  LocaleList: {
    shows: 'a locale list: Tajik words, Russian dates, in the table too',
    check(drawn) {
      const {harness} = drawn;
      expect(harness.root.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('tg');
      const caption = harness.root.querySelector('caption')!.textContent.replace(/\s+/g, ' ').trim();
      expect(caption).to.equal('Ҳушдорҳо ва ҳодисаҳо: 1 сент. – 25 окт. 2024 г., Дар давраи нишондодашуда: 4 ҳодиса, 1 давраи ҳушдор');
      expect(harness.tableRows().map((row) => row[0])).to.include(alertDays('ru'));
    },
  },
  PageLanguage: {
    shows: 'a language the page defines: German words, English where it gave none',
    check(drawn) {
      const {harness} = drawn;
      expect(harness.root.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('de');
      expect(harness.toolbarButton('Alles zeigen')).to.not.equal(undefined);
      expect(harness.toolbarButton('Table'), 'English fills in no message').to.equal(undefined);
      expect(summary(drawn)).to.contain('1 Warnzeitraum und 5 Vorfälle');
      expect(harness.toolbarButton('Zoom in')).to.not.equal(undefined);
    },
  },
  PageWording: {
    shows: 'the page’s own wording of two messages',
    check(drawn) {
      expect(drawn.harness.toolbarButton('Show all of it')).to.not.equal(undefined);
      expect(summary(drawn)).to.contain('1 alert window and 5 events');
    },
  },
  Alert: {
    shows: 'one alert written as markup: its band and title',
    check(drawn) {
      const {harness} = drawn;
      expect(drawn.element.status).to.equal('ready');
      expect(harness.markers()).to.deep.equal([]);
      expect(harness.bands().map((band) => band.label)).to.deep.equal([`Highest: ${String(drawn.args.title)}`]);
    },
  },
  Incident: {
    shows: 'one incident written as markup, selected: its marker over its date range and its details',
    check(drawn) {
      const {harness} = drawn;
      expect(drawn.element.status).to.equal('ready');
      const [marker, ...others] = harness.markers();
      expect(others).to.deep.equal([]);
      expect(marker.status).to.equal('reported');
      expect(marker.interval, 'drawn over 10 – 20 September').to.not.equal(undefined);
      const details = harness.details();
      expect(details!.querySelector('h3')!.textContent).to.equal('Militants arrive in Nawabad');
      expect(details!.textContent).to.include('mid-September 2024').and.include('Jamaat Ansarullah').and.include('3 of 5');
    },
  },
};

// ---------------------------------------------------------------------------------------------

/** Lit's development build issues each warning once a page: forgetting them lets every story issue its own. */
const ALL_EXPECTATIONS: Record<string, Expectation> = {...EXPECTATIONS, ...ANALYST_EXPECTATIONS};

const litWarnings = () => (globalThis as {litIssuedWarnings?: Set<string>}).litIssuedWarnings;

describe('every story', () => {
  it('is found', () => {
    expect(entries.length).to.be.greaterThan(15);
    expect(entries.map(([name]) => name)).to.include('SeedTimeline');
  });

  it('has its expectations, and every expectation its story', () => {
    const names = entries.map(([name]) => name);
    expect(new Set(names).size, 'story names are unique').to.equal(names.length);
    expect(Object.keys(ALL_EXPECTATIONS).sort()).to.deep.equal([...names].sort());
  });

  it('runs on a page with Lit in dev mode, whose warnings these tests listen for', () => {
    expect(litWarnings(), "Lit's development build").to.be.instanceOf(Set);
  });

  for (const [name, story, meta] of entries) {
    describe(name, () => {
      const expectation = ALL_EXPECTATIONS[name] as Expectation | undefined;
      let container: HTMLElement;
      let drawn: Drawn;
      let errors: string[] = [];
      let warnings: string[] = [];
      const originalError = console.error;
      const originalWarn = console.warn;
      const onError = (event: ErrorEvent) => errors.push(event.message);

      before(async () => {
        errors = [];
        warnings = [];
        litWarnings()?.clear();
        console.error = (...parts: unknown[]) => errors.push(parts.map(String).join(' '));
        console.warn = (...parts: unknown[]) => warnings.push(parts.map(String).join(' '));
        window.addEventListener('error', onError);
        container = document.createElement('div');
        container.style.width = '1000px';
        document.body.append(container);
        renderStory(story, meta, container);
        const element = container.querySelector('security-timeline');
        expect(element, 'a <security-timeline> in the story').to.not.equal(null);
        const harness = new TimelineHarness(element as SecurityTimeline);
        if (expectation?.staysLoading) {
          await new Promise((resolve) => setTimeout(resolve, 500));
          await harness.settle();
        } else {
          await harness.loaded();
        }
        drawn = {element: element as SecurityTimeline, harness, args: {...meta.args, ...story.args}};
      });
      after(() => {
        console.error = originalError;
        console.warn = originalWarn;
        window.removeEventListener('error', onError);
        render(null, container);
        container.remove();
      });

      it(`shows ${expectation?.shows ?? 'what? (no expectations)'}`, async () => {
        expect(expectation, `expectations for the story ${name}`).to.not.equal(undefined);
        await expectation!.check(drawn);
      });

      it('renders a timeline without a console error', () => {
        expect(drawn.harness.root.querySelector('[part="base"]')).to.not.equal(null);
        expect(errors).to.deep.equal([]);
      });

      it(`logs ${expectation?.warnings ? 'only the warnings it shows' : 'no warning'}, Lit's dev-mode warnings included`, async () => {
        // Any update that the story's last update scheduled runs first.
        await nextFrame();
        await drawn.element.updateComplete;
        expect(warnings).to.deep.equal(expectation?.warnings ?? []);
      });
    });
  }
});

describe('Storybook configuration', () => {
  it('serves files as they are at a path other than their folder, where the dev server serves them as modules', () => {
    // Stories import data/…json as a module; the dev server asks for it at /data/…json, and a
    // static folder mounted there answers with the raw file, which the browser refuses to run.
    const dirs = storybookConfig.staticDirs;
    expect(Array.isArray(dirs), 'staticDirs is a list').to.equal(true);
    for (const dir of dirs as Extract<typeof dirs, unknown[]>) {
      const {from, to} = typeof dir === 'string' ? {from: dir, to: '/'} : dir;
      expect(to.replace(/\/$/, ''), `static folder ${from}`).to.not.equal(`/${from.replace(/^(\.\.\/)+/, '')}`.replace(/\/$/, ''));
    }
  });

  it('serves the feeds at the path the stories load them from, as they are', async () => {
    const served = await fetch('feeds/tajik-afghan-border-2024.json');
    expect(served.status).to.equal(200);
    expect(served.headers.get('content-type')).to.match(/^application\/json/);
    expect(await served.json()).to.deep.equal(seedFeed);
  });
});
