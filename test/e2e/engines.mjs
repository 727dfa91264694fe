// How each engine's harness makes the end-to-end checks, in one place (the e2e counterpart of
// test/support/engines.ts). Every e2e check runs in every engine; where an engine's driver has no
// direct way to answer, this says what stands in, and the runner prints it with the engine's results.
// A check that an engine could not answer at all would be listed here with its reason and skipped
// by name, never silently.

const chromium = 'Chromium over CDP (puppeteer)';
const firefox = 'Firefox ESR over WebDriver BiDi (puppeteer)';
const webkit = 'WebKitGTK MiniBrowser under Xvfb, over WebDriver classic (webdriverio; test/e2e/webkit.mjs)';

/** Per engine: its driver, and how each capability the tests rely on is provided. */
export const harness = {
  chromium: {
    driver: chromium,
    'request log': 'network events: every request, with its full URL',
    console: 'console and page-error events, the engine’s own messages included',
    'CSP refusals': 'the engine’s console messages and the page’s securitypolicyviolation events',
    'JavaScript off': 'scripting disabled for the page (setJavaScriptEnabled)',
    viewport: 'emulated viewport of any size',
  },
  firefox: {
    driver: firefox,
    'request log': 'network events: every request, with its full URL (data: URLs too, which tests ignore)',
    console: 'console and page-error events',
    'CSP refusals':
      'the page’s securitypolicyviolation events, reported as console errors by a preload script (BiDi does not pass the engine’s CSP messages on)',
    'JavaScript off':
      'a second Firefox with javascript.enabled off; the harness’s scripts there cannot await, so layouts are read synchronously and clicks are mouse clicks',
    viewport: 'emulated viewport of any size',
  },
  webkit: {
    driver: webkit,
    'request log':
      'a logging proxy per MiniBrowser: every request; one to another host over https shows as its origin only (a CONNECT)',
    console:
      'a capture script the test server puts first in every page: console errors and warnings, uncaught errors, unhandled rejections (not the engine’s own messages, e.g. failed loads)',
    'CSP refusals': 'the page’s securitypolicyviolation events, recorded by the capture script',
    'JavaScript off': 'a second MiniBrowser with --enable-javascript-markup=false: the page runs none of its scripts',
    viewport:
      'the window, sized to the viewport; narrower than MiniBrowser’s 447 px window, the page is loaded and read in an iframe of that width',
  },
};

/** The harness notes for `engine`, one line each. */
export const harnessNotes = (engine) =>
  Object.entries(harness[engine]).map(([capability, how]) => `${capability}: ${how}`);
