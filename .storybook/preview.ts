import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components';
import manifest from '../custom-elements.json';

// Docs tables and controls come from the JSDoc in the element's code, through the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: {expanded: true},
    layout: 'padded',
    // Storybook opens on the first entry: the timeline's docs page, whose first story is the seed
    // timeline, not the markup items (which would come first, A before S).
    options: {storySort: {order: ['Security timeline', 'Markup items']}},
  },
  tags: ['autodocs'],
};

export default preview;
