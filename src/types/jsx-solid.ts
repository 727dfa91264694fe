// JSX types for Solid, which sets the props of custom elements as properties and listens with
// `on:<event-name>`: `<pull-quote cite="…" on:pull-quote-error={(event) => event.detail.code}>`.
// Use: `import type {} from 'isomer-blocks/jsx-solid';` once, or list it in tsconfig `types`.
import type { JSX } from 'solid-js';
import type { IsomerTagMap } from './elements.js';
import type { IsomerJsxProps } from './jsx.js';

/** The Solid props of each element: its properties and one `on:<event-name>` handler per event. */
export type IsomerSolidElements = {
  [Tag in keyof IsomerTagMap]: Omit<
    JSX.HTMLAttributes<IsomerTagMap[Tag]['element']>,
    keyof IsomerTagMap[Tag]['properties']
  > &
    IsomerJsxProps<Tag, 'on:'>;
};

declare module 'solid-js' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends IsomerSolidElements {}
  }
}
