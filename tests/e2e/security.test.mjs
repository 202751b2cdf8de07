// The security review of 2026-12-07 (shared/reviews/security-review-2026-12-07.md), in the
// built package: a hostile dataset beside a built-in instance never leaves stale fits (F1) or
// holds up the page (F2); a changed byte in any file the module loads gives the fallback and
// mrcc-error, never changed content (F4); the shadow root is closed (F5). The validator's side
// is in tests/security.rs, the element's in tests/element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, BUILT_IN } from './helpers.mjs';

const env = useServerAndBrowser();

/** A page of our own: `body` inside <main>, the package's module in <head>. */
function routePage(page, name, body, { lang = 'en' } = {}) {
  return page.route(`**/pages/${name}`, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title>
      <link rel="icon" href="/www/favicon.svg"><script type="module" src="/pkg/mrcc-explorer.js"></script></head>
      <body><main><h1>Security</h1>${body}</main></body></html>`,
  }));
}

const fits = (page, id) => page.evaluate((id) => document.getElementById(id).results?.map((r) => `${r.id}=${r.fit}`).join(' '), id);
const errorsOf = (page) => page.evaluate(() => window.__mrccEvents.filter((e) => e.type === 'mrcc-error').map((e) => [e.target, e.detail.code, e.detail.message]));

// F1: a language tag that Intl refuses ("vi-x") passed the validator, threw through the wasm and
// froze the core: the built-in instance beside it kept its fits for answers the reader no longer
// had, and an instance added later stayed blank.
test('a hostile dataset beside a built-in instance: the built-in one keeps updating its fits', async () => {
  const hostile = structuredClone(BUILT_IN);
  hostile.meta.language = 'vi-x';
  const answer = async (page) => {
    await page.locator('#a #choice-histology-papillary').check();
    await page.locator('#a #choice-risk-poor').check();
    await page.waitForFunction(() => document.getElementById('a').results?.find((r) => r.id === 'cytoreductive-nephrectomy')?.fit === 'unlikely');
  };
  // The fits for those answers, on a page without the hostile instance.
  const control = await openPage(env.browser);
  await routePage(control.page, 'control.html', '<mrcc-explorer id="a"><p>A</p></mrcc-explorer>');
  await control.page.goto(`${env.server.origin}/pages/control.html`);
  await control.page.waitForFunction(() => document.getElementById('a').results);
  await answer(control.page);
  const expected = await fits(control.page, 'a');
  await control.context.close();

  const { page, context, problems } = await openPage(env.browser);
  await page.route('**/data/vi-x.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(hostile) }));
  await routePage(page, 'hostile.html', '<mrcc-explorer id="a"><p>A</p></mrcc-explorer>');
  await page.goto(`${env.server.origin}/pages/hostile.html`);
  await page.waitForFunction(() => document.getElementById('a').results);
  await page.evaluate(() => {
    const b = Object.assign(document.createElement('mrcc-explorer'), { id: 'b', innerHTML: '<p class="fallback">B</p>' });
    b.setAttribute('data-src', '/data/vi-x.json');
    document.querySelector('main').append(b);
  });
  await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-error'));
  const [[target, code, message]] = await errorsOf(page);
  assert.deepEqual([target, code], ['b', 'invalid-data']);
  assert.match(message, /meta\.language: expected a language tag/);
  await answer(page);
  assert.equal(await fits(page, 'a'), expected, 'the built-in instance shows the fits for the answers it shows');
  // An instance added afterwards renders.
  await page.evaluate(() => document.querySelector('main').append(Object.assign(document.createElement('mrcc-explorer'), { id: 'c' })));
  await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-ready' && e.target === 'c'));
  assert.equal(await page.locator('#c article.card').count(), BUILT_IN.options.length);
  assert.deepEqual(problems.uncaught, []);
  await context.close();
});

// F1 and F8, in the real wasm: a listener of the wasm's own that traps, or lets a browser
// exception through, reaches only the page's error event; every instance still falls back.
for (const trap of [false, true]) {
  test(`${trap ? 'a trap' : 'a browser exception'} in one of the wasm's own listeners puts every instance into its fallback`, async () => {
    const { page, context } = await openPage(env.browser);
    await page.route('**/pages/listener.html', (route) => route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Listener</title>
        <link rel="icon" href="/www/favicon.svg"><script type="module" src="/pkg-test-hooks/mrcc-explorer.js"></script></head>
        <body><main><button id="poke">Poke</button>
        <mrcc-explorer id="a"><p class="fallback">A fallback</p></mrcc-explorer>
        <mrcc-explorer id="b" lang="es"><p class="fallback">B fallback</p></mrcc-explorer></main></body></html>`,
    }));
    await page.goto(`${env.server.origin}/pages/listener.html`);
    await page.waitForFunction(() => ['a', 'b'].every((id) => document.getElementById(id).shadowRoot.querySelector('article.card')));
    await page.evaluate(async (trap) => {
      const core = await import('/pkg-test-hooks/mrcc-explorer-core.js');
      core.__testThrowOnClick(document.getElementById('poke'), trap);
    }, trap);
    await page.locator('#poke').click();
    await page.waitForFunction(() => window.__mrccEvents.filter((e) => e.type === 'mrcc-error').length === 2);
    const errors = await errorsOf(page);
    assert.deepEqual(errors.map(([id, code]) => [id, code]).sort(), [['a', 'internal-error'], ['b', 'internal-error']]);
    assert.match(errors[0][2], trap ? /unreachable/ : /RangeError/);
    for (const id of ['a', 'b']) assert.ok(await page.locator(`#${id} .fallback`).isVisible());
    await context.close();
  });
}

