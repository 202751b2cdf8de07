// The screen reader's side of tests/screen-reader: the AT-SPI helper (atspi.py, run by Debian's
// Python) as a child process, the widget's UI strings and content, and the checks a reading
// must pass. Imported by run.mjs; nothing here drives the page.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '../..');

/**
 * Debian's Chromium through playwright-core, with a window: a headless Chromium has no AT-SPI
 * bridge. --force-renderer-accessibility builds the pages' accessibility trees from the start.
 */
export const LAUNCH = {
  headless: false,
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--force-renderer-accessibility'],
};

/** Debian's Python: the one with python3-pyatspi (the PATH's python3 may be another). */
export const PYTHON = process.env.MRCC_ATSPI_PYTHON ?? '/usr/bin/python3';

/** The widget's UI strings for `language` ('en', 'es'), from the tables in src/model/interface.rs. */
export function uiStrings(language) {
  const source = readFileSync(join(repo, 'src/model/interface.rs'), 'utf8');
  const start = source.indexOf(`pub const ${language.toUpperCase()}: &[(&str, &str)] = &[`);
  if (start < 0) throw new Error(`no ${language} table in src/model/interface.rs`);
  const table = source.slice(start, source.indexOf('\n];', start));
  const strings = {};
  for (const [, key, value] of table.matchAll(/\("([a-z0-9_]+)",\s*"((?:[^"\\]|\\.)*)"\)/g)) {
    strings[key] = value
      .replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/\\(["\\'])/g, '$1')
      .replace(/\\n/g, '\n');
  }
  return strings;
}

/** The built-in content for `language` (content/<language>.json). */
export function content(language) {
  return JSON.parse(readFileSync(join(repo, `content/${language}.json`), 'utf8'));
}

/** `template` with each {key} replaced, as the widget's `fill` does. */
export function fill(template, values) {
  return template.replace(/\{([a-z_]+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
}

/** A regular expression matching `template` filled with any values for the keys in `free`. */
export function templatePattern(template, fixed = {}) {
  const escaped = template.split(/(\{[a-z_]+\})/).map((part) => {
    const key = part.match(/^\{([a-z_]+)\}$/)?.[1];
    if (!key) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return key in fixed ? fixed[key] : '(.+?)';
  });
  return new RegExp(`^${escaped.join('')}$`);
}

/**
 * The AT-SPI helper, started once: `read(uri)` gives every accessible object of the Chromium
 * document at that URI, in reading order; `focus(uri)` the focused object and the focus events
 * since the last call; `events()` the events (focus, live-region text, checked and expanded
 * changes) since the last call.
 */
export async function startReader() {
  const child = spawn(PYTHON, [join(here, 'atspi.py')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const waiting = [];
  let exited = null;
  lines.on('line', (line) => waiting.shift()?.resolve(line));
  child.on('exit', (code, signal) => {
    exited = `atspi.py exited (${code ?? signal})`;
    for (const w of waiting.splice(0)) w.reject(new Error(exited));
  });
  const next = (timeout) =>
    new Promise((resolve, reject) => {
      if (exited) return reject(new Error(exited));
      const entry = { resolve, reject };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(entry), 1);
        reject(new Error(`atspi.py did not answer within ${timeout} ms`));
      }, timeout);
      entry.resolve = (value) => { clearTimeout(timer); resolve(value); };
      entry.reject = (error) => { clearTimeout(timer); reject(error); };
      waiting.push(entry);
    });
  const ready = JSON.parse(await next(20_000));
  if (!ready.ready) throw new Error(`atspi.py: ${JSON.stringify(ready)}`);
  let queue = Promise.resolve();
  const request = (message, timeout = 60_000) => {
    const result = queue.then(async () => {
      const answer = next(timeout);
      child.stdin.write(JSON.stringify(message) + '\n');
      const response = JSON.parse(await answer);
      if (!response.ok) throw new Error(`atspi.py: ${response.error} ${JSON.stringify(response.documents ?? '')}`);
      return response;
    });
    queue = result.catch(() => {});
    return result;
  };
  return {
    read: async (uri) => new Reading((await request({ cmd: 'read', uri })).nodes),
    focus: (uri) => request({ cmd: 'focus', uri }),
    events: async () => (await request({ cmd: 'events' })).events,
    documents: async () => (await request({ cmd: 'documents' })).documents,
    close: async () => {
      if (exited) return;
      child.stdin.end(JSON.stringify({ cmd: 'quit' }) + '\n');
      const gone = new Promise((resolve) => child.once('exit', resolve));
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await gone;
      clearTimeout(timer);
    },
  };
}

/** Roles a user operates: each needs a name. */
export const CONTROLS = new Set(['push button', 'toggle button', 'radio button', 'check box', 'entry', 'link',
  'combo box', 'spin button', 'slider', 'menu item', 'page tab', 'password text']);

/** One reading of a document: its objects in reading order, each with `heard`. */
export class Reading {
  constructor(nodes) {
    this.nodes = nodes;
  }

  /** The objects under `node` (its index in this reading), itself first. */
  subtree(node) {
    const start = this.nodes.indexOf(node);
    if (start < 0) return [];
    let end = start + 1;
    while (end < this.nodes.length && this.nodes[end].depth > node.depth) end++;
    return this.nodes.slice(start, end);
  }

  /** The widget: the region that holds its title (the section.explorer inside the shadow root). */
  widget() {
    const root = this.nodes.find((n) => n.role === 'landmark' && n.class.split(' ').includes('explorer'))
      ?? this.nodes.find((n) => n.tag === 'section' && n.class.split(' ').includes('summary-page'));
    return root ? new Reading(this.subtree(root)) : new Reading([]);
  }

  find(predicate) {
    return this.nodes.find(predicate);
  }

  filter(predicate) {
    return this.nodes.filter(predicate);
  }

  byId(id) {
    return this.nodes.find((n) => n.id === id);
  }

  /** The heard lines, in reading order. */
  heard() {
    return this.nodes.filter((n) => n.heard).map((n) => n.heard);
  }

  /** The heard lines indented by depth below `base`, for a person reading the output. */
  transcript(limit = Infinity) {
    const base = this.nodes[0]?.depth ?? 0;
    return this.nodes
      .filter((n) => n.heard)
      .slice(0, limit)
      .map((n) => `${'  '.repeat(Math.max(0, Math.min(n.depth - base, 12)))}${n.heard}`)
      .join('\n');
  }

  landmarks() {
    return this.nodes.filter((n) => n.role === 'landmark').map((n) => ({ kind: n['xml-roles'], name: n.name }));
  }

  headings() {
    return this.nodes.filter((n) => n.role === 'heading').map((n) => ({ level: Number(n.level), name: n.name }));
  }

  /** The named groups (fieldsets: AT-SPI "panel") with the names and states of their radio buttons or check boxes. */
  groups() {
    return this.nodes
      .filter((n) => n.role === 'panel' && n.tag === 'fieldset')
      .map((group) => {
        const inside = this.subtree(group).filter((n) => n.role === 'radio button' || n.role === 'check box');
        return {
          name: group.name,
          description: group.description,
          kind: inside[0]?.role ?? null,
          choices: inside.map((n) => ({ name: n.name, checked: n.states.includes('checked'), id: n.id })),
        };
      });
  }

  /**
   * The text of the status (live) region whose class attribute is `cls`, without the space the
   * widget adds after every other message (so that the same message twice is announced twice).
   */
  status(cls) {
    const region = this.nodes.find((n) => n.role === 'status bar' && n.class === cls);
    if (!region) return null;
    return this.subtree(region).filter((n) => n.role === 'static' && n.depth === region.depth + 1).map((n) => n.text).join('').trim();
  }

  /**
   * What a screen reader user meets that is wrong, whatever the step: a control without a
   * name, a radio button or check box outside a named group (a fieldset's legend) when it
   * has siblings, a heading level skipped, an image without a text alternative, a data cell
   * without its column header. An empty list when all is well.
   */
  problems() {
    const found = [];
    const where = (n) => `${n.role} ${JSON.stringify(n.name)}${n.id ? ` #${n.id}` : ''}${n.class ? ` .${n.class.split(' ').join('.')}` : ''}`;
    for (const n of this.nodes) {
      if (CONTROLS.has(n.role) && !n.name.trim()) found.push(`nameless ${where(n)}`);
      if (n.role === 'image' && !n.name.trim()) found.push(`image without a text alternative: ${where(n)}`);
      if (n.role === 'table cell' && n.columnHeaders && !n.columnHeaders.some((h) => h.trim()) && n.tag === 'td' && this.subtree(n).length > 1) {
        found.push(`data cell without a column header: ${where(n)}`);
      }
    }
    for (const n of this.nodes.filter((n) => n.role === 'radio button')) {
      const group = this.ancestors(n).find((a) => a.role === 'panel' && a.tag === 'fieldset');
      if (!group?.name.trim()) found.push(`radio button outside a named group: ${where(n)}`);
    }
    let previous = null;
    for (const h of this.headings()) {
      if (previous !== null && h.level > previous + 1) found.push(`heading level skipped: level ${h.level} ${JSON.stringify(h.name)} after level ${previous}`);
      previous = h.level;
    }
    return found;
  }

  ancestors(node) {
    const out = [];
    let depth = node.depth;
    for (let i = this.nodes.indexOf(node) - 1; i >= 0 && depth > 0; i--) {
      if (this.nodes[i].depth < depth) {
        out.push(this.nodes[i]);
        depth = this.nodes[i].depth;
      }
    }
    return out;
  }
}
