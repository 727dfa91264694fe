/** @jsxImportSource react */
// React 19 JSX for every element of custom-elements.json, through `isomer-blocks/jsx-react`.
import type { JSX } from 'react';
import type { IsomerTagMap } from '../../src/index.js';
import type {} from '../../src/types/jsx-react.js';
import type { AllTrue, Equal, Expect } from './support.js';

type Tag = keyof IsomerTagMap;
type Props<T extends Tag> = JSX.IntrinsicElements[T];

/** Each element's properties are props of the same type. */
export type PropertiesAreProps = Expect<
  AllTrue<{ [T in Tag]: AllTrue<{ [P in keyof IsomerTagMap[T]['properties']]-?: Equal<Props<T>[P & keyof Props<T>], IsomerTagMap[T]['properties'][P]> }> }>
>;

/** Each event has an `on<event-name>` prop whose handler gets the event's type. */
export type EventsAreOnProps = Expect<
  AllTrue<{
    [T in Tag]: AllTrue<{
      [E in keyof IsomerTagMap[T]['events'] & string]: Equal<Props<T>[`on${E}` & keyof Props<T>], ((event: IsomerTagMap[T]['events'][E]) => void) | undefined>;
    }>;
  }>
>;

export const quote = (
  <pull-quote cite="https://www.pmo.gov.sg/" onpull-quote-error={(event) => event.detail.code} className="quote">
    <p>Quoted.</p>
  </pull-quote>
);
// @ts-expect-error: cite is a string.
export const wrongCite = <pull-quote cite={42} />;
