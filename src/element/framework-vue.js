// Defines <mrcc-explorer>; vue.d.ts adds its typings for vue.
export * from './mrcc-explorer.js';
