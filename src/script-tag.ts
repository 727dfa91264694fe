// The script-tag file (dist/cdn/isomer-blocks.js): registers every element and, when the page asks
// for it, loads the upgrade file beside it, so that pages that do not ask never download the rules.
// The specifier is static so that rollup builds both files together: the upgrade file then imports
// Lit and the elements from this one instead of carrying a second copy.
import { upgradeRequested } from './upgrade/request.js';

export * from './index.js';

if (upgradeRequested(document, import.meta.url)) {
  import('./script-tag-upgrade.js').catch((error: unknown) => console.warn('[isomer-blocks] The upgrade script could not be loaded:', error));
}
