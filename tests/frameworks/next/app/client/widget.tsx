'use client';
// docs/frameworks.md, "Next.js: a client component". Rendered on the server too, where only the
// element and its fallback are written. In the browser, the listeners first, then the module:
// so no event comes before them (a static import would define the element before React
// hydrates). Events through a ref: React 19 does not attach a custom element's `onmrcc-*`
// props while hydrating (react#35446).
import { useEffect, useRef, useState } from 'react';
import type {} from 'mrcc-explorer/react';
import type { MrccExplorerElement } from 'mrcc-explorer';

export function Widget() {
  const explorer = useRef<MrccExplorerElement>(null);
  const [ready, setReady] = useState('');
  const [changes, setChanges] = useState(0);

  useEffect(() => {
    const element = explorer.current;
    if (!element) return;
    const onReady = (event: HTMLElementEventMap['mrcc-ready']) => setReady(event.detail.language);
    const onChange = () => setChanges((n) => n + 1);
    element.addEventListener('mrcc-ready', onReady);
    element.addEventListener('mrcc-change', onChange);
    import('mrcc-explorer');
    return () => {
      element.removeEventListener('mrcc-ready', onReady);
      element.removeEventListener('mrcc-change', onChange);
    };
  }, []);

  return (
    <>
      <output id="app-events" data-ready={ready} data-changes={changes} />
      <mrcc-explorer ref={explorer} situation="histology=clear-cell" appointment-url="https://hospital.example/appointments">
        <h2>Treatment options for metastatic kidney cancer</h2>
        <p>Talk with your care team about which options fit your situation.</p>
      </mrcc-explorer>
    </>
  );
}
