// The iframe height protocol, both sides (the security review of 2026-12-07, F7), in real
// Chromium without wasm: a parent page (tests/element/page.html) holds a same-origin iframe of
// the same page. In the frame, <mrcc-explorer> runs on the fake core (mrcc-explorer-core.js here)
// and loads src/element/mrcc-explorer-height.js as it does in a portal; the parent loads
// src/element/mrcc-explorer-parent.js. Same origin keeps the test to one server: a resize-parent
// that the browser would honour (`*`, or the parent's origin with a trailing slash) is exactly
// what reaches this parent unless the module refuses it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage } from '../e2e/helpers.mjs';

const env = useServerAndBrowser();

/**
 * The parent page, recording every message it receives, with a same-origin frame; resolves to
 * the page, its context and the frame (the child, with console.warn recorded).
 */
async function parentWithFrame() {
  const { page, context, problems } = await openPage(env.browser, `${env.server.origin}/element/page.html`);
  await page.evaluate(async () => {
    window.__messages = [];
    window.addEventListener('message', (event) => window.__messages.push({ origin: event.origin, data: event.data }));
    const iframe = document.createElement('iframe');
    iframe.id = 'frame';
    iframe.src = '/element/page.html?child';
    await new Promise((resolve) => {
      iframe.onload = resolve;
      document.body.append(iframe);
    });
  });
  const frame = await (await page.$('#frame')).contentFrame();
  await frame.evaluate(() => {
    window.__warnings = [];
    const warn = console.warn;
    console.warn = (...args) => {
      window.__warnings.push(args.join(' '));
      warn.apply(console, args);
    };
  });
  return { page, context, frame, problems };
}

/** In the frame: <mrcc-explorer resize-parent="value"> on the fake core, once it is ready. */
async function widgetInFrame(frame, value) {
  await frame.evaluate(async (origin) => {
    globalThis.fakeCore = {};
    const { define } = await import('/element/define.js');
    define();
    const element = document.createElement('mrcc-explorer');
    element.id = 'widget';
    element.setAttribute('resize-parent', origin);
    element.style.display = 'block';
    document.body.append(element);
    await new Promise((resolve) => element.addEventListener('mrcc-ready', resolve, { once: true }));
  }, value);
}

/** Makes the widget in the frame change size, set the same attribute again and move it. */
async function resizeAndReconnect(frame) {
  await frame.evaluate(async () => {
    const element = document.getElementById('widget');
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    element.style.height = '300px';
    await frames();
    element.setAttribute('resize-parent', element.getAttribute('resize-parent')); // the same value again
    element.style.height = '500px';
    await frames();
    element.remove();
    document.body.append(element); // moved: watched again
    element.style.height = '700px';
    await frames();
  });
}

const heights = (page) => page.evaluate(() => window.__messages.filter((m) => m.data?.type === 'mrcc:height').map((m) => m.data.height));
const warnings = (frame) => frame.evaluate(() => window.__warnings.filter((w) => w.startsWith('mrcc-explorer: resize-parent')));

test('resize-parent that is not a serialised origin posts nothing and warns once', async (t) => {
  // `*` and the parent's own origin with a trailing slash: the browser would deliver both here.
  const values = ['*', 'hospital.example', 'https://a.example/', `${env.server.origin}/`, ` ${env.server.origin}`];
  for (const value of values) {
    await t.test(JSON.stringify(value), async () => {
      const { page, context, frame, problems } = await parentWithFrame();
      await widgetInFrame(frame, value);
      await resizeAndReconnect(frame);
      await page.waitForTimeout(150);
      assert.deepEqual(await page.evaluate(() => window.__messages), [], 'nothing posted');
      const warned = await warnings(frame);
      assert.equal(warned.length, 1, `one warning: ${JSON.stringify(warned)}`);
      assert.ok(warned[0].includes(JSON.stringify(value)), `the warning names the value: ${warned[0]}`);
      assert.deepEqual(problems.uncaught, []);
      await context.close();
    });
  }
});

