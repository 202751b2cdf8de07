// The summary page and the browser's Back while it is shown. Its "Download" button's file is
// made by mrcc-explorer-download.js, loaded when that button is first pressed.

let entries = 0; // numbers the history entries that shown summaries add, page-wide

/**
 * The browser's Back (a phone's Back gesture) while the summary is shown returns to the
 * explorer instead of leaving the page and the reader's answers: showing the summary adds a
 * history entry with the same URL (the host's address never changes, its own state is kept),
 * and closing the summary with its own button takes that entry back. `goBack` closes the
 * summary as its own Back button does.
 */
export class SummaryHistory {
  #entry = null;
  #goBack;
  #refocus;

  /** `goBack` closes the summary; `refocus` puts the view back on the focused control. */
  constructor(goBack, refocus) {
    this.#goBack = goBack;
    this.#refocus = refocus;
  }

  /** Call whenever the summary is shown or hidden. */
  shown(isShown) {
    const state = history.state;
    if (isShown && this.#entry === null) {
      this.#entry = ++entries;
      history.pushState({ ...state, mrccSummary: this.#entry }, '');
      addEventListener('popstate', this.#onPopState);
    } else if (!isShown && this.#entry !== null) {
      removeEventListener('popstate', this.#onPopState);
      if (state?.mrccSummary === this.#entry) {
        // Going back restores the scroll of the entry before the summary (the widget's top),
        // a task after the popstate event: the view is put back on the focused control then.
        addEventListener('popstate', () => setTimeout(this.#refocus), { once: true });
        history.back();
      }
      this.#entry = null;
    }
  }

  #onPopState = () => {
    if (history.state?.mrccSummary === this.#entry) return;
    removeEventListener('popstate', this.#onPopState);
    this.#entry = null; // Back has already left the entry
    this.#goBack();
    setTimeout(this.#refocus); // after the browser restores the scroll, as above
  };
}
