// Entry module: importing it defines <mrcc-explorer>.
//   <script type="module" src=".../mrcc-explorer.js"></script>
// A host that needs another tag name imports define() from define.js instead.

import { define, MrccExplorerElement } from './define.js';
// Imported by define.js in turn; listed here as well so that the browser finds the whole module
// graph after this file and fetches it in parallel, not one round trip per import level.
import './mrcc-explorer-element.js';
import './mrcc-explorer-core.js';

define();

export { define, MrccExplorerElement };
