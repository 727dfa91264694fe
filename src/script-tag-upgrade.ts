// The upgrading script-tag file (dist/cdn/isomer-blocks-upgrade.js): registers every element and
// upgrades legacy Isomer markup on the page, including content added later.
import { observeUpgrades } from './upgrade/upgrade.js';

export * from './index.js';
export { observeUpgrades, upgrade } from './upgrade/upgrade.js';

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => observeUpgrades(document), { once: true });
else observeUpgrades(document);
