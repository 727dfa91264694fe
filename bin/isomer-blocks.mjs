#!/usr/bin/env node
// The `isomer-blocks` command (see `isomer-blocks --help`); the code is in dist/cli/.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
