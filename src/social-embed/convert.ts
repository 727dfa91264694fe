import type { Context } from '../convert/context.js';

/** TODO */
export function convertSocialEmbed<N>(_node: N, _context: Context<N>): N | null | undefined {
  return undefined;
}