// F2: 20,000 unknown keys (0.27 MB) took the validator 6.8 s on the main thread. Now the
// object's size is refused before any work on its keys (how long the page is held up is
// measured by `make bench`, not here).
test('a dataset past the limits is refused with its path, and the built-in instance beside it works', async () => {
  const hostile = structuredClone(BUILT_IN);
  for (let i = 0; i < 20000; i++) hostile.meta[`unknown-${i}`] = i;
  const { page, context, problems } = await openPage(env.browser);
  await page.route('**/data/keys.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(hostile) }));
  await routePage(page, 'keys.html', '<mrcc-explorer id="a"><p>A</p></mrcc-explorer><mrcc-explorer id="b" data-src="/data/keys.json"><p class="fallback">B</p></mrcc-explorer>');
  await page.goto(`${env.server.origin}/pages/keys.html`);
  await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-error'));
  const [[target, code, message]] = await errorsOf(page);
  assert.deepEqual([target, code], ['b', 'invalid-data']);
  assert.match(message, /^error: meta: expected an object of at most 500 fields, found 20015$/m);
  // Past the size limit: refused before the text is copied into the validator's wasm.
  const big = structuredClone(BUILT_IN);
  big.meta.disclaimer = 'x'.repeat(3_000_000);
  await page.route('**/data/big.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(big) }));
  await page.evaluate(() => document.getElementById('b').setAttribute('data-src', '/data/big.json'));
  await page.waitForFunction(() => window.__mrccEvents.filter((e) => e.type === 'mrcc-error').length === 2);
  assert.match((await errorsOf(page))[1][2], /^error: dataset: expected at most 2000000 bytes of JSON text$/);
  await page.locator('#a #choice-risk-poor').check();
  await page.waitForFunction(() => document.getElementById('a').results?.find((r) => r.id === 'cytoreductive-nephrectomy')?.fit === 'unlikely');
  assert.deepEqual(problems.uncaught, []);
  await context.close();
});

// F4: the module fetched the wasm, the packs, the stylesheets and three later modules unchecked.
// Each file below is served changed, but still valid (a text in a pack, a comment in a script or
// stylesheet, a custom section in a wasm), so that only its integrity can refuse it.
const changed = {
  text: (bytes, from, to) => {
    const text = Buffer.from(bytes);
    const at = text.indexOf(from);
    assert.ok(at >= 0, `"${from}" in the file`);
    text.write(to, at);
    return text;
  },
  appended: (bytes, tail) => Buffer.concat([Buffer.from(bytes), Buffer.from(tail)]),
  // A custom section named "x" with no content: any engine compiles the module as before.
  wasm: (bytes) => Buffer.concat([Buffer.from(bytes), Buffer.from([0, 2, 1, 0x78])]),
};

async function tampered(file, change, setUp) {
  const { page, context, problems } = await openPage(env.browser);
  await page.route(`**/pkg/${file}`, async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, body: change(await response.body()) });
  });
  page.on('console', (message) => problems.console.push(message.text()));
  await setUp(page);
  return { page, context, problems };
}

const fallbackShown = (page, id) => page.locator(`#${id} .fallback`).isVisible();

