import { IsomerAccordion } from './accordion.js';

IsomerAccordion.define('isomer-accordion');

export { IsomerAccordion };
