// Sizes: the CDN file, the upgrade page's two files, Lit, each element's own cost over Lit + the
// shared base, and each block against its peers (lite-youtube, Shoelace, SGDS), all bundled by the
// same minifier (esbuild) and compressed with gzip -9 in this run.
import { bundleSize, elementCosts, fileSize, upgradePageFiles } from '../scripts/size.mjs';

const peers = 'bench';
const lit = await bundleSize(`export * from 'lit';`, peers);
const peer = async (name, entry, { usesLit = false } = {}) => {
  const size = await bundleSize(entry, peers);
  return { name, gzip: size.gzip, overLit: usesLit ? size.gzip - lit.gzip : undefined };
};

const rows = [];
const add = (name, gzip, note = '') => rows.push({ name, gzip, note });

add(
  'dist/cdn/isomer-blocks.js (as shipped, terser)',
  (await fileSize('dist/cdn/isomer-blocks.js')).gzip,
  'every element, Lit inlined',
);
const upgradePage = await Promise.all(upgradePageFiles.map((file) => fileSize(file)));
add(
  'upgrade page: isomer-blocks.js + isomer-blocks-upgrade.js',
  upgradePage.reduce((sum, size) => sum + size.gzip, 0),
  'Lit and the elements once',
);
add(
  'dist/cdn/prose.css (minified by esbuild)',
  (await fileSize('dist/cdn/prose.css', { minify: true })).gzip,
  'budget 2048',
);
add('isomer-blocks, all elements (esbuild)', (await bundleSize(`import './dist/index.js';`)).gzip, 'Lit included');
add('Lit 3 alone', lit.gzip);
const { base, costs } = await elementCosts();
add('Lit + isomer-blocks shared base', base.gzip);
for (const { label, gzip, budget } of costs) add(`${label} over Lit + shared base`, gzip, `budget ${budget}`);

// Each block's peers in Shoelace and SGDS (Lit elements too): a peer's size over Lit includes its own
// shared base, so the block is compared by its size over Lit with ours (element + shared base).
const shoelace = (name) => `@shoelace-style/shoelace/dist/components/${name}/${name}.js`;
const sgds = (name) => `@govtechsg/sgds-web-component/components/${name}/index.js`;
const litPeers = {
  'goal-card': [
    ['Shoelace <sl-card>', shoelace('card')],
    ['SGDS <sgds-card>', sgds('Card')],
  ],
  'isomer-accordion': [
    ['Shoelace <sl-details>', shoelace('details')],
    ['SGDS <sgds-accordion>', sgds('Accordion')],
  ],
  'article-toc': [['SGDS <sgds-table-of-contents>', sgds('TableOfContents')]],
  'isomer-table': [['SGDS <sgds-table>', sgds('Table')]],
  'isomer-callout': [
    ['Shoelace <sl-alert>', shoelace('alert')],
    ['SGDS <sgds-alert>', sgds('Alert')],
  ],
};
for (const [name, entry] of [
  [
    'lite-youtube-embed (JS + CSS)',
    `import 'lite-youtube-embed/src/lite-yt-embed.js'; export { default as css } from 'lite-youtube-embed/src/lite-yt-embed.css';`,
  ],
  ['@justinribeiro/lite-youtube', `import '@justinribeiro/lite-youtube';`],
])
  add(name, (await peer(name, entry)).gzip, 'vs <video-embed> over Lit + shared base');
const baseOverLit = base.gzip - lit.gzip;
for (const [tag, peersOfTag] of Object.entries(litPeers)) {
  const ours = costs.find((cost) => cost.label === `<${tag}>`).gzip + baseOverLit;
  add(`<${tag}> + shared base, over Lit`, ours);
  for (const [name, entry] of peersOfTag) {
    const { overLit } = await peer(name, `import '${entry}';`, { usesLit: true });
    add(`${name} over Lit`, overLit, `ours ${(ours / overLit).toFixed(2)}× of it`);
  }
}

const width = Math.max(...rows.map((row) => row.name.length));
console.log(`${'what'.padEnd(width)}  gzip -9 bytes`);
for (const { name, gzip, note } of rows) console.log(`${name.padEnd(width)}  ${String(gzip).padStart(8)}  ${note}`);
