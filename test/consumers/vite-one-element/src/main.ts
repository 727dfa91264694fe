// Imports ONE element: the production bundle must hold it, one copy of Lit and no other element.
import 'isomer-blocks/pull-quote';
import type { PullQuote } from 'isomer-blocks/pull-quote/class';

const status = document.querySelector('#status')!;
const first: PullQuote | null = document.querySelector('pull-quote');
first?.setAttribute('data-upgraded', String(first.cite !== undefined));

// Typed by GlobalEventHandlersEventMap: `event.detail` is an IsomerErrorDetail.
document.addEventListener('pull-quote-error', (event) => {
  status.textContent = `Error: ${event.detail.code}`;
});
