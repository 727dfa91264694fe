import { readFile } from 'node:fs/promises';
import { loadSource } from '../../scripts/load-source.mjs';
import { corpusPages as corpusFiles, corpusPath } from './corpus.mjs';

/**
 * Web Test Runner commands for Chromium (puppeteer) that the stock commands lack:
 * - `emulate-media-features` `{ media?, features }`: CSS media features (forced-colors,
 *   prefers-color-scheme, prefers-reduced-motion) and print media over the DevTools protocol;
 *   `{ features: [] }` resets.
 * - `accessibility-tree` `{ selector }`: the full accessibility tree under the first element that
 *   matches, as indented text (`role "name"`), with generic containers and empty text folded away;
 *   what a screen reader is given.
 * - `start-request-log` `{ fulfill? }`: from now on, every request the page makes to a host other
 *   than the test server is recorded and aborted, or answered with `fulfill` (`{ contentType,
 *   base64 }`, e.g. an image). `stop-request-log` ends that and returns the recorded URLs.
 * - `corpus-pages`: the body (frontmatter stripped) of every real Isomer page in
 *   the corpus's isomer/ folder (test/support/corpus.mjs), as `[{ page, body }]`.
 */
export function commandsPlugin() {
  const sessions = new WeakMap();
  const requestLogs = new WeakMap();
  const cdp = async (page) => {
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    return sessions.get(page);
  };
  return {
    name: 'isomer-blocks-commands',
    async executeCommand({ command, payload, session }) {
      const page = session.browser.getPage?.(session.id);
      if (command === 'emulate-media-features') {
        await (await cdp(page)).send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features });
        return true;
      }
      if (command === 'start-request-log') {
        const log = { urls: [], fulfill: payload?.fulfill };
        log.handler = (request) => {
          if (request.isInterceptResolutionHandled()) return;
          const { hostname, protocol } = new URL(request.url());
          if (protocol === 'data:' || hostname === 'localhost' || hostname === '127.0.0.1') return request.continue();
          log.urls.push(request.url());
          return log.fulfill
            ? request.respond({ status: 200, contentType: log.fulfill.contentType, body: Buffer.from(log.fulfill.base64, 'base64') })
            : request.abort('blockedbyclient');
        };
        requestLogs.set(page, log);
        page.on('request', log.handler);
        await page.setRequestInterception(true);
        return true;
      }
      if (command === 'stop-request-log') {
        const log = requestLogs.get(page);
        requestLogs.delete(page);
        page.off('request', log.handler);
        await page.setRequestInterception(false);
        return log.urls;
      }
      if (command === 'accessibility-tree') {
        const root = await page.$(payload.selector);
        const tree = await page.accessibility.snapshot({ root, interestingOnly: false });
        return tree ? formatTree(tree).join('\n') : '';
      }
      if (command === 'corpus-pages') return corpusPages();
      return undefined;
    },
  };
}

/** The agencies' pages (the corpus's isomer/ folder), frontmatter stripped as the CLI strips it. */
async function corpusPages() {
  const { splitFrontmatter } = await loadSource('convert/index.ts');
  const pages = corpusFiles().filter((file) => file.startsWith('isomer/'));
  return Promise.all(
    pages.map(async (file) => ({
      page: file.slice('isomer/'.length),
      body: splitFrontmatter(await readFile(corpusPath(file), 'utf8')).body,
    })),
  );
}

const folded = new Set(['generic', 'none', 'LineBreak', 'InlineTextBox']);

function formatTree(node, depth = 0) {
  const children = (node.children ?? []).flatMap((child) => formatTree(child, depth + (folded.has(node.role) ? 0 : 1)));
  if (folded.has(node.role) || (node.role === 'StaticText' && !node.name?.trim())) return children;
  const states = ['level', 'expanded', 'checked', 'pressed', 'disabled', 'current']
    .filter((key) => node[key] !== undefined && node[key] !== false)
    .map((key) => (node[key] === true ? key : `${key}=${node[key]}`));
  const line = `${'  '.repeat(depth)}${node.role}${node.name ? ` ${JSON.stringify(node.name)}` : ''}${states.length ? ` [${states.join(', ')}]` : ''}`;
  return [line, ...children];
}
