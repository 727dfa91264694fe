// The upgrading script-tag file (dist/cdn/isomer-blocks-upgrade.js): upgrades legacy Isomer markup
// on the page, including content added later. It imports the main file (Lit and every element)
// rather than bundling it, so a page that loads both evaluates Lit once, and a page that loads only
// this file still gets every element.
import './script-tag.js';
import { observeUpgrades } from './upgrade/upgrade.js';

export { observeUpgrades, upgrade } from './upgrade/upgrade.js';

if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', () => observeUpgrades(document), { once: true });
else observeUpgrades(document);
