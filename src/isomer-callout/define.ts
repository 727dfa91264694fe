import { IsomerCallout } from './isomer-callout.js';

IsomerCallout.define('isomer-callout');

export { IsomerCallout };