test('a changed byte in any file the module loads gives the fallback and mrcc-error, never the changed content', async () => {
  // At start: the fallback and mrcc-error, and the changed text nowhere.
  for (const [file, change, expectedCode] of [
    ['mrcc-explorer-core_bg.wasm', changed.wasm, 'wasm-unavailable'],
    ['mrcc-explorer-en.bin', (b) => changed.text(b, 'metastatic', 'METASTATIC'), 'data-unavailable'],
    ['mrcc-explorer.css', (b) => changed.appended(b, '\n/* changed */ :host { display: none }'), 'start-failed'],
  ]) {
    const { page, context } = await tampered(file, change, async (page) => {
      await routePage(page, 'start.html', '<mrcc-explorer id="a"><p class="fallback">A</p></mrcc-explorer>');
      await page.goto(`${env.server.origin}/pages/start.html`);
    });
    await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-error'));
    assert.deepEqual((await errorsOf(page)).map(([id, code]) => [id, code]), [['a', expectedCode]], file);
    assert.ok(await fallbackShown(page, 'a'), `${file}: the fallback`);
    assert.equal(await page.locator('#a article.card').count(), 0, `${file}: no cards`);
    await context.close();
  }

  // Spanish content: the same.
  {
    const { page, context } = await tampered('mrcc-explorer-es.bin', (b) => changed.text(b, 'cáncer', 'CÁNCER'), async (page) => {
      await routePage(page, 'es.html', '<mrcc-explorer id="a"><p class="fallback">A</p></mrcc-explorer>', { lang: 'es' });
      await page.goto(`${env.server.origin}/pages/es.html`);
    });
    await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-error'));
    assert.deepEqual((await errorsOf(page)).map(([id, code]) => [id, code]), [['a', 'data-unavailable']]);
    assert.ok(await fallbackShown(page, 'a'));
    await context.close();
  }

  // After the first render: the details never show the changed text (they keep saying they are
  // loading), and a changed details stylesheet is not applied.
  {
    const { page, context } = await tampered('mrcc-explorer-en-details.bin', (b) => changed.text(b, 'Oncology', 'ONCOLOGY'), async (page) => {
      await routePage(page, 'details.html', '<mrcc-explorer id="a"><p class="fallback">A</p></mrcc-explorer>');
      await page.goto(`${env.server.origin}/pages/details.html`);
    });
    await page.locator('#a article.card').first().waitFor();
    await page.waitForTimeout(500);
    assert.equal(await page.locator('#a .details .loading').count() > 0, true, 'the details wait');
    assert.doesNotMatch(await page.evaluate(() => document.getElementById('a').shadowRoot.textContent), /ONCOLOGY/);
    await context.close();
  }
  {
    const { page, context } = await tampered('mrcc-explorer-details.css', (b) => changed.appended(b, '\n/* changed */'), async (page) => {
      await routePage(page, 'details-css.html', '<mrcc-explorer id="a"><p class="fallback">A</p></mrcc-explorer>');
      await page.goto(`${env.server.origin}/pages/details-css.html`);
    });
    await page.locator('#a article.card').first().waitFor();
    await page.waitForTimeout(500);
    const sheets = await page.evaluate(() =>
      [...document.getElementById('a').shadowRoot.querySelectorAll('link')].map((link) => [link.href.split('/').pop(), link.sheet !== null]));
    // Refused twice (the second time fetched again from the server: styles.js), then removed.
    assert.deepEqual(sheets.filter(([, applied]) => applied), [['mrcc-explorer.css', true]]);
    assert.deepEqual(sheets.map(([file]) => file), ['mrcc-explorer.css']);
    await context.close();
  }

  // Loaded later: the module with the summary's download, and the print rule.
  for (const [file, change] of [
    ['mrcc-explorer-after.js', (b) => changed.appended(b, '\n// changed')],
    ['mrcc-explorer-print.css', (b) => changed.appended(b, '\n/* changed */')],
  ]) {
    const { page, context, problems } = await tampered(file, change, async (page) => {
      await routePage(page, 'summary.html', '<mrcc-explorer id="a"><p class="fallback">A</p></mrcc-explorer>');
      await page.goto(`${env.server.origin}/pages/summary.html`);
    });
    await page.locator('#a .summary-cta button').click();
    await page.locator('#a .summary-page').waitFor();
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await page.locator('#a .summary-actions button', { hasText: 'Download' }).click();
    await page.waitForTimeout(800);
    const print = await page.evaluate(() => [...document.head.querySelectorAll('link[href$="mrcc-explorer-print.css"]')].map((l) => l.sheet !== null));
    if (file.endsWith('.js')) {
      assert.equal(downloaded, false, 'no download from a changed module');
      assert.ok(problems.console.some((line) => /the download could not start/.test(line)), problems.console.join('\n'));
    } else {
      assert.equal(downloaded, true);
      assert.deepEqual(print, [], 'the changed print rule is refused (twice) and removed, never applied');
    }
    await context.close();
  }

  // A host's dataset: the validator's module and wasm.
  for (const [file, change] of [
    ['mrcc-explorer-validator.js', (b) => changed.appended(b, '\n// changed')],
    ['mrcc-explorer-validator_bg.wasm', changed.wasm],
  ]) {
    const { page, context } = await tampered(file, change, async (page) => {
      await page.route('**/data/good.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(BUILT_IN) }));
      await routePage(page, 'validator.html', '<mrcc-explorer id="a" data-src="/data/good.json"><p class="fallback">A</p></mrcc-explorer>');
      await page.goto(`${env.server.origin}/pages/validator.html`);
    });
    await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-error'));
    assert.deepEqual((await errorsOf(page)).map(([id, code]) => [id, code]), [['a', 'wasm-unavailable']], file);
    assert.ok(await fallbackShown(page, 'a'));
    await context.close();
  }

  // In a frame: the module that posts the height.
  {
    const { page, context, problems } = await tampered('mrcc-explorer-after.js', (b) => changed.appended(b, '\n// changed'), async (page) => {
      await page.goto(`${env.server.origin}/pages/portal-parent.html`);
    });
    await page.frameLocator('#frame').locator('mrcc-explorer article.card').first().waitFor();
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(() => window.__messages), [], 'no height from a changed module');
    await context.close();
  }
});

