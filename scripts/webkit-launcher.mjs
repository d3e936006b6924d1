// A Web Test Runner launcher for WebKit (the engine of Safari) through WebKitGTK's WebDriver: Debian's
// `webkit2gtk-driver` (WebKitWebDriver and MiniBrowser), under `xvfb-run` when there is no display. It presents
// each test page to Web Test Runner as a Puppeteer page (keyboard, mouse, viewport), so `sendKeys`, `sendMouse` and
// `setViewport` work unchanged; those calls become W3C WebDriver actions, whose input state (a held Shift, the
// mouse position) lasts between calls as in Puppeteer. Used by `npm run test:webkit`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
];

/** W3C WebDriver key values for the key names tests use (Puppeteer's names). */
const KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};
const BUTTONS = { left: 0, middle: 1, right: 2 };

function keyValue(name) {
  if (KEYS[name]) return KEYS[name];
  if ([...name].length === 1) return name;
  // Key codes as Puppeteer takes them: KeyA is "a", Digit1 is "1".
  const code = /^(?:Key([A-Z])|Digit(\d))$/.exec(name);
  if (code) return (code[1] ?? code[2]).toLowerCase();
  throw new Error(`webkit launcher: no WebDriver key for "${name}"`);
}

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A Puppeteer-like page over one WebDriver session. */
class WebDriverPage {
  constructor(call) {
    this.call = call;
    this.keyboard = {
      down: (key) => this.keys([{ type: 'keyDown', value: keyValue(key) }]),
      up: (key) => this.keys([{ type: 'keyUp', value: keyValue(key) }]),
      press: (key) => {
        const value = keyValue(key);
        return this.keys([
          { type: 'keyDown', value },
          { type: 'keyUp', value },
        ]);
      },
      type: (text) =>
        this.keys(
          [...text].flatMap((value) => [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ]),
        ),
    };
    const pointer = async (actions) => {
      await this.call('POST', '/actions', {
        actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }],
      });
      await this.settle();
    };
    const move = (x, y) => ({ type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' });
    this.mouse = {
      move: (x, y) => pointer([move(x, y)]),
      down: ({ button = 'left' } = {}) => pointer([{ type: 'pointerDown', button: BUTTONS[button] }]),
      up: ({ button = 'left' } = {}) => pointer([{ type: 'pointerUp', button: BUTTONS[button] }]),
      click: (x, y, { button = 'left' } = {}) =>
        pointer([
          move(x, y),
          { type: 'pointerDown', button: BUTTONS[button] },
          { type: 'pointerUp', button: BUTTONS[button] },
        ]),
      reset: () => this.call('DELETE', '/actions').then(() => pointer([move(0, 0)])),
    };
  }

  async keys(actions) {
    await this.call('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.settle();
  }

  /**
   * WebKitGTK answers an actions command before the page has handled its events (Puppeteer answers after): wait
   * for a frame and a task in the page, so a test sees the effect of a key or click as it would in Chromium.
   */
  settle() {
    return this.call('POST', '/execute/async', {
      script: 'const done = arguments[arguments.length - 1]; requestAnimationFrame(() => setTimeout(done));',
      args: [],
    });
  }

  evaluate(script) {
    return this.call('POST', '/execute/sync', { script, args: [] });
  }

  /** Sizes the window so that the page's viewport (innerWidth × innerHeight) is the one asked for. */
  async setViewport({ width, height }) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const [innerWidth, innerHeight] = await this.evaluate('return [innerWidth, innerHeight]');
      if (innerWidth === width && innerHeight === height) return;
      const rect = await this.call('GET', '/window/rect');
      await this.call('POST', '/window/rect', {
        width: rect.width + width - innerWidth,
        height: rect.height + height - innerHeight,
      });
    }
  }

  createCDPSession() {
    throw new Error('WebKit has no DevTools protocol: this emulation is Chromium-only');
  }

  emulateMediaFeatures() {
    throw new Error('WebKit over WebDriver cannot emulate media features');
  }
}

export function webkitLauncher() {
  let driver;
  let base;
  let sessionId;
  let page;
  let active;
  const call = async (method, path, body) => {
    const response = await fetch(`${base}/session/${sessionId}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = await response.json();
    if (value?.error) throw new Error(`WebDriver ${method} ${path}: ${value.error}: ${value.message}`);
    return value;
  };

  return {
    name: 'WebKit',
    // Web Test Runner's keyboard, mouse and viewport commands drive Puppeteer pages; this page speaks that API.
    type: 'puppeteer',
    concurrency: 1,

    async initialize() {
      const minibrowser = process.env.MINIBROWSER_PATH ?? MINIBROWSER.find((path) => existsSync(path));
      if (!minibrowser || !existsSync('/usr/bin/WebKitWebDriver'))
        throw new Error('No WebKitGTK: apt-get install webkit2gtk-driver xvfb (or set MINIBROWSER_PATH).');
      const port = await freePort();
      const command = ['WebKitWebDriver', `--port=${port}`];
      // With no window manager, X gives keyboard focus to the window under the pointer, which stays at the centre of
      // the screen: a tiny screen keeps it over the browser's window (at the origin) whatever size the window takes,
      // so the page keeps focus and :focus matches. The window may be larger than the screen; pages lay out the same.
      driver = process.env.DISPLAY
        ? spawn(command[0], command.slice(1), { stdio: 'ignore' })
        : spawn('xvfb-run', ['-a', '-s', '-screen 0 64x64x24', ...command], { stdio: 'ignore', detached: true });
      base = `http://127.0.0.1:${port}`;
      for (let attempt = 0; ; attempt++) {
        try {
          await fetch(`${base}/status`);
          break;
        } catch (error) {
          if (attempt > 50) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      const response = await fetch(`${base}/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          capabilities: {
            alwaysMatch: {
              browserName: 'MiniBrowser',
              'webkitgtk:browserOptions': { binary: minibrowser, args: ['--automation'] },
            },
          },
        }),
      });
      const { value } = await response.json();
      if (value.error) throw new Error(`WebKitWebDriver: ${value.error}: ${value.message}`);
      sessionId = value.sessionId;
      this.name = `WebKit ${value.capabilities.browserVersion}`;
      page = new WebDriverPage(call);
      await page.setViewport({ width: 800, height: 600 });
    },

    async stop() {
      if (sessionId) await fetch(`${base}/session/${sessionId}`, { method: 'DELETE' }).catch(() => {});
      if (driver?.pid) {
        try {
          process.kill(process.env.DISPLAY ? driver.pid : -driver.pid);
        } catch {
          // Already gone.
        }
      }
    },

    // One page, one file at a time: each file navigates it to a fresh document.
    async startSession(id, url) {
      active = id;
      await page.call('DELETE', '/actions').catch(() => {});
      await page.setViewport({ width: 800, height: 600 });
      await call('POST', '/url', { url });
    },

    isActive: (id) => id === active,

    getBrowserUrl: () => call('GET', '/url'),

    getPage: () => page,

    async stopSession() {
      active = undefined;
      // A fresh start for the next file, as Chromium's new browser context gives: no stored settings or language.
      await page.evaluate('localStorage.clear(); sessionStorage.clear()').catch(() => {});
      await call('DELETE', '/cookie').catch(() => {});
      await call('POST', '/url', { url: 'about:blank' });
      return {};
    },

    startDebugSession() {
      throw new Error('No debug sessions in WebKit over WebDriver.');
    },
  };
}
