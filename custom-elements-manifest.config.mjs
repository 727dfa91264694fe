// Reads the JSDoc of every element (src/<tag>/<tag>.ts) into custom-elements.json.
export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.stories.ts',
    'src/**/examples.ts',
    'src/**/convert.ts',
    'src/blocks.ts',
    'src/**/*.styles.ts',
    'src/**/define.ts',
    'src/index.ts',
    'src/script-tag*.ts',
    'src/convert/**',
    'src/upgrade/**',
    'src/cli/**',
    'src/react/**',
    'src/types/**',
  ],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // `@ssr` on an element class says what a server renders for it (it sees neither the light DOM
      // nor the page); the analyzer drops tags it does not know, so this keeps it as `ssr`.
      name: 'ssr-tag',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const tag = (node.jsDoc ?? []).flatMap((doc) => doc.tags ?? []).find((t) => t.tagName.text === 'ssr');
        const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.text);
        if (!tag || !declaration) return;
        declaration.ssr = (
          typeof tag.comment === 'string' ? tag.comment : (tag.comment ?? []).map((part) => part.text).join('')
        ).trim();
      },
    },
    {
      // Lit's `{ state: true }` properties are private reactive state, not attributes; the analyzer
      // lists them as attributes anyway.
      name: 'private-state-is-no-attribute',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const privateFields = new Set(
              (declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name),
            );
            if (declaration.attributes)
              declaration.attributes = declaration.attributes.filter((a) => !privateFields.has(a.fieldName ?? a.name));
          }
        }
      },
    },
    {
      // The manifest is the public API (editors, Storybook, the generated types): members that are
      // private or protected, the element's own or inherited from the base, are implementation.
      // Runs after the attribute plugin above, which needs the private fields.
      name: 'public-members-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.members)
              declaration.members = declaration.members.filter((m) => !m.privacy || m.privacy === 'public');
          }
        }
      },
    },
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
    {
      // The analyzer lists modules in the order the file system gives them, which differs between
      // machines: sorted, the committed manifest matches any fresh build.
      name: 'modules-in-path-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
