// React 18 through the @lit/react wrappers: props set properties, events are onX props. Imports one
// wrapper from the index: the bundle must still hold only that element.
import { PullQuote } from 'isomer-blocks/react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [error, setError] = useState('No error');
  return (
    <main>
      <PullQuote cite="https://www.smartnation.gov.sg/">
        <p>“In Smart Nation 1.0, we focused on building up capabilities.”</p>
        <p slot="attribution">- PM Lawrence Wong</p>
      </PullQuote>
      <PullQuote cite="javascript:alert(1)" onPullQuoteError={(event) => setError(`Error: ${event.detail.code}`)}>
        <p>A quote whose source is not a web address.</p>
      </PullQuote>
      <p id="status">{error}</p>
    </main>
  );
}

createRoot(document.querySelector('#root')!).render(<App />);
