// `mrcc-activity`: what the reader did, for a hospital's own counts of use, without tracking. A
// module of its own, loaded after the widget's first render (src/element/mrcc-explorer-element.js),
// that watches the element's shadow root and says what happened in words the host can count:
// never text the reader typed, never their answers, never an identifier. docs/web-teams.md,
// "Measuring use without tracking", has the details and an example.

/** The sections whose first use is a step reached, by their class. */
const STEPS = ['situation', 'results', 'compare', 'values', 'leaning', 'my-questions', 'knowledge', 'share'];
const STEP_NAMES = { results: 'options', 'my-questions': 'questions' };

/**
 * Watches `root` (the shadow root of `host`) and calls `emit(detail)` once per action:
 * `{ action: 'step', step }` the first time the reader acts in a section; `{ action:
 * 'option-opened', option }` (the option's id); `{ action: 'compared', count }` when two or
 * more options are compared; `{ action: 'sure', score }` (how many of the 4 SURE answers are
 * yes) each time all four are answered; `{ action: 'leaning', bucket }` (`option` or `unsure`);
 * `{ action: 'summary-shown' | 'summary-printed' | 'summary-downloaded' | 'link-made' }`;
 * `{ action: 'knowledge', score, total }` each time every question of the knowledge check is
 * checked (the knowledge module's `mrcc-knowledge-done`).
 */
export function watch(root, host, emit) {
  const reached = new Set();
  const step = (target) => {
    const section = STEPS.find((name) => target.closest(`section.${name}`));
    if (section && !reached.has(section)) {
      reached.add(section);
      emit({ action: 'step', step: STEP_NAMES[section] ?? section });
    }
  };
  root.addEventListener('click', ({ target }) => {
    if (!(target instanceof Element)) return;
    const button = target.closest('button');
    if (!button) return;
    step(button);
    const option = button.matches('.learn-more') && button.closest('article[data-option]');
    if (option && button.getAttribute('aria-expanded') === 'true') emit({ action: 'option-opened', option: option.dataset.option });
    if (button.matches('[data-mrcc-download]')) emit({ action: 'summary-downloaded' });
    if (button.parentElement?.matches('[data-mrcc-share]') && root.querySelector('.made-link:not([hidden])')) emit({ action: 'link-made' });
  });
  root.addEventListener('change', ({ target }) => {
    if (!(target instanceof HTMLInputElement)) return;
    step(target);
    if (target.id.startsWith('compare-')) {
      const count = root.querySelectorAll('input[id^="compare-"]:checked').length;
      if (count >= 2 && target.checked) emit({ action: 'compared', count });
    }
    if (target.name.startsWith('sure-')) {
      const answered = root.querySelectorAll('input[name^="sure-"]:checked');
      if (answered.length === 4) emit({ action: 'sure', score: [...answered].filter((input) => input.id.endsWith('-yes')).length });
    }
    if (target.name === 'leaning') emit({ action: 'leaning', bucket: target.id === 'leaning-unsure' ? 'unsure' : 'option' });
  });
  root.addEventListener('mrcc-knowledge-done', ({ detail }) => emit({ action: 'knowledge', score: detail.right, total: detail.total }));
  new MutationObserver(() => {
    if (host.hasAttribute('data-mrcc-summary')) emit({ action: 'summary-shown' });
  }).observe(host, { attributeFilter: ['data-mrcc-summary'] });
  // The summary is what prints while it is shown (its Print button, or the browser's menu).
  host.ownerDocument.defaultView?.addEventListener('beforeprint', () => {
    if (host.isConnected && host.hasAttribute('data-mrcc-summary')) emit({ action: 'summary-printed' });
  });
}