// Browsers without modulepreload (Safari before 17, Firefox before 115) check a later module's
// text with fetch before importing it: a changed one is refused there too, an unchanged one works.
test('without modulepreload, a later module is still checked before it is imported', async () => {
  for (const change of [null, (b) => changed.appended(b, '\n// changed')]) {
    const { page, context, problems } = await tampered('mrcc-explorer-after.js', change ?? ((b) => b), async (page) => {
      await page.addInitScript(() => {
        const supports = DOMTokenList.prototype.supports;
        DOMTokenList.prototype.supports = function (token) {
          return token === 'modulepreload' ? false : supports.call(this, token);
        };
      });
      await routePage(page, 'old.html', '<mrcc-explorer id="a"><p class="fallback">A</p></mrcc-explorer>');
      await page.goto(`${env.server.origin}/pages/old.html`);
    });
    await page.locator('#a .summary-cta button').click();
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await page.locator('#a .summary-actions button', { hasText: 'Download' }).click();
    await page.waitForTimeout(800);
    assert.equal(downloaded, !change, change ? 'a changed module is refused' : 'an unchanged one works');
    assert.equal(await page.evaluate(() => document.querySelectorAll('link[rel="modulepreload"]').length), 0);
    if (change) assert.ok(problems.console.some((line) => /the download could not start/.test(line)));
    await context.close();
  }
});

// F5: the reader's answers and typing were readable by every script on the page.
test('the shadow root is closed: a page script finds neither the answers nor the typing', async () => {
  const { page, context } = await openPage(env.browser);
  await page.addInitScript(() => {
    window.MRCC_EXPLORER_OPEN_SHADOW_ROOT_FOR_TESTS = false; // a live page: no switch
  });
  await routePage(page, 'closed.html', '<mrcc-explorer id="a"><p class="fallback">A</p></mrcc-explorer>');
  await page.goto(`${env.server.origin}/pages/closed.html`);
  await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-ready'));
  const seen = await page.evaluate(() => {
    // What a generic recorder does: walk the DOM and every shadow root it can open.
    const found = [];
    const walk = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.matches('input, textarea, article')) found.push(element.localName);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    const element = document.getElementById('a');
    return { shadowRoot: element.shadowRoot, found, height: element.getBoundingClientRect().height };
  });
  assert.deepEqual({ shadowRoot: seen.shadowRoot, found: seen.found }, { shadowRoot: null, found: [] });
  assert.ok(seen.height > 500, `the widget is shown (${seen.height} px)`);
  await context.close();
});
