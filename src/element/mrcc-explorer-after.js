// What the element loads after its first render, as one module of the package (one request, and
// one file hash in the entry module instead of five, each 41 B of brotli at start that no
// compressor takes out: tools/package.mjs bundles it): the activity events
// (mrcc-explorer-activity.js); the knowledge check with the summary's end
// (mrcc-explorer-knowledge.js, which builds the care team's page with mrcc-explorer-care.js); the
// summary's file (mrcc-explorer-download.js); the height posted to a parent page with
// `resize-parent` (mrcc-explorer-height.js).
export { INTEGRITY } from './later-integrity.js';
export { watch } from './mrcc-explorer-activity.js';
export { fillBoxes } from './mrcc-explorer-knowledge.js';
export { download, summaryText } from './mrcc-explorer-download.js';
export { postHeightTo } from './mrcc-explorer-height.js';
