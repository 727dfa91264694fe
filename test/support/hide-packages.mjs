// `node --import ./test/support/hide-packages.mjs` with HIDE_PACKAGES="parse5,yaml": Node resolves
// those packages as if they were not installed (ERR_MODULE_NOT_FOUND, Node's own message), so a test
// can run the CLI without an optional peer dependency.
import { register } from 'node:module';

const hooks = `
const hidden = ${JSON.stringify((process.env.HIDE_PACKAGES ?? '').split(',').filter(Boolean))};
export async function resolve(specifier, context, next) {
  const name = /^(?:@[^/]+\\/)?[^/]+/.exec(specifier)?.[0];
  if (hidden.includes(name)) {
    const error = new Error(\`Cannot find package '\${name}' imported from \${context.parentURL}\`);
    error.code = 'ERR_MODULE_NOT_FOUND';
    throw error;
  }
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
