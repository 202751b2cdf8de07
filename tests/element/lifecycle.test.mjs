// Unit tests of the element's lifecycle (src/element/) against a fake core, in real Chromium:
// the destroy delay, attribute changes while starting, one report per failure and the retry,
// a panic, and properties. No wasm is built or loaded: see mrcc-explorer-core.js here.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage } from '../e2e/helpers.mjs';

const env = useServerAndBrowser();

/** A fresh page with the element defined; `fake` configures the fake core first. */
async function elementPage(fake = {}) {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/element/page.html`);
  await page.evaluate(async (settings) => {
    globalThis.fakeCore = { ...settings };
    const { define, MrccExplorerElement } = await import('/element/define.js');
    MrccExplorerElement.destroyDelay = 200;
    define();
  }, fake);
  return { page, context };
}

const calls = (page, name) => page.evaluate((n) => globalThis.fakeCore.calls.filter(([c]) => c === n), name);
const events = (page, type) => page.evaluate((t) => window.__mrccEvents.filter((e) => e.type === t), type);

async function addElement(page, attributes = {}) {
  await page.evaluate((attrs) => {
    const element = document.createElement('mrcc-explorer');
    element.id = 'widget';
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
    element.innerHTML = '<p>Fallback content</p>';
    document.body.append(element);
  }, attributes);
}

test('an element removed and re-added within the destroy delay keeps its app; later, it is destroyed', async () => {
  const { page, context } = await elementPage();
  await addElement(page);
  await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-ready'));
  await page.evaluate(() => {
    const element = document.getElementById('widget');
    element.remove();
    document.body.append(element); // moved, as a CMS or a framework may do
  });
  await page.waitForTimeout(400);
  assert.equal((await calls(page, 'mount')).length, 1);
  assert.equal((await calls(page, 'unmount')).length, 0, 'a moved element keeps its app');

  await page.evaluate(() => {
    window.removed = document.getElementById('widget');
    window.removed.remove();
  });
  await page.waitForTimeout(100);
  assert.equal((await calls(page, 'unmount')).length, 0, 'not before the delay');
  await page.waitForTimeout(300);
  assert.deepEqual(await calls(page, 'unmount'), [['unmount', 1]]);
  const shadow = await page.evaluate(() => ({
    slot: !!window.removed.shadowRoot.querySelector('slot'),
    mount: !!window.removed.shadowRoot.querySelector('.mount'),
  }));
  assert.deepEqual(shadow, { slot: true, mount: false }, 'the fallback is back, the app gone');
  await context.close();
});

test('the first render, reported from inside mount(), is handled once mount has returned', async () => {
  const { page, context } = await elementPage();
  await addElement(page);
  await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-ready'));
  const [ready] = await events(page, 'mrcc-ready');
  assert.equal(ready.detail.optionCount, 10, 'mrcc-ready describes the mounted app');
  // The built-in content's details are fetched after the first render and given to the core.
  await page.waitForFunction(() => globalThis.fakeCore.calls.some(([c]) => c === 'provideDetails'));
  assert.deepEqual(await calls(page, 'provideDetails'), [['provideDetails', 'en']]);
  // ...once the stylesheet for what only they show applies.
  await page.waitForFunction(() => globalThis.fakeCore.detailsStyled.length > 0);
  assert.deepEqual(await page.evaluate(() => globalThis.fakeCore.detailsStyled), [true]);
  await context.close();
});

test('attribute changes while the core loads are applied once it has started, in one update', async () => {
  // Details that never complete: no update of their own besides the one under test.
  const { page, context } = await elementPage({ initDelay: 300, detailsComplete: false });
  await addElement(page, { situation: 'risk=poor' });
  await page.waitForTimeout(50);
  await page.evaluate(() => {
    const element = document.getElementById('widget');
    element.setAttribute('situation', 'risk=favorable');
    element.setAttribute('appointment-url', 'https://hospital.example/appointments');
  });
  await page.waitForFunction(() => globalThis.fakeCore.calls.some(([c]) => c === 'update'));
  await page.waitForTimeout(50);
  const mounts = await calls(page, 'mount');
  assert.equal(mounts.length, 1, 'one app');
  const updates = await calls(page, 'update');
  assert.equal(updates.length, 1, 'both changes in one update');
  assert.equal(updates[0][2].situation, 'risk=favorable');
  assert.equal(updates[0][2].appointmentUrl, 'https://hospital.example/appointments');
  assert.equal((await events(page, 'mrcc-ready')).length, 1);
  await context.close();
});

test('several attribute changes in one task make one update, in order with the next', async () => {
  const { page, context } = await elementPage({ detailsComplete: false });
  await addElement(page);
  await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-ready'));
  await page.evaluate(async () => {
    const element = document.getElementById('widget');
    element.setAttribute('situation', 'risk=poor');
    element.setAttribute('appointment-url', 'https://hospital.example/a');
    element.situation = 'risk=intermediate';
    await new Promise((resolve) => setTimeout(resolve));
    element.situation = 'risk=favorable';
  });
  await page.waitForTimeout(100);
  const updates = (await calls(page, 'update')).map(([, , config]) => [config.situation, config.appointmentUrl]);
  assert.deepEqual(updates, [
    ['risk=intermediate', 'https://hospital.example/a'],
    ['risk=favorable', 'https://hospital.example/a'],
  ]);
  await context.close();
});

test('a failed start is reported once, shows the fallback, and a later change retries', async () => {
  const { page, context } = await elementPage({ failMounts: 1 });
  await addElement(page);
  await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-error'));
  const alert = await page.evaluate(() => {
    const shadow = document.getElementById('widget').shadowRoot;
    return { text: shadow.querySelector('[role=alert]')?.textContent, slot: !!shadow.querySelector('slot') };
  });
  assert.equal(alert.text, 'The treatment information has errors, so it is not shown.');
  assert.ok(alert.slot, 'the fallback content shows');
  // Two attributes in one task: one new start, not two.
  await page.evaluate(() => {
    const element = document.getElementById('widget');
    element.setAttribute('situation', 'risk=poor');
    element.setAttribute('support-url', 'https://hospital.example/support');
  });
  await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-ready'));
  assert.equal((await calls(page, 'mount')).length, 2);
  assert.deepEqual((await events(page, 'mrcc-error')).map((e) => e.detail.code), ['invalid-data'], 'reported once');
  const after = await page.evaluate(() => {
    const shadow = document.getElementById('widget').shadowRoot;
    return { alert: !!shadow.querySelector('[role=alert]'), slot: !!shadow.querySelector('slot'), text: shadow.querySelector('.mount')?.textContent };
  });
  assert.deepEqual(after, { alert: false, slot: false, text: 'app 1: risk=poor' });
  await context.close();
});

test('a core that cannot load is reported as wasm-unavailable', async () => {
  const { page, context } = await elementPage({ failInit: true });
  await addElement(page);
  await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-error'));
  assert.deepEqual((await events(page, 'mrcc-error')).map((e) => e.detail.code), ['wasm-unavailable']);
  assert.equal((await calls(page, 'mount')).length, 0);
  await context.close();
});

test('a panic puts every element into its fallback and nothing calls the core again', async () => {
  const { page, context } = await elementPage();
  await addElement(page);
  await page.evaluate(() => {
    const second = document.createElement('mrcc-explorer');
    second.id = 'second';
    document.body.append(second);
  });
  await page.waitForFunction(() => window.__mrccEvents.filter((e) => e.type === 'mrcc-ready').length === 2);
  await page.waitForTimeout(100); // the details' update, before the panic
  const before = await page.evaluate(() => globalThis.fakeCore.calls.length);
  await page.evaluate(() => globalThis.fakeCore.panic('fake: unreachable'));
  const errors = await events(page, 'mrcc-error');
  assert.deepEqual(errors.map((e) => [e.target, e.detail.code]).sort(), [['second', 'internal-error'], ['widget', 'internal-error']]);
  await page.evaluate(() => {
    document.getElementById('widget').setAttribute('situation', 'risk=poor');
    document.getElementById('second').remove();
  });
  await page.waitForTimeout(400);
  const after = await page.evaluate((n) => globalThis.fakeCore.calls.slice(n), before);
  assert.deepEqual(after, [], 'a dead core is never called: no update, no unmount');
  await context.close();
});

test('a trap in the WebAssembly (an engine bug) is handled as a panic: every element falls back, once', async () => {
  const { page, context } = await elementPage();
  await addElement(page);
  await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-ready'));
  await page.evaluate(() => {
    globalThis.fakeCore.trapOnDescribe = true;
    const second = document.createElement('mrcc-explorer');
    second.id = 'second';
    document.body.append(second);
  });
  await page.waitForFunction(() => window.__mrccEvents.filter((e) => e.type === 'mrcc-error').length === 2);
  await page.waitForTimeout(100);
  const errors = await events(page, 'mrcc-error');
  assert.deepEqual(errors.map((e) => [e.target, e.detail.code]).sort(), [['second', 'internal-error'], ['widget', 'internal-error']]);
  assert.match(errors[0].detail.message, /Out of bounds table access/);
  assert.equal((await events(page, 'mrcc-ready')).length, 1, 'the trapped element never says it is ready');
  const shown = await page.evaluate(() => ['widget', 'second'].map((id) => !!document.getElementById(id).shadowRoot.querySelector('slot')));
  assert.deepEqual(shown, [true, true], 'both show their fallback');
  await context.close();
});

// The security review of 2026-12-07, F1: a RangeError out of mount() used to fail that one
// element, while the core's scheduler stayed locked and the other instance showed stale fits.
for (const [call, setting] of [['mount', 'foreignOnMount'], ['update', 'foreignOnUpdate']]) {
  test(`a browser exception out of the core's ${call}() puts every element into its fallback, once each`, async () => {
    const { page, context } = await elementPage();
    await addElement(page);
    await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-ready'));
    await page.waitForTimeout(100); // the details' update
    await page.evaluate((name) => {
      globalThis.fakeCore[name] = true;
      const second = document.createElement('mrcc-explorer');
      second.id = 'second';
      if (name === 'foreignOnUpdate') document.getElementById('widget').setAttribute('situation', 'risk=poor');
      else document.body.append(second);
    }, setting);
    await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-error'));
    await page.waitForTimeout(300);
    const errors = await events(page, 'mrcc-error');
    const expected = call === 'mount' ? [['second', 'internal-error'], ['widget', 'internal-error']] : [['widget', 'internal-error']];
    assert.deepEqual(errors.map((e) => [e.target, e.detail.code]).sort(), expected);
    assert.match(errors[0].detail.message, call === 'mount' ? /RangeError/ : /TypeError/);
    assert.equal(await page.evaluate(() => !!document.getElementById('widget').shadowRoot.querySelector('slot')), true, 'the healthy one falls back too');
    // A third element, added afterwards, falls back at once instead of staying blank.
    await page.evaluate(() => {
      const third = document.createElement('mrcc-explorer');
      third.id = 'third';
      document.body.append(third);
    });
    await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-error' && e.target === 'third'));
    assert.equal((await events(page, 'mrcc-error')).find((e) => e.target === 'third').detail.code, 'internal-error');
    await context.close();
  });
}

