// Turns the staged build (scripts/package-web.sh: the app's wasm and JavaScript glue beside the
// page's files, in `dist/`) into the folder a static host serves (docs/hosting.md):
//   - the app's wasm and glue, the start-up script and the style get their content's hash in
//     their name (name-<hash>.ext: hosts may cache them for good), and the page and the start-up
//     script name them so; the page has no inline script, so the Content-Security-Policy needs no
//     'unsafe-inline' (the policy goes into the page as a meta element, and into `_headers` for
//     hosts that read that file);
//   - the page is marked with its release (a hash of every shipped file) and `sw.js`, the
//     offline copy's service worker, is written with that release and the list of files;
//   - big files get precompressed `.gz` and `.br` copies beside them;
//   - prints the sizes, raw, gzip and brotli, of what the page fetches before its first frame.
// Usage: node scripts/package-web.mjs [DIST=dist] [OUT=site] [--no-compress]
// (--no-compress: for a throwaway package in a test; brotli at its best takes a minute or two.)
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile, cp } from 'node:fs/promises';
import { join, relative, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const compress = !process.argv.includes('--no-compress');
// Brotli's best (11) takes a minute or two on the wasm and is ~10 % smaller than 9; CI, which only
// checks the folder works, may ask for less with BROTLI_QUALITY.
const brotliQuality = Number(process.env.BROTLI_QUALITY || 11);
const dist = args[0] || 'dist';
const out = args[1] || 'site';
const here = new URL('.', import.meta.url).pathname;

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // WebAssembly needs 'wasm-unsafe-eval' (compiling the module), nothing more.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  // The handout picture is saved through a blob: address.
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const fail = (message) => { console.error(`package-web: ${message}`); process.exit(1); };
const hash16 = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

async function filesUnder(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) found.push(relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
  }
  return found.sort();
}

let html;
try {
  html = await readFile(join(dist, 'index.html'), 'utf8');
} catch {
  fail(`no ${dist}/index.html: run scripts/package-web.sh, which stages the build there`);
}
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await cp(dist, out, { recursive: true });

