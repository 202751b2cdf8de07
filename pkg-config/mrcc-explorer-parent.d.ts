// mrcc-explorer/parent: for the page around an iframe that shows the widget (a patient portal).

/**
 * Keeps `iframe`'s height equal to the widget's inside it. The page in the iframe sets
 * `resize-parent` to this page's origin; messages are accepted only from the iframe's own
 * window and from `childOrigin`. Returns a function that stops following.
 */
export declare function followHeight(iframe: HTMLIFrameElement, childOrigin: string): () => void;
