import type { StorybookConfig } from '@storybook/web-components-vite';
import { referenceArticle } from './reference-article.mjs';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Each block's stories live in its folder; stories/ holds what spans blocks.
  stories: ['../stories/introduction.mdx', '../stories/**/*.stories.ts', '../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // A designer opens the blocks, not Storybook's own "Get started" checklist.
  features: { sidebarOnboardingChecklist: false },
  // Assets stay files: an inlined data: URL is not an http(s) URL, which <video-embed poster> refuses.
  viteFinal: (vite) => ({
    ...vite,
    plugins: [...(vite.plugins ?? []), referenceArticle()],
    build: { ...vite.build, assetsInlineLimit: 0 },
  }),
};

export default config;
