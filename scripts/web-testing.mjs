// What the browser checks share. `serve`: a small static host behaving like the hosts docs/hosting.md describes:
// serves a folder under a sub-path (default /cramp/), with the wasm MIME type, the precompressed
// `.br`/`.gz` copies when the browser accepts them, and the headers from the folder's `_headers`.
// It records every request, can be pointed at another folder (a new release) and can go "down"
// (every connection dropped, as with the network off).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.ron': 'text/plain; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.md': 'text/markdown; charset=utf-8',
};

// The `/*` block of a `_headers` file (the only one the package writes for every file).
async function headersFrom(root) {
  const text = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
  const block = text.split(/\n(?=\S)/).find((part) => part.startsWith('/*\n')) || '';
  return Object.fromEntries(block.split('\n').slice(1)
    .map((line) => line.trim().match(/^([\w-]+):\s*(.*)$/)).filter(Boolean).map((m) => [m[1], m[2]]));
}

export async function serve(root, prefix = '/cramp/', port = 0) {
  const state = { root, down: false, requests: [], headers: await headersFrom(root) };
  const server = createServer(async (req, res) => {
    if (state.down) { req.socket.destroy(); return; }
    const url = new URL(req.url, 'http://x');
    state.requests.push(url.pathname);
    if (!url.pathname.startsWith(prefix)) { res.writeHead(404).end('outside the app\'s folder'); return; }
    let path;
    try {
      path = normalize(decodeURIComponent(url.pathname.slice(prefix.length))).replace(/^(\.\.[/\\])+/, '');
    } catch {
      res.writeHead(400).end('bad address');
      return;
    }
    const file = join(state.root, path === '.' || path.endsWith('/') ? `${path}/index.html` : path);
    const accepts = req.headers['accept-encoding'] || '';
    for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz'], [null, '']]) {
      if (encoding && !accepts.includes(encoding)) continue;
      try {
        const body = await readFile(file + suffix);
        res.writeHead(200, {
          ...state.headers,
          'content-type': TYPES[extname(file)] || 'application/octet-stream',
          'content-length': body.length,
          ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}),
        });
        res.end(body);
        return;
      } catch { /* try the next encoding */ }
    }
    res.writeHead(404).end('not found');
  });
  await new Promise((ok, failed) => server.once('error', failed).listen(port, '127.0.0.1', ok));
  return {
    base: `http://127.0.0.1:${server.address().port}${prefix}`,
    requests: state.requests,
    async switchTo(folder) { state.root = folder; state.headers = await headersFrom(folder); },
    setDown(down) { state.down = down; },
    close() { server.closeAllConnections(); server.close(); },
  };
}

// A click on the canvas as a person makes it: the pointer rests on the spot first (frames take
// hundreds of milliseconds under SwiftShader, so picking and egui must see it there), then press,
// hold, release. `done()` waits for what the click brings (truthy when it came; it is started
// before the click, so a download is not missed). A click can still fall between two slow frames:
// a person would click again, and with `tries` above 1 so does the check, saying so in its log.
// Returns what `done()` gave, or null when no try brought it.
export async function clickLikeAPerson(page, at, done, { tries = 1, hover = 1000, hold = 300, what = 'click' } = {}) {
  for (let attempt = 1; attempt <= tries; attempt += 1) {
    const brought = done().catch(() => null);
    await page.mouse.move(at.x, at.y);
    await page.waitForTimeout(hover);
    await page.mouse.down();
    await page.waitForTimeout(hold);
    await page.mouse.up();
    const value = await brought;
    if (value) return value;
    if (attempt < tries) console.log(`${what}: the click at (${at.x}, ${at.y}) was not taken; clicking again`);
  }
  return null;
}

// Debian's Chromium, drawing WebGL2 with SwiftShader, talking to nothing but the test's host.
// playwright-core is loaded here, not at the top: `serve` alone (scripts/serve-web.mjs) needs none of it.
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--disable-quic',
    ],
  });
}

// Console errors and uncaught exceptions of a page, collected for a check to report.
export function collectErrors(page) {
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

// The app marks the page once its first complete frame is drawn (src/platform).
export function waitForFirstFrame(page) {
  return page.waitForFunction(() => document.body.dataset.firstFrameMs, null, { timeout: 300_000, polling: 250 });
}
