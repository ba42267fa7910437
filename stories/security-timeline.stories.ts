import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/index.js';
import {syntheticFeed} from '../src/testing/synthetic-feed.js';
import seedFeed from '../data/tajik-afghan-border-2024.json';

const SEED_URL = 'feeds/tajik-afghan-border-2024.json';

/** Makes requests to one path never answer, so the loading state can be seen. */
function holdRequestsTo(path: string) {
  if ((window.fetch as {held?: boolean}).held) return;
  const original = window.fetch.bind(window);
  const held = (input: RequestInfo | URL, init?: RequestInit) =>
    new URL(String(input instanceof Request ? input.url : input), location.href).pathname === path
      ? new Promise<Response>(() => {})
      : original(input, init);
  window.fetch = Object.assign(held, {held: true});
}

interface Args {
  src?: string;
  feed?: unknown;
  locale?: string;
  'time-zone'?: string;
  theme?: 'light' | 'dark' | 'auto';
  start?: string;
  end?: string;
  'group-by'?: string;
  selected?: string;
  categories?: string;
  statuses?: string;
  'min-level'?: string;
  lanes?: string;
  actors?: string;
  'size-by'?: string;
  'no-legend'?: boolean;
  'show-table'?: boolean;
  dir?: string;
  label?: string;
  refresh?: number;
  timeout?: number;
  'max-bytes'?: number;
  'max-lanes'?: number;
}

/** Every attribute of the element as a control; unset ones are left off the tag. */
const render = (args: Args) => html`<security-timeline
  src=${ifDefined(args.feed ? undefined : args.src)}
  .feed=${args.feed}
  locale=${ifDefined(args.locale)}
  time-zone=${ifDefined(args['time-zone'])}
  theme=${ifDefined(args.theme)}
  start=${ifDefined(args.start)}
  end=${ifDefined(args.end)}
  group-by=${ifDefined(args['group-by'])}
  selected=${ifDefined(args.selected)}
  categories=${ifDefined(args.categories)}
  statuses=${ifDefined(args.statuses)}
  min-level=${ifDefined(args['min-level'])}
  lanes=${ifDefined(args.lanes)}
  actors=${ifDefined(args.actors)}
  size-by=${ifDefined(args['size-by'])}
  label=${ifDefined(args.label)}
  dir=${ifDefined(args.dir)}
  refresh=${ifDefined(args.refresh)}
  timeout=${ifDefined(args.timeout)}
  max-bytes=${ifDefined(args['max-bytes'])}
  max-lanes=${ifDefined(args['max-lanes'])}
  ?no-legend=${args['no-legend'] ?? false}
  ?show-table=${args['show-table'] ?? false}
></security-timeline>`;

