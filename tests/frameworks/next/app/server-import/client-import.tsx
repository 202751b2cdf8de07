'use client';
// The package's own line in a client component, which Next.js also renders on the server: the
// import runs there, and does nothing.
import 'mrcc-explorer/react';

export function ClientImport() {
  return <span id="client-import">imported</span>;
}
