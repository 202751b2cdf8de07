// Defines <mrcc-explorer>; react.d.ts adds its typings for react.
export * from './mrcc-explorer.js';
