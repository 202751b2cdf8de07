// Entry module: importing it defines <mrcc-explorer>.
//   <script type="module" src=".../mrcc-explorer.js"></script>
// A host that needs another tag name imports define() from define.js instead (one or the
// other: each is the whole widget in one module, so that a page fetches one module, then the
// wasm and the content at once).

import { define, MrccExplorerElement } from './define.js';

define();

export { define, MrccExplorerElement };
// Diagnostics for tests and benchmarks: the core's apps and wasm memory. Not part of the API.
export { mountedCount } from './mrcc-explorer-core.js';
export { memoryBytes } from './loading.js';
