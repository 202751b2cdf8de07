// Accessibility checks that axe-core cannot make, for tests/e2e/accessibility.test.mjs. Each
// returns a list of problems (empty when the check holds) rather than asserting, so that one test
// can plant a regression and see the check report it. They read the widget through its shadow
// root, open in test runs (helpers.mjs), and Chromium's accessibility tree through its protocol.

import { inWidget } from './helpers.mjs';

// WCAG 1.4.12's text spacing, as the bookmarklet most testers use sets it (line height 1.5,
// paragraphs 2 em apart, letters 0.12 em and words 0.16 em), adopted into the shadow root, where a
// page's own stylesheet does not reach.
export const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

export const applyTextSpacing = (page) => addWidgetStyle(page, TEXT_SPACING);

/**
 * Text that is cut off, sticks out of the widget or lies over other text: every text node's line
 * boxes (from a Range) inside the widget's width, not over another text node's, and no element
 * that clips its overflow (the visually hidden live regions excepted) holding more than it shows.
 */
export function textProblems(page) {
  return inWidget(page, `
    const problems = [];
    const box = root.host.getBoundingClientRect();
    const hiddenOnPurpose = (e) => e.closest('.visually-hidden, [hidden]');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const lines = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!node.textContent.trim() || !element || hiddenOnPurpose(element)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width < 1 || r.height < 1) continue;
        const where = element.localName + '.' + element.className + ' "' + node.textContent.trim().slice(0, 40) + '"';
        if (r.right > box.right + 1 || r.left < box.left - 1) problems.push('sticks out: ' + where);
        lines.push({ node, r, where });
      }
    }
    // Line boxes of different text nodes may touch; they may not overlap by more than 2 px.
    lines.sort((a, b) => a.r.top - b.r.top);
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length && lines[j].r.top < lines[i].r.bottom - 2; j++) {
        const [a, b] = [lines[i], lines[j]];
        if (a.node === b.node) continue;
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 2 && y > 2) problems.push('overlaps: ' + a.where + ' / ' + b.where);
      }
    }
    for (const element of root.querySelectorAll('*')) {
      if (hiddenOnPurpose(element) || !element.textContent.trim()) continue;
      const style = getComputedStyle(element);
      const clipsX = /hidden|clip|auto|scroll/.test(style.overflowX);
      const clipsY = /hidden|clip|auto|scroll/.test(style.overflowY);
      if ((clipsX && element.scrollWidth > element.clientWidth + 1) || (clipsY && element.scrollHeight > element.clientHeight + 1)) {
        problems.push('clipped: ' + element.localName + '.' + element.className);
      }
    }
    return [...new Set(problems)];`);
}

/** How far the page scrolls sideways, in CSS px (0 when it does not). */
export const sidewaysScroll = (page) =>
  page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));

/**
 * WCAG 2.5.8: every control at least 24 by 24 CSS px, or undersized but spaced so that a 24 px
 * circle on its centre meets no other control nor another undersized one's circle. Controls in
 * a sentence (the glossary's words, links in running text) are the criterion's inline exception.
 */
export function targetProblems(page) {
  return inWidget(page, `
    const controls = [...root.querySelectorAll('button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
      .filter((e) => e.getClientRects().length && !e.closest('.visually-hidden') && getComputedStyle(e).visibility !== 'hidden');
    const inSentence = (e) => {
      if (!/^inline/.test(getComputedStyle(e).display)) return false;
      const block = e.parentElement.closest('p, li, dd, td, figcaption, span.reason');
      return !!block && block.textContent.trim().length > e.textContent.trim().length + 10;
    };
    const rect = (e) => e.getBoundingClientRect();
    const small = controls.filter((e) => !inSentence(e)).filter((e) => rect(e).width < 24 - 0.01 || rect(e).height < 24 - 0.01);
    const centre = (r) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const circleMeetsRect = (c, r) => {
      const dx = Math.max(r.left - c.x, 0, c.x - r.right), dy = Math.max(r.top - c.y, 0, c.y - r.bottom);
      return dx * dx + dy * dy < 12 * 12;
    };
    const problems = [];
    for (const e of small) {
      const c = centre(rect(e));
      const near = controls.find((other) => other !== e && !other.contains(e) && !e.contains(other) && circleMeetsRect(c, rect(other)))
        ?? small.find((other) => other !== e && Math.hypot(centre(rect(other)).x - c.x, centre(rect(other)).y - c.y) < 24);
      if (near) {
        const r = rect(e);
        problems.push(e.localName + (e.id ? '#' + e.id : '.' + e.className) + ' is ' + r.width.toFixed(1) + ' by ' + r.height.toFixed(1) + ' px, close to ' + near.localName + '.' + near.className);
      }
    }
    return problems;`);
}

