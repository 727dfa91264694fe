import { SocialEmbed } from './social-embed.js';

SocialEmbed.define('social-embed');

export { SocialEmbed };
