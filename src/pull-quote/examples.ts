// Named examples of <pull-quote>: markup of the form the converter writes (plus what a site may set).
// The SSR matrix, the conformance suite and the stories render them.
const PMO = 'https://www.pmo.gov.sg/Newsroom/PM-Lawrence-Wong-at-the-Launch-of-Smart-Nation';

export const examples = {
  /** The reference article's quote, with its linked attribution. */
  attributed: `<pull-quote cite="${PMO}">
  <p>“In Smart Nation 1.0, we focused on building up capabilities and encouraging the use of technology.”</p>
  <p slot="attribution">- PM Lawrence Wong at the <a href="${PMO}">launch of Smart Nation 2.0 in Oct 2024</a></p>
</pull-quote>`,
  /** A source the text does not link: the element adds a "Source" link. */
  sourceOnly: `<pull-quote cite="${PMO}"><p>“We focused on building up capabilities.”</p></pull-quote>`,
};
