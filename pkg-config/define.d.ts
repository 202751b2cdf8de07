// mrcc-explorer/define: the element class and define(), without registering a tag. The whole
// widget, like the main entry; import one or the other.
export { MrccExplorerElement, define } from './mrcc-explorer.js';
export type * from './mrcc-explorer.js';
