// Entry module: importing it defines <mrcc-explorer>.
//   <script type="module" src=".../mrcc-explorer.js"></script>
// A host that needs another tag name imports define() from define.js instead.

import { define, MrccExplorerElement } from './define.js';

define();

export { define, MrccExplorerElement };
