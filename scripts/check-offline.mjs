// Offline, install and lock-down check of the packaged web app (issue: a web app a clinic can rely
// on), in headless Chromium, with the app served from a sub-path (/cramp/):
//   1. first visit online: the app draws, the service worker takes over and caches exactly one
//      release, whole; the manifest parses with no errors and the app is installable;
//   2. the network goes off: a reload of a deep link draws the leg, with no console errors;
//   3. a new release is published: it is offered (the page keeps running the old one), and
//      "Update now" brings the new release and leaves only its cache;
//   throughout: no request leaves the origin or the app's folder, and the Content-Security-Policy
//   reports no violation.
// Usage: node scripts/check-offline.mjs [SITE=site] [OUT=out] [DIST=dist]
import { cp, mkdir, readFile, rm, appendFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launchChromium, collectErrors, waitForFirstFrame } from './web-testing.mjs';

const [site = 'site', out = 'out', dist = 'dist'] = process.argv.slice(2);
let failed = false;
const fail = (message) => { console.error(`FAIL: ${message}`); failed = true; };
const pass = (message) => console.log(`ok: ${message}`);

// The next release: the same build with one file changed, packaged the same way.
const scratch = join(tmpdir(), `cramp-next-release-${process.pid}`);
await rm(scratch, { recursive: true, force: true });
await cp(dist, join(scratch, 'dist'), { recursive: true });
await appendFile(join(scratch, 'dist', 'page.js'), '\n// next release\n');
execFileSync('node', [new URL('package-web.mjs', import.meta.url).pathname, join(scratch, 'dist'), join(scratch, 'site'), '--no-compress'], { stdio: 'inherit' });

