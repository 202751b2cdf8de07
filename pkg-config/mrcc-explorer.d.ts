/**
 * The `<mrcc-explorer>` element. Attributes: `appointment-url`, `support-url`, `data-src`,
 * `situation`.
 */
export declare class MrccExplorerElement extends HTMLElement {
  static readonly observedAttributes: string[];
}

/** Detail of the `mrcc-error` event. */
export interface MrccErrorDetail {
  code: 'wasm-unavailable' | 'data-unavailable' | 'invalid-data' | 'start-failed';
  message: string;
}

/**
 * Registers the element under `tag` (default `mrcc-explorer`). Calling it again, or after
 * another copy of the module registered the name, does not throw. Returns the registered class.
 */
export declare function define(
  tag?: string,
  registry?: CustomElementRegistry,
): CustomElementConstructor | undefined;

declare global {
  interface HTMLElementTagNameMap {
    'mrcc-explorer': MrccExplorerElement;
  }
  interface HTMLElementEventMap {
    'mrcc-error': CustomEvent<MrccErrorDetail>;
  }
}