// A trap or browser exception from one of the wasm's own listeners (a click) escapes a callback
// of the glue's, which tells the element (tools/glue-closures.mjs): every instance falls back.
// An error of the host page's own, even one thrown from a stack with wasm frames in it, does not.
test("an error escaping one of the wasm's callbacks falls back; a host error does not", async () => {
  const { page, context } = await elementPage();
  await addElement(page);
  await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-ready'));
  await page.evaluate(() => setTimeout(() => {
    const error = new WebAssembly.RuntimeError('the host page\'s own wasm');
    Object.defineProperty(error, 'stack', { value: `RuntimeError: unreachable\n    at wasm://wasm/0:wasm-function[12]:0x34\n    at ${new URL('/element/loading.js', location.href)}:1:1` });
    throw error;
  }));
  await page.waitForTimeout(100);
  assert.deepEqual(await events(page, 'mrcc-error'), [], 'a host error is not ours');
  await page.evaluate(() => globalThis.fakeCore.closureError(new WebAssembly.RuntimeError('unreachable')));
  await page.waitForFunction(() => window.__mrccEvents.some((e) => e.type === 'mrcc-error'));
  assert.deepEqual((await events(page, 'mrcc-error')).map((e) => e.detail.code), ['internal-error']);
  await context.close();
});

test('properties reflect their attributes, also when set before the element was defined', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/element/page.html`);
  const seen = await page.evaluate(async () => {
    globalThis.fakeCore = {};
    const early = document.createElement('mrcc-explorer');
    early.situation = 'risk=poor'; // before the class exists
    document.body.append(early);
    const { define } = await import('/element/define.js');
    define();
    const element = document.createElement('mrcc-explorer');
    element.appointmentUrl = 'tel:+15555550100';
    element.dataSrc = null;
    return {
      early: early.getAttribute('situation'),
      reflected: element.getAttribute('appointment-url'),
      absent: element.supportUrl,
      removed: element.hasAttribute('data-src'),
    };
  });
  assert.deepEqual(seen, { early: 'risk=poor', reflected: 'tel:+15555550100', absent: null, removed: false });
  await context.close();
});
