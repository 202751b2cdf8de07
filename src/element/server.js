// The package's entry points for React server components (the "react-server" condition of
// package.json's `exports`): the same names, and nothing runs. A server component never reaches
// the browser, so the widget there would only be a bundler's work for nothing (Turbopack even
// refuses its stylesheets' `new URL(..., import.meta.url)` there). The element is defined in the
// browser, by a client component's import (docs/frameworks.md).
export class MrccExplorerElement {}
export function define() {
  return undefined;
}
