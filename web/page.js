// The page around the app: the loading screen and the error screen. A file, not an inline
// script, so a Content-Security-Policy can forbid inline scripts.

// The page's words, before the app starts: from assets/locales/<lang>/page.ftl, in the language
// the app will choose (lang= in the address, else the one chosen last time, else the browser's),
// so a new language is a folder, as for the app. Until the file is read (or if it cannot be) the
// page shows the English written in index.html.
(function () {
  'use strict';
  var words = {};
  var english = {};
  // Fluent's simple messages: `key = text` on one line, with { $name } placeholders
  // (cargo test checks that page.ftl stays that simple).
  function readFtl(text) {
    var found = {};
    text.split(/\r?\n/).forEach(function (line) {
      var match = /^([a-z][a-z0-9-]*)\s*=\s*(.*)$/.exec(line);
      if (match) found[match[1]] = match[2];
    });
    return found;
  }
  function load(language) {
    return fetch('assets/locales/' + language + '/page.ftl').then(function (response) {
      if (!response.ok) throw new Error(language + ': ' + response.status);
      return response.text();
    }).then(readFtl);
  }
  function wanted() {
    var list = [];
    try { list.push(new URLSearchParams(window.location.search).get('lang')); } catch (e) { /* old browser */ }
    try { list.push(window.localStorage.getItem('cramp-explorer.language')); } catch (e) { /* storage off */ }
    list = list.concat(navigator.languages || [navigator.language]);
    var primaries = [];
    list.forEach(function (tag) {
      var primary = String(tag || '').split(/[-_]/)[0].toLowerCase();
      if (/^[a-z]{2,3}$/.test(primary) && primaries.indexOf(primary) < 0) primaries.push(primary);
    });
    return primaries;
  }
  // A word of the page, with { $placeholders } filled in; English where the language lacks it,
  // and null before any words are read (the caller keeps what is showing).
  window.crampWords = function (key, values) {
    var text = words[key] || english[key];
    if (text === undefined) return null;
    return text.replace(/\{\s*\$(\w+)\s*\}/g, function (all, name) {
      return values && name in values ? String(values[name]) : all;
    });
  };
  function apply(language) {
    document.documentElement.lang = language;
    var marked = document.querySelectorAll('[data-words]');
    for (var i = 0; i < marked.length; i++) {
      var text = window.crampWords(marked[i].getAttribute('data-words'));
      if (text !== null) marked[i].textContent = text;
    }
    var labelled = document.querySelectorAll('[data-words-label]');
    for (var j = 0; j < labelled.length; j++) {
      var label = window.crampWords(labelled[j].getAttribute('data-words-label'));
      if (label !== null) labelled[j].setAttribute('aria-label', label);
    }
  }
  // The first wanted language that has a folder; English when none has.
  function first(languages) {
    if (!languages.length || languages[0] === 'en') return Promise.resolve('en');
    return load(languages[0]).then(function (found) {
      words = found;
      return languages[0];
    }, function () { return first(languages.slice(1)); });
  }
  var englishRead = load('en').then(function (found) { english = found; }, function () {});
  window.crampWordsReady = Promise.all([first(wanted()), englishRead]).then(function (done) {
    apply(done[0]);
  });
})();

(function () {
  'use strict';
  var words = window.crampWords;

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
    document.getElementById('error-text').textContent = text || '';
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
    window.crampWordsReady.then(function () {
      window.crampShowError(words('page-no-webgl') || 'WebGL 2', 'WebGL2 unavailable');
    });
  }

  window.addEventListener('error', function (event) {
    var message = (event.error && event.error.message) || event.message || '';
    if (isControlFlow(message) || !isFatal(event.error, message)) return;
    show(words('page-error-running'), message, true);
  });
  window.addEventListener('unhandledrejection', function (event) {
    var message = String((event.reason && event.reason.message) || event.reason || '');
    if (isControlFlow(message) || !isFatal(event.reason, message)) return;
    show(words('page-error-starting'), message, true);
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
    var now = words('page-slow-still');
    if (progress === 'ready') {
      now = words('page-slow-ready');
    } else if (progress === 'loading') {
      now = words('page-slow-now', {
        loaded: loading.getAttribute('data-loaded'),
        total: loading.getAttribute('data-total'),
        waiting: loading.getAttribute('data-waiting')
      });
    }
    if (now === null) return;
    slow.hidden = false;
    slow.textContent = words('page-slow') + ' ' + now;
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
