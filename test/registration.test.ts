import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from './support/helpers.js';

// The built files, as a page that includes isomer-blocks twice (two script tags) and an app bundle
// that imports it from npm would load them. Run after `npm run build`.
const builds = ['/dist/cdn/isomer-blocks.js', '/dist/cdn/isomer-blocks.js?second-tag', '/dist/index.js'];

describe('loading isomer-blocks more than once', () => {
  it('the CDN file twice and the npm module once: no error, no warning, elements work', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const warnings = await captureWarnings(async () => {
      for (const url of builds) await import(/* @vite-ignore */ url);
    });
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    const el = await fixture(html`<pull-quote><p>Twice loaded.</p></pull-quote>`);
    expect(el.shadowRoot!.querySelector('blockquote')).to.exist;
  });

  it('the npm module exports the version the registered elements carry', async () => {
    const npmEntry = '/dist/index.js';
    const module = await import(/* @vite-ignore */ npmEntry);
    const registered = customElements.get('pull-quote') as unknown as { version: string };
    expect(registered.version).to.equal(module.version);
  });
});
