// A small W3C WebDriver client (the commands the engine checks use), and the engines it
// drives: Debian's Chromium, Firefox ESR and WebKitGTK, and WPE WebKit 2.38 for the
// Safari 16.0 generation. Playwright cannot drive these stock browsers, and its own builds
// cannot be downloaded here; every engine speaks WebDriver.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';

// A web element's and a shadow root's reference, under their W3C keys.
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const SHADOW = 'shadow-6066-11e4-a52e-4f735466cecf';

// Where tools/setup.sh builds geckodriver (Debian has no package of it).
const GECKODRIVER = join(
  process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'),
  'mrcc-explorer/geckodriver-0.37.1/bin/geckodriver',
);
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const version = (output) => /(\d+[\d.]*)/.exec(output)?.[1] ?? '?';

/** The engines, each with its driver and the capabilities that start its browser. */
export const ENGINES = {
  chromium: {
    label: 'Chromium',
    driver: ['/usr/bin/chromedriver', (port) => [`--port=${port}`]],
    capabilities: {
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: '/usr/bin/chromium',
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--no-first-run', '--window-size=1280,900'],
      },
    },
  },
  firefox: {
    label: 'Firefox ESR',
    driver: [GECKODRIVER, (port) => ['--port', String(port), '--binary', '/usr/bin/firefox-esr']],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        args: ['-headless', '-width', '1280', '-height', '900'],
        // No update, telemetry or safe-browsing requests: the machine's network is closed.
        prefs: { 'app.update.disabledForTesting': true, 'toolkit.telemetry.enabled': false,
          'browser.safebrowsing.malware.enabled': false, 'browser.safebrowsing.phishing.enabled': false,
          'network.captive-portal-service.enabled': false },
      },
    },
  },
  webkit: {
    label: 'WebKitGTK',
    // The GTK MiniBrowser has no headless mode: the Makefile runs the checks under xvfb-run.
    driver: ['/usr/bin/WebKitWebDriver', (port) => [`--port=${port}`]],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  },
  // WPE WebKit 2.38 (Debian's cog): the Safari 16.0 generation, without constructable stylesheets.
  wpe: {
    label: 'WPE WebKit',
    driver: ['/usr/bin/WPEWebDriver', (port) => [`--port=${port}`]],
    capabilities: {
      browserName: 'cog',
      'wpe:browserOptions': { binary: '/usr/bin/cog', args: ['--automation', '--platform=headless'] },
    },
  },
};

/** Whether the engine's driver and browser are installed. */
export function installed(name) {
  const { driver, capabilities } = ENGINES[name];
  const browser = capabilities['goog:chromeOptions']?.binary ?? capabilities['webkitgtk:browserOptions']?.binary ??
    capabilities['wpe:browserOptions']?.binary ?? '/usr/bin/firefox-esr';
  return existsSync(driver[0]) && existsSync(browser);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts the engine's driver and a browser session; `session.quit()` ends both. */
export async function startSession(name) {
  const { driver, capabilities } = ENGINES[name];
  const port = await freePort();
  const [binary, args] = driver;
  const process_ = spawn(binary, args(port), { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  process_.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20000;
  for (;;) {
    try {
      if ((await fetch(`${base}/status`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || process_.exitCode !== null) {
      process_.kill();
      throw new Error(`${name}: the driver did not start: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  try {
    const created = await command(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new Session(base, created.sessionId, created.capabilities, process_);
  } catch (error) {
    process_.kill();
    throw error;
  }
}

async function command(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const { value } = await response.json();
  if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
  return value;
}

export class Session {
  constructor(base, id, capabilities, driverProcess) {
    this.base = base;
    this.id = id;
    this.browserVersion = capabilities.browserVersion ?? '?';
    this.driverProcess = driverProcess;
  }

  #call(method, path, body) {
    return command(this.base, method, `/session/${this.id}${path}`, body);
  }

  navigate(url) {
    return this.#call('POST', '/url', { url });
  }

  /** Runs `script` (a function's source, called with `args`) in the page; returns its value. */
  execute(fn, ...args) {
    return this.#call('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments)`, args });
  }

  /** Polls `fn` in the page until it returns a truthy value; returns it. */
  async waitFor(fn, what, { timeout = 15000, args = [] } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.execute(fn, ...args);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Finds `selector` inside the shadow root of the document's `host` element, by WebDriver. */
  async findInShadow(host, selector) {
    const hostElement = await this.#call('POST', '/element', { using: 'css selector', value: host });
    const shadow = await this.#call('GET', `/element/${hostElement[ELEMENT]}/shadow`);
    const found = await this.#call('POST', `/shadow/${shadow[SHADOW]}/element`, { using: 'css selector', value: selector });
    return found[ELEMENT];
  }

  /** A real WebDriver click (pointer events through the engine), not a scripted one. */
  click(elementId) {
    return this.#call('POST', `/element/${elementId}/click`, {});
  }

  async quit() {
    try {
      await this.#call('DELETE', '');
    } finally {
      this.driverProcess.kill();
    }
  }
}
