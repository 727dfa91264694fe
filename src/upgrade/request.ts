import { siteSetting } from '../shared/site-setting.js';

/**
 * True when the page asks the script tag to upgrade legacy Isomer markup: a
 * `<meta name="isomer-blocks:upgrade" content="auto">` in `<head>` (see `siteSetting`), or a
 * `data-upgrade` attribute on the `<script>` that loaded `scriptUrl`.
 */
export function upgradeRequested(doc: Document, scriptUrl: string): boolean {
  if (siteSetting('upgrade', doc)?.trim() === 'auto') return true;
  return Array.from(doc.querySelectorAll<HTMLScriptElement>('script[data-upgrade]')).some(
    (script) => script.src === scriptUrl,
  );
}
