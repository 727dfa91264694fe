'use client';
// A client component ('use client'): @lit-labs/nextjs server-renders the elements' shadow roots into
// the HTML, and the browser hydrates them. On the server, @lit-labs/ssr-react gives the tags their
// JSX props as attributes, so the card's level is the `heading-level` attribute. The attribution
// links to the source, as the converter writes it and as the server-rendered quote assumes.
import 'isomer-blocks/pull-quote';
import 'isomer-blocks/goal-card';

export default function Blocks() {
  return (
    <>
      <pull-quote cite="https://www.smartnation.gov.sg/">
        <p>“In Smart Nation 1.0, we focused on building up capabilities.”</p>
        <p slot="attribution">
          - <a href="https://www.smartnation.gov.sg/">PM Lawrence Wong</a>
        </p>
      </pull-quote>
      <goal-card href="https://www.smartnation.gov.sg/about/" heading-level="4">
        <span slot="title">A digital government</span>
        <p>Services that are easy to use.</p>
      </goal-card>
    </>
  );
}
