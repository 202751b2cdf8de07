// The summary's download (src/element/mrcc-explorer-download.js) in real Chromium: whatever
// name the dataset gives, the file saved is plain text with no folder in its name (the
// security review of 2026-12-07, F3: `summary.html` saved a page that ran the dataset's script).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage } from '../e2e/helpers.mjs';

const env = useServerAndBrowser();

test('the downloaded summary is always a .txt file, whatever name the dataset gives', async () => {
  const { page, context } = await openPage(env.browser, `${env.server.origin}/element/page.html`);
  const names = {
    'summary.html': 'summary.html.txt',
    '../../x.txt': 'x.txt',
    'a\u0000b.txt': 'ab.txt',
    'x.exe': 'x.exe.txt',
    'C:\\Users\\x.svg': 'CUsersx.svg.txt',
    '': 'summary.txt',
    'my-kidney-cancer-summary.txt': 'my-kidney-cancer-summary.txt',
    'mi resumen: cáncer de riñón.txt': 'mi resumen cáncer de riñón.txt',
  };
  for (const [given, expected] of Object.entries(names)) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate(async (name) => {
        const { download } = await import('/element/mrcc-explorer-download.js');
        download(name, '<script>alert(1)</script> my answers');
      }, given),
    ]);
    assert.equal(download.suggestedFilename(), expected, `given ${JSON.stringify(given)}`);
    assert.match(download.suggestedFilename(), /^[^/\\]+\.txt$/);
  }
  await context.close();
});
