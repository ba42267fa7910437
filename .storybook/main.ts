import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  // A docs page per element: its attributes, properties, events, slots, CSS parts and custom
  // properties, from custom-elements.json (see preview.ts), above its stories.
  addons: ['@storybook/addon-docs'],
  core: {disableTelemetry: true},
  // Readers come for the timeline: no "Get started" checklist above the stories.
  features: {sidebarOnboardingChecklist: false},
  // The feeds under data/ are served as they are, so stories load them by URL like a page would.
  // Not at /data: stories also import the seed feed as a module, and the dev server asks for
  // that module at /data/…json, where a file served as it is would shadow it.
  staticDirs: [{from: '../data', to: '/feeds'}],
};

export default config;
