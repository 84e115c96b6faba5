// Service worker: keeps a copy of the app (page, script, WebAssembly with the rule sets inside) so
// that after one visit the app - and the what-if panel - opens with the network or the server
// down. The page itself network first, so a new build is picked up as soon as the server answers;
// the content-hashed assets it names from the cache first (a name's bytes never change). API calls
// are never cached (they carry personal data and must be current). The build (web/package_assets.mjs)
// fills in this build's cache name and hashed file names below.
'use strict';
const CACHE = 'optagelse-app-dev';
const APP_FILES = ['/', '/shell.css', '/shell.js', '/accessibility_mirror.js', '/optagelse.js', '/optagelse.wasm'];

self.addEventListener('install', event => {
  event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(APP_FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(names => Promise.all(names.filter(name => name !== CACHE).map(name => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  const key = url.pathname === '/index.html' ? '/' : url.pathname;
  if (key !== '/' && APP_FILES.includes(key)) {
    event.respondWith(caches.match(key).then(cached => cached || fetch(request)));
    return;
  }
  event.respondWith(
    fetch(request)
      .then(response => {
        if (response.ok && APP_FILES.includes(key)) {
          const copy = response.clone();
          caches.open(CACHE).then(cache => cache.put(key, copy));
        }
        return response;
      })
      .catch(() => caches.match(key).then(cached => cached || Response.error())));
});
