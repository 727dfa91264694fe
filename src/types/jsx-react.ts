// JSX types for React 19, which sets props that are element properties as properties and listens to
// `on<event-name>` props: `<pull-quote cite="…" onpull-quote-error={(event) => event.detail.code}>`.
// Use: `import type {} from 'isomer-blocks/jsx-react';` once, or list it in tsconfig `types`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { IsomerTagMap } from './elements.js';
import type { IsomerJsxProps } from './jsx.js';

/** The React props of each element: its properties and one `on<event-name>` handler per event. */
export type IsomerReactElements = {
  [Tag in keyof IsomerTagMap]: Omit<
    DetailedHTMLProps<HTMLAttributes<IsomerTagMap[Tag]['element']>, IsomerTagMap[Tag]['element']>,
    keyof IsomerTagMap[Tag]['properties']
  > &
    IsomerJsxProps<Tag, 'on'>;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends IsomerReactElements {}
  }
}
