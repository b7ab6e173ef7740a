/**
 * A real HTTP job feed for the `<onward-similar-roles>` tests, served by the test runner's own dev server under
 * `/__test-feeds/`. Each feed behaves like a server a careers site might really have:
 *
 * | path            | answer                                                                      |
 * |-----------------|-----------------------------------------------------------------------------|
 * | `ok`            | 7 valid roles (posted 0–40 days ago)                                         |
 * | `slow`          | the same, after `?delay=` ms (default 2000); stops early if the client aborts |
 * | `500`           | HTTP 500                                                                      |
 * | `invalid-json`  | HTTP 200, `application/json`, but the body is cut off                        |
 * | `wrong-shape`   | HTTP 200, valid JSON that is not a list of roles                             |
 * | `huge`          | 5,000 valid roles                                                            |
 * | `empty`         | `[]`                                                                         |
 * | `fail-once`     | HTTP 500 the first time an `id` asks, the roles after that                   |
 * | `far-past`      | the 7 roles, the second posted `-271821-04-20` (the earliest day `Date` holds) |
 * | `stats`         | `{ total }` (from the asking browser), or with `?id=` that id's counts         |
 *
 * Tests pass a unique `?id=` with each feed URL, so they can ask `stats` whether a request was made, finished or
 * aborted by the browser. Nothing is cached (`Cache-Control: no-store`), so a retry really reaches the server. `total`
 * is counted per test page (by the runner's session id in the Referer, else by User-Agent): browsers run test files at
 * the same time.
 */

import { setTimeout as sleep } from 'node:timers/promises';

const PREFIX = '/__test-feeds/';
const DAY = 24 * 60 * 60 * 1000;

function roles(count, now = Date.now()) {
  const titles = ['Product designer', 'UX researcher', 'Service designer', 'Design systems lead', 'Content designer'];
  const places = ['Berlin', 'Remote', 'Lisbon', 'Nairobi', 'Toronto'];
  return Array.from({ length: count }, (_, index) => ({
    title: `${titles[index % titles.length]} ${index + 1}`,
    url: `/jobs/${index + 1}`,
    company: index % 3 === 2 ? undefined : 'Northwind',
    location: places[index % places.length],
    postedAt: new Date(now - (index * 6 + (index > 0 ? 1 : 0)) * DAY).toISOString()
  }));
}

const hugeBody = JSON.stringify(roles(5000));

/** Creates the middleware and its request book-keeping. */
export function testFeedsMiddleware() {
  const totals = new Map();
  const byId = new Map();
  const statsFor = (id) => {
    if (!byId.has(id)) byId.set(id, { requests: 0, completed: 0, aborted: 0 });
    return byId.get(id);
  };

  return async function testFeeds(context, next) {
    if (!context.path.startsWith(PREFIX)) return next();
    const feed = context.path.slice(PREFIX.length);
    const id = typeof context.query.id === 'string' ? context.query.id : '';
    // Per test page: the runner's session id is in the page URL, which every fetch sends as its Referer. Several
    // Chromiums run at once (one per time zone), all with the same User-Agent.
    const referer = context.get('referer');
    const session = referer ? new URL(referer, 'http://localhost/').searchParams.get('wtr-session-id') : null;
    const agent = session ?? context.get('user-agent');
    context.set('Cache-Control', 'no-store');

    if (feed === 'stats') {
      context.type = 'application/json';
      context.body = JSON.stringify(id ? statsFor(id) : { total: totals.get(agent) ?? 0 });
      return;
    }

    totals.set(agent, (totals.get(agent) ?? 0) + 1);
    const stats = statsFor(id);
    stats.requests += 1;
    let closedEarly = false;
    context.res.on('close', () => {
      if (context.res.writableFinished) stats.completed += 1;
      else {
        closedEarly = true;
        stats.aborted += 1;
      }
    });

    const json = (body, status = 200) => {
      context.status = status;
      context.type = 'application/json';
      context.body = typeof body === 'string' ? body : JSON.stringify(body);
    };

    switch (feed) {
      case 'ok':
        return json(roles(7));
      case 'slow': {
        const delay = Math.min(Number(context.query.delay) || 2000, 20000);
        const started = Date.now();
        while (!closedEarly && Date.now() - started < delay) await sleep(20);
        // The browser gave up: nothing can be sent, and a 204 keeps the runner from listing it as a 404.
        if (closedEarly) return void (context.status = 204);
        return json(roles(7));
      }
      case '500':
        return json({ error: 'Internal Server Error' }, 500);
      case 'invalid-json':
        return json('[{"title": "Product designer", "url": "/jobs/1"');
      case 'wrong-shape':
        return json({ results: roles(3), page: 1 });
      case 'huge':
        return json(hugeBody);
      case 'empty':
        return json([]);
      case 'far-past':
        return json(roles(7).map((role, index) => (index === 1 ? { ...role, postedAt: '-271821-04-20' } : role)));
      case 'fail-once':
        return stats.requests === 1 ? json({ error: 'Try again' }, 500) : json(roles(7));
      default:
        context.status = 404;
        context.body = 'No such test feed';
    }
  };
}
