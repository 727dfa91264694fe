/**
 * What the Node side of the package (the CLI, `isomer-blocks/convert`, `isomer-blocks/ssr`) needs
 * beyond Lit. They are optional peer dependencies, so that installing the package for the browser
 * stays light; this module imports nothing, so it can report them missing.
 */
const needs: Record<string, { who: string; install: string[] }> = {
  '@lit-labs/ssr': { who: 'Server rendering (convert --ssr, isomer-blocks/ssr)', install: ['@lit-labs/ssr', 'parse5'] },
  parse5: { who: 'isomer-blocks convert', install: ['parse5', 'yaml', 'markdown-it'] },
  yaml: { who: 'isomer-blocks convert', install: ['parse5', 'yaml', 'markdown-it'] },
  'markdown-it': { who: 'isomer-blocks convert', install: ['parse5', 'yaml', 'markdown-it'] },
};

/** The line that says what to install for `name`, e.g. "isomer-blocks convert needs parse5, yaml, and markdown-it: npm install …". */
export function missingPeerMessage(name: string): string {
  const { who, install } = needs[name] ?? { who: 'isomer-blocks', install: [name] };
  return `${who} needs ${new Intl.ListFormat('en').format(install)}: npm install ${install.join(' ')}`;
}

/** The optional peer dependency that a failed import is missing, or undefined when it is another error. */
export function missingPeer(error: unknown): string | undefined {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return undefined;
  const specifier = /Cannot find (?:package|module) '([^']+)'/.exec(String(message))?.[1];
  if (specifier === undefined) return undefined;
  // A path inside node_modules (Node names the package's folder), or a bare specifier.
  const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(specifier)?.[1] ?? /^(?:@[^/]+\/)?[^/]+/.exec(specifier)?.[0];
  return name !== undefined && name in needs ? name : undefined;
}

/** Thrown when an optional peer dependency that a feature needs is not installed. */
export class MissingPeerError extends Error {
  constructor(readonly peer: string) {
    super(missingPeerMessage(peer));
    this.name = 'MissingPeerError';
  }
}