// The data files built into the app (src/data/built_in.rs): on the web the app reads those
// copies instead of fetching the files (`data::built_in_copy_read_on_the_web`; a test keeps the
// two lists the same), so they do not ship. The clinic's settings do: a clinic edits them in a
// built site (README).
const builtIn = [...(await readFile(join(here, '../src/data/built_in.rs'), 'utf8'))
  .matchAll(/include_bytes!\("\.\.\/\.\.\/(assets\/[^"]+)"\)/g)].map((m) => m[1])
  .filter((file) => file !== 'assets/clinic.settings.ron');
if (builtIn.length === 0) fail('no built-in data files found in src/data/built_in.rs');
for (const file of builtIn) {
  await rm(join(out, file)).catch(() => fail(`${file} is built into the app but not in ${dist}/`));
}

// Shipped names. `replaceOnce` fails when a name is not where it is expected exactly once, so a
// page or start-up script edited out of step with this list stops the package, not the app.
const replaceOnce = (text, from, to, where) => {
  const parts = text.split(from);
  if (parts.length !== 2) fail(`${where}: expected \`${from}\` once, found it ${parts.length - 1} times`);
  return parts.join(to);
};
const hashedName = (file, bytes) => file.replace(/(\.[a-z]+)$/, `-${hash16(bytes)}$1`);
const shipAs = async (file, bytes) => {
  const name = hashedName(file, bytes);
  await rename(join(out, file), join(out, name));
  html = replaceOnce(html, `"${file}"`, `"./${name}"`, `${dist}/index.html`);
  return name;
};
const readStaged = (file) => readFile(join(out, file)).catch(() => fail(`${dist}/${file} is missing`));
const wasmBytes = await readStaged('cramp-explorer.wasm');
const wasmName = await shipAs('cramp-explorer.wasm', wasmBytes);
const glueName = await shipAs('cramp-explorer.js', await readStaged('cramp-explorer.js'));
await shipAs('style.css', await readStaged('style.css'));
let start = (await readStaged('start.mjs')).toString('utf8');
start = replaceOnce(start, "const GLUE = './cramp-explorer.js';", `const GLUE = './${glueName}';`, 'web/start.mjs');
start = replaceOnce(start, "const WASM = './cramp-explorer.wasm';", `const WASM = './${wasmName}';`, 'web/start.mjs');
start = replaceOnce(start, 'const WASM_BYTES = 0;', `const WASM_BYTES = ${wasmBytes.length};`, 'web/start.mjs');
await rm(join(out, 'start.mjs'));
const startName = `start-${hash16(start)}.js`;
await writeFile(join(out, startName), start);
html = replaceOnce(html, '"start.mjs"', `"./${startName}"`, `${dist}/index.html`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) fail('index.html has an inline script the security policy would block');

// The release: a hash of every file that ships (the page last, with everything but its mark).
const shipped = (await filesUnder(out)).filter((file) => file !== 'index.html');
const release = createHash('sha256');
for (const file of shipped) release.update(file).update(await readFile(join(out, file)));
release.update(html);
const releaseId = release.digest('hex').slice(0, 16);
html = html.replace(/(<meta charset="utf-8">)/, `$1
  <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
  <meta name="cramp-release" content="${releaseId}">`);
await writeFile(join(out, 'index.html'), html);

// The service worker: this release's id and files in front of web/service-worker.js.
const worker = await readFile(join(here, '../web/service-worker.js'), 'utf8');
const precached = ['./', ...shipped.map((file) => `./${file}`)];
await writeFile(join(out, 'sw.js'),
  `const VERSION = '${releaseId}';\nconst FILES = ${JSON.stringify(precached, null, 1)};\n${worker}`);

// Headers for hosts that read a `_headers` file; others: docs/hosting.md.
await writeFile(join(out, '_headers'), `/*
  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'
  Referrer-Policy: no-referrer
  X-Content-Type-Options: nosniff
  Cache-Control: no-cache
/*.wasm
  Content-Type: application/wasm
`);

// Precompressed copies, and the sizes.
const COMPRESSIBLE = new Set(['.wasm', '.js', '.mjs', '.css', '.html', '.ron', '.json', '.webmanifest', '.svg']);
// Fetched only after the first frame (the offline copy) or never by the app itself.
const AFTER_FIRST_FRAME = /^(sw\.js|_headers|CREDITS\.md|LICENSE-.*|assets\/.*\.md|icons\/.*\.png)$/;
// Another language's files are fetched before the first frame only by a visitor in that
// language: the budget holds for the visitor who fetches most.
// English files count for every visitor: the page reads English's page.ftl as the fallback.
const languageOf = (file) => {
  const language = (file.match(/^assets\/locales\/([^/]+)\//) || [])[1];
  return language === 'en' ? undefined : language;
};
const totals = { raw: 0, gzip: 0, brotli: 0 };
const firstFrameGzip = new Map([['en', 0]]);
const countBeforeFirstFrame = (file, bytes) => {
  if (AFTER_FIRST_FRAME.test(file)) return;
  const language = languageOf(file);
  for (const [visitor, total] of firstFrameGzip) {
    if (!language || language === visitor) firstFrameGzip.set(visitor, total + bytes);
  }
};
const files = await filesUnder(out);
// Every language's visitor first, so shared files count for each.
for (const file of files) {
  const language = languageOf(file);
  if (language && !firstFrameGzip.has(language)) firstFrameGzip.set(language, 0);
}
for (const file of files) {
  const bytes = await readFile(join(out, file));
  totals.raw += bytes.length;
  if (!compress || !COMPRESSIBLE.has(extname(file)) || bytes.length < 1024) {
    totals.gzip += bytes.length;
    totals.brotli += bytes.length;
    countBeforeFirstFrame(file, bytes.length);
    continue;
  }
  const gz = gzipSync(bytes, { level: 9 });
  countBeforeFirstFrame(file, gz.length);
  const br = brotliCompressSync(bytes, { params: {
    [constants.BROTLI_PARAM_QUALITY]: brotliQuality,
    [constants.BROTLI_PARAM_LGWIN]: 24,
    [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
  await writeFile(join(out, `${file}.gz`), gz);
  await writeFile(join(out, `${file}.br`), br);
  totals.gzip += gz.length;
  totals.brotli += br.length;
}
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
console.log(`package-web: ${out}/ release ${releaseId}: ${precached.length} files offline; ${mb(totals.raw)} raw` +
  (compress ? `, ${mb(totals.gzip)} gzip, ${mb(totals.brotli)} brotli (quality ${brotliQuality})` : ''));
// The download budget (issue 18): what the page fetches before its first frame, gzip.
if (compress) {
  const budget = Number(process.env.WEB_GZIP_BUDGET_MB || 5);
  const each = [...firstFrameGzip].map(([language, bytes]) => `${language} ${mb(bytes)}`).join(', ');
  const most = Math.max(...firstFrameGzip.values());
  console.log(`package-web: before the first frame ${mb(most)} gzip at most (by language: ${each}; budget ${budget} MB)`);
  if (most > budget * 1e6) fail(`the download before the first frame is over its budget of ${budget} MB gzip`);
}
