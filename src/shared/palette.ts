/**
 * Isomer's colours, written once: each token's light and dark default and its system colour in
 * forced-colors mode. Token `name` is `--_ib-<name>`, and a site sets it with `--isomer-color-<name>`.
 * scripts/generate-from-registry.mjs writes them, with paletteCss(), into the elements' tokens
 * (host-palette.ts, which tokens.ts includes) and the light-DOM stylesheets (preflight.css and
 * prose.css): the shipped code holds the CSS, not this table.
 */
export const palette = {
  text: { light: '#2c2e34', dark: '#ececef', forced: 'CanvasText' },
  muted: { light: '#55575e', dark: '#b9bbc2', forced: 'CanvasText' },
  brand: { light: '#1361f0', dark: '#8fb4ff', forced: 'LinkText' },
  border: { light: '#d0d1d5', dark: '#55575e', forced: 'CanvasText' },
  surface: { light: '#ffffff', dark: '#1c1d21', forced: 'Canvas' },
  'surface-subtle': { light: '#f4f5f7', dark: '#26272c', forced: 'Canvas' },
  focus: { light: '#0b3d91', dark: '#ffd75e', forced: 'Highlight' },
} as const;

type Colours = (typeof palette)[keyof typeof palette];

/** A rule that sets every colour token on `selector` to `value(colours, name)`. */
function tokenRule(selector: string, value: (colours: Colours, name: string) => string, indent = ''): string {
  const declarations = Object.entries(palette).map(
    ([name, colours]) => `${indent}  --_ib-${name}: ${value(colours, name)};`,
  );
  return [`${indent}${selector} {`, ...declarations, `${indent}}`].join('\n');
}

/**
 * The CSS that gives `selector` the colour tokens. The light colours come first and light-dark()
 * only inside `@supports` for it: an engine without light-dark() (Safari ≤ 17.4, Chrome ≤ 122) then
 * keeps valid colours and visible focus rings, and so does CSS that a bundler with older targets
 * passes on, since Lightning CSS lowers light-dark() everywhere but there (into variables that are
 * never defined, which would leave every token invalid).
 */
export function paletteCss(selector: string): string {
  return [
    tokenRule(selector, ({ light }, name) => `var(--isomer-color-${name}, ${light})`),
    '',
    '@supports (color: light-dark(#000, #fff)) {',
    tokenRule(selector, ({ light, dark }, name) => `var(--isomer-color-${name}, light-dark(${light}, ${dark}))`, '  '),
    '}',
    '',
    '@media (forced-colors: active) {',
    tokenRule(selector, ({ forced }) => forced, '  '),
    '}',
    '',
  ].join('\n');
}
