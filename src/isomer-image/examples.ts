// Named examples of <isomer-image>: markup of the form the converter writes (plus what a site may set).
// The SSR matrix, the conformance suite and the stories render them.

/** The stand-in image (640 × 360) that the test server serves; the stories put Storybook's own address in its place. */
export const placeholder = '/stories/assets/image-placeholder.svg';

const img = (alt: string, more = 'loading="lazy" decoding="async"') =>
  `<img src="${placeholder}" alt="${alt}" width="640" height="360" ${more}>`;

export const examples = {
  /** An article image, as the converter writes `div.isomer-image-wrapper > img`. */
  image: `<isomer-image>${img('GovTech interns at their orientation day')}</isomer-image>`,
  /** The page's first image, at its top: loaded at once. */
  priority: `<isomer-image priority>${img('LaunchPad logo', 'fetchpriority="high"')}</isomer-image>`,
  /** Half the column's width. */
  smaller: `<isomer-image size="smaller">${img('FormSG logo')}</isomer-image>`,
  /** With a caption (Isomer Next's `caption`). */
  captioned: `<isomer-image>
  ${img('Participants presenting at the LAUNCH! Hackathon')}
  <p slot="caption">Teams presented their prototypes to agency sponsors.</p>
</isomer-image>`,
  /** A linked image (`a.isomer-image-wrapper`): the link is named by the image's alt. */
  linked: `<isomer-image><a href="https://www.tradetrust.io/files/TradeTrust_Model_Terms.pdf">${img('TradeTrust Model Terms (PDF)')}</a></isomer-image>`,
  /** A decorative image: `alt=""`, silent for screen readers. */
  decorative: `<isomer-image>${img('')}</isomer-image>`,
};
