// The demo site's embed builder (www/builder.js) writes the snippet with www/snippet.js, which has
// no DOM: these tests run it with plain node (no browser). The security review of 2026-12-07:
// F10 (the portal lines' import specifier), F4 (integrity and crossorigin on what the snippet
// loads), F7 (resize-parent must be a serialised origin).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { embedSnippet } from '../../www/snippet.js';

const INTEGRITY = {
  'mrcc-explorer.js': 'sha256-ENTRY+/entryentryentryentryentryentryentryentryentryentryentr',
  'mrcc-explorer-core_bg.wasm': 'sha256-CORE+/corecorecorecorecorecorecorecorecorecorecorecorecorecor',
  'mrcc-explorer-en.bin': 'sha256-EN+/enenenenenenenenenenenenenenenenenenenenenenenenenenenenenen',
  'mrcc-explorer-es.bin': 'sha256-ES+/esesesesesesesesesesesesesesesesesesesesesesesesesesesesesese',
  'mrcc-explorer.css': 'sha256-CSS+/csscsscsscsscsscsscsscsscsscsscsscsscsscsscsscsscsscsscsscs',
  'mrcc-explorer-parent.js': 'sha256-PARENT+/parentparentparentparentparentparentparentparentpar',
};

/** The portal's <script type="module"> body in `text`, as an HTML parser ends it. */
function portalScript(text) {
  const open = '<script type="module">\n';
  const from = text.indexOf(open);
  assert.ok(from >= 0, `no portal script in:\n${text}`);
  const body = text.slice(from + open.length);
  return body.slice(0, body.search(/<\/script/i));
}

