// `npm run demo`: converts the reference article into a standalone, server-rendered page
// (`isomer-blocks convert --page --ssr`) and serves it, with the built script and stylesheets, on
// localhost. Run `npm run build` first (the npm script does).
import { main } from '../dist/cli/main.js';
import { startServer } from '../test/e2e/browser.mjs';
import { seedPath as seed } from '../test/support/corpus.mjs';

const out = '.tmp/demo';
const status = await main(['convert', seed, '--page', '--ssr', '--assets', '/dist/cdn/', '--out', out]);
if (status !== 0) process.exit(status);

const port = Number(process.env.PORT ?? 0);
const server = await startServer({}, { port });
console.log(`\nThe reference article: ${server.origin}/${out}/seed-smart-nation-2.html  (Ctrl-C to stop)`);
