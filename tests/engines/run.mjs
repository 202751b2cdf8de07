// The cross-engine checks: the built package in a host page under a strict CSP, driven by
// WebDriver in each engine (tests/engines/webdriver.mjs). One line per engine; exits non-zero
// when a check fails or an engine that should be there is missing.
//
//   node tests/engines/run.mjs [engine ...]      (default: chromium firefox webkit)
// `wpe` (WPE WebKit 2.38, the Safari 16.0 generation) is run by `make test-old-webkit`, not by
// make test: about one load in ten, its WebAssembly stops with the engine's own "Out of bounds
// table access" (the widget then shows its fallback), which would make make test flaky.
// WebKitGTK needs a display: the Makefile runs this under xvfb-run.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../tools/lib/server.mjs';
import { ENGINES, installed, startSession } from './webdriver.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const BUILT_IN = JSON.parse(readFileSync(join(here, '../../content/en.json'), 'utf8'));
const ES = JSON.parse(readFileSync(join(here, '../../content/es.json'), 'utf8'));
const PAGE = '/strict/pages/engine.html';

function check(condition, message) {
  if (!condition) throw new Error(message);
}

// In-page helpers, passed to execute() as source.
const shadow = () => document.querySelector('mrcc-explorer').shadowRoot;
const events = (type) => window.__rec.events.filter((event) => event.type === type).length;

/** Opens the page and waits for the widget's first render. */
async function open(session, origin, query = '') {
  await session.navigate(`${origin}${PAGE}${query}`);
  // A cold engine's first load (wasm compiled with nothing cached, WPE's headless start) can take
  // several seconds on a busy 2-core machine: a long wait, not a retry.
  return session.waitFor(() => window.__rec?.events.find((event) => event.type === 'mrcc-ready')?.detail, 'mrcc-ready', { timeout: 60000 });
}

/** Waits for the `n`-th mrcc-change and for the DOM to show it. */
function changes(session, n) {
  return session.waitFor((n) => window.__rec.events.filter((event) => event.type === 'mrcc-change').length >= n, `mrcc-change #${n}`, { args: [n] });
}

