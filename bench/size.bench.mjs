// Sizes: the CDN file, the upgrade page's two files, Lit, each element's own cost over Lit + the
// shared base, and the peers, all bundled by the same minifier (esbuild) and compressed with gzip -9
// in this run.
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

const measured = [
  await peer(
    'lite-youtube-embed (JS + CSS)',
    `import 'lite-youtube-embed/src/lite-yt-embed.js'; export { default as css } from 'lite-youtube-embed/src/lite-yt-embed.css';`,
  ),
  await peer('@justinribeiro/lite-youtube', `import '@justinribeiro/lite-youtube';`),
  await peer('Shoelace <sl-card> (with Lit)', `import '@shoelace-style/shoelace/dist/components/card/card.js';`, {
    usesLit: true,
  }),
  await peer('SGDS <sgds-card> (with Lit)', `import '@govtechsg/sgds-web-component/components/Card/index.js';`, {
    usesLit: true,
  }),
];
for (const { name, gzip, overLit } of measured) {
  add(name, gzip);
  if (overLit !== undefined) add(name.replace('(with Lit)', 'alone (over Lit)'), overLit);
}

const width = Math.max(...rows.map((row) => row.name.length));
console.log(`${'what'.padEnd(width)}  gzip -9 bytes`);
for (const { name, gzip, note } of rows) console.log(`${name.padEnd(width)}  ${String(gzip).padStart(8)}  ${note}`);
