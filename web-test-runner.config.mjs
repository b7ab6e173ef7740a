import { esbuildPlugin } from '@web/dev-server-esbuild';
import { litSsrPlugin } from '@lit-labs/testing/web-test-runner-ssr-plugin.js';
import { chromeLauncher } from '@web/test-runner';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { plainSummaryReporter } from './test/plain-summary-reporter.mjs';
import { testFeedsMiddleware } from './test/server/test-feeds.mjs';
import { otherBuildMiddleware } from './test/server/other-build.mjs';
import { strictCspPlugin } from './test/csp-plugin.mjs';
import { storiesIndexPlugin } from './test/stories-plugin.mjs';
import { reactAppPlugin } from './test/react-plugin.mjs';
import { heapUsagePlugin } from './test/heap-plugin.mjs';
import { webkitAvailable, webkitLauncher } from './test/webkit.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
// All three engines by default; `BROWSERS=chromium` (or `firefox`, `webkit`, or a comma-separated list) for a fast inner loop.
const ENGINES = ['chromium', 'firefox', 'webkit'];
const wanted = (process.env.BROWSERS || ENGINES.join(',')).toLowerCase().split(',').map((name) => name.trim());
const only = (name, launcher) => (wanted.includes(name) ? [launcher] : []);
if (!wanted.every((name) => ENGINES.includes(name))) {
  throw new Error(`BROWSERS=${process.env.BROWSERS}: name ${ENGINES.join(', ')} (comma-separated)`);
}
if (wanted.includes('webkit') && !webkitAvailable()) {
  throw new Error('WebKit is not installed: apt-get install -y webkit2gtk-driver xvfb (or BROWSERS=chromium,firefox).');
}

/**
 * Puppeteer's WebDriver BiDi keyboard rejects the key name `Space`, which `sendKeys` accepts over CDP (and the tests use):
 * Firefox's pages get the space character instead.
 */
async function firefoxPage({ context }) {
  const page = await context.newPage();
  for (const method of ['press', 'down', 'up']) {
    const send = page.keyboard[method].bind(page.keyboard);
    page.keyboard[method] = (key, ...rest) => send(key === 'Space' ? ' ' : key, ...rest);
  }
  return page;
}

/**
 * Real-browser tests: every `*.test.ts` under `src/` and `test/`, in Debian's Chromium (or `CHROME_PATH`) and Firefox ESR
 * (or `FIREFOX_PATH`).
 */
export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // Generous: WebKit under Xvfb on a shared CI machine is the slowest of the three engines.
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 300000,
  // Real HTTP job feeds for <onward-similar-roles> (ok, slow, 500, invalid JSON, wrong shape, huge, empty) with request
  // counts, so its tests exercise the fetch path against a server rather than a stubbed fetch.
  // A second build of the CDN bundle, with its own version, for test/versions.test.ts.
  middleware: [testFeedsMiddleware(), otherBuildMiddleware()],
  plugins: [
    storiesIndexPlugin(),
    strictCspPlugin(),
    // React apps for test/react.test.ts, bundled on the fly by esbuild (React ships as CommonJS).
    reactAppPlugin(),
    // Exact JS heap after a full GC, over CDP, for test/leaks.test.ts.
    heapUsagePlugin(),
    // Server rendering for test/ssr.test.ts: a Node worker renders with @lit-labs/ssr, loading src/*.ts through esbuild.
    litSsrPlugin({ workerInitModules: ['./test/ssr/ts-loader.mjs'] }),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      // The version the build injects (vite.config.ts), so the sources under test say the same as dist/.
      define: { __ONWARD_VERSION__: JSON.stringify(JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version) }
    })
  ],
  browsers: [
    ...only('chromium', chromeLauncher({
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--headless',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
          // test/leaks.test.ts: window.gc() between readings.
          '--js-flags=--expose-gc'
        ]
      }
    })),
    // Firefox ESR over WebDriver BiDi (no download: see .puppeteerrc.cjs). One page at a time: background tabs get no
    // focus events. CDP-only commands (emulateMedia, a11ySnapshot) are skipped there: see test/helpers/browser.ts.
    ...only('firefox', puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
      createPage: firefoxPage,
      concurrency: 1
    })),
    // WebKit (Safari's engine) over WebDriver: see test/webkit.mjs. Commands that need CDP are skipped there too.
    ...(wanted.includes('webkit') ? [await webkitLauncher()] : [])
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), plainSummaryReporter()]
};
