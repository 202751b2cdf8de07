// End-to-end: a hospital's own content through data-src or an inline JSON child, and bad
// content of every kind giving a readable error while the other instances keep working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, waitForWidgets, BUILT_IN } from './helpers.mjs';

const env = useServerAndBrowser();

const custom = (change) => {
  const dataset = structuredClone(BUILT_IN);
  change(dataset);
  return JSON.stringify(dataset);
};

/** Opens data.html with `files` served under /data/, then adds an element per attribute set. */
async function openWith(files, elements) {
  const opened = await openPage(env.browser);
  const { page } = opened;
  await page.route('**/data/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    if (!(name in files)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: 'application/json', body: files[name] });
  });
  await page.goto(`${env.server.origin}/strict/pages/data.html`);
  await page.evaluate((elements) => {
    for (const [id, src] of Object.entries(elements)) {
      const element = document.createElement('mrcc-explorer');
      element.id = id;
      element.setAttribute('data-src', src);
      element.innerHTML = `<p class="fallback">${id} fallback</p>`;
      document.querySelector('main').append(element);
    }
  }, elements);
  return opened;
}

const errorFor = (page, id) =>
  page.waitForFunction((id) => window.__mrccEvents.find((e) => e.type === 'mrcc-error' && e.target === id) ?? null, id)
    .then((handle) => handle.jsonValue());

test('data-src replaces the built-in content, beside a normal instance', async () => {
  const body = custom((d) => {
    d.meta.title = 'Lakeside guide to treatment options';
    d.options[0].name = 'Immunotherapy (Lakeside)';
  });
  const { page, context, problems } = await openWith({ 'ok.json': body }, { custom: '/data/ok.json' });
  await page.waitForFunction(() => document.querySelector('#custom').shadowRoot.querySelector('h2'));
  assert.equal(await page.locator('#custom h2').textContent(), 'Lakeside guide to treatment options');
  assert.equal(await page.locator('#custom article[data-option="immunotherapy"] h4').textContent(), 'Immunotherapy (Lakeside)');
  assert.equal(await page.locator('#normal h2').textContent(), BUILT_IN.meta.title);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(problems.uncaught, []);

  // Changing data-src at run time loads the new content.
  await page.route('**/data/second.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: custom((d) => { d.meta.title = 'Second edition'; }) }));
  await page.evaluate(() => document.querySelector('#custom').setAttribute('data-src', '/data/second.json'));
  await page.waitForFunction(() => document.querySelector('#custom').shadowRoot.querySelector('h2')?.textContent === 'Second edition');
  await context.close();
});

test('only pages with their own dataset load the validator module, once for every instance', async () => {
  const validatorRequests = (page) => {
    const urls = [];
    page.on('request', (request) => { if (/mrcc-explorer-validator/.test(request.url())) urls.push(request.url()); });
    return urls;
  };
  const plain = await openPage(env.browser);
  const plainRequests = validatorRequests(plain.page);
  await plain.page.goto(`${env.server.origin}/strict/www/index.html`);
  await waitForWidgets(plain.page);
  assert.deepEqual(plainRequests, []);
  await plain.context.close();

  const body = custom((d) => { d.meta.title = 'Lakeside guide'; });
  const opened = await openPage(env.browser);
  const requests = validatorRequests(opened.page);
  await opened.page.route('**/data/*', (route) => route.fulfill({ contentType: 'application/json', body }));
  await opened.page.goto(`${env.server.origin}/strict/pages/data.html`);
  await opened.page.evaluate(() => {
    for (const id of ['a', 'b', 'c']) {
      const element = document.createElement('mrcc-explorer');
      element.id = id;
      element.setAttribute('data-src', `/data/${id}.json`);
      document.querySelector('main').append(element);
    }
  });
  await opened.page.waitForFunction(() => ['a', 'b', 'c'].every((id) =>
    document.getElementById(id).shadowRoot.querySelector('h2')?.textContent === 'Lakeside guide'));
  assert.deepEqual(requests.map((url) => new URL(url).pathname.split('/').pop()).sort(),
    ['mrcc-explorer-validator.js', 'mrcc-explorer-validator_bg.wasm']);
  assert.deepEqual(await opened.page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(opened.problems, { console: [], uncaught: [] });
  await opened.context.close();
});

test('bad content gives a readable error and the fallback, and the other instance keeps working', async () => {
  const files = {
    // Cut inside a string value: the text ends before the value does.
    'truncated.json': JSON.stringify(BUILT_IN).slice(0, JSON.stringify(BUILT_IN).lastIndexOf(':"', 5000) + 3),
    'wrong-schema.json': JSON.stringify({ schema_version: 1, meta: { title: 3 } }),
    'script-link.json': custom((d) => { d.links[0].url = 'javascript:window.__xss=1'; }),
    // JSON.parse would keep the second title silently; the widget reports it, as `make validate` does.
    'repeated-key.json': JSON.stringify(BUILT_IN).replace('"title":', '"title":"Lost","title":'),
  };
  const expected = {
    truncated: ['invalid-data', /dataset: unexpected end of the text.* at line 1 column/],
    'repeated-key': ['invalid-data', /meta\.title: duplicate field `title`/],
    'wrong-schema': ['invalid-data', /meta\.title: invalid type: integer `3`, expected a string/],
    'script-link': ['invalid-data', /links\[0\]\.url: expected an https, mailto or tel link/],
    missing: ['data-unavailable', /HTTP 404/],
  };
  const elements = Object.fromEntries(Object.keys(expected).map((id) => [id, `/data/${id}.json`]));
  const { page, context, problems } = await openWith(files, elements);
  for (const [id, [code, message]] of Object.entries(expected)) {
    const event = await errorFor(page, id);
    assert.equal(event.detail.code, code, id);
    assert.match(event.detail.message, message, id);
    assert.ok(await page.locator(`#${id} .fallback`).isVisible(), `${id}: fallback visible`);
    assert.match(await page.locator(`#${id} [role="alert"]`).textContent(), /treatment information/, id);
    assert.equal(await page.locator(`#${id} article.card`).count(), 0, `${id}: no content shown`);
  }
  // The inline child of #inline is not a dataset either.
  const inline = await errorFor(page, 'inline');
  assert.match(inline.detail.message, /unknown field `not`/);
  await waitForWidgets(page, 1);
  assert.equal(await page.locator('#normal article.card').count(), BUILT_IN.options.length);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(problems.uncaught, []);
  await context.close();
});

test('markup in dataset strings is shown as text and never runs', async () => {
  const attack = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  const body = custom((d) => {
    d.meta.title = attack;
    d.options[0].name = attack;
    d.options[0].benefits[0] = attack;
    d.glossary[0].definition = attack;
  });
  const { page, context } = await openWith({ 'attack.json': body }, { attack: '/data/attack.json' });
  await page.waitForFunction(() => document.querySelector('#attack').shadowRoot.querySelector('h2'));
  assert.equal(await page.locator('#attack h2').textContent(), attack);
  assert.equal(await page.locator('#attack img, #attack script').count(), 0);
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  await context.close();
});

test('an inline JSON child supplies the content when there is no data-src', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/pages/data.html`);
  const body = custom((d) => { d.meta.title = 'Inline edition'; });
  await page.evaluate((body) => {
    const element = document.createElement('mrcc-explorer');
    element.id = 'inline-ok';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = body;
    element.append(script);
    document.querySelector('main').append(element);
  }, body);
  await page.waitForFunction(() => document.querySelector('#inline-ok').shadowRoot.querySelector('h2'));
  assert.equal(await page.locator('#inline-ok h2').textContent(), 'Inline edition');
  await context.close();
});
