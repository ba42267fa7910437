import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/index.js';

interface Args {
  start?: string;
  end?: string;
  level?: string;
  areas?: string;
  measures?: string;
  description?: string;
  title: string;
}

/** An alert window written as markup inside `<security-timeline>`; its text is the title. */
const meta: Meta<Args> = {
  title: 'Markup items/security-timeline-alert',
  component: 'security-timeline-alert',
  render: (args) => html`<security-timeline time-zone="Asia/Dushanbe" start="2024-09-01" end="2024-10-31">
    <security-timeline-alert
      start=${ifDefined(args.start)}
      end=${ifDefined(args.end)}
      level=${ifDefined(args.level)}
      areas=${ifDefined(args.areas)}
      measures=${ifDefined(args.measures)}
      description=${ifDefined(args.description)}
      >${args.title}</security-timeline-alert
    >
  </security-timeline>`,
  argTypes: {
    level: {control: 'select', options: ['low', 'elevated', 'high', 'highest']},
    title: {description: "The alert's title: the element's text."},
  },
};
export default meta;

export const Alert: StoryObj<Args> = {
  args: {
    start: '2024-09-24',
    end: '2024-10-15',
    level: 'highest',
    areas: 'Badakhshan, Takhar',
    measures: 'Additional patrols, Drone surveillance, Military leave cancelled',
    title: 'Highest alert on the Tajik–Afghan border',
  },
};