const server = await serve(site);
const origin = new URL(server.base).origin;
const browser = await launchChromium();
await mkdir(out, { recursive: true });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const outside = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  await context.addInitScript(() => {
    localStorage.setItem('cramp-explorer.disclaimer_accepted', 'yes');
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const cspReports = [];
  page.on('console', (msg) => { if (/Content.Security.Policy/i.test(msg.text())) cspReports.push(msg.text()); });
  const release = () => page.evaluate(() => document.querySelector('meta[name="cramp-release"]').content);
  const cacheNames = () => page.evaluate(() => caches.keys());
  const checkCsp = async () => {
    const seen = [...cspReports, ...await page.evaluate(() => window.cspViolations)];
    if (seen.length) fail(`the Content-Security-Policy reported: ${seen.join('; ')}`);
  };

  // 1. First visit, online.
  await page.goto(`${server.base}?select=soleus`, { waitUntil: 'load' });
  await waitForFirstFrame(page);
  const first = await release();
  await page.waitForFunction(() => navigator.serviceWorker.controller, null, { timeout: 180_000, polling: 500 })
    .catch(() => fail('no service worker took over the page'));
  const names = await cacheNames();
  const files = JSON.parse((await readFile(join(site, 'sw.js'), 'utf8')).match(/const FILES = (\[[\s\S]*?\]);/)[1]);
  const cached = await page.evaluate((name) => caches.open(name).then((c) => c.keys()).then((k) => k.length), `cramp-explorer-${first}`);
  if (names.length !== 1 || names[0] !== `cramp-explorer-${first}`) fail(`caches after the first visit: ${names.join(', ')}`);
  else if (cached !== files.length) fail(`the offline copy holds ${cached} of ${files.length} files`);
  else pass(`first visit: release ${first} cached whole (${cached} files) in ${names[0]}`);

  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  if (manifest.errors.length) fail(`manifest errors: ${JSON.stringify(manifest.errors)}`);
  const data = JSON.parse(manifest.data || '{}');
  if (data.display !== 'standalone' || !data.name || data.start_url !== './') fail(`manifest: ${manifest.data}`);
  // Playwright's contexts are private windows, where Chromium never offers to install.
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  const blocking = installabilityErrors.filter((e) => e.errorId !== 'in-incognito');
  if (blocking.length) fail(`not installable: ${blocking.map((e) => e.errorId).join(', ')}`);
  const icons = await page.evaluate(async (list) => Promise.all(list.map(async (icon) => {
    const blob = await (await fetch(icon.src)).blob();
    const bitmap = await createImageBitmap(blob);
    return { src: icon.src, sizes: icon.sizes, drawn: `${bitmap.width}x${bitmap.height}` };
  })), data.icons.filter((icon) => icon.type === 'image/png'));
  for (const icon of icons) if (icon.sizes !== icon.drawn) fail(`icon ${icon.src} says ${icon.sizes} but is ${icon.drawn}`);
  if (!manifest.errors.length && !blocking.length) pass(`manifest valid (${data.icons.length} icons: ${icons.map((i) => i.drawn).join(', ')} + svg), installable`);

  // 2. Network off: a deep link still opens, from the offline copy.
  server.setDown(true);
  const served = server.requests.length;
  await page.goto(`${server.base}?select=gastrocnemius_medial&view=posterior`, { waitUntil: 'load' });
  await waitForFirstFrame(page);
  await page.waitForTimeout(2000);
  await page.screenshot({ path: `${out}/web-offline.png` });
  try {
    execFileSync('python3', ['scripts/png_stats.py', `${out}/web-offline.png`, '--expect-size', '1280x720', '--panel-width', '320'], { stdio: 'inherit' });
    pass(`offline: the deep link opened and drew the leg (${await page.evaluate(() => location.search)})`);
  } catch {
    fail('offline: the page does not show the leg and the panel');
  }
  if (!(await page.evaluate(() => location.search)).includes('select=gastrocnemius_medial')) fail('offline: the deep link was lost');
  if (errors.length) fail(`console errors:\n  ${errors.join('\n  ')}`);
  errors.length = 0;

  // 3. A new release: offered, not forced; accepted, it replaces the old one.
  server.setDown(false);
  await server.switchTo(join(scratch, 'site'));
  await page.goto(`${server.base}?select=soleus`, { waitUntil: 'load' });
  await waitForFirstFrame(page);
  await page.waitForSelector('#update:not([hidden])', { timeout: 240_000 })
    .catch(() => fail('the new release was not offered'));
  if ((await release()) !== first) fail('the new release was forced on the page');
  await page.screenshot({ path: `${out}/web-update-offer.png` });
  const before = (await cacheNames()).sort();
  await Promise.all([page.waitForEvent('load', { timeout: 120_000 }), page.click('#update-now')])
    .catch(() => fail('"Update now" did not reload the page'));
  await waitForFirstFrame(page);
  const second = await release();
  const after = await cacheNames();
  if (second === first) fail('after "Update now" the page still runs the old release');
  else if (after.length !== 1 || after[0] !== `cramp-explorer-${second}`) fail(`caches after the update: ${after.join(', ')}`);
  else pass(`update: release ${second} offered while ${first} kept running (caches then: ${before.join(', ')}), now the only cache`);
  if (!(await page.evaluate(() => location.search)).includes('select=soleus')) fail('the update lost the address');
  if (errors.length) fail(`console errors:\n  ${errors.join('\n  ')}`);
  await checkCsp();
  // The policy is in force (and the watch above would see a breach): an inline script is refused.
  const ran = await page.evaluate(() => {
    window.inlineRan = false;
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true;';
    document.head.appendChild(script);
    return new Promise((done) => setTimeout(() => done(window.inlineRan), 500));
  });
  const refused = (await page.evaluate(() => window.cspViolations)).some((v) => v.startsWith('script-src'));
  if (ran || !refused) fail('an inline script was not refused by the Content-Security-Policy');
  else pass('Content-Security-Policy: no violation by the app; an injected inline script is refused and reported');

  const stray = server.requests.filter((path) => !path.startsWith('/cramp/'));
  if (stray.length) fail(`requests outside the app's folder: ${[...new Set(stray)].join(', ')}`);
  if (outside.length) fail(`requests leaving the origin: ${[...new Set(outside)].join(', ')}`);
  if (!stray.length && !outside.length) pass(`${server.requests.length} requests (${served} before the network went off), all to /cramp/ on the page's origin`);
} finally {
  await browser.close();
  server.close();
  await rm(scratch, { recursive: true, force: true });
}
if (failed) process.exit(1);
console.log('check-offline: ok');
