import { esbuildPlugin } from '@web/dev-server-esbuild';
import { litSsrPlugin } from '@lit-labs/testing/web-test-runner-ssr-plugin.js';
import { chromeLauncher } from '@web/test-runner';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { plainSummaryReporter } from './test/plain-summary-reporter.mjs';
import { testFeedsMiddleware } from './test/server/test-feeds.mjs';
import { cdnCopiesMiddleware } from './test/server/cdn-copies.mjs';
import { otherBuildMiddleware } from './test/server/other-build.mjs';
import { strictCspPlugin } from './test/csp-plugin.mjs';
import { jsonModulePlugin, storiesIndexPlugin } from './test/stories-plugin.mjs';
import { reactAppPlugin } from './test/react-plugin.mjs';
import { heapUsagePlugin } from './test/heap-plugin.mjs';
import { screenshotPlugin } from './test/screenshot-plugin.mjs';
import { axTreePlugin } from './test/ax-tree-plugin.mjs';
import { ssrAppServer } from './test/ssr-app-plugin.mjs';
import { webkitAvailable, webkitLauncher } from './test/webkit.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
// Chromium, Firefox and WebKit by default; `BROWSERS=webkit` (or any comma-separated list of chromium, firefox, webkit)
// picks engines. `GREP=<text>` runs only the tests whose full title contains it.
const ENGINES = ['chromium', 'firefox', 'webkit'];
const wanted = (process.env.BROWSERS || ENGINES.join(','))
  .toLowerCase()
  .split(',')
  .map((name) => name.trim());
// docs/ssr.md's recipe (test/ssr-app/), built for production and served, for test/ssr-production.test.ts.
const ssrApp = ssrAppServer();
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

/** The browsers, launched in `zone` (an IANA time zone). */
function launchers(zone) {
  return [
    ...only(
      'chromium',
      chromeLauncher({
        launchOptions: {
          executablePath,
          env: zoned(zone),
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
      })
    ),
    // Firefox ESR over WebDriver BiDi (no download: see .puppeteerrc.cjs). One page at a time: background tabs get no
    // focus events. CDP-only commands (emulateMedia, a11ySnapshot) are skipped there: see test/helpers/browser.ts.
    ...only(
      'firefox',
      puppeteerLauncher({
        launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true, env: zoned(zone) },
        createPage: firefoxPage,
        concurrency: 1
      })
    )
  ];
}

/** The environment of a browser launched in `zone`. */
const zoned = (zone) => ({ ...process.env, TZ: zone });

/**
 * Every test runs in UTC, whatever the machine's zone; the tests whose dates depend on the local time zone run again in
 * two zones on either side of Greenwich, with half-hour offsets and daylight saving. Each browser is launched with `TZ`
 * set, as a visitor's machine would be; the page learns which zone was asked for, so a test can check the launch took
 * effect.
 */
