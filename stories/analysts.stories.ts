import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/index.js';
import {syntheticFeed} from '../src/testing/synthetic-feed.js';

const SEED_URL = 'feeds/tajik-afghan-border-2024.json';
const UCDP_URL = 'feeds/examples/ucdp-ged-23.1-sample-1000.json';

interface Args {
  src?: string;
  feed?: unknown;
  id?: string;
  query?: string;
  'group-by'?: string;
  'size-by'?: string;
  'lane-order'?: string;
  'max-lanes'?: number;
  start?: string;
  end?: string;
  'show-table'?: boolean;
  'sync-url'?: boolean;
  'no-search'?: boolean;
}

/** The analyst's questions of a timeline: what matches, how much, where, when it rose; and what to take away. */
const render = (args: Args) => html`<security-timeline
  id=${ifDefined(args.id)}
  src=${ifDefined(args.src)}
  .feed=${args.feed}
  query=${ifDefined(args.query)}
  group-by=${ifDefined(args['group-by'])}
  size-by=${ifDefined(args['size-by'])}
  lane-order=${ifDefined(args['lane-order'])}
  max-lanes=${ifDefined(args['max-lanes'])}
  start=${ifDefined(args.start)}
  end=${ifDefined(args.end)}
  ?show-table=${args['show-table'] ?? false}
  ?sync-url=${args['sync-url'] ?? false}
  ?no-search=${args['no-search'] ?? false}
></security-timeline>`;

const meta: Meta<Args> = {
  title: 'Security timeline/Analysts',
  component: 'security-timeline',
  render,
  argTypes: {
    'lane-order': {control: 'select', options: ['count', 'fatalities', 'name', 'first']},
    'size-by': {control: 'select', options: ['severity', 'fatalities', 'none']},
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The search box: "reconnaissance" keeps the three reports of reconnaissance, in the chart, the overview and the table. */
export const Search: Story = {
  args: {src: SEED_URL, 'group-by': 'location', start: '2024-09-01', end: '2024-10-25', query: 'reconnaissance', 'show-table': true},
};

/** An imported UCDP archive (1989–2022): the overview shows where in three decades the 1,000 events fall; its brush is the year shown. */
export const ArchiveOverview: Story = {
  name: 'Archive with its overview',
  args: {src: UCDP_URL, 'group-by': 'country', 'size-by': 'fatalities'},
};

/** 10,000 incidents with deaths, summaries and actors of real length: clusters sized by deaths, ringed by status, over the time they cover. */
export const DenseWithFatalities: Story = {
  name: 'Dense clusters with deaths',
  args: {
    feed: syntheticFeed({incidents: 10_000, seed: 2, realistic: true}),
    'group-by': 'location',
    'size-by': 'fatalities',
    start: '2022-01-01',
    end: '2023-01-01',
  },
};

/**
 * 288 provinces of an imported UCDP archive: the eleven with the most events each have a lane, the
 * deadliest first, its events on its label, and the rest share the last; "Show every lane", under
 * the chart, unfolds them.
 */
export const FoldedLane: Story = {
  name: 'The folded lane',
  args: {
    src: UCDP_URL,
    'group-by': 'admin1',
    'size-by': 'fatalities',
    'lane-order': 'fatalities',
    'max-lanes': 12,
    start: '1989-01-01',
    end: '2023-01-01',
  },
};

/** The complete table of what is in view: every item the chart counts, paged, sortable by date, title, status, category, place or deaths. */
export const CompleteTable: Story = {
  args: {src: UCDP_URL, 'group-by': 'country', start: '1989-01-01', end: '2023-01-01', 'show-table': true},
};

/** `sync-url`: the window, filters, query and selection are kept in the page URL's fragment, under the element's id; the export menu offers a link to this view. */
export const CitableView: Story = {
  name: 'Citable view',
  args: {id: 'citable', src: SEED_URL, 'group-by': 'location', start: '2024-09-01', end: '2024-10-25', 'sync-url': true},
};
