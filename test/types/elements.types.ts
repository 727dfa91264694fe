// The types a consumer gets for every element of custom-elements.json (src/types/elements.ts is
// generated from it, so new elements are checked the moment they land).
import type { IsomerTagMap, IsomerEventMap } from '../../src/index.js';
import type { AllTrue, Equal, Expect } from './support.js';

type Tag = keyof IsomerTagMap;

/** document.createElement('<tag>') and querySelector('<tag>') give the element's class. */
export type EveryTagIsInHTMLElementTagNameMap = Expect<
  AllTrue<{ [T in Tag]: Equal<HTMLElementTagNameMap[T], IsomerTagMap[T]['element']> }>
>;

/** The type of event `E` in an event map, if the map has it. */
type In<Map, E> = E extends keyof Map ? Map[E] : 'missing';

/** addEventListener('<tag>-<event>', …) on an element, the document or the window gets the documented event type. */
export type EveryEventIsTyped = Expect<
  AllTrue<{
    [T in Tag]: AllTrue<{
      [E in keyof IsomerTagMap[T]['events']]: Equal<
        [In<HTMLElementEventMap, E>, In<DocumentEventMap, E>, In<WindowEventMap, E>],
        [IsomerTagMap[T]['events'][E], IsomerTagMap[T]['events'][E], IsomerTagMap[T]['events'][E]]
      >;
    }>;
  }>
>;

/** Every event is a CustomEvent whose detail is typed (not any). */
export type EveryEventHasATypedDetail = Expect<
  AllTrue<{
    [E in keyof IsomerEventMap]: IsomerEventMap[E] extends CustomEvent<infer D>
      ? 0 extends 1 & D
        ? false
        : true
      : false;
  }>
>;

// What a consumer writes, for the element every build has.
const quote = document.createElement('pull-quote');
quote.cite = 'https://www.pmo.gov.sg/';
quote.addEventListener('pull-quote-error', (event) => {
  const code: string = event.detail.code;
  // @ts-expect-error: the detail has no such field.
  void event.detail.reason;
  void code;
});
