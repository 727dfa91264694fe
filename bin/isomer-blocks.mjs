#!/usr/bin/env node
// The `isomer-blocks` command (see `isomer-blocks --help`); the code is in dist/cli/. Its Node-only
// needs (parse5, yaml, and @lit-labs/ssr for --ssr) are optional peer dependencies: when one is not
// installed, the command says what to install instead of printing a stack trace.
import { missingPeer, missingPeerMessage } from '../dist/cli/missing.js';

let main;
try {
  ({ main } = await import('../dist/cli/main.js'));
} catch (error) {
  const peer = missingPeer(error);
  if (peer === undefined) throw error;
  process.stderr.write(`isomer-blocks: ${missingPeerMessage(peer)}\n`);
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2));
