// npm run bench:console — the built console in headless Chromium, each figure beside a baseline of
// the same run: the initial JS (the entry chunk and its static imports, gzipped) beside the 200 KB
// target; the runs page's first render beside a bare HTML page from the same server; and the log
// viewer over 100,000 lines (BENCH_LOG_LINES) — all of them loaded and painted, a search over all of
// them, the frame time while scrolling — beside the same lines in a plain <pre>.
// The console is served by a stand-in API (this file: static files with the gateway's index.html
// fallback, /auth/me, an empty /runs, one finished job and its log at /jobs/:id/log-lines), so the
// figures are the browser's, not the services'. Chromium: CHROMIUM_PATH, a system one, or
// @sparticuz/chromium (as libs/testing finds it).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { freePort, percentile, root } from './support.mjs';

const LINES = Number(process.env.BENCH_LOG_LINES ?? 100_000);
const SCROLL_FRAMES = Number(process.env.BENCH_SCROLL_FRAMES ?? 240);
const TARGET_KB = 200;
const DIST = join(root, 'dist/apps/console');
const JOB = '00000000-0000-4000-8000-000000000001';
const QUERY = 'needle';
const step = (line) => process.stderr.write(`[bench:console] ${line}\n`);

// The log: steps of 1,000 lines, some in colour, every 1,000th holding the needle; then the end.
const entries = Array.from({ length: LINES }, (_, i) => {
  const stepName = `step-${Math.floor(i / 1000)}`;
  const text =
    i % 1000 === 0
      ? `▶ ${stepName}`
      : i % 1000 === 500
        ? `found the ${QUERY} at ${i}`
        : i % 7 === 0
          ? `\u001b[32mok\u001b[0m compiled module ${i} of the workspace in ${i % 97} ms`
          : `compiled module ${i} of the workspace in ${i % 97} ms`;
  return {
    id: `1700000000000-${i}`,
    type: 'line',
    line: {
      stream: i % 1000 === 0 ? 'system' : 'stdout',
      step: stepName,
      text,
      at: '2026-01-01T00:00:00.000Z',
    },
  };
});
entries.push({ id: `1700000000001-0`, type: 'end', status: 'success' });

function logPage(url) {
  const limit = Math.min(5000, Number(url.searchParams.get('limit') ?? 1000));
  const before = url.searchParams.get('before');
  const end = before ? entries.findIndex((e) => e.id === before) : entries.length;
  const start = Math.max(0, end - limit);
  return { entries: entries.slice(start, end), more_before: start > 0, total: entries.length };
}

const now = '2026-01-01T00:00:00.000Z';
const JOB_DTO = {
  id: JOB,
  status: 'success',
  forge: 'gitea',
  event: 'push',
  repository: 'team/app',
  clone_url: 'http://forge.invalid/team/app.git',
  ref: 'refs/heads/main',
  ref_kind: 'branch',
  branch: 'main',
  sha: 'ef98532add3b2feb7a137426bba1248724367df5',
  attempt: 1,
  created_at: now,
  updated_at: now,
  started_at: now,
  finished_at: now,
  exit_code: 0,
};
const ME = {
  user: { id: 'u-1', email: 'bench@example.com', role: 'admin' },
  scopes: ['read', 'write', 'admin'],
  via: 'session',
  csrf_token: 't',
};
const TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

// The baselines: a bare page, and the log as a <pre> reading the same pages of JSON.
const BARE = '<!doctype html><html><body><h1>Runs</h1></body></html>';
const PRE = `<!doctype html><html><body style="margin:0"><pre id="log" style="height:640px;overflow:auto;margin:0;font:12.5px monospace"></pre><script>
window.loaded = (async () => {
  const parts = []; let before = '';
  for (;;) {
    const page = await (await fetch('/jobs/${JOB}/log-lines?limit=5000' + (before ? '&before=' + before : ''))).json();
    parts.unshift(page.entries.filter((e) => e.type === 'line').map((e) => e.line.text).join('\\n'));
    if (!page.more_before) break;
    before = page.entries[0].id;
  }
  document.getElementById('log').textContent = parts.join('\\n');
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return performance.now();
})();
</script></body></html>`;

function serve(port) {
  const json = (res, body) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://bench');
    const path = url.pathname;
    if (path === '/auth/me') return json(res, ME);
    if (path === '/runs') return json(res, { items: [], next_cursor: null });
    if (path === `/jobs/${JOB}`) return json(res, JOB_DTO);
    if (path === `/jobs/${JOB}/log-lines`) return json(res, logPage(url));
    if (path === '/bench/bare.html') return res.writeHead(200, { 'content-type': 'text/html' }).end(BARE);
    if (path === '/bench/pre.html') return res.writeHead(200, { 'content-type': 'text/html' }).end(PRE);
    const file = normalize(join(DIST, path));
    if (file.startsWith(DIST) && extname(file) && existsSync(file))
      return res
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(readFileSync(file));
    res.writeHead(200, { 'content-type': 'text/html' }).end(readFileSync(join(DIST, 'index.html')));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** The entry chunk and the chunks it imports statically (modulepreload), gzipped, as index.html loads them. */
function initialJs() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const gz = (file) => gzipSync(readFileSync(join(DIST, file))).length;
  const initial = [...new Set(files)].reduce((sum, file) => sum + gz(file), 0);
  const all = execFileSync('find', [join(DIST, 'assets'), '-name', '*.js'], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
  return { initial, all, files: files.length };
}

function chromiumExecutable() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    existsSync,
  );
  if (system) return system;
  const script = "import c from '@sparticuz/chromium'; process.stdout.write(await c.executablePath());";
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
}

