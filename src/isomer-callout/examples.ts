// Named examples of <isomer-callout>: markup of the form the converter writes (plus what a site may set).
// The SSR matrix, the conformance suite and the stories render them.
const FORM = 'https://form.gov.sg/635f32c5001b2d0011fff09b';

export const examples = {
  /** A corpus page's callout (TradeTrust trials): one paragraph with a link. */
  note: `<isomer-callout>
  <p><a href="${FORM}">Contact us</a> for more information and use cases.</p>
</isomer-callout>`,
  /** A titled note: a heading first names it. */
  titled: `<isomer-callout>
  <h3 slot="title">Applications close on 1 May</h3>
  <p>Submit the form with your company's registration number.</p>
  <ul><li>One form per company.</li><li>Late forms are not read.</li></ul>
</isomer-callout>`,
};
