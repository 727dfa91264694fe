import { IframeEmbed } from './iframe-embed.js';

IframeEmbed.define('iframe-embed');

export { IframeEmbed };
