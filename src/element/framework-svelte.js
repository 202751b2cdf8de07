// Defines <mrcc-explorer>; svelte.d.ts adds its typings for svelte.
export * from './mrcc-explorer.js';
