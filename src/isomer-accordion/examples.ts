// Named examples of <isomer-accordion>: markup of the form the converter writes (plus what a site may set).
// The SSR matrix, the conformance suite and the stories render them.
const item = (summary: string, content: string) =>
  `<details class="isomer-details"><summary>${summary}</summary><div class="isomer-details-content"><p>${content}</p></div></details>`;

export const examples = {
  /** Two questions with "Expand all". */
  faq: `<isomer-accordion controls>
  ${item('Why is Smart Nation 2.0 necessary?', 'Technology has changed.')}
  ${item('How can I take part?', 'Join a workshop.')}
</isomer-accordion>`,
  /** One item open at a time. */
  single: `<isomer-accordion single controls>
  ${item('How can I subscribe?', 'Complete the form.')}
  ${item('Which satellites?', 'SUOMI NPP.')}
</isomer-accordion>`,
  /** Isomer's gray variant. */
  gray: `<isomer-accordion variant="gray" controls>
  ${item('Which satellites?', 'SUOMI NPP.')}
  ${item('How can I subscribe?', 'Complete the form.')}
</isomer-accordion>`,
};
