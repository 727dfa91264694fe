/** @jsxImportSource solid-js */
// Solid JSX for every element of custom-elements.json, through `isomer-blocks/jsx-solid`.
import type { JSX } from 'solid-js';
import type {} from '../../src/types/jsx-solid.js';
import type { EventsAreProps, Expect, PropertiesAreProps } from './support.js';

export type Checks = [
  Expect<PropertiesAreProps<JSX.IntrinsicElements>>,
  Expect<EventsAreProps<JSX.IntrinsicElements, 'on:'>>,
];

export const quote = (
  <pull-quote cite="https://www.pmo.gov.sg/" on:pull-quote-error={(event) => event.detail.code} class="quote">
    <p>Quoted.</p>
  </pull-quote>
);
// @ts-expect-error: cite is a string.
export const wrongCite = <pull-quote cite={42} />;
