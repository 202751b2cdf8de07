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

  constructor(goBack) {
    this.#goBack = goBack;
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
      if (state?.mrccSummary === this.#entry) history.back();
      this.#entry = null;
    }
  }

  #onPopState = () => {
    if (history.state?.mrccSummary === this.#entry) return;
    removeEventListener('popstate', this.#onPopState);
    this.#entry = null; // Back has already left the entry
    this.#goBack();
  };
}
