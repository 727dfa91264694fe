import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import manifest from '../custom-elements.json' with { type: 'json' };
import '../src/preflight.css';
import '../src/prose.css';

// Controls and docs come from the manifest the build writes from each element's JSDoc.
setCustomElementsManifest(manifest);
setStorybookHelpersConfig({ hideArgRef: true });

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    // Embedded third-party frames are not ours to check (and never load offline).
    a11y: { test: 'error', options: { iframes: false } },
    layout: 'padded',
    // What the library is, then the reference article: what a designer reviews before the components.
    options: { storySort: { order: ['Introduction', 'Reference article', 'Components'] } },
  },
};

export default preview;
