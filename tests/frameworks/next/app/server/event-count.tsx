'use client';
// The test's view of the widget's events: counted into the DOM.
import { useEffect, useState } from 'react';

export function EventCount() {
  const [ready, setReady] = useState('');
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    const element = document.querySelector('mrcc-explorer');
    if (!element) return;
    const onReady = (event: HTMLElementEventMap['mrcc-ready']) => setReady(event.detail.language);
    const onChange = () => setChanges((n) => n + 1);
    element.addEventListener('mrcc-ready', onReady);
    element.addEventListener('mrcc-change', onChange);
    return () => {
      element.removeEventListener('mrcc-ready', onReady);
      element.removeEventListener('mrcc-change', onChange);
    };
  }, []);
  return <output id="app-events" data-ready={ready} data-changes={changes} />;
}
