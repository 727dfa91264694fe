// A server component that renders the client component holding the elements, for every request.
import Blocks from './blocks';

export const dynamic = 'force-dynamic';

export default function Page() {
  return (
    <main>
      <h1>Server-rendered blocks</h1>
      <Blocks />
    </main>
  );
}
