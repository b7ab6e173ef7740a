import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { plainSummaryReporter } from './test/plain-summary-reporter.mjs';
import { testFeedsMiddleware } from './test/server/test-feeds.mjs';
import { strictCspPlugin } from './test/csp-plugin.mjs';
import { storiesIndexPlugin } from './test/stories-plugin.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Real-browser tests: every `*.test.ts` under `src/` and `test/`, in Debian's Chromium (or `CHROME_PATH`). */
export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  // Real HTTP job feeds for <onward-similar-roles> (ok, slow, 500, invalid JSON, wrong shape, huge, empty) with request
  // counts, so its tests exercise the fetch path against a server rather than a stubbed fetch.
  middleware: [testFeedsMiddleware()],
  plugins: [storiesIndexPlugin(), strictCspPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
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
          '--disable-backgrounding-occluded-windows'
        ]
      }
    })
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), plainSummaryReporter()]
};
