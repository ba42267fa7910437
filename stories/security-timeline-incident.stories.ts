import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/index.js';

interface Args {
  when?: string;
  precision?: string;
  earliest?: string;
  latest?: string;
  'date-label'?: string;
  status?: string;
  category?: string;
  severity?: string;
  location?: string;
  country?: string;
  actors?: string;
  summary?: string;
  title: string;
}

/** An incident written as markup inside `<security-timeline>`; its text is the title. */
const meta: Meta<Args> = {
  title: 'Markup items/security-timeline-incident',
  component: 'security-timeline-incident',
  render: (args) => html`<security-timeline time-zone="Asia/Dushanbe" start="2024-09-01" end="2024-10-31" selected="item">
    <security-timeline-incident
      id="item"
      when=${ifDefined(args.when)}
      precision=${ifDefined(args.precision)}
      earliest=${ifDefined(args.earliest)}
      latest=${ifDefined(args.latest)}
      date-label=${ifDefined(args['date-label'])}
      status=${ifDefined(args.status)}
      category=${ifDefined(args.category)}
      severity=${ifDefined(args.severity)}
      location=${ifDefined(args.location)}
      country=${ifDefined(args.country)}
      actors=${ifDefined(args.actors)}
      summary=${ifDefined(args.summary)}
      >${args.title}</security-timeline-incident
    >
  </security-timeline>`,
  argTypes: {
    status: {control: 'inline-radio', options: ['confirmed', 'reported', 'expected', 'denied']},
    precision: {control: 'select', options: ['', 'year', 'month', 'week', 'day', 'hour']},
    title: {description: "The incident's title: the element's text."},
  },
};
export default meta;

export const Incident: StoryObj<Args> = {
  args: {
    earliest: '2024-09-10',
    latest: '2024-09-20',
    'date-label': 'mid-September 2024',
    status: 'reported',
    category: 'movement',
    severity: '3',
    location: 'Nawabad, Takhar',
    country: 'Afghanistan',
    actors: 'Jamaat Ansarullah',
    title: 'Militants arrive in Nawabad',
  },
};
