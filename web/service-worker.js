// Offline copy of the app. scripts/package-web.mjs puts `VERSION` (a hash of every shipped file)
// and `FILES` (every file the app can fetch, relative to this script) in front of this text, so
// each release is a byte-different worker with a cache of its own.
//
// - Install: fetch every file into `cramp-explorer-<VERSION>`; a file that fails fails the
//   install, so a cache is always one whole release.
// - A new release waits (the page offers "Update now"; it is never forced mid-presentation) and,
//   once activated, deletes every older release's cache.
// - Fetch: the app's own files come from this release's cache; a page address (any query, so deep
//   links work offline) gets this release's page. Nothing else is touched.
/* global VERSION, FILES */
'use strict';

const CACHE = `cramp-explorer-${VERSION}`;
// File names with a content hash never change: the browser's HTTP cache may supply them (no
// second download on a first visit). Other files are revalidated so no older copy slips in.
const HASHED = /-[0-9a-f]{16}\.[a-z]+$/;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(
    FILES.map((file) => new Request(file, { cache: HASHED.test(file) ? 'default' : 'no-cache' })),
  )));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys
      .filter((key) => key.startsWith('cramp-explorer-') && key !== CACHE)
      .map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data === 'activate-update') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const scope = self.registration.scope;
  if (!url.href.startsWith(scope)) return;
  const scopePath = new URL(scope).pathname;
  const isPage = url.pathname === scopePath || url.pathname === `${scopePath}index.html`;
  const key = isPage ? scope : url.origin + url.pathname;
  event.respondWith(caches.open(CACHE)
    .then((cache) => cache.match(key))
    .then((cached) => cached || fetch(request)));
});