const DEFAULT_TIME_ZONE = 'UTC';
const TIME_ZONES = ['America/New_York', 'Asia/Kolkata'];
const ZONED_FILES = ['src/components/similar-roles/similar-roles.test.ts', 'src/core/jobs.test.ts'];
// A focused run (`web-test-runner test/hostile.test.ts`) runs a group's files only where it names them: a group none of
// whose files is named is left out.
const named = process.argv.slice(2).filter((arg) => arg.endsWith('.test.ts'));
const inRun = (files) =>
  named.length === 0 ? files : files.filter((file) => named.some((arg) => file.endsWith(arg.replace(/^\.\//, ''))));

/**
 * The cross-cutting suites run again over each built entry: the page loads `dist/cdn/onward.js`, or the loader until it
 * has defined every element (test/entries/loader.ts), before the tests, which then leave the sources' elements out
 * (test/entries/kit.ts). The elements under test are the minified ones a careers page downloads.
 */
const ENTRY_FILES = [
  'test/contract.test.ts',
  'test/hostile.test.ts',
  'test/hostile-composed.test.ts',
  'test/hostile-feedback.test.ts',
  'test/storage-faults.test.ts',
  'test/isolation.test.ts',
  'test/stories.test.ts'
];
const ENTRY_GROUPS = [
  { name: 'through onward.js', entry: '/dist/cdn/onward.js', kit: '/dist/cdn/onward.js' },
  { name: 'through the loader', entry: '/dist/cdn/onward-loader.js', kit: '/test/entries/loader.ts' }
];

/**
 * Real-browser tests: every `*.test.ts` under `src/` and `test/`, in Debian's Chromium (or `CHROME_PATH`) and Firefox ESR
 * (or `FIREFOX_PATH`).
 */
export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // Generous: browsers on a shared machine (and WebKit under Xvfb) can be slow.
  testFramework: { config: { timeout: 30000, ...(process.env.GREP ? { grep: process.env.GREP } : {}) } },
  testsFinishTimeout: 300000,
  // Real HTTP job feeds for <onward-similar-roles> (ok, slow, 500, invalid JSON, wrong shape, huge, empty) with request
  // counts, so its tests exercise the fetch path against a server rather than a stubbed fetch.
  // Second and flaky copies of dist/cdn/ for the loader suite.
  // A second build of the CDN bundle, with its own version, for test/versions.test.ts.
  middleware: [testFeedsMiddleware(), cdnCopiesMiddleware(), ssrApp.middleware, otherBuildMiddleware()],
  plugins: [
    storiesIndexPlugin(),
    jsonModulePlugin(),
    strictCspPlugin(),
    // React apps for test/react.test.ts, bundled on the fly by esbuild (React ships as CommonJS).
    reactAppPlugin(),
    // Exact JS heap after a full GC, over CDP, for test/leaks.test.ts.
    heapUsagePlugin(),
    ssrApp.plugin,
    // Pixel captures for test/isolation.test.ts: a page's text-decoration must not be drawn through the elements.
    screenshotPlugin(),
    // Chromium's full accessibility tree (roles, names, descriptions, states), over CDP, for test/accessibility-tree.test.ts.
    axTreePlugin(),
    // Server rendering for test/ssr.test.ts: a Node worker renders with @lit-labs/ssr, loading src/*.ts through esbuild.
    litSsrPlugin({ workerInitModules: ['./test/ssr/ts-loader.mjs'] }),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      // The version the build injects (vite.config.ts), so the sources under test say the same as dist/.
      define: {
        __ONWARD_VERSION__: JSON.stringify(
          JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version
        )
      }
    })
  ],
  // Browsers on this machine can take long to start while other jobs run.
  browserStartTimeout: 120000,
  browsers: [
    ...launchers(DEFAULT_TIME_ZONE),
    // WebKit (Safari's engine) over WebDriver: see test/webkit.mjs. CDP-only commands are skipped there.
    ...(wanted.includes('webkit') ? [await webkitLauncher()] : [])
  ],
  groups: [
    ...(inRun(ZONED_FILES).length > 0 ? TIME_ZONES : []).map((zone) => ({
      name: `time zone ${zone}`,
      files: inRun(ZONED_FILES),
      browsers: launchers(zone),
      testRunnerHtml: (testFramework) =>
        `<!doctype html><html><body><script>window.__onwardTimeZone = ${JSON.stringify(zone)};</script><script type="module" src="${testFramework}"></script></body></html>`
    })),
    ...(inRun(ENTRY_FILES).length > 0 ? ENTRY_GROUPS : []).map(({ name, entry, kit }) => ({
      name,
      files: inRun(ENTRY_FILES),
      browsers: launchers(DEFAULT_TIME_ZONE),
      testRunnerHtml: (testFramework) =>
        `<!doctype html><html><body><script type="module">window.__onwardEntry = ${JSON.stringify(entry)}; await import(${JSON.stringify(kit)}); await import(${JSON.stringify(testFramework)});</script></body></html>`
    }))
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), plainSummaryReporter()]
};
