// What a block is made of, for the completeness test (test/node/blocks.test.mjs) and the scaffold
// (scripts/new-block.mjs): the files of its folder src/<tag>/ and its line in the registry.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The files every block's folder holds; `convert.ts` too when the registry says it converts. */
export const blockFiles = (tag, { converts = false } = {}) => [
  `${tag}.ts`,
  `${tag}.styles.ts`,
  `${tag}.preflight.css`,
  'define.ts',
  'examples.ts',
  `${tag}.stories.ts`,
  `${tag}.test.ts`,
  ...(converts ? ['convert.ts'] : []),
];

/**
 * Every piece missing for the blocks of `registry` (src/blocks.ts's `blocks`) and the elements of the
 * manifest, under the repository `root`: as sentences, empty when every block is complete.
 */
export function missingPieces(root, registry, manifestTags) {
  const missing = [];
  for (const tag of manifestTags) if (!(tag in registry)) missing.push(`<${tag}> has no line in src/blocks.ts`);
  for (const [tag, block] of Object.entries(registry)) {
    if (!manifestTags.includes(tag))
      missing.push(`<${tag}> is in src/blocks.ts but custom-elements.json has no such element`);
    if (!(block.budget > 0)) missing.push(`<${tag}> has no size budget`);
    if (!block.label) missing.push(`<${tag}> has no summary label`);
    for (const file of blockFiles(tag, block)) {
      if (!existsSync(join(root, 'src', tag, file))) missing.push(`<${tag}> lacks src/${tag}/${file}`);
    }
  }
  return missing;
}
