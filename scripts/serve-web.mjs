// Serves a packaged web app (scripts/package-web.sh) on this machine, as the hosts in
// docs/hosting.md would: the wasm type, the precompressed copies, the `_headers`. `localhost`
// counts as a secure origin, so the offline copy and installing work here too.
// Usage: node scripts/serve-web.mjs [SITE=site] [PORT=8080]
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from './web-testing.mjs';

const [site = 'site', port = '8080'] = process.argv.slice(2);
try {
  await access(join(site, 'index.html'));
} catch {
  console.error(`serve-web: no ${site}/index.html: run \`bash scripts/package-web.sh\` first`);
  process.exit(1);
}
try {
  const server = await serve(site, '/', Number(port));
  console.log(`serve-web: ${site}/ at ${server.base} (Ctrl+C stops)`);
} catch (error) {
  console.error(`serve-web: cannot listen on port ${port}: ${error.message}`);
  process.exit(1);
}
