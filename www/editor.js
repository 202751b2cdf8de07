// The content editor (editor.html): the editors' CLI in the page (www/editor/, built from
// src/editor-wasm), so the list of problems is `mrcc-content validate`'s output line for line,
// and the review document is `mrcc-content review`'s. Nothing the editor opens or types leaves
// the page: the wasm and the widget are this site's own files.
import init, { check, review, situations } from './editor/mrcc-editor.js';

const source = document.getElementById('source');
const status = document.getElementById('status');
const problemsList = document.getElementById('problems');
const preview = document.getElementById('preview');
const situation = document.getElementById('situation');
const downloadButton = document.getElementById('download-review');
const datasetButton = document.getElementById('download-dataset');
const reviewStatus = document.getElementById('review-status');
let fileName = 'dataset.json';
let signed = null; // the text of the version the reviewer signed, for the review's marks
let shown = null; // the text (dataset or overlay) the widget shows
let shownDataset = null; // the dataset it makes (an overlay's merged with its base), as JSON

// An overlay to start from: the built-in content's local parts left blank to fill in.
const OVERLAY_TEMPLATE = `{
  "overlay": 1,
  "language": "en",
  "meta": {
    "hospital": "Your hospital's name",
    "hospital_reviewers": [],
    "hospital_reviewed": ""
  },
  "links": [
    { "id": "appointment", "label": "Make an appointment", "url": "https://" }
  ],
  "options": {
  }
}
`;

await init({ module_or_path: new URL('./editor/mrcc-editor_bg.wasm', import.meta.url) });

function setText(text, name) {
  fileName = name;
  source.value = text;
  refresh();
}

// A large paste (a whole dataset) goes in at once: inserted as typing, Chromium takes seconds to
// tens of seconds for 200 KB (11 s in a bare textarea on the test machines). A small one keeps
// the browser's own editing (and its undo).
source.addEventListener('paste', (event) => {
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (text.length < 20000) return;
  event.preventDefault();
  source.setRangeText(text, source.selectionStart, source.selectionEnd, 'end');
  clearTimeout(timer);
  refresh();
});

let timer = 0;
source.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(refresh, 300);
});

document.getElementById('open-file').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  if (file) setText(await file.text(), file.name);
});
document.getElementById('signed-file').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  signed = file ? await file.text() : null;
  reviewStatus.textContent = file ? `Changes since ${file.name} will be marked.` : '';
});
document.getElementById('new-overlay').addEventListener('click', () => setText(OVERLAY_TEMPLATE, 'overlay.json'));

source.addEventListener('dragover', (event) => {
  event.preventDefault();
  source.classList.add('dragging');
});
source.addEventListener('dragleave', () => source.classList.remove('dragging'));
source.addEventListener('drop', async (event) => {
  event.preventDefault();
  source.classList.remove('dragging');
  const file = event.dataTransfer?.files?.[0];
  if (file) setText(await file.text(), file.name);
});

function refresh() {
  const text = source.value;
  if (!text.trim()) {
    status.textContent = '';
    problemsList.replaceChildren();
    return;
  }
  const result = JSON.parse(check(text, fileName));
  const warnings = result.problems.length - result.errors;
  problemsList.replaceChildren(...result.problems.map((problem) => problemItem(problem)));
  downloadButton.disabled = datasetButton.disabled = result.dataset === null;
  if (result.dataset === null) {
    status.textContent = `${result.errors} ${result.errors === 1 ? 'error' : 'errors'}, ${warnings} warnings: the widget keeps showing the last valid version.`;
    return;
  }
  status.textContent = `Valid, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}: the widget shows this version.`;
  show(result.dataset, text);
}

function problemItem(problem) {
  const item = document.createElement('li');
  item.className = problem.severity;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = problem.text;
  if (problem.line === null) button.disabled = true;
  else button.addEventListener('click', () => goTo(problem.line, problem.column));
  item.append(button);
  return item;
}

// Puts the cursor at a line and column (both from 1, columns in characters) of the text.
function goTo(line, column) {
  const lines = source.value.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
  // Columns count characters; JavaScript strings count UTF-16 units.
  offset += [...(lines[line - 1] ?? '')].slice(0, column - 1).join('').length;
  source.focus();
  source.setSelectionRange(offset, offset);
  // Scroll the line into view: the share of the text before it.
  source.scrollTop = Math.max(0, ((line - 3) / Math.max(lines.length, 1)) * source.scrollHeight);
}

// Re-renders the widget with a valid dataset, given inline, as a host page can.
function show(datasetJson, text) {
  shown = text;
  shownDataset = datasetJson;
  const dataset = JSON.parse(datasetJson);
  const element = document.createElement('mrcc-explorer');
  element.setAttribute('lang', dataset.meta.language);
  if (situation.value) element.setAttribute('situation', situation.value);
  const inline = document.createElement('script');
  inline.type = 'application/json';
  inline.textContent = datasetJson;
  element.append(inline);
  preview.replaceChildren(element);
  const chosen = situation.value;
  situation.replaceChildren(new Option('No answers yet', ''));
  for (const { query, label } of JSON.parse(situations(text))) {
    if (query) situation.append(new Option(label, query, false, query === chosen));
  }
}

situation.addEventListener('change', () => {
  const element = preview.querySelector('mrcc-explorer');
  if (!element) return;
  if (situation.value) element.setAttribute('situation', situation.value);
  else element.removeAttribute('situation');
});

function save(text, type, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  return name;
}

// The whole dataset the text makes (for an overlay, merged with today's base): what to keep as
// the signed version, and to compare the next update with.
datasetButton.addEventListener('click', () => {
  if (shownDataset === null) return;
  const name = save(JSON.stringify(JSON.parse(shownDataset), null, 2), 'application/json', fileName.replace(/\.json$/i, '') + '-as-signed.json');
  reviewStatus.textContent = `Downloaded ${name}: keep it with the signed review, and give it as the signed version when the next update comes.`;
});

downloadButton.addEventListener('click', () => {
  if (shown === null) return;
  let html;
  try {
    html = review(shown, signed ?? undefined);
  } catch (error) {
    reviewStatus.textContent = `The review document could not be made: ${error.message ?? error}`;
    return;
  }
  const name = save(html, 'text/html', fileName.replace(/\.json$/i, '') + '-review.html');
  reviewStatus.textContent = `Downloaded ${name}. Open it in a browser to read, sign or print it.`;
});
