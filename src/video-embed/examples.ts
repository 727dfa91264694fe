// Named examples of <video-embed>: markup of the form the converter writes (plus what a site may set).
// The SSR matrix, the conformance suite and the stories render them.
const VIDEO = 'https://www.youtube.com/embed/3KVb3pRy_3E?si=-PF6_4dk0Ph9G4Jj';
const SHORT = 'https://www.youtube.com/shorts/3KVb3pRy_3E';
const TITLE = 'What does being a Smart Nation mean?';

export const examples = {
  /** The reference article's video, strictly private (no thumbnail before play). */
  youtube: `<video-embed src="${VIDEO}" label="${TITLE}" privacy="strict"><a href="${VIDEO}">Watch “${TITLE}” on YouTube</a></video-embed>`,
  /** A YouTube Short: 9:16. */
  short: `<video-embed src="${SHORT}" label="Smart Nation in a minute" privacy="strict"><a href="${SHORT}">Watch “Smart Nation in a minute” on YouTube</a></video-embed>`,
};
