// docs/frameworks.md, "Next.js: a server component": the element and its fallback in the
// server's HTML; <MrccLoader /> loads the module in the browser. The import here gives the
// JSX typings; in a server component it does nothing (the package's "react-server" entry).
import 'mrcc-explorer/react';
import { MrccLoader } from './mrcc-loader';
import { EventCount } from './event-count';

export default function ServerPage() {
  return (
    <main>
      <h1>In a server component</h1>
      <EventCount />
      <mrcc-explorer situation="histology=clear-cell" appointment-url="https://hospital.example/appointments">
        <h2>Treatment options for metastatic kidney cancer</h2>
        <p>Talk with your care team about which options fit your situation.</p>
      </mrcc-explorer>
      <MrccLoader />
    </main>
  );
}
