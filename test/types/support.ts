// Compile-time assertions: `npm run typecheck` fails when an `Expect<…>` does not hold.
import type { IsomerTagMap } from '../../src/index.js';

export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export type Expect<T extends true> = T;

/** True when every value of an object type is exactly `true`: one assertion per element or event. */
export type AllTrue<T> = [T[keyof T]] extends [true] ? true : false;

type Tag = keyof IsomerTagMap;
type Intrinsic = Record<Tag, object>;
type Prop<Props, Name> = Props[Name & keyof Props];

/** In a framework's JSX.IntrinsicElements, each element's properties are props of the same type. */
export type PropertiesAreProps<JsxElements extends Intrinsic> = AllTrue<{
  [T in Tag]: AllTrue<{
    [P in keyof IsomerTagMap[T]['properties']]-?: Equal<Prop<JsxElements[T], P>, IsomerTagMap[T]['properties'][P]>;
  }>;
}>;

/** …and each event has a `<Prefix><event-name>` prop whose handler gets the event's type. */
export type EventsAreProps<JsxElements extends Intrinsic, Prefix extends string> = AllTrue<{
  [T in Tag]: AllTrue<{
    [E in keyof IsomerTagMap[T]['events'] & string]: Equal<
      Prop<JsxElements[T], `${Prefix}${E}`>,
      ((event: IsomerTagMap[T]['events'][E]) => void) | undefined
    >;
  }>;
}>;
