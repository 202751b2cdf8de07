// A React 19 host of <mrcc-explorer>: attributes as JSX props, the events through React's
// `onmrcc-*` props and through a ref's addEventListener, and the element's typed properties.
import { useEffect, useRef, useState } from 'react';
import 'mrcc-explorer/react';
import type { MrccChangeDetail, MrccExplorerElement } from 'mrcc-explorer';

export function App() {
  const [change, setChange] = useState<MrccChangeDetail | null>(null);
  const [changes, setChanges] = useState(0);
  const [language, setLanguage] = useState<string | null>(null);
  const [listened, setListened] = useState(0);
  const explorer = useRef<MrccExplorerElement>(null);

  useEffect(() => {
    const element = explorer.current;
    if (!element) return;
    const count = () => setListened((n) => n + 1);
    element.addEventListener('mrcc-change', count);
    return () => element.removeEventListener('mrcc-change', count);
  }, []);

  const likely = change?.results.filter((result) => result.fit === 'likely').map((result) => result.id) ?? [];
  return (
    <main>
      <h1>Kidney cancer treatment options</h1>
      <output id="react-state" data-changes={changes} data-listened={listened} data-language={language ?? ''}>
        {change ? `situation: ${change.situation || '(none)'}; often used: ${likely.join(', ')}` : 'waiting'}
      </output>
      <mrcc-explorer
        ref={explorer}
        appointment-url="https://hospital.example/appointments"
        situation="histology=clear-cell"
        share-answers=""
        onmrcc-ready={(event) => setLanguage(event.detail.language)}
        onmrcc-change={(event) => {
          setChange(event.detail);
          setChanges((n) => n + 1);
        }}
      >
        <p>Talk with your care team about which options fit your situation.</p>
      </mrcc-explorer>
    </main>
  );
}
