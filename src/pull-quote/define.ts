import { PullQuote } from './pull-quote.js';

PullQuote.define('pull-quote');

export { PullQuote };
