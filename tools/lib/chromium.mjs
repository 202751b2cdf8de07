// Debian's Chromium (or $CHROMIUM) through playwright-core, headless, as the browser tests and
// the measurement tools (tools/bench.mjs, tools/profile-updates.mjs) launch it.

import { chromium } from 'playwright-core';

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
