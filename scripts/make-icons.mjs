// Renders the app's icons from web/icons/icon.svg with headless Chromium, for the web app
// manifest: 192 and 512 px ("any"), and a 512 px "maskable" one whose drawing sits inside the
// central safe circle (80 %) on a full-bleed background. Run it after editing the SVG and commit
// the PNGs: packaging the web app does not need a browser.
// Usage: node scripts/make-icons.mjs
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const dir = new URL('../web/icons/', import.meta.url).pathname;
const svg = await readFile(`${dir}icon.svg`, 'utf8');
const uri = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const [name, size, maskable] of [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['icon-maskable-512.png', 512, true]]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // Maskable: the background fills the square, the drawing shrinks into the safe zone.
    const inner = maskable ? Math.round(size * 0.8) : size;
    await page.setContent(`<body style="margin:0;background:${maskable ? '#21262e' : 'transparent'};display:flex;align-items:center;justify-content:center;height:${size}px">
      <img src="${uri}" width="${inner}" height="${inner}"></body>`);
    await page.screenshot({ path: `${dir}${name}`, omitBackground: !maskable });
    await page.close();
    console.log(`${name}: ${size}x${size}${maskable ? ' (maskable)' : ''}`);
  }
} finally {
  await browser.close();
}
