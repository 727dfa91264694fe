// Named examples of <article-toc>: markup of the form the converter writes (plus what a site may set).
// The SSR matrix, the conformance suite and the stories render them. A contents list needs its
// page: each example is one.
export const examples = {
  /**
   * The converted contents list of a page with two sections, one with a subsection, and an item that
   * names no heading (kept as text).
   */
  page: `<main>
  <article-toc levels="2-2"><ul><li><a href="#why">Why is Smart Nation 2.0 necessary?</a></li><li><span>What it means for you</span></li><li><a href="#goals">Three goals</a></li></ul></article-toc>
  <h2 id="why">Why is Smart Nation 2.0 necessary?</h2>
  <p>Technology has changed.</p>
  <h2 id="goals">Three goals</h2>
  <h3>Trust</h3>
  <p>Use digital tools confidently.</p>
</main>`,
};
