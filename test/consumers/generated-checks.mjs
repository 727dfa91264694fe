// TypeScript the consumer test writes into the apps from the tarball's custom-elements.json, so the
// published types are checked for every element: tag map, events, JSX props and React wrappers.
import { eventsOf, pascalCase } from '../../scripts/manifest.mjs';

const header = "// Written by test/consumers from the tarball's custom-elements.json.\n";
const isAny = 'type IsAny<T> = 0 extends 1 & T ? true : false;\n';
/** A handler body that compiles only when the event's detail is typed (not `any`). */
const typedDetail = '(event) => { const detailIsAny: IsAny<typeof event.detail> = false; void detailIsAny; }';

/** Plain TypeScript: createElement gives each class, addEventListener each event's type. */
export const typeChecks = (elements) =>
  header +
  isAny +
  elements
    .map((element) =>
      [
        `import type { ${element.name} } from 'isomer-blocks/${element.tagName}/class';`,
        `export const ${element.name.charAt(0).toLowerCase()}${element.name.slice(1)}: ${element.name} = document.createElement('${element.tagName}');`,
        ...eventsOf(element).map((event) => `document.addEventListener('${event.name}', ${typedDetail});`),
      ].join('\n'),
    )
    .join('\n') +
  '\n';

/** React 19 JSX: every tag, with an `on<event-name>` handler per event. */
export const jsxChecks = (elements) =>
  header +
  isAny +
  'export const everyElement = (\n  <>\n' +
  elements
    .map(
      (element) =>
        `    <${element.tagName} ${eventsOf(element)
          .map((event) => `on${event.name}={${typedDetail}}`)
          .join(' ')} />`,
    )
    .join('\n') +
  '\n  </>\n);\n';

/** React 18: every wrapper from its own module, with an `onX` handler per event. */
export const wrapperChecks = (elements) =>
  header +
  isAny +
  elements.map((element) => `import { ${element.name} } from 'isomer-blocks/react/${element.tagName}';`).join('\n') +
  '\n\nexport const everyWrapper = (\n  <>\n' +
  elements
    .map(
      (element) =>
        `    <${element.name} ${eventsOf(element)
          .map((event) => `on${pascalCase(event.name)}={${typedDetail}}`)
          .join(' ')} />`,
    )
    .join('\n') +
  '\n  </>\n);\n';
