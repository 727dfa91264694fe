// JSX types for React 19, which sets props that are element properties as properties and listens to
// `on<event-name>` props: `<pull-quote cite="…" onpull-quote-error={(event) => event.detail.code}>`.
// Use: `import type {} from 'isomer-blocks/jsx-react';` once, or list it in tsconfig `types`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { IsomerElements } from './elements.js';

/** The React props of each element: its properties and one `on<event-name>` handler per event. */
export type IsomerReactElements = {
  [Tag in keyof IsomerElements]: Omit<
    DetailedHTMLProps<HTMLAttributes<IsomerElements[Tag]['element']>, IsomerElements[Tag]['element']>,
    keyof IsomerElements[Tag]['properties']
  > &
    IsomerElements[Tag]['properties'] & {
      [Event in keyof IsomerElements[Tag]['events'] as `on${Event & string}`]?: (
        event: IsomerElements[Tag]['events'][Event],
      ) => void;
    };
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends IsomerReactElements {}
  }
}
