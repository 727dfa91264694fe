import { VideoEmbed } from './video-embed.js';

VideoEmbed.define('video-embed');

export { VideoEmbed };
