// End-to-end: the WCAG 2.2 AA checks that axe-core cannot make (docs/accessibility.md names the
// test behind each criterion): text spacing and large text, reflow at 400% zoom, forced colours,
// reduced motion, target sizes, focus order and focus never hidden, and the accessibility tree a
// screen reader gets, as a snapshot. The checks themselves are in ./a11y.mjs; the last test
// plants regressions and sees each check report them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useServerAndBrowser, openPage, waitForWidgets, axeViolations, OUTPUT, inWidget, setDefaultFontSize } from './helpers.mjs';
import {
  applyTextSpacing, textProblems, sidewaysScroll, targetProblems, distinctionProblems,
  motionProblems, accessibilityTree, addWidgetStyle,
} from './a11y.mjs';

const env = useServerAndBrowser();
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 900 };
/** The widths of the screenshots (tests/e2e/screenshots.test.mjs): small phone, phone, tablet, laptop. */
const WIDTHS = [320, 390, 768, 1280].map((width) => ({ width, height: width < 768 ? 844 : 900 }));
const EXPECTED_TREE = new URL('./expected/accessibility-tree.txt', import.meta.url);

/** The steps of the reader's flow, each from the one before: what the checks run at. */
const FLOW = {
  'first screen': async () => {},
  'answers given': async (page) => {
    for (const id of ['choice-histology-clear-cell', 'choice-risk-intermediate', 'choice-primary-removed']) {
      await page.locator(`mrcc-explorer #${id}`).check();
    }
  },
  'an option opened, with more detail': async (page) => {
    await page.locator('mrcc-explorer article[data-option="immunotherapy"] button.learn-more').click();
    await page.locator('mrcc-explorer #details-immunotherapy button.more-detail').click();
  },
  'a glossary word opened': async (page) => {
    await page.locator('mrcc-explorer .condition button.term').first().click();
  },
  'two options compared': async (page) => {
    await page.locator('mrcc-explorer #compare-immunotherapy').check();
    await page.locator('mrcc-explorer #compare-targeted-therapy').check();
    await page.locator('mrcc-explorer button.compare-now').first().click();
  },
  'the summary': async (page) => {
    await page.locator('mrcc-explorer .summary-cta button').click();
    await page.locator('mrcc-explorer .summary-page').waitFor();
    // Its "Continue later, or share" controls come from a module loaded as the summary opens:
    // wait for them, or a check could run on a summary that gains controls while it walks.
    await page.locator('mrcc-explorer [data-mrcc-share] h4').waitFor();
  },
  'back from the summary': async (page) => {
    await page.locator('mrcc-explorer [data-mrcc-back]').click();
    await page.locator('mrcc-explorer .situation').waitFor();
  },
};

/** Opens the demo page and calls `check(step)` after each step of the flow. */
async function walkFlow(page, check) {
  await page.goto(`${env.server.origin}/www/index.html`);
  await waitForWidgets(page);
  for (const [step, act] of Object.entries(FLOW)) {
    await act(page);
    await check(step);
  }
}

for (const viewport of WIDTHS) {
  test(`text spacing (1.4.12) at phone and desktop widths: no text clipped, overlapping or lost (${viewport.width} px)`, async () => {
    const { page, context, problems } = await openPage(env.browser, null, { viewport });
    await walkFlow(page, async (step) => {
      if (step === 'back from the summary' || step === 'first screen') return;
      const before = await inWidget(page, 'return root.querySelector(".explorer, .summary-page").innerText.replace(/\\s+/g, " ")');
      assert.deepEqual(await textProblems(page), [], `${step}: before the spacing`);
      await applyTextSpacing(page);
      assert.deepEqual(await textProblems(page), [], `${step}: with the text spacing`);
      assert.equal(await sidewaysScroll(page), 0, `${step}: the page scrolls sideways`);
      const after = await inWidget(page, 'return root.querySelector(".explorer, .summary-page").innerText.replace(/\\s+/g, " ")');
      assert.equal(after, before, `${step}: the text is all there`);
      if (step === 'two options compared') await page.screenshot({ path: join(OUTPUT, `text-spacing-${viewport.width}.png`), fullPage: true });
      await inWidget(page, 'root.adoptedStyleSheets = root.adoptedStyleSheets.slice(0, -1)');
    });
    // And at 200% text (the reader's default font at 32 px), with the spacing too.
    await setDefaultFontSize(page, 32);
    await walkFlow(page, async (step) => {
      if (step !== 'two options compared' && step !== 'the summary') return;
      await applyTextSpacing(page);
      assert.deepEqual(await textProblems(page), [], `${step}: 200% text with the spacing`);
      assert.equal(await sidewaysScroll(page), 0, `${step}: 200% text, the page scrolls sideways`);
    });
    assert.deepEqual(problems, { console: [], uncaught: [] });
    await context.close();
  });
}

