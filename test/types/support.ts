// Compile-time assertions: `npm run typecheck` fails when an `Expect<…>` does not hold.
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export type Expect<T extends true> = T;

/** True when every value of an object type is exactly `true`: one assertion per element or event. */
export type AllTrue<T> = [T[keyof T]] extends [true] ? true : false;
