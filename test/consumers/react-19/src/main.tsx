// React 19 renders the tags directly: props become properties, `on<event-name>` props listen.
import 'isomer-blocks/pull-quote';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [error, setError] = useState('No error');
  return (
    <main>
      <pull-quote cite="https://www.smartnation.gov.sg/">
        <p>“In Smart Nation 1.0, we focused on building up capabilities.”</p>
        <p slot="attribution">- PM Lawrence Wong</p>
      </pull-quote>
      <pull-quote cite="javascript:alert(1)" onpull-quote-error={(event) => setError(`Error: ${event.detail.code}`)}>
        <p>A quote whose source is not a web address.</p>
      </pull-quote>
      <p id="status">{error}</p>
    </main>
  );
}

createRoot(document.querySelector('#root')!).render(<App />);