test('reflow at 400% zoom of a 1280 px window (1.4.10): one column, no sideways scrolling, nothing clipped', async () => {
  // 1280 by 1024 CSS px at 400% is a 320 by 256 viewport.
  const { page, context } = await openPage(env.browser, null, { viewport: { width: 320, height: 256 } });
  await walkFlow(page, async (step) => {
    assert.equal(await sidewaysScroll(page), 0, `${step}: the page scrolls sideways`);
    assert.deepEqual(await textProblems(page), [], step);
    if (step === 'answers given') {
      const columns = await inWidget(page, `const left = (s) => Math.round(root.querySelector(s).getBoundingClientRect().left);
        return [left('.situation'), left('.results'), ...[...root.querySelectorAll('.options > li')].map((e) => Math.round(e.getBoundingClientRect().left))];`);
      assert.equal(new Set(columns).size, 1, `one column: the answers above the options, one card under another (${columns})`);
    }
  });
  await page.screenshot({ path: join(OUTPUT, 'reflow-400.png') });
  await context.close();
});

test('forced colors (Windows high contrast): fit labels, selected answers, focus ring, icon arrays and the comparison stay distinguishable', async () => {
  // Without forced colours, and with a light and a dark high-contrast theme (Chromium picks the
  // dark one for a reader who prefers a dark colour scheme).
  for (const [forcedColors, colorScheme] of [['none', 'light'], ['active', 'light'], ['active', 'dark']]) {
    const { page, context } = await openPage(env.browser, null, { viewport: LAPTOP });
    await page.emulateMedia({ forcedColors, colorScheme });
    await walkFlow(page, async (step) => {
      if (step !== 'two options compared') return;
      assert.deepEqual(await distinctionProblems(page), [], `forced colours ${forcedColors}, ${colorScheme}`);
      await page.locator('mrcc-explorer .results').screenshot({ path: join(OUTPUT, `forced-colors-${forcedColors}-${colorScheme}.png`) });
    });
    await context.close();
  }
});

test('reduced motion: no transition or animation runs', async () => {
  const { page, context } = await openPage(env.browser, null, { viewport: PHONE });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await walkFlow(page, async (step) => {
    assert.deepEqual(await motionProblems(page), [], step);
  });
  await context.close();
});

test('target size (2.5.8): every control at least 24 by 24 CSS px, or spaced so a 24 px circle touches no other', async () => {
  for (const viewport of WIDTHS) {
    const { page, context } = await openPage(env.browser, null, { viewport });
    await walkFlow(page, async (step) => {
      assert.deepEqual(await targetProblems(page), [], `${viewport.width} px, ${step}`);
    });
    await context.close();
  }
});

/**
 * Tabs from the widget's first control until focus leaves it. Each stop must be in view and not
 * covered by anything (2.4.11) and show a focus ring (2.4.7), and the stops must be the widget's
 * tab stops in document order (2.4.3): the same controls, none skipped, none visited out of
 * order. Returns the stops.
 */
