// Named examples of <isomer-card-grid>: markup of the form the converter writes (plus what a site may set).
// The SSR matrix, the conformance suite and the stories render them.
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** The reference article's three goals; the last links to its page. */
export const goals = ['Trust', 'Growth', 'Community'];

// The last card is clickable, as the converter writes it: its title is the link.
const card = (title: string, i: number) => `<goal-card heading-level="4">
  <img slot="image" src="${PIXEL}" alt="Illustration of ${title}">
  ${i === 2 ? `<a slot="title" href="/smart-nation/community/">${title}</a>` : `<span slot="title">${title}</span>`}
  <p>Singaporeans should be able to confidently use digital tools (${title}).</p>
</goal-card>`;

export const examples = {
  /** The reference article's grid of three goals. */
  goals: `<isomer-card-grid label="Smart Nation 2.0 goals">${goals.map(card).join('')}</isomer-card-grid>`,
};