/**
 * How much of a screenshot is ink: the share of its pixels at 3:1 or more against its top-left
 * pixel (the background, for the round icons and the boxes measured here). Decoded in the page.
 */
export function ink(page, png) {
  return page.evaluate(async (base64) => {
    // From bytes, not a data: URL, which the demo page's Content-Security-Policy refuses to fetch.
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const luminance = (i) => {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]].map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const background = luminance(0);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      const l = luminance(i);
      if ((Math.max(l, background) + 0.05) / (Math.min(l, background) + 0.05) >= 3) inked++;
    }
    return inked / (data.length / 4);
  }, png.toString('base64'));
}

/** WCAG's contrast ratio of two computed colours (`rgb(...)`/`rgba(...)`, alpha ignored). */
export function contrast(a, b) {
  const luminance = (colour) => {
    const [r, g, bl] = colour.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/**
 * What tells states and kinds apart in the current colour mode (run once with forced colours
 * emulated): the three fits' icons differ in shape, a chosen answer from one not chosen, the
 * focus ring and the comparison's cell borders against the background, and an icon array's
 * marked people against the others and the background (3:1, WCAG 1.4.11).
 */
export async function distinctionProblems(page) {
  const problems = [];
  const shot = (selector) => page.locator(`mrcc-explorer ${selector}`).first().screenshot({ animations: 'disabled' });
  // Fit icons: the shape, not the colour, tells them apart (the colours may all be one).
  const kinds = await inWidget(page, "return [...new Set([...root.querySelectorAll('.fit[data-fit]')].map((e) => e.dataset.fit))]");
  if (kinds.length < 2) problems.push(`fewer than two fits on screen (${kinds})`);
  // Filled, half filled and empty circles: at least a tenth of the icon's area apart in ink.
  const icons = [];
  for (const kind of kinds) icons.push([kind, await ink(page, await shot(`.fit[data-fit="${kind}"] .fit-icon`))]);
  for (let i = 0; i < icons.length; i++) {
    for (let j = i + 1; j < icons.length; j++) {
      if (Math.abs(icons[i][1] - icons[j][1]) < 0.1) problems.push(`the ${icons[i][0]} and ${icons[j][0]} fit icons look the same (${icons[i][1].toFixed(2)}, ${icons[j][1].toFixed(2)} inked)`);
    }
  }
  // A chosen answer looks different from one not chosen (the first group's first two choices).
  const [chosen, other] = await inWidget(page, `const inputs = [...root.querySelector('.criterion').querySelectorAll('input')];
    return [inputs.find((i) => i.checked)?.id, inputs.find((i) => !i.checked)?.id];`);
  if (!chosen || !other) problems.push('no chosen answer to compare with');
  else {
    const [on, off] = [await ink(page, await shot(`#${chosen}`)), await ink(page, await shot(`#${other}`))];
    if (Math.abs(on - off) < 0.05) problems.push(`a chosen answer looks like one not chosen (${on.toFixed(2)}, ${off.toFixed(2)} inked)`);
  }

  const background = `let e = arg ? root.querySelector(arg) : root.host; let b;
    while (e) { b = getComputedStyle(e).backgroundColor; if (!/rgba\\(.*, 0\\)|transparent/.test(b)) return b; e = e.parentElement ?? e.getRootNode().host; }
    return getComputedStyle(document.documentElement).backgroundColor;`;
  // The focus ring, on a button reached by keyboard.
  await inWidget(page, "root.querySelector('.learn-more').focus({ focusVisible: true })");
  const ring = await inWidget(page, `const s = getComputedStyle(root.activeElement); return [s.outlineStyle, parseFloat(s.outlineWidth), s.outlineColor];`);
  const behind = await inWidget(page, background, '.card');
  if (ring[0] === 'none' || ring[1] < 2 || contrast(ring[2], behind) < 3) problems.push(`focus ring ${ring.join(' ')} on ${behind}`);
  // The comparison's cells keep borders that can be seen where forced colours take away the
  // header cells' background (elsewhere the headers' background and weight set them apart).
  const forced = await page.evaluate(() => matchMedia('(forced-colors: active)').matches);
  const cell = await inWidget(page, "const s = getComputedStyle(root.querySelector('.compare-table td')); return [s.borderTopStyle, s.borderTopColor];");
  const tableBehind = await inWidget(page, background, '.compare-table td');
  if (forced && (cell[0] === 'none' || contrast(cell[1], tableBehind) < 3)) problems.push(`comparison cell border ${cell.join(' ')} on ${tableBehind}`);
  // An icon array's marked people against the unmarked and the background.
  const strokes = await inWidget(page, `const svg = root.querySelector('.icon-array .people');
    return [getComputedStyle(svg.querySelector('.marked')).stroke, getComputedStyle(svg.querySelector('path:not(.marked)')).stroke];`);
  const arrayBehind = await inWidget(page, background, '.icon-array .people');
  if (contrast(strokes[0], strokes[1]) < 3) problems.push(`icon array: marked ${strokes[0]} and unmarked ${strokes[1]} people too alike`);
  if (contrast(strokes[0], arrayBehind) < 3) problems.push(`icon array: marked people ${strokes[0]} on ${arrayBehind}`);
  // The marked people carry the count: they stand out more than the others, not less.
  if (contrast(strokes[0], arrayBehind) < contrast(strokes[1], arrayBehind)) {
    problems.push(`icon array: the unmarked people ${strokes[1]} stand out more than the marked ${strokes[0]} on ${arrayBehind}`);
  }
  return problems;
}

/** The roles a reader navigates by and the roles that carry names and states. */
const KEPT = new Set([
  'banner', 'main', 'region', 'form', 'navigation', 'complementary', 'contentinfo', 'search',
  'heading', 'button', 'link', 'checkbox', 'radio', 'radiogroup', 'group', 'textbox', 'combobox',
  'img', 'image', 'figure', 'table', 'columnheader', 'rowheader', 'status', 'alert', 'dialog',
  'DisclosureTriangle', 'list',
]);

/**
 * Chromium's accessibility tree of the widget, as a screen reader gets it, cut to the roles a
 * reader navigates by: a line per node, `role "name" [states]`, indented by depth among the kept
 * nodes; a figure by its caption and a live region by its text. A snapshot of it fails when a name, role or state
 * changes. From the widget's element down: the host page's own nodes are not the widget's.
 */
export async function accessibilityTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const lines = [];
  const property = (n, name) => n.properties?.find((p) => p.name === name)?.value?.value;
  const textOf = (n) => (n.role?.value === 'StaticText' ? n.name?.value ?? '' : (n.childIds ?? []).map((id) => byId.get(id)).filter(Boolean).map(textOf).join(' '));
  const visit = (n, depth) => {
    const role = n.role?.value;
    const kept = !n.ignored && KEPT.has(role);
    if (kept) {
      const states = [];
      for (const [name, value] of (n.properties ?? []).map((p) => [p.name, p.value?.value])) {
        if (name === 'checked' || name === 'pressed') states.push(value === 'true' ? name : value === 'mixed' ? 'mixed' : `not ${name}`);
        else if (name === 'expanded') states.push(value ? 'expanded' : 'collapsed');
        else if (name === 'level') states.push(`level ${value}`);
        else if (['selected', 'disabled', 'required', 'modal'].includes(name) && value === true) states.push(name);
        else if (name === 'invalid' && value !== 'false') states.push('invalid');
      }
      const live = property(n, 'live');
      // A figure (an icon array) is read by its caption, a live region by what it last said.
      const name = n.name?.value || (['figure', 'status', 'alert'].includes(role) ? textOf(n) : '');
      let line = `${'  '.repeat(depth)}${role} "${name.replace(/\s+/g, ' ').trim()}"`;
      if (states.length) line += ` [${states.join(', ')}]`;
      if (live) line += ` (live ${live})`;
      lines.push(line);
    }
    for (const child of n.childIds ?? []) {
      const c = byId.get(child);
      if (c) visit(c, depth + (kept ? 1 : 0));
    }
  };
  // From the widget's host element down.
  const cdpDom = await page.context().newCDPSession(page);
  const { root: documentNode } = await cdpDom.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdpDom.send('DOM.querySelector', { nodeId: documentNode.nodeId, selector: 'mrcc-explorer' });
  const { node: hostNode } = await cdpDom.send('DOM.describeNode', { nodeId });
  await cdpDom.detach();
  const root = nodes.find((n) => n.backendDOMNodeId === hostNode.backendNodeId);
  visit(root, 0);
  return lines;
}

/** Transitions, animations and smooth scrolling anywhere in the widget, pseudo-elements included. */
export function motionProblems(page) {
  return inWidget(page, `
    const problems = [];
    const moving = (s) => s.transitionDuration.split(',').some((d) => parseFloat(d) > 0)
      || s.animationName.split(',').some((n) => n.trim() !== 'none')
      || s.scrollBehavior === 'smooth';
    for (const element of root.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after', '::marker']) {
        if (moving(getComputedStyle(element, pseudo))) problems.push(element.localName + '.' + element.className + (pseudo ?? ''));
      }
    }
    return problems;`);
}

/** Adds CSS to the widget's shadow root (for planted regressions and emulations). */
export function addWidgetStyle(page, css) {
  return inWidget(page, `const sheet = new CSSStyleSheet(); sheet.replaceSync(arg);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];`, css);
}
