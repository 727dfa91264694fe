// `npm run new-block <tag>`: writes a complete, passing folder src/<tag>/ (element, styles, preflight
// box, define module, examples, stories, tests) and adds the block's line to src/blocks.ts. Fill in
// the folder, then `npm run build` regenerates everything derived from the registry and the JSDoc.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { pascalCase } from './manifest.mjs';

const tag = process.argv[2] ?? '';
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(tag)) {
  console.error('Usage: npm run new-block <tag>   (a custom element name: lower case, with a hyphen, e.g. info-box)');
  process.exit(2);
}
const folder = `src/${tag}`;
if (existsSync(folder)) {
  console.error(`${folder} exists already.`);
  process.exit(1);
}

const name = pascalCase(tag);
const words = tag.replace(/-/g, ' ');
const label = /(s|x|ch|sh)$/.test(words) ? `${words}es` : `${words}s`;

const files = {
  [`${tag}.ts`]: `import { html } from 'lit';
import { IsomerElement } from '../shared/isomer-element.js';
import { ${camel(name)}Styles } from './${tag}.styles.js';

/**
 * TODO: what the block is and does for a reader, before and after upgrade.
 *
 * @tagname ${tag}
 * @summary TODO: one line.
 *
 * @slot - The block's content, in light DOM so that it reads without JavaScript.
 * @ssr A server renders its light DOM (the base's renderServer).
 */
export class ${name} extends IsomerElement {
  static override styles = ${camel(name)}Styles;

  protected override renderLive() {
    return html\`<slot></slot>\`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${name};
  }
}
`,
  [`${tag}.styles.ts`]: `import { css } from 'lit';

// The host box is mirrored for \`:not(:defined)\` in ${tag}.preflight.css, so that nothing moves on
// upgrade. The base prepends the tokens (--_ib-*), the font and \`hidden\`.
export const ${camel(name)}Styles = css\`
  :host {
    display: block;
    margin-block: 1.5em;
    color: var(--_ib-text);
  }
\`;
`,
  [`${tag}.preflight.css`]: `/* <${tag}>: its box before upgrade, as ${tag}.styles.ts gives it. */
${tag}:not(:defined) {
  display: block;
  margin-block: 1.5em;
  color: var(--isomer-color-text, light-dark(#2c2e34, #ececef));
}
`,
  'define.ts': `import { ${name} } from './${tag}.js';

${name}.define('${tag}');

export { ${name} };
`,
  'examples.ts': `// Named examples of <${tag}>: markup of the form the converter writes (plus what a site may set).
// The SSR matrix, the conformance suite and the stories render them.
export const examples = {
  /** TODO: the block as a real article holds it. */
  basic: \`<${tag}><p>TODO: real content.</p></${tag}>\`,
};
`,
  [`${tag}.stories.ts`]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import './define.js';
import type { ${name} } from './${tag}.js';

const { args, argTypes, template } = getStorybookHelpers<${name}>('${tag}');

const meta: Meta<${name} & Record<string, unknown>> = {
  title: 'Components/${words[0].toUpperCase()}${words.slice(1)}',
  component: '${tag}',
  args,
  argTypes,
  render: (storyArgs) => template(storyArgs, html\`<p>TODO: real content.</p>\`),
};
export default meta;

type Story = StoryObj<${name} & Record<string, unknown>>;

/** Try every control here. */
export const Playground: Story = {};
`,
  [`${tag}.test.ts`]: `import { expect, html } from '@open-wc/testing';
import { fixture } from '../../test/support/fixture.js';
import './define.js';
import type { ${name} } from './${tag}.js';

describe('<${tag}>', () => {
  it('shows its light-DOM content', async () => {
    const el = await fixture<${name}>(html\`<${tag}><p>Content</p></${tag}>\`);
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    expect(el.querySelector('p')!.getClientRects().length).to.be.above(0);
  });
});
`,
};

mkdirSync(folder);
// Written as the formatter writes them, so that the new folder passes `npm run lint` as it is.
for (const [file, text] of Object.entries(files)) {
  const path = `${folder}/${file}`;
  writeFileSync(path, await prettier.format(text, { ...(await prettier.resolveConfig(path)), filepath: path }));
}

const registry = 'src/blocks.ts';
const end = '\n} as const satisfies Record<string, Block>;';
const source = readFileSync(registry, 'utf8');
if (!source.includes(end)) throw new Error(`${registry}: the end of the blocks record was not found`);
writeFileSync(
  registry,
  source.replace(end, `\n  '${tag}': { converts: false, label: '${label}', budget: 1024 },${end}`),
);

console.log(`Wrote ${folder}/ (${Object.keys(files).join(', ')}) and its line in ${registry}.
Next: fill in the TODOs, add convert.ts (and set converts: true) if it replaces legacy markup, then npm run build.`);

function camel(pascal) {
  return pascal[0].toLowerCase() + pascal.slice(1);
}
