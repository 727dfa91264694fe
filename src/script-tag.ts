// The script-tag file (dist/cdn/isomer-blocks.js): registers every element and, when the page asks
// for it, loads the upgrade file beside it, so that pages that do not ask never download the rules.
// The upgrade file is built with this one (rollup.config.mjs) and imports Lit and the elements from
// it; it is loaded by URL, so the import graph has no cycle (the upgrade file imports this one).
import { upgradeRequested } from './upgrade/request.js';

export * from './index.js';

if (upgradeRequested(document, import.meta.url)) {
  import(/* @vite-ignore */ new URL('./isomer-blocks-upgrade.js', import.meta.url).href).catch((error: unknown) =>
    console.warn('[isomer-blocks] The upgrade script could not be loaded:', error),
  );
}
