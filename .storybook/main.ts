import type {StorybookConfig} from '@storybook/web-components-vite';

/**
 * Lit's packages, served as they are rather than pre-bundled. Storybook's web-components renderer,
 * which Vite serves un-bundled, imports `lit` and `lit/directive-helpers.js`: the first went to
 * the pre-bundled copy of Lit, the second, not pre-bundled, loaded lit-html a second time from
 * node_modules ("Multiple versions of Lit loaded"). Left out of pre-bundling, every Lit module
 * is loaded once, whoever imports it.
 */
const LIT_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

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
  viteFinal: (vite) => ({
    ...vite,
    optimizeDeps: {...vite.optimizeDeps, exclude: [...(vite.optimizeDeps?.exclude ?? []), ...LIT_PACKAGES]},
  }),
};

export default config;