/** Frame deltas while the element scrolls down by a screen's third every frame. */
const scrollFrames = (page, selector) =>
  page.evaluate(
    ([selector, frames]) =>
      new Promise((resolve) => {
        const el = document.querySelector(selector);
        el.scrollTop = 0;
        const deltas = [];
        let last = performance.now();
        const tick = (t) => {
          deltas.push(t - last);
          last = t;
          el.scrollTop += Math.floor(el.clientHeight / 3);
          if (deltas.length < frames) requestAnimationFrame(tick);
          else resolve(deltas.slice(5));
        };
        requestAnimationFrame(tick);
      }),
    [selector, SCROLL_FRAMES],
  );

const ms = (value) => `${value.toFixed(1)} ms`;

async function main() {
  step('building the console');
  execFileSync('npx', ['vite', 'build', '--config', 'apps/console/vite.config.mts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  const size = initialJs();
  const server = await serve(await freePort());
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    headless: true,
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    const page = await context.newPage();

    step('first render of the runs page');
    const firstRender = async (url) => {
      await page.goto(url);
      await page.getByRole('heading', { name: 'Runs' }).waitFor();
      return page.evaluate(() => performance.now());
    };
    await firstRender(`${base}/delivery`); // warm the HTTP cache once, as a returning visitor
    const runs = [];
    const bare = [];
    for (let i = 0; i < 5; i++) {
      runs.push(await firstRender(`${base}/delivery`));
      bare.push(await firstRender(`${base}/bench/bare.html`));
    }

    step(`the log viewer with ${LINES.toLocaleString('en-US')} lines`);
    await page.goto(`${base}/ci/${JOB}`);
    await page.locator('.log-row').first().waitFor();
    const tail = await page.evaluate(() => performance.now());
    const loadAll = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Load all' }).click();
    await page.locator('.log-earlier').waitFor({ state: 'detached', timeout: 120_000 });
    const allHeld = (await page.evaluate(() => performance.now())) - loadAll;
    const search = await page.evaluate(async (query) => {
      const input = document.querySelector('input[type=search]');
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, query);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const started = performance.now();
      input.form.requestSubmit();
      const count = document.querySelector('.log-count');
      while (!/^1 of /.test(count.textContent)) await new Promise((r) => requestAnimationFrame(r));
      return { ms: performance.now() - started, text: count.textContent };
    }, QUERY);
    await page.getByRole('searchbox').fill('');
    const viewerFrames = await scrollFrames(page, '.log-scroll');
    const domRows = await page.locator('.log-row').count();

    await page.goto(`${base}/bench/pre.html`);
    const preRender = await page.evaluate(() => window.loaded);
    const preSearch = await page.evaluate((query) => {
      const started = performance.now();
      const text = document.getElementById('log').textContent.toLowerCase();
      let matches = 0;
      for (let at = text.indexOf(query); at !== -1; at = text.indexOf(query, at + 1)) matches++;
      return { ms: performance.now() - started, matches };
    }, QUERY);
    const preFrames = await scrollFrames(page, '#log');

    const rows = [
      [
        'initial JS (gzip)',
        `${(size.initial / 1024).toFixed(1)} KB in ${size.files} files`,
        `target ≤ ${TARGET_KB} KB (all chunks: ${(size.all / 1024).toFixed(1)} KB)`,
      ],
      [
        'runs page first render (p50 of 5)',
        ms(percentile(runs, 50)),
        `bare HTML page: ${ms(percentile(bare, 50))}`,
      ],
      ['log: tail painted (5,000 lines)', ms(tail), '—'],
      [
        `log: all ${LINES.toLocaleString('en-US')} lines loaded and painted`,
        ms(tail + allHeld),
        `<pre>: ${ms(preRender)}`,
      ],
      [
        `log: search "${QUERY}" over every line`,
        `${ms(search.ms)} (${search.text})`,
        `<pre> text scan: ${ms(preSearch.ms)} (${preSearch.matches})`,
      ],
      [
        'log: scroll frame p50 / p99 / max',
        `${ms(percentile(viewerFrames, 50))} / ${ms(percentile(viewerFrames, 99))} / ${ms(Math.max(...viewerFrames))}`,
        `<pre>: ${ms(percentile(preFrames, 50))} / ${ms(percentile(preFrames, 99))} / ${ms(Math.max(...preFrames))}`,
      ],
      ['log: rows in the DOM', String(domRows), `<pre>: ${LINES.toLocaleString('en-US')} lines in one node`],
    ];
    const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length), 8));
    const line = (cells) => `| ${cells.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
    console.log(line(['figure', 'console', 'baseline (same run)']));
    console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
    for (const row of rows) console.log(line(row));
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
