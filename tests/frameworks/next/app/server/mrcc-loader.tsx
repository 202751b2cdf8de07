'use client';
// docs/frameworks.md, "Next.js: a server component": the browser half. The module is imported
// once the page has hydrated (and the page's listeners are attached).
import { useEffect } from 'react';

export function MrccLoader() {
  useEffect(() => {
    import('mrcc-explorer');
  }, []);
  return null;
}
