import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { bundle, cacheDir } from './bundle.mjs';
import { PEERS } from './peers.mjs';
import { startServer } from './server.mjs';

/** The card implementations the render and memory sections compare, in their fixed reporting order. */
export const CARD_IMPLEMENTATIONS = [
  { id: 'vanilla', label: 'vanilla (floor)', tag: 'bench-vanilla-card', script: '/fixtures/vanilla-card.js' },
  { id: 'onward', label: '`onward-step-card`', tag: 'onward-step-card', script: '/dist/cdn/onward.js' },
  { id: 'shoelace', label: '`sl-card`', tag: 'sl-card', peer: true },
  { id: 'webawesome', label: '`wa-card`', tag: 'wa-card', peer: true },
  { id: 'material', label: '`md-outlined-card`', tag: 'md-outlined-card', peer: true }
];

const CANDIDATE = {
  'candidate-name': 'Sam Lee',
  'recipient-name': 'Alex Kim',
  company: 'Northwind',
  'job-title': 'Product designer',
  'interview-date': '2026-03-02',
  stage: 'interview'
};

/** Recovery path attributes for the timing: the host's usual pass-throughs, nothing stored (persist="none"). */
export const RECOVERY_ATTRIBUTES = { ...CANDIDATE, applicants: '240', interviewed: '6', persist: 'none' };
export const FEEDBACK_ATTRIBUTES = { ...CANDIDATE, persist: 'none' };
/** Attributes for the mount/unmount cycles: prefilled where an element takes them, default persistence. */
export const CYCLE_ATTRIBUTES = {
  'onward-recovery-path': { ...CANDIDATE, applicants: '240', interviewed: '6' },
  'onward-feedback-request': CANDIDATE,
  'onward-interview-odds': {
    applicants: '240',
    interviewed: '6',
    company: 'Northwind',
    'job-title': 'Product designer'
  }
};

/** Loads a page and waits for the harness (and, with `tag`, for that element to be defined: returns whether it is). */
export async function openPage(page, url, tag) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench !== undefined);
  if (tag) return page.evaluate((name) => window.bench.ready(name), tag);
  return true;
}

function page({ title, scripts, css, single = false }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${css ? `<link rel="stylesheet" href="${css}">` : ''}
<link rel="stylesheet" href="/fixtures/page.css">
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
<script type="module" src="/fixtures/harness.js"></script>
</head>
<body>
<main id="root"${single ? ' class="single"' : ''}></main>
</body>
</html>`;
}

/**
 * Bundles the peers' card modules, writes one page per implementation, and starts the loopback server. Returns the
 * server, the implementations that can run here (peers only when installed), the URL of each page, and the tags of the
 * Onward elements present in the build (from `dist/define/*.js`).
 */
export async function servePages({ root, dist, benchDir, peersAvailable }) {
  const out = join(cacheDir(benchDir), 'render');
  mkdirSync(out, { recursive: true });
  const implementations = [];
  const pages = {};
  const hasKit = existsSync(join(dist, 'cdn', 'onward.js'));
  for (const implementation of CARD_IMPLEMENTATIONS) {
    if (implementation.id === 'onward' && !hasKit) continue;
    const entry = { ...implementation, url: `/page/${implementation.id}.html` };
    if (implementation.peer) {
      if (!peersAvailable) continue;
      const peer = PEERS.find((candidate) => candidate.id === implementation.id);
      writeFileSync(
        join(out, `${peer.id}-card.js`),
        await bundle({ contents: `import '${peer.card}';`, resolveDir: benchDir })
      );
      entry.script = `/cache/${peer.id}-card.js`;
      if (peer.css) {
        writeFileSync(
          join(out, `${peer.id}.css`),
          await bundle({ contents: `@import '${peer.css}';`, resolveDir: benchDir, loader: 'css' })
        );
        entry.css = `/cache/${peer.id}.css`;
      }
    }
    pages[entry.url] = page({ title: implementation.id, scripts: [entry.script], css: entry.css });
    implementations.push(entry);
  }
  // The Onward kit next to the vanilla baselines, for the recovery path, the feedback request and the mount cycles.
  pages['/page/kit.html'] = page({
    title: 'kit',
    single: true,
    scripts: [
      ...(hasKit ? ['/dist/cdn/onward.js'] : []),
      '/fixtures/vanilla-card.js',
      '/fixtures/vanilla-recovery-path.js',
      '/fixtures/vanilla-feedback-request.js'
    ]
  });
  // Candidate tags: every registering module in the source or the npm build. The page keeps those the bundle defines.
  const onwardTags = [
    ...new Set(
      [join(root, 'src', 'define'), join(dist, 'define')]
        .filter((folder) => existsSync(folder))
        .flatMap((folder) => readdirSync(folder))
        .filter((file) => /\.(ts|js)$/.test(file) && !/\.(test|d)\.ts$/.test(file))
        .map((file) => `onward-${basename(basename(file, '.ts'), '.js')}`)
    )
  ].sort();
  const server = await startServer({
    isolate: true,
    pages,
    mounts: {
      '/dist/': dist,
      '/fixtures/': join(benchDir, 'fixtures'),
      '/cache/': out
    }
  });
  return { server, implementations, hasKit, onwardTags, kitUrl: `${server.origin}/page/kit.html` };
}
