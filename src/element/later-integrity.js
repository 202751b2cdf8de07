// The hashes of the files the widget loads only after its first render: the details' stylesheet,
// the print rule, another language's details, the share module. tools/package.mjs writes them in
// when it bundles mrcc-explorer-after.js, whose own hash is in the entry module's table: a chain
// (src/element/integrity.js). Empty in the sources.

/** File name → `sha256-…`, written in by tools/package.mjs. */
export const INTEGRITY = {};
