// Named examples of <goal-card>: markup of the form the converter writes (plus what a site may set).
// The SSR matrix, the conformance suite and the stories render them.
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

export const examples = {
  /** A clickable card as the converter writes it: the title is the link, a link before JavaScript too. */
  linked: `<goal-card heading-level="4">
  <img slot="image" src="${PIXEL}" alt="People using digital services">
  <a slot="title" href="https://www.smartnation.gov.sg/trust/" id="trust-link" aria-labelledby="trust-link trust-line">Trust</a>
  <p>Singaporeans should be able to confidently use digital tools.</p>
  <span slot="link" id="trust-line">Read about the trust goal</span>
</goal-card>`,
  /** A clickable card that opens a new tab: one ↗, and "opens in a new tab" in the link's name. */
  newTab: `<goal-card heading-level="4">
  <a slot="title" href="mailto:info@tech.gov.sg" target="_blank" rel="noopener">Have questions? Email us</a>
  <p>We reply within three working days.</p>
</goal-card>`,
  /** A card linked by its `href` attribute: the element renders the link (there is none before JavaScript). */
  byAttribute: `<goal-card heading-level="4" href="https://www.smartnation.gov.sg/growth/">
  <span slot="title">Growth</span>
  <p>Businesses should be able to seize new opportunities.</p>
</goal-card>`,
  /** A card without image or link, as on the Singpass page. */
  plain: `<goal-card heading-level="3">
  <span slot="title">1. No more queueing</span>
  <p>Skip service lines and counters.</p>
</goal-card>`,
};
