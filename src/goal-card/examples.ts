// Named examples of <goal-card>: markup of the form the converter writes (plus what a site may set).
// The SSR matrix, the conformance suite and the stories render them.
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

export const examples = {
  /** A clickable card: image, title, description. */
  linked: `<goal-card heading-level="4" href="https://www.smartnation.gov.sg/trust/">
  <img slot="image" src="${PIXEL}" alt="People using digital services">
  <span slot="title">Trust</span>
  <p>Singaporeans should be able to confidently use digital tools.</p>
</goal-card>`,
  /** A card without image or link, as on the Singpass page. */
  plain: `<goal-card heading-level="3">
  <span slot="title">1. No more queueing</span>
  <p>Skip service lines and counters.</p>
</goal-card>`,
};
