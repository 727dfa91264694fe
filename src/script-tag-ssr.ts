// The script-tag file for server-rendered pages (dist/cdn/isomer-blocks-ssr.js): Lit's hydration
// support first, so that elements rendered by `isomer-blocks convert --ssr` hydrate their
// Declarative Shadow DOM instead of rendering again; then every element.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './index.js';
