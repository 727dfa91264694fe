// Named examples of <iframe-embed> in the converter's output form: the SSR matrix, the conformance
// suite and the stories render them.
const FORM = 'https://form.gov.sg/66a1b2c3d4e5f60718293a4b';

export const examples = {
  /** A FormSG form: a tall frame. */
  form: `<iframe-embed src="${FORM}" title="Feedback on Smart Nation 2.0"><a href="${FORM}">Feedback on Smart Nation 2.0</a></iframe-embed>`,
};
