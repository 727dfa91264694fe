
/**
 * Registers `elementClass` as `tag` and returns it. The wrappers call it inside a pure-annotated
 * expression, so a bundler that drops an unused wrapper drops its registration and class too: an app
 * that imports one wrapper from `isomer-blocks/react` ships one element.
 */
export function registered<T extends CustomElementConstructor & { define(tag: string): void }>(elementClass: T, tag: string): T {
  elementClass.define(tag);
  return elementClass;
}
