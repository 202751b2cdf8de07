// The package imported by a server component (its main entry point and the others that need no
// other framework's typings; tests/e2e/ssr.test.mjs imports every one in Node) and by a client
// component rendered on the server: nothing happens, nothing throws.
import 'mrcc-explorer';
import 'mrcc-explorer/react';
import { define } from 'mrcc-explorer/define';
import { followHeight } from 'mrcc-explorer/parent';
import { ClientImport } from './client-import';

export const dynamic = 'force-dynamic'; // rendered per request, by `next start`

export default function ServerImportPage() {
  return (
    <main>
      <p id="server-import">define: {String(define('server-test-explorer'))}; followHeight: {typeof followHeight}</p>
      <ClientImport />
    </main>
  );
}
