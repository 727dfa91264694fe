import { readdirSync } from 'node:fs';
import { litSsrPlugin } from '@lit-labs/testing/web-test-runner-ssr-plugin.js';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { launchers, selectedEngines } from './test/support/browsers.mjs';
import { commandsPlugin } from './test/support/commands-plugin.mjs';
import { convertPlugin } from './test/support/convert-plugin.mjs';
import { ssrPlugin } from './test/support/ssr-plugin.mjs';

/**
 * Each block's element tests, `src/<tag>/<tag>*.test.ts`: they take their fixtures from
 * test/support/fixture.ts, so they run twice, client-rendered and server-rendered then hydrated.
 * (A block's pure tests, such as video-embed/video-url.test.ts, run once.)
 */
const elementTests = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap(({ name }) =>
    readdirSync(`src/${name}`)
      .filter((file) => file.startsWith(`${name}.`) && file.endsWith('.test.ts'))
      .map((file) => `src/${name}/${file}`),
  );

// Every test file runs in Chromium, Firefox and WebKit (test/support/browsers.mjs); ENGINES selects
// some, e.g. `ENGINES=firefox npm run test:unit`. What an engine cannot do, and why, is listed in
// test/support/engines.ts. V8 coverage is Chromium's alone: it is collected when Chromium runs.
const engines = selectedEngines();

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // `lit-ssr-render` for @lit-labs/testing's SSR fixtures (test/ssr-hydration.test.ts): renders in a
  // Node worker, loading the built element modules (dist/). `ssr-render` for the hydrated group.
  plugins: [
    commandsPlugin(),
    convertPlugin(),
    litSsrPlugin(),
    ssrPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  // The component tests run twice: client-rendered (above), and with every fixture server-rendered
  // as `isomer-blocks convert --ssr` renders it, then hydrated (test/support/fixture.ts).
  groups: [
    {
      name: 'hydrated',
      files: [...elementTests, 'test/conformance.test.ts'],
      testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <body>
    <script>
      globalThis.isomerBlocksFixtures = 'hydrated';
    </script>
    <script type="module">
      import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
    </script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
    },
  ],
  browsers: await launchers(engines),
  // One engine at a time: the machine is small and shared.
  concurrentBrowsers: 1,
  coverage: engines.includes('chromium') && process.env.COVERAGE !== '0',
  coverageConfig: {
    include: ['src/**/*.ts'],
    // The CLI runs only in Node; test/node/ covers it.
    exclude: ['src/cli/**', 'src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/examples.ts'],
    threshold: { statements: 95, lines: 95, branches: 90, functions: 95 },
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
  testFramework: { config: { timeout: 10000 } },
  // The converter's corpus-wide tests run thousands of conversions; a busy 2-core machine needs time.
  testsFinishTimeout: 600000,
};
