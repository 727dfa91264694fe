// Whether a module is the script Node was started with (`node scripts/x.mjs`), in any path: with
// spaces or `%`, or reached through a symlink.
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** True when `moduleUrl` (a module's `import.meta.url`) is the process's main script. */
export const isMain = (moduleUrl) =>
  process.argv[1] !== undefined && moduleUrl === pathToFileURL(realpathSync(process.argv[1])).href;