async function tabThrough(page, where) {
  const expected = await inWidget(page, `
    const all = [...root.querySelectorAll('button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
      .filter((e) => e.getClientRects().length && !e.disabled && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[hidden], details:not([open]) > :not(summary)'));
    // Tab stops at one radio button of a group: the chosen one, or the first.
    const stops = all.filter((e) => {
      if (e.type !== 'radio') return true;
      const group = all.filter((o) => o.type === 'radio' && o.name === e.name);
      const chosen = group.find((o) => o.checked);
      return chosen ? e === chosen : e === group[0];
    });
    globalThis.__stops = stops;
    stops[0].focus({ focusVisible: true }); // as if reached by keyboard, though the step before clicked
    return stops.length;`);
  const seen = [];
  for (let i = 0; i < expected + 5; i++) {
    const stop = await inWidget(page, `
      const active = root.activeElement;
      if (!active || document.activeElement !== root.host) return null;
      const r = active.getBoundingClientRect();
      const inView = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
      const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1), y = Math.min(Math.max(r.top + Math.min(r.height, 20) / 2, 0), innerHeight - 1);
      const top = root.elementFromPoint(x, y);
      const covered = !(top && (top === active || active.contains(top) || (active.labels && [...active.labels].some((l) => l.contains(top)))));
      const s = getComputedStyle(active);
      const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      return { index: globalThis.__stops.indexOf(active), name: active.localName + (active.id ? '#' + active.id : '.' + active.className), inView, covered, ring, top: r.top + scrollY, left: r.left };`);
    if (!stop) break;
    assert.ok(stop.index >= 0, `${where}: focus on ${stop.name}, which is not a tab stop in reading order`);
    assert.ok(stop.inView && !stop.covered, `${where}: ${stop.name} is ${stop.inView ? 'covered' : 'out of view'} when focused`);
    assert.ok(stop.ring, `${where}: ${stop.name} shows no focus ring (2.4.7)`);
    seen.push(stop);
    await page.keyboard.press('Tab');
  }
  assert.deepEqual(seen.map((s) => s.index), [...Array(expected).keys()], `${where}: every tab stop once, in document order`);
  return seen;
}

test('focus is never hidden (2.4.11) and follows the reading order through the whole flow (2.4.3)', async () => {
  for (const viewport of [PHONE, LAPTOP]) {
    const { page, context } = await openPage(env.browser, null, { viewport });
    await walkFlow(page, async (step) => {
      if (!['first screen', 'two options compared', 'the summary'].includes(step)) return;
      const stops = await tabThrough(page, `${viewport.width} px, ${step}`);
      if (viewport === PHONE) {
        // One column: each stop is below the one before, or beside it on the same line.
        for (let i = 1; i < stops.length; i++) {
          const [a, b] = [stops[i - 1], stops[i]];
          assert.ok(b.top >= a.top - 2 || (Math.abs(b.top - a.top) < 40 && b.left > a.left),
            `${step}: ${b.name} is above ${a.name} but comes after it`);
        }
      }
    });
    await context.close();
  }
});

test('focus the widget moves by keyboard action shows where it went (2.4.7): numbers, comparison, options, summary', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/www/index.html`, { viewport: PHONE });
  await waitForWidgets(page);
  const ringAfterEnter = async (selector) => {
    await inWidget(page, `root.querySelector(arg).focus({ focusVisible: true })`, selector);
    await page.keyboard.press('Enter');
    return inWidget(page, `const a = root.activeElement, s = getComputedStyle(a);
      return [a.id || a.className, s.outlineStyle, parseFloat(s.outlineWidth)];`);
  };
  await page.locator('mrcc-explorer #compare-immunotherapy').check();
  await page.locator('mrcc-explorer #compare-sbrt').check();
  for (const [selector, target] of [
    ['.numbers-offer button', 'mrcc-numbers'],
    ['button.compare-now', 'mrcc-compare'],
    ['.jumps button.secondary', 'mrcc-options'],
    ['.summary-cta button', 'mrcc-summary'],
  ]) {
    const [where, style, width] = await ringAfterEnter(selector);
    if (target) assert.equal(where, target, selector);
    assert.ok(style !== 'none' && width >= 2, `after Enter on ${selector}, focus on ${where} shows ${style} ${width}px`);
  }
  await context.close();
});

/** Every step's tree and what its live regions last said, as one text. */
async function flowTree(page) {
  const parts = [];
  await walkFlow(page, async (step) => {
    parts.push(`## ${step}`, ...(await accessibilityTree(page)), '');
  });
  return parts.join('\n');
}

