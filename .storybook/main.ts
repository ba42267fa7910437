import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true},
  // The feeds under data/ are served as they are, so stories load them by URL like a page would.
  staticDirs: [{from: '../data', to: '/data'}],
};

export default config;
