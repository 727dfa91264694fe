// Named examples of <social-embed>: markup of the form the converter writes (plus what a site may set).
// The SSR matrix, the conformance suite and the stories render them.
const REEL = 'https://www.instagram.com/reel/C_PViHoMNGo/?utm_source=ig_embed&amp;utm_campaign=loading';
const BY = 'A post shared by GovTech (Singapore) (@govtechsg)';
const VIDEO = 'https://www.facebook.com/GovTechSG/videos/1234567890123456/';
const POST = 'https://www.facebook.com/GovTechSG/posts/pfbid02Xyz';
const plugin = (kind: string, href: string) =>
  `https://www.facebook.com/plugins/${kind}.php?href=${encodeURIComponent(href)}&amp;show_text=true&amp;width=500`;

export const examples = {
  /** A corpus page's Instagram reel (GovTech internships), its caption kept. */
  instagram: `<social-embed src="${REEL}" label="${BY}"><p><a href="${REEL}">View this post on Instagram</a></p><p><a href="${REEL}" target="_blank" rel="noopener">${BY}</a></p></social-embed>`,
  /** A Facebook video plugin: 16:9 once shown. */
  facebookVideo: `<social-embed src="${plugin('video', VIDEO)}" label="Smart Nation Week highlights"><p><a href="${VIDEO}">Smart Nation Week highlights on Facebook</a></p></social-embed>`,
  /** A Facebook post plugin. */
  facebookPost: `<social-embed src="${plugin('post', POST)}" label="GovTech on Facebook: internships open"><p><a href="${POST}">GovTech on Facebook: internships open</a></p></social-embed>`,
};
