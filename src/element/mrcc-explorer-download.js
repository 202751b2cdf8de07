// The summary's "Download" button: the summary as a text file. A module of its own, loaded when
// the button is first pressed (src/element/mrcc-explorer-element.js), not with the page.

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
  // The summary's end holds the modules' parts (the knowledge check's score, the care team's
  // page): each is read as the summary is.
  const parts = (container) => [...container.children].flatMap((element) =>
    element.matches('[data-mrcc-more], [data-mrcc-more] > *') ? parts(element) : [element]);
  for (const element of parts(section)) {
    if (element.matches('.no-print')) continue;
    const tag = element.localName;
    if (tag === 'h3' || tag === 'h4' || tag === 'h5') {
      const title = lines(element).join(' ');
      out.push('', title, (tag === 'h5' ? '-' : '=').repeat(title.length));
    } else if (tag === 'dl') {
      for (const term of element.querySelectorAll('dt')) {
        // A question is followed by its answer ("Is it there? No"), a statement by a colon.
        const name = lines(term).join(' ');
        out.push(`- ${name}${name.endsWith('?') ? ' ' : ': '}${lines(term.nextElementSibling).join(' ')}`);
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

/**
 * `name` as a plain text file's name: letters, digits, spaces, dots, dashes and underscores,
 * starting with a letter or digit, at most 80 before `.txt`. The name comes from the dataset,
 * which the validator checks too; a name such as `summary.html` would make the saved summary,
 * with the reader's answers in it, a page that runs the dataset's script when opened.
 */
export function textFileName(name) {
  const stem = String(name)
    .replace(/\.txt$/i, '')
    .replace(/[^\p{L}\p{N} ._-]/gu, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .slice(0, 80)
    .trim();
  return `${stem || 'summary'}.txt`;
}

/** Saves `text` as a plain text file named after `fileName`. */
export function download(fileName, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = textFileName(fileName);
  link.click();
  URL.revokeObjectURL(url);
}