const meta: Meta<Args> = {
  title: 'Security timeline',
  component: 'security-timeline',
  render,
  argTypes: {
    theme: {control: 'inline-radio', options: ['auto', 'light', 'dark']},
    'group-by': {control: 'select', options: ['none', 'location', 'admin2', 'admin1', 'country', 'actor', 'category']},
    'size-by': {control: 'inline-radio', options: ['severity', 'fatalities', 'none']},
    dir: {
      control: 'inline-radio',
      options: ['ltr', 'rtl'],
      description: 'The global `dir` attribute: `rtl` lays the element out right to left (it does so too when its locale writes right to left).',
    },
    feed: {control: false},
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The first real feed: the highest alert on the Tajik–Afghan border, autumn 2024. */
export const SeedTimeline: Story = {
  name: 'Tajik–Afghan border, autumn 2024',
  args: {src: SEED_URL, 'group-by': 'location', start: '2024-09-01', end: '2024-10-25'},
};

/**
 * The plain tag, with nothing but the feed: it opens on the window the feed names (`view`, format
 * 1.1), the autumn of 2024 the seed's story is about; "Fit all" shows everything.
 */
export const PlainTag: Story = {name: 'The plain tag: the feed’s first view', args: {src: SEED_URL, 'group-by': 'location'}};

/** The whole seed feed, from the 2021 change of power to the alert of 2024. */
export const WholeFeed: Story = {args: {src: SEED_URL, start: '2020-11-06', end: '2024-12-10'}};

/** A selected incident opens the details panel, with its sources as safe links. */
export const Selected: Story = {
  args: {src: SEED_URL, 'group-by': 'location', start: '2024-09-01', end: '2024-10-25', selected: 'recon-ai-khanum-post'},
};

/** Only the expected and denied incidents, through the `statuses` filter. */
export const ExpectedAndDenied: Story = {
  args: {feed: syntheticFeed({incidents: 60, seed: 11, years: 1}), statuses: 'expected denied', 'group-by': 'location'},
};

/** Uncertain dates are drawn as intervals: a month, a week, a range, a year. */
export const UncertainDates: Story = {
  args: {
    feed: {
      version: '1.0',
      title: 'Uncertain dates',
      region: {name: 'Example region', timeZone: 'Asia/Dushanbe'},
      incidents: [
        {id: 'day', when: '2024-09-12', title: 'Known to the day', category: 'clash', status: 'confirmed'},
        {id: 'week', when: '2024-W38', title: 'Known to the week', category: 'attack', status: 'reported'},
        {id: 'month', when: {date: '2024-10', precision: 'month'}, title: 'Known to the month', category: 'movement', status: 'reported'},
        {
          id: 'range',
          when: {earliest: '2024-09-10', latest: '2024-09-20', label: 'mid-September 2024'},
          title: 'A range',
          category: 'reconnaissance',
          status: 'expected',
        },
        {id: 'minute', when: '2024-09-25T14:30', title: 'Known to the minute', category: 'arrest', status: 'denied'},
      ],
    },
    'group-by': 'category',
  },
};

/** Overlapping alert windows stay distinguishable: the higher level is drawn on top. */
export const OverlappingAlerts: Story = {
  args: {
    feed: {
      ...seedFeed,
      alerts: [
        ...seedFeed.alerts,
        {id: 'elevated-2024', start: '2024-09-01', end: '2024-10-31', level: 'elevated', title: 'Elevated alert across the region'},
        {id: 'high-2024', start: '2024-10-10', end: '2024-10-20', level: 'high', title: 'High alert, Khatlon', areas: ['Khatlon']},
      ],
    },
    'group-by': 'location',
    start: '2024-08-25',
    end: '2024-11-05',
  },
};

/**
 * A monitoring archive of 400 alert windows over five years: with more than 40 in view they are
 * drawn as a few paths per level, so the drawing stays small, and their rows share at most six
 * rows' height (a quarter of the chart's width on a wider one), thinner and unlabelled, so the
 * lanes stay near the top; each still shows on hover and is reached by the keys.
 */
export const ManyAlertWindows: Story = {
  name: 'Many alert windows: 400 over five years',
  args: {feed: syntheticFeed({incidents: 4000, alerts: 400, seed: 3}), 'group-by': 'location', start: '2020-01-01', end: '2025-01-01'},
};

/** 10,000 incidents over five years: markers merge into clusters that split as you zoom in. */
export const Dense10000: Story = {
  name: 'Dense: 10,000 incidents',
  args: {feed: syntheticFeed({incidents: 10_000, seed: 1}), 'group-by': 'location', start: '2019-11-01', end: '2025-03-01'},
};

/** Incidents in 150 villages: the 19 busiest get a lane each, the rest share an "other places" lane (`max-lanes`, default 20). */
export const ManyPlaces: Story = {
  args: {
    feed: (() => {
      const feed = syntheticFeed({incidents: 3000, seed: 5, years: 1});
      // Village k is named about k + 1 times in 150: a few busy places and many quiet ones.
      const villages = Array.from({length: 150}, (_, k) => `Village ${k + 1}`);
      const weights = villages.flatMap((name, k) => Array<string>(k + 1).fill(name));
      feed.incidents?.forEach((incident, i) => (incident.location = {name: weights[(i * 7919) % weights.length]}));
      return feed;
    })(),
    'group-by': 'location',
  },
};

/** A feed with rejected items: the valid ones are drawn, the problems listed on demand. */
export const InvalidItems: Story = {
  args: {
    feed: {
      ...seedFeed,
      incidents: [
        ...seedFeed.incidents,
        {id: 'bad-status', when: '2024-09-30', title: 'Unknown status', category: 'attack', status: 'rumoured'},
        {id: 'bad-date', when: '2024-02-30', title: 'Impossible date', category: 'attack', status: 'reported'},
      ],
    },
    start: '2024-09-01',
    end: '2024-10-25',
  },
};

/** A feed of a newer major version is refused with a clear message. */
export const NewerVersion: Story = {args: {feed: {...seedFeed, version: '2.0'}}};

/** A `src` that answers 404. */
export const FetchError: Story = {args: {src: 'feeds/no-such-feed.json'}};

/** A feed that is still on its way (this story holds its request open). */
export const Loading: Story = {
  render: () => {
    holdRequestsTo('/pending-feed.json');
    return html`<security-timeline src="/pending-feed.json"></security-timeline>`;
  },
};

/** A valid feed with nothing in it. */
export const Empty: Story = {args: {feed: {version: '1.0', title: 'Nothing reported yet'}}};

/** The dark theme. */
export const Dark: Story = {
  args: {...SeedTimeline.args, theme: 'dark'},
  parameters: {backgrounds: {default: 'dark'}},
  decorators: [(story) => html`<div style="background:#0b0e13;padding:16px">${story()}</div>`],
};

/** Right to left, in Persian: time runs from right to left and dates are in the Persian calendar. */
export const RightToLeftPersian: Story = {
  name: 'RTL, Persian',
  args: {...SeedTimeline.args, locale: 'fa', dir: 'rtl'},
};

/** Russian dates and labels from the locale. */
export const Russian: Story = {args: {...SeedTimeline.args, locale: 'ru'}};

/** The seed feed shown in New York time rather than the region's (Asia/Dushanbe). */
export const OtherTimeZone: Story = {args: {...SeedTimeline.args, 'time-zone': 'America/New_York', selected: 'tj-af-border-highest-2024'}};

/** The accessible table of alerts and incidents, shown on demand. */
export const Table: Story = {args: {...SeedTimeline.args, 'show-table': true}};

/** A live feed: fetched again every 5 minutes, only when it changed; the view survives each refresh. */
export const LiveRefresh: Story = {args: {...SeedTimeline.args, refresh: 300, timeout: 10}};

/** Two feeds merged, each item keeping where it came from; one of them fails and the other still draws. */
export const SeveralFeeds: Story = {args: {...SeedTimeline.args, src: `${SEED_URL} feeds/no-such-feed.json`}};

/** A feed larger than `max-bytes` is refused while it streams in. */
export const TooLarge: Story = {args: {src: SEED_URL, 'max-bytes': 1000}};

/** Without the legend. */
export const NoLegend: Story = {args: {...SeedTimeline.args, 'no-legend': true}};

/**
 * An ACLED export (South and Central Asia, January–June 2022), imported with
 * `security-timeline-import acled`: lanes by province, markers and clusters sized by deaths,
 * ACLED's event and sub-event types as declared categories, and the attribution ACLED's terms
 * require. Hover a cluster for its deaths; select a marker for each side of the event.
 */
export const ImportedAcled: Story = {
  name: 'Imported ACLED archive',
  args: {src: 'feeds/examples/acled-2022h1-south-and-central-asia.json', 'group-by': 'admin1', 'size-by': 'fatalities'},
};

/**
 * A sample of UCDP GED 23.1 (1,000 events worldwide, 1989–2022), imported with
 * `security-timeline-import ucdp`: lanes by country, deaths as UCDP's best, low and high
 * estimates, each event's date range as UCDP gives it.
 */
export const ImportedUcdp: Story = {
  name: 'Imported UCDP GED sample',
  args: {src: 'feeds/examples/ucdp-ged-23.1-sample-1000.json', 'group-by': 'country', 'size-by': 'fatalities'},
};

/** Data written inline as JSON inside the element. */
export const InlineJson: Story = {
  render: () => html`<security-timeline group-by="location" start="2024-09-01" end="2024-10-25">
    <script type="application/json">${JSON.stringify(seedFeed)}</script>
  </security-timeline>`,
};

/** Restyled through CSS custom properties and parts. */
export const CustomStyle: Story = {
  args: SeedTimeline.args,
  decorators: [
    (story) => html`<style>
        .custom security-timeline {
          --st-font-family: Georgia, serif;
          --st-marker-color: #0b5d3b;
          --st-lane-height: 56px;
          --st-band-opacity: 0.3;
        }
        .custom security-timeline::part(band) {
          rx: 0;
        }
      </style>
      <div class="custom">${story()}</div>`,
  ],
};

/** Data written as markup, without a feed file. */
export const MarkupOnly: Story = {
  render:
    () => html`<security-timeline time-zone="Asia/Dushanbe" group-by="location" start="2024-09-01" end="2024-10-25" label="Tajik–Afghan border (markup)">
    <security-timeline-alert start="2024-09-24" end="2024-10-15" level="highest" areas="Badakhshan, Takhar" measures="Additional patrols, Drone surveillance, Military leave cancelled">
      Highest alert on the Tajik–Afghan border
    </security-timeline-alert>
    <security-timeline-incident earliest="2024-09-10" latest="2024-09-20" date-label="mid-September 2024" status="reported" category="movement" location="Nawabad, Takhar" country="Afghanistan" actors="Jamaat Ansarullah">
      Militants arrive in Nawabad
    </security-timeline-incident>
    <security-timeline-incident earliest="2024-10-02" latest="2024-10-09" status="expected" category="reconnaissance" location="Khamadoni crossing" country="Tajikistan">
      Similar action expected near the Khamadoni crossing
    </security-timeline-incident>
  </security-timeline>`,
};
