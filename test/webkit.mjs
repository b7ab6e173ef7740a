import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { webdriverLauncher } from '@web/test-runner-webdriver';

/** WebKit's WebDriver and its browser, as Debian's `webkit2gtk-driver` installs them (`WEBKIT_PATH` overrides). */
const DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
const BROWSER = process.env.WEBKIT_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const children = [];
process.on('exit', () => {
  for (const child of children) child.kill('SIGTERM');
});

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a virtual display (MiniBrowser has no headless mode) and resolves with its name, e.g. `:99`. */
function startDisplay() {
  if (process.env.DISPLAY) return Promise.resolve(process.env.DISPLAY);
  return new Promise((resolve, reject) => {
    // `-displayfd 1`: Xvfb picks a free display number and writes it on stdout once it accepts connections.
    const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore']
    });
    children.push(xvfb);
    xvfb.on('error', reject);
    xvfb.stdout.once('data', (data) => resolve(`:${String(data).trim()}`));
  });
}

async function startDriver() {
  const display = await startDisplay();
  const port = await freePort();
  const driver = spawn(DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: display },
    stdio: 'ignore'
  });
  children.push(driver);
  // Ready when its status endpoint answers.
  for (let i = 0; i < 100; i += 1) {
    try {
      const response = await globalThis.fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return port;
    } catch {
      // Not listening yet.
    }
    await delay(100);
  }
  throw new Error(`${DRIVER} did not start on port ${port}`);
}

/** True when WebKit can run here; `.ci/run` installs `webkit2gtk-driver` and `xvfb`. */
export function webkitAvailable() {
  return existsSync(DRIVER) && existsSync(BROWSER);
}

/**
 * The WebKit launcher for @web/test-runner: Debian's WebKitGTK MiniBrowser (the engine of Safari and of every iPhone
 * browser) over WebDriver classic, on a virtual display started here and stopped when the run ends.
 */
export async function webkitLauncher() {
  const port = await startDriver();
  const launcher = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      // Scoped custom element registries are on in Safari 26; WebKitGTK 2.50 has them (stable) but off by default.
      'webkitgtk:browserOptions': { binary: BROWSER, args: ['--automation', '--features=+ScopedCustomElementRegistry'] }
    }
  });
  // webdriverio presses every key of a typed string down, then lets them all up; WebKit's driver then types a repeated
  // space only once. One key at a time types what a person would.
  const sendKeys = launcher.sendKeys.bind(launcher);
  launcher.sendKeys = async (sessionId, keys) => {
    for (const key of keys) await sendKeys(sessionId, [key]);
  };
  return launcher;
}
