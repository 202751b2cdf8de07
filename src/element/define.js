// Registration, separate from the class so that a host can pick the tag name:
//   import { define } from 'mrcc-explorer/define';  define('hospital-mrcc-explorer');

import { MrccExplorerElement } from './mrcc-explorer-element.js';

/**
 * Registers the element under `tag`. Safe to call again, and safe when another copy or
 * version of this module already registered the name: the first definition stays. Outside a
 * browser (server rendering), where there is no registry, it does nothing.
 */
export function define(tag = 'mrcc-explorer', registry = globalThis.customElements) {
  if (!registry) return undefined;
  if (!registry.get(tag)) {
    try {
      // A class can be registered once per registry, so each name gets its own subclass.
      registry.define(tag, class extends MrccExplorerElement {});
    } catch (error) {
      // Lost a race with another copy defining the same name: that one wins.
      if (!(error instanceof DOMException && error.name === 'NotSupportedError')) throw error;
    }
  }
  return registry.get(tag);
}

export { MrccExplorerElement };
