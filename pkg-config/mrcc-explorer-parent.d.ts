// mrcc-explorer/parent: for the page around an iframe that shows the widget (a patient portal).

/** Options of {@link followHeight}. */
export interface FollowHeightOptions {
  /** The iframe's greatest height in pixels; a larger posted height is clamped to it. Default 50000. */
  max?: number;
}

/**
 * Keeps `iframe`'s height equal to the widget's inside it, at most `options.max` pixels. The page
 * in the iframe sets `resize-parent` to this page's origin; messages are accepted only from the
 * iframe's own window and from `childOrigin`, which must be a serialised origin such as
 * `'https://widget.hospital.example'` (no path, no trailing slash, not `'*'`): anything else
 * throws a `TypeError`. Returns a function that stops following.
 */
export declare function followHeight(iframe: HTMLIFrameElement, childOrigin: string, options?: FollowHeightOptions): () => void;
