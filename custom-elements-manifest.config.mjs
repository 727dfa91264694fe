// Reads the JSDoc of every element (src/*/<name>.ts) into custom-elements.json.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts', 'src/index.ts', 'src/script-tag*.ts', 'src/convert/**', 'src/upgrade/**', 'src/cli/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // IsomerElement.emit(type, …) dispatches events whose names the analyzer cannot read and lists
      // as "type"; every real event is documented with @fires and named `<tag>-<what>`.
      name: 'documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.events) continue;
            declaration.events = declaration.events.filter((event) => event.name?.includes('-'));
            if (declaration.events.length === 0) delete declaration.events;
          }
        }
      },
    },
  ],
};