// Each check opens a fresh page; every page ends with nothing in the problems record.
const CHECKS = {
  async render(session, origin) {
    const ready = await open(session, origin);
    check(ready.language === 'en' && ready.optionCount === BUILT_IN.options.length, `mrcc-ready: ${JSON.stringify(ready)}`);
    const seen = await session.execute(() => {
      const root = document.querySelector('mrcc-explorer').shadowRoot;
      const card = root.querySelector('article.card');
      return {
        cards: root.querySelectorAll('article.card').length,
        fallbackShown: document.querySelector('.fallback').getClientRects().length > 0,
        // The stylesheet applies, adopted or linked.
        cardBorderTop: getComputedStyle(card).borderTopWidth,
        adopted: root.adoptedStyleSheets?.length ?? 0,
        // The first screen's sheet; the details' follows the first render.
        linked: [...root.querySelectorAll('link[rel=stylesheet]')]
          .filter((link) => link.href.endsWith('/mrcc-explorer.css')).map((link) => !!link.sheet),
      };
    });
    check(seen.cards === BUILT_IN.options.length, `${seen.cards} cards`);
    check(!seen.fallbackShown, 'the fallback is still shown');
    check(seen.cardBorderTop === '4px', `the cards are unstyled (border-top ${seen.cardBorderTop})`);
    check(seen.adopted + seen.linked.filter(Boolean).length === 1, `stylesheets: ${JSON.stringify(seen)}`);
    return `${seen.adopted ? 'adopted' : 'linked'} stylesheet`;
  },

  async situation(session, origin) {
    await open(session, origin);
    await changes(session, 1);
    await session.execute(() => document.querySelector('mrcc-explorer').setAttribute('situation',
      'histology=clear-cell&risk=poor&primary=removed&sites=three-or-more&locations=lung,bone'));
    await changes(session, 2);
    const seen = await session.execute(() => {
      const host = document.querySelector('mrcc-explorer');
      const last = window.__rec.events.filter((event) => event.type === 'mrcc-change').at(-1).detail;
      return {
        order: [...host.shadowRoot.querySelectorAll('article.card')].map((card) => card.dataset.option),
        results: last.results.map((result) => result.id),
        property: host.results.map((result) => result.id),
        nephrectomy: last.results.find((result) => result.id === 'cytoreductive-nephrectomy').fit,
        checked: [...host.shadowRoot.querySelectorAll('input:checked')].map((input) => input.id),
      };
    });
    check(JSON.stringify(seen.order) === JSON.stringify(seen.results), `DOM order ${seen.order} is not the event's ${seen.results}`);
    check(JSON.stringify(seen.property) === JSON.stringify(seen.results), 'element.results differs from the event');
    check(seen.nephrectomy === 'unlikely', `cytoreductive-nephrectomy is ${seen.nephrectomy}`);
    for (const id of ['choice-risk-poor', 'choice-primary-removed', 'choice-locations-lung', 'choice-locations-bone']) {
      check(seen.checked.includes(id), `${id} is not checked: ${seen.checked}`);
    }
  },

  async clicks(session, origin) {
    await open(session, origin);
    await changes(session, 1);
    const before = await session.execute(() => document.querySelector('mrcc-explorer').shadowRoot.querySelector('.status').textContent);
    let n = 1;
    for (const id of ['choice-histology-clear-cell', 'choice-risk-favorable', 'choice-primary-removed', 'choice-locations-lung']) {
      await session.click(await session.findInShadow('mrcc-explorer', `#${id}`));
      await changes(session, ++n);
    }
    // A click on a label picks its choice too.
    await session.click(await session.findInShadow('mrcc-explorer', 'label[for="choice-risk-poor"]'));
    await changes(session, ++n);
    const seen = await session.execute(() => ({
      situation: window.__rec.events.filter((event) => event.type === 'mrcc-change').at(-1).detail.situation,
      status: document.querySelector('mrcc-explorer').shadowRoot.querySelector('.status').textContent,
      nephrectomy: document.querySelector('mrcc-explorer').shadowRoot
        .querySelector('article[data-option="cytoreductive-nephrectomy"]').dataset.fit,
    }));
    check(/histology=clear-cell/.test(seen.situation) && /risk=poor/.test(seen.situation) &&
      /primary=removed/.test(seen.situation) && /locations=lung/.test(seen.situation), `situation ${seen.situation}`);
    check(seen.status !== before, 'the status did not change');
    check(seen.nephrectomy === 'unlikely', `cytoreductive-nephrectomy is ${seen.nephrectomy}`);
  },

  async spanish(session, origin) {
    const ready = await open(session, origin, '?lang=es');
    check(ready.language === 'es', `language ${ready.language}`);
    const seen = await session.execute(() => ({
      headings: [...document.querySelector('mrcc-explorer').shadowRoot.querySelectorAll('h2, h3')].map((h) => h.textContent),
      cards: [...document.querySelector('mrcc-explorer').shadowRoot.querySelectorAll('article.card h4')].map((h) => h.textContent),
    }));
    check(seen.headings.includes('Su situación'), `no "Su situación" in ${seen.headings}`);
    const names = new Set(ES.options.map((option) => option.name));
    check(seen.cards.length === ES.options.length && seen.cards.every((name) => names.has(name)), `cards ${seen.cards}`);
  },

  async details(session, origin) {
    await open(session, origin);
    await session.click(await session.findInShadow('mrcc-explorer', 'article[data-option="immunotherapy"] .details > button.learn-more'));
    const text = await session.waitFor(() => {
      const details = document.querySelector('mrcc-explorer').shadowRoot.querySelector('article[data-option="immunotherapy"] .details');
      const shown = details.querySelector('button.learn-more').getAttribute('aria-expanded') === 'true' && details.querySelector('.details-content:not([hidden])');
      return shown && !details.querySelector('.loading') && details.textContent.length > 1000 && details.textContent;
    }, 'the opened details');
    const option = BUILT_IN.options.find((option) => option.id === 'immunotherapy');
    check(text.includes(option.benefits[0]) && text.includes(option.harms[0]), 'the details lack the first benefit or harm');
    // Their own stylesheet (mrcc-explorer-details.css) applies: the short version's main figure
    // has a coloured edge.
    const edge = await session.execute(() =>
      getComputedStyle(document.querySelector('mrcc-explorer').shadowRoot.querySelector('article[data-option="immunotherapy"] .main-figure')).borderLeftWidth);
    check(edge === '4px', `the details are unstyled (the main figure's border-left ${edge})`);
  },

  async compare(session, origin) {
    await open(session, origin);
    for (const id of ['immunotherapy', 'targeted-therapy']) {
      await session.click(await session.findInShadow('mrcc-explorer', `article[data-option="${id}"] input[type=checkbox]`));
    }
    const columns = await session.waitFor(() => {
      const table = document.querySelector('mrcc-explorer').shadowRoot.querySelector('table.compare-table');
      return table && [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    }, 'the comparison table');
    check(columns.length === 2, `columns ${columns}`);
  },

  async summary(session, origin) {
    await open(session, origin);
    await session.click(await session.findInShadow('mrcc-explorer', '.summary-cta button'));
    const seen = await session.waitFor(() => {
      const host = document.querySelector('mrcc-explorer');
      const focused = host.shadowRoot.activeElement;
      return host.hasAttribute('data-mrcc-summary') && focused &&
        { focused: focused.id, options: host.shadowRoot.querySelectorAll('.summary-page li').length };
    }, 'the summary, focused');
    check(seen.focused === 'mrcc-summary', `focus on ${seen.focused}`);
    // Printing the page prints only the summary: the print rule is adopted by the document, or
    // linked where constructable stylesheets are missing.
    await session.waitFor(() => (document.adoptedStyleSheets ?? []).some((sheet) => /data-mrcc-summary/.test(sheet.cssRules[0]?.cssText)) ||
      !!document.querySelector('link[href$="mrcc-explorer-print.css"]')?.sheet, 'the print rule');
  },

  // Continue later, or share (issue 32): a link made in the summary opens the same answers, and
  // what the reader ticked in, on a new page, and its fragment leaves the address.
  async share(session, origin) {
    await open(session, origin);
    // Each answer's change waited for before the next click, as in `clicks`: two clicks that
    // land before one render make one change, and WebKit on a busy machine then never saw a third.
    let n = 1;
    for (const id of ['choice-risk-poor', 'choice-locations-lung']) {
      await session.click(await session.findInShadow('mrcc-explorer', `#${id}`));
      await changes(session, ++n);
    }
    // What matters, ticked in below (it shows once the details are there).
    await session.waitFor(() => document.querySelector('mrcc-explorer').shadowRoot.querySelector('#value-live-longer-very'), 'what matters');
    await session.click(await session.findInShadow('mrcc-explorer', '#value-live-longer-very'));
    await session.click(await session.findInShadow('mrcc-explorer', '.summary-cta button'));
    await session.waitFor(() => document.querySelector('mrcc-explorer').shadowRoot.querySelector('[data-mrcc-share] > button'), 'the share box');
    await session.click(await session.findInShadow('mrcc-explorer', '#share-1'));
    await session.click(await session.findInShadow('mrcc-explorer', '[data-mrcc-share] > button'));
    const link = await session.waitFor(() => document.querySelector('mrcc-explorer').shadowRoot.querySelector('#mrcc-link')?.value, 'the link');
    check(/\/strict\/pages\/engine\.html#mrcc1=risk=poor&locations=lung&_v=live-longer:v&_s=----$/.test(link), `the link: ${link}`);
    // A query makes it a new document (the same address with another fragment would not reload).
    await session.navigate(link.replace('#', '?opened#'));
    const seen = await session.waitFor(() => {
      const root = document.querySelector('mrcc-explorer')?.shadowRoot;
      return root?.querySelector('.resumed') &&
        root.querySelector('#value-live-longer-very') &&
        { poor: root.querySelector('#choice-risk-poor').checked, lung: root.querySelector('#choice-locations-lung').checked,
          matters: root.querySelector('#value-live-longer-very').checked, href: location.href };
    }, 'the answers from the link');
    check(seen.poor && seen.lung && seen.matters && seen.href.endsWith('/strict/pages/engine.html?opened'), `opened: ${JSON.stringify(seen)}`);
    return 'a link made, opened, its fragment gone';
  },

  // Every page above is served with a strict CSP and fails on any violation; this proves the
  // engine reports them to the page (WebKit reports none for blocked WebAssembly).
  async csp(session, origin) {
    await open(session, origin);
    await session.execute(() => document.head.append(Object.assign(document.createElement('style'), { textContent: 'p {}' })));
    const seen = await session.waitFor(() => window.__rec.problems.length && window.__rec.problems.splice(0), 'a CSP report');
    check(seen.some((problem) => problem.startsWith('CSP: style-src')), `reported: ${seen}`);
    return 'strict CSP, violations reported';
  },
};

const wanted = process.argv.slice(2);
const engines = wanted.length ? wanted : ['chromium', 'firefox', 'webkit'];
const server = await startServer();
let failed = 0;
for (const name of engines) {
  if (!ENGINES[name]) throw new Error(`unknown engine ${name}`);
  if (!installed(name)) {
    console.log(`engines: ${ENGINES[name].label}: NOT INSTALLED (tools/setup.sh engines installs it)`);
    failed++;
    continue;
  }
  const started = Date.now();
  let session;
  const results = [];
  try {
    session = await startSession(name);
    for (const [check, run] of Object.entries(CHECKS)) {
      try {
        const note = await run(session, server.origin);
        const problems = await session.execute(() => window.__rec.problems);
        if (problems.length) throw new Error(`problems on the page: ${problems.join('; ')}`);
        results.push({ check, ok: true, note });
      } catch (error) {
        results.push({ check, ok: false, note: error.message });
      }
    }
  } catch (error) {
    results.push({ check: 'start', ok: false, note: error.message });
  } finally {
    await session?.quit().catch(() => {});
  }
  const passed = results.filter((result) => result.ok).length;
  const notes = results.filter((result) => result.note).map((result) => `${result.ok ? '' : 'FAILED '}${result.check}: ${result.note}`);
  console.log(`engines: ${ENGINES[name].label} ${session?.browserVersion ?? ''}: ${passed}/${results.length} checks passed ` +
    `(${results.map((result) => result.check).join(', ')}) in ${((Date.now() - started) / 1000).toFixed(1)} s` +
    (notes.length ? `\n  ${notes.join('\n  ')}` : ''));
  if (passed !== results.length) failed++;
}
await server.close();
process.exit(failed ? 1 : 0);
