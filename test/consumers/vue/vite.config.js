// Vue compiles the tags that the package's manifest lists as custom elements (isCustomElement), so it
// leaves them to the browser instead of looking for Vue components of that name.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const manifest = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('isomer-blocks/custom-elements.json'), 'utf8'),
);
const tags = new Set(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) => (declaration.customElement && declaration.tagName ? [declaration.tagName] : [])),
);

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') && tags.has(tag) } } })],
});