test('postHeightTo refuses a value that is not a serialised origin: null, one warning per element and value, never "*"', async () => {
  const { page, context, frame } = await parentWithFrame();
  const seen = await frame.evaluate(async () => {
    const { postHeightTo } = await import('/element/mrcc-explorer-height.js');
    const [one, two] = [document.createElement('div'), document.createElement('div')];
    document.body.append(one, two);
    const results = [postHeightTo('*', one), postHeightTo('*', one), postHeightTo('*', two), postHeightTo('https://a.example/', one)];
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return { results, warnings: window.__warnings.length };
  });
  assert.deepEqual(seen, { results: [null, null, null, null], warnings: 3 });
  await page.waitForTimeout(100);
  assert.deepEqual(await page.evaluate(() => window.__messages), []);
  await context.close();
});

test("resize-parent set to the parent's origin posts the height there, and no warning", async () => {
  const { page, context, frame } = await parentWithFrame();
  await widgetInFrame(frame, env.server.origin);
  // The height module is imported when the element connects: sizes are followed once it has
  // posted the first one (on a busy machine, later than the widget's first render).
  await page.waitForFunction(() => window.__messages.length > 0);
  await resizeAndReconnect(frame);
  await page.waitForFunction(() => window.__messages.some((m) => m.data?.height >= 700));
  assert.deepEqual(new Set((await page.evaluate(() => window.__messages)).map((m) => m.origin)), new Set([env.server.origin]));
  const posted = await heights(page);
  assert.ok(posted.every(Number.isInteger) && posted.some((h) => h >= 300 && h < 500), `followed the sizes: ${posted}`);
  assert.deepEqual(await frame.evaluate(() => window.__warnings), []);
  await context.close();
});

/** In the parent: followHeight on the frame; returns the value it threw, if any. */
const follow = (page, origin, options) =>
  page.evaluate(async ([childOrigin, settings]) => {
    const { followHeight } = await import('/element/mrcc-explorer-parent.js');
    try {
      window.__stop = followHeight(document.getElementById('frame'), childOrigin, settings ?? undefined);
      return null;
    } catch (error) {
      return `${error.name}: ${error.message}`;
    }
  }, [origin, options ?? null]);

/** Posts a height message from the frame to the parent and waits until the parent has it. */
async function postFromFrame(page, frame, height) {
  const before = await page.evaluate(() => window.__messages.length);
  await frame.evaluate((h) => window.parent.postMessage({ type: 'mrcc:height', height: h }, window.origin), height);
  await page.waitForFunction((n) => window.__messages.length > n, before);
  return page.evaluate(() => document.getElementById('frame').style.height);
}

test('followHeight clamps a posted height to its maximum: 50000 px, or options.max', async () => {
  const { page, context, frame } = await parentWithFrame();
  assert.equal(await follow(page, env.server.origin), null);
  assert.equal(await postFromFrame(page, frame, 812.2), '813px', 'an ordinary height is followed');
  assert.equal(await postFromFrame(page, frame, 5e7), '50000px', 'clamped to the default maximum');
  await page.evaluate(() => window.__stop());
  assert.equal(await follow(page, env.server.origin, { max: 1200 }), null);
  assert.equal(await postFromFrame(page, frame, 5e7), '1200px', 'clamped to options.max');
  assert.equal(await postFromFrame(page, frame, 640), '640px');
  await context.close();
});

test("followHeight refuses a child origin that is not a serialised origin with a TypeError (the host's own mistake)", async () => {
  const { page, context } = await parentWithFrame();
  for (const origin of ['*', 'hospital.example', 'https://a.example/', `${env.server.origin}/`, '']) {
    assert.match(String(await follow(page, origin)), /^TypeError: .*origin/, JSON.stringify(origin));
  }
  await context.close();
});
