// mrcc-explorer/svelte: defines <mrcc-explorer> (as the main entry does) and declares it to
// Svelte 5's type-checking (svelte-check), attributes and `onmrcc-*` event attributes included:
//   <mrcc-explorer situation="risk=poor" onmrcc-change={(event) => track(event.detail)} />
import type { HTMLAttributes } from 'svelte/elements';
import type { MrccExplorerAttributes, MrccExplorerElement, MrccExplorerEventProps } from './mrcc-explorer.js';

export * from './mrcc-explorer.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'mrcc-explorer': HTMLAttributes<MrccExplorerElement> & MrccExplorerAttributes & MrccExplorerEventProps;
  }
}
