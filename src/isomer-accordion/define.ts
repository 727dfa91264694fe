import { IsomerAccordion } from './isomer-accordion.js';

IsomerAccordion.define('isomer-accordion');

export { IsomerAccordion };