/** The module specifiers `source` imports, as a JavaScript parser (esbuild) reads them. */
async function importsOf(source) {
  const seen = [];
  await build({
    stdin: { contents: source, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    logLevel: 'silent',
    plugins: [{
      name: 'record',
      setup(builder) {
        builder.onResolve({ filter: /.*/ }, (args) => {
          seen.push(args.path);
          return { path: args.path, external: true };
        });
      },
    }],
  });
  return seen;
}

test("a src with ' or \\ (or </script>) gives portal lines whose import specifier is JSON.stringify of the intended URL", async () => {
  const folders = [
    "/assets/it's/",
    '/assets/back\\slash/',
    "/x'; import('https://evil.example/x.js'); '/",
    '/a&amp;b/', // no HTML escaping inside a script: the URL stays as typed
    '/</script><script>alert(1)</script><!--/',
    'https://cdn.example/mrcc-explorer/',
  ];
  for (const folder of folders) {
    const { text } = embedSnippet({ src: `${folder}mrcc-explorer.js`, 'resize-parent': 'https://portal.example' });
    const intended = `${folder}mrcc-explorer-parent.js`;
    const script = portalScript(text);
    const written = script.match(/^ {2}import \{ followHeight \} from (.*);$/m)?.[1];
    assert.equal(written, JSON.stringify(intended).replace(/</g, '\\u003c'), `${folder}:\n${text}`);
    assert.equal(JSON.parse(written), intended);
    assert.ok(!/<!--|<\/script/i.test(script), `the script element ends where it should: ${script}`);
    assert.deepEqual(await importsOf(script), [intended], `parsed as one import of the intended URL: ${folder}`);
  }
});

test('with the integrity values, the module script and the preload lines carry integrity and crossorigin', () => {
  for (const [lang, pack] of [['', 'mrcc-explorer-en.bin'], ['es', 'mrcc-explorer-es.bin']]) {
    const { text } = embedSnippet(
      { src: '/assets/mrcc-explorer/mrcc-explorer.js', lang, preload: 'on' },
      { integrity: INTEGRITY },
    );
    const at = (file) => `integrity="${INTEGRITY[file]}" crossorigin="anonymous"`;
    assert.ok(
      text.includes(`<script type="module" src="/assets/mrcc-explorer/mrcc-explorer.js" ${at('mrcc-explorer.js')}></script>`),
      text,
    );
    // Browsers ignore integrity on an as="fetch" preload (Chrome warns): only CORS there.
    for (const file of ['mrcc-explorer-core_bg.wasm', pack]) {
      assert.ok(text.includes(`<link rel="preload" href="/assets/mrcc-explorer/${file}" as="fetch" crossorigin>`), `${file}:\n${text}`);
    }
    const css = 'mrcc-explorer.css';
    assert.ok(text.includes(`<link rel="preload" href="/assets/mrcc-explorer/${css}" as="style" ${at(css)}>`), `${css}:\n${text}`);
    assert.deepEqual([text.match(/<script\b/g).length, text.match(/<link\b/g).length], [1, 3], 'the entry and three preloads');
    assert.ok(!/integrity\.json/.test(text), 'no note about missing values');
  }
});

/** The <script> and <link> tags of `text` (comments left out). */
const tags = (text) => text.replace(/<!--[^]*?-->/g, '').match(/<(script|link)\b[^>]*>/g);

test('without integrity.json, the snippet writes no integrity and says so in a comment', () => {
  const { text } = embedSnippet({ src: '/assets/mrcc-explorer/mrcc-explorer.js', preload: 'on' }, { integrity: null });
  assert.ok(text.includes('<script type="module" src="/assets/mrcc-explorer/mrcc-explorer.js"></script>'), text);
  assert.deepEqual(tags(text).filter((tag) => tag.includes('integrity')), [], text);
  assert.match(text, /<!-- No integrity: [^>]*integrity\.json[^>]*-->/, 'a comment says where the values are');
  assert.equal(text.match(/as="fetch" crossorigin>/g).length, 2, 'the fetch preloads keep their CORS mode');
  // While the values are still being read, no note (the builder renders again once they are).
  const reading = embedSnippet({ src: '/assets/mrcc-explorer/mrcc-explorer.js' }, { integrity: undefined }).text;
  assert.ok(!reading.includes('integrity'), reading);
});

test("an entry that is not the package's file name gets no integrity, and a comment says why", () => {
  const src = '/assets/mrcc-explorer/widget.min.js';
  const { text } = embedSnippet({ src }, { integrity: INTEGRITY });
  assert.ok(text.includes(`<script type="module" src="${src}"></script>`), text);
  assert.match(text, /<!-- No integrity: integrity\.json [^>]*no value for widget\.min\.js[^>]*-->/);
});

test('a resize-parent that is not a serialised origin is refused aloud, and the portal lines are left out', () => {
  for (const origin of ['*', 'hospital.example', 'https://a.example/', 'https://portal.example/path', ' https://a.example x']) {
    const { text, used, refused } = embedSnippet({ src: '/a/mrcc-explorer.js', 'resize-parent': origin });
    assert.match(refused, /resize-parent must be an origin/, JSON.stringify(origin));
    assert.ok(!used.includes('resize-parent'));
    assert.ok(!text.includes('resize-parent=') && !text.includes('followHeight'), text);
  }
  const { text, used, refused } = embedSnippet({
    src: '/a/mrcc-explorer.js',
    'resize-parent': 'https://portal.example',
    'support-url': 'javascript:alert(1)',
  });
  assert.deepEqual(used, ['resize-parent']);
  assert.match(refused, /support-url must start with https:\/\//);
  assert.ok(!refused.includes('resize-parent'), refused);
  assert.match(text, / resize-parent="https:\/\/portal\.example"/);
  assert.match(text, /followHeight\(document\.querySelector\('iframe'\), 'https:\/\/widget\.hospital\.example'\)/);
});

// The portal's module runs in the portal's own origin: checked by a modulepreload with its
// integrity before the import takes it (a second reading of issue 27's change).
test("the portal lines check the parent module with a modulepreload and its integrity", () => {
  const values = { src: '/assets/mrcc-explorer/0.1.0/mrcc-explorer.js', 'resize-parent': 'https://portal.example' };
  const { text } = embedSnippet(values, { integrity: INTEGRITY });
  const preload = '<link rel="modulepreload" href="/assets/mrcc-explorer/0.1.0/mrcc-explorer-parent.js" ' +
    `integrity="${INTEGRITY['mrcc-explorer-parent.js']}" crossorigin="anonymous">\n<script type="module">`;
  assert.ok(text.includes(preload), text);
  // Without the values, no preload (and the note at the top says so).
  assert.ok(!embedSnippet(values, { integrity: null }).text.includes('modulepreload'));
});