test('the accessibility tree at each step of the flow matches its snapshot: names, roles, states, status messages', async () => {
  const { page, context } = await openPage(env.browser, null, { viewport: LAPTOP });
  const tree = await flowTree(page);
  writeFileSync(join(OUTPUT, 'accessibility-tree.txt'), tree);
  if (process.env.UPDATE_EXPECTED) writeFileSync(EXPECTED_TREE, tree);
  // What a screen reader user meets, step by step; rewrite with UPDATE_EXPECTED=1 after a
  // deliberate change, and read the difference (git diff) as a screen reader user would.
  assert.equal(tree, readFileSync(EXPECTED_TREE, 'utf8'), 'the accessibility tree changed: see tests/e2e/output/accessibility-tree.txt');
  for (const [role, count] of [['radio', 10], ['checkbox', 5], ['heading', 8]]) {
    assert.ok(tree.split(`${role} "`).length - 1 >= count, `at least ${count} ${role}s`);
  }
  assert.ok(!/(radio|checkbox|button|link|textbox) ""/.test(tree), 'every control has a name');
  await context.close();
});

test('a planted regression fails the checks: a label removed, a colour-only state, a 16 px target', async () => {
  const { page, context } = await openPage(env.browser, null, { viewport: LAPTOP });
  await walkFlow(page, async (step) => {
    if (step !== 'two options compared') return;
    // A label removed: the radio button has no name in the tree, and the tree differs.
    const before = await accessibilityTree(page);
    await inWidget(page, "root.querySelector('label[for=choice-histology-clear-cell]').remove()");
    const after = await accessibilityTree(page);
    assert.ok(after.some((line) => /radio ""/.test(line)) && !before.some((line) => /radio ""/.test(line)), 'a nameless radio button');
    assert.ok((await axeViolations(page)).some((v) => v.startsWith('label')), 'axe sees it too');
    // A colour-only state: the fit icons' shapes taken away, colour left.
    await addWidgetStyle(page, '.fit .fit-icon { background-image: none !important; }');
    await page.emulateMedia({ forcedColors: 'active' });
    assert.ok((await distinctionProblems(page)).some((p) => /fit icons look the same/.test(p)), 'fits told apart by colour alone');
    await page.emulateMedia({ forcedColors: 'none' });
    // 16 px answers stacked tight: their 24 px circles meet.
    await addWidgetStyle(page, `.choices { gap: 0 !important; } .choice { min-height: 0 !important; gap: 2px !important; }
      .choice label { font-size: 10px; line-height: 1.2 !important; } input[type="radio"] { width: 16px !important; height: 16px !important; }`);
    assert.ok((await targetProblems(page)).some((p) => /^input#choice-.* is 16\.0 by 16\.0 px/.test(p)), 'a 16 px radio button');
    // Text cut by a fixed height under the spacing, a transition, a control out of order.
    await addWidgetStyle(page, '.status { height: 1.6em; overflow: hidden; } .learn-more::after { transition: transform 0.3s; }');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    assert.ok((await textProblems(page)).some((p) => /clipped: p.status/.test(p)), 'clipped status');
    assert.ok((await motionProblems(page)).some((p) => p.endsWith('::after')), 'a transition on a pseudo-element');
    // Text over text: a title with no height of its own, the next line drawn over it.
    await addWidgetStyle(page, '.card-title { height: 0; margin: 0 0 -0.5em !important; }');
    const overlaps = await textProblems(page);
    assert.ok(overlaps.some((p) => /^overlaps: h4\.card-title/.test(p)), `a title over the text below it: ${overlaps.slice(0, 5)}`);
    // A bar stuck to the bottom of the view, over the controls that Tab brings into view there.
    await addWidgetStyle(page, '.summary-cta { position: sticky; bottom: 0; z-index: 9; height: 40vh; background: white; }');
    await assert.rejects(tabThrough(page, 'planted'), /is covered when focused/);
    await inWidget(page, 'root.adoptedStyleSheets = root.adoptedStyleSheets.slice(0, -1)');
    // A control taken out of the reading order.
    await inWidget(page, "root.querySelector('#compare-immunotherapy').tabIndex = 3");
    await assert.rejects(tabThrough(page, 'planted'), /not a tab stop in reading order|in document order/);
  });
  await context.close();
});
