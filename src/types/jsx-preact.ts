// JSX types for Preact, which sets props that are element properties as properties and listens to
// `on<event-name>` props: `<pull-quote cite="…" onpull-quote-error={(event) => event.detail.code}>`.
// Use: `import type {} from 'isomer-blocks/jsx-preact';` once, or list it in tsconfig `types`.
import type { JSX } from 'preact';
import type { IsomerTagMap } from './elements.js';
import type { IsomerJsxProps } from './jsx.js';

/** The Preact props of each element: its properties and one `on<event-name>` handler per event. */
export type IsomerPreactElements = {
  [Tag in keyof IsomerTagMap]: Omit<
    JSX.HTMLAttributes<IsomerTagMap[Tag]['element']>,
    keyof IsomerTagMap[Tag]['properties']
  > &
    IsomerJsxProps<Tag, 'on'>;
};

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends IsomerPreactElements {}
  }
}
