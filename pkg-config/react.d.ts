// mrcc-explorer/react: defines <mrcc-explorer> (as the main entry does) and declares it for
// React 19's JSX, attributes and `onmrcc-*` event props included:
//   import 'mrcc-explorer/react';
//   <mrcc-explorer situation="risk=poor" onmrcc-change={(event) => track(event.detail)} />
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { MrccExplorerAttributes, MrccExplorerElement, MrccExplorerEventProps } from './mrcc-explorer.js';

export * from './mrcc-explorer.js';

/** The props of `<mrcc-explorer>` in React: an element's, its attributes and its events. */
export type MrccExplorerProps = DetailedHTMLProps<HTMLAttributes<MrccExplorerElement>, MrccExplorerElement> &
  MrccExplorerAttributes &
  MrccExplorerEventProps;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'mrcc-explorer': MrccExplorerProps;
    }
  }
}
