// The page around the app: the loading screen and the error screen. A file, not an inline
// script, so a Content-Security-Policy can forbid inline scripts.
(function () {
  'use strict';

  // Only these end the app: the rest (an extension's error, a benign browser warning such as
  // "ResizeObserver loop") must not cover a working view.
  function isFatal(error, message) {
    if (typeof WebAssembly !== 'undefined' && error instanceof WebAssembly.RuntimeError) return true;
    return /panicked at|unreachable|RuntimeError|out of memory/i.test(message || '');
  }
  function isControlFlow(message) {
    return /Using exceptions for control flow/.test(message || '');
  }

  function show(text, detail, canContinue) {
    if (window.crampErrorShown) return;
    window.crampErrorShown = true;
    document.getElementById('error-text').textContent = text;
    document.getElementById('error-detail').textContent = detail || '';
    document.getElementById('error-continue').hidden = !canContinue;
    document.getElementById('error').hidden = false;
    var loading = document.getElementById('loading');
    if (loading) loading.remove();
    document.getElementById(canContinue ? 'error-continue' : 'error-reload').focus();
  }
  window.crampShowError = function (text, detail) { show(text, detail, false); };

  document.getElementById('error-reload').addEventListener('click', function () {
    window.location.reload();
  });
  document.getElementById('error-continue').addEventListener('click', function () {
    document.getElementById('error').hidden = true;
    window.crampErrorShown = false;
    var canvas = document.getElementById('cramp-explorer');
    if (canvas) canvas.focus();
  });

  // Without WebGL2 there is nothing to draw with: say so before anything is downloaded.
  var gl = null;
  try { gl = document.createElement('canvas').getContext('webgl2'); } catch (e) { gl = null; }
  if (!gl) {
    window.crampShowError(
      'This browser cannot show 3D graphics: WebGL 2 is switched off or not supported.',
      'WebGL2 unavailable');
  }

  window.addEventListener('error', function (event) {
    var message = (event.error && event.error.message) || event.message || '';
    if (isControlFlow(message) || !isFatal(event.error, message)) return;
    show('Something went wrong while running the 3D view.', message, true);
  });
  window.addEventListener('unhandledrejection', function (event) {
    var message = String((event.reason && event.reason.message) || event.reason || '');
    if (isControlFlow(message) || !isFatal(event.reason, message)) return;
    show('Something went wrong while starting the 3D view.', message, true);
  });

  // After a long wait, say what is still loading (the app writes it on #loading), so a slow
  // network is not mistaken for a hang.
  var SLOW_MS = 20000;
  var slowTimer = setInterval(function () {
    var loading = document.getElementById('loading');
    var slow = document.getElementById('loading-slow');
    // Loaded: nothing more to watch (an idle page should not wake itself).
    if (!loading || !slow) { clearInterval(slowTimer); return; }
    if (performance.now() < SLOW_MS) return;
    var progress = loading.getAttribute('data-progress');
    slow.hidden = false;
    slow.textContent = 'This is taking a while (a slow connection or computer). ' +
      (progress ? 'Now: ' + progress + '.' : 'Still downloading the app.');
  }, 2000);
})();

// Offline use (packaged builds only: scripts/package-web.mjs marks the page with its release and
// writes sw.js beside it). The worker is registered once the app is on screen, so it never
// competes with the first download. A new release is offered, never forced: a physiotherapist
// may be mid-presentation.
(function () {
  'use strict';
  var release = document.querySelector('meta[name="cramp-release"]');
  if (!release || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  var accepted = false;

  function offer(worker) {
    var bar = document.getElementById('update');
    if (!bar) return;
    bar.hidden = false;
    document.getElementById('update-now').onclick = function () {
      accepted = true;
      bar.hidden = true;
      worker.postMessage('activate-update');
    };
    document.getElementById('update-later').onclick = function () { bar.hidden = true; };
  }
  // Reload only for an update the user accepted (the first install also takes control).
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (accepted) window.location.reload();
  });

  function register() {
    navigator.serviceWorker.register('sw.js').then(function (registration) {
      // A release found before this ran is already waiting or still installing.
      function follow(worker) {
        if (!worker) return;
        worker.addEventListener('statechange', function () {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
        });
      }
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      follow(registration.installing);
      registration.addEventListener('updatefound', function () { follow(registration.installing); });
      // A page left open for hours (a clinic laptop) still hears of new releases.
      setInterval(function () { registration.update().catch(function () {}); }, 3600 * 1000);
    }).catch(function (error) {
      console.warn('Offline use is not available:', error && error.message);
    });
  }
  // The app marks the page when its first frame is drawn (src/platform).
  if (document.body.dataset.firstFrameMs) {
    register();
  } else {
    new MutationObserver(function (_, observer) {
      if (!document.body.dataset.firstFrameMs) return;
      observer.disconnect();
      register();
    }).observe(document.body, { attributes: true, attributeFilter: ['data-first-frame-ms'] });
  }
})();
