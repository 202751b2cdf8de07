// The summary page: its "Download" button's text file, and the browser's Back while it is shown.

/**
 * The summary as shown, as plain text: headings underlined, lists as "- " or "1. ", each
 * compared option's rows under its name, and the address of every link. What is not printed is
 * left out.
 */
export function summaryText(section) {
  const lines = (element) =>
    (element?.innerText ?? '').split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const withLinks = (element) => {
    const text = lines(element);
    for (const { href } of element.querySelectorAll('a[href]')) {
      if (!text.join(' ').includes(href)) text.push(href);
    }
    return text;
  };
  const out = [];
  for (const element of section.children) {
    if (element.matches('.no-print')) continue;
    const tag = element.localName;
    if (tag === 'h3' || tag === 'h4') {
      const title = lines(element).join(' ');
      out.push('', title, '='.repeat(title.length));
    } else if (tag === 'dl') {
      const between = element.matches('.answers') ? ' ' : ': ';
      for (const term of element.querySelectorAll('dt')) {
        out.push(`- ${lines(term).join(' ')}${between}${lines(term.nextElementSibling).join(' ')}`);
      }
    } else if (tag === 'ul' || tag === 'ol') {
      [...element.children].forEach((item, i) => {
        const [first, ...rest] = withLinks(item);
        out.push(`${tag === 'ol' ? `${i + 1}.` : '-'} ${first}`, ...rest.map((line) => `  ${line}`));
      });
    } else if (tag === 'table') {
      const names = [...element.querySelectorAll('thead th')].map((th) => lines(th).join(' '));
      names.forEach((name, column) => {
        out.push(name);
        for (const row of element.querySelectorAll('tbody tr')) {
          out.push(`  ${lines(row.cells[0]).join(' ')}: ${lines(row.cells[column + 1]).join(' ')}`);
        }
      });
    } else {
      out.push(...withLinks(element));
    }
  }
  return out.join('\n').trim() + '\n';
}

/** Saves `text` as a file named `fileName`. */
export function download(fileName, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

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
