// The page around the app: the loading screen and the error screen. A file, not an inline
// script, so a Content-Security-Policy can forbid inline scripts.

// The page's words, before the app (and its language files) are loaded: in the language the
// app will choose (lang= in the address, else the one chosen last time, else the browser's).
// The app's own words are in assets/locales/<lang>/ui.ftl.
(function () {
  'use strict';
  var WORDS = {
    en: {
      'page-model': '3D model of the lower leg',
      'page-tagline': 'The lower leg and what happens in a calf cramp',
      'page-loading': 'Loading…',
      'page-not-advice': 'For learning only — not medical advice.',
      'page-error-title': 'Cramp Explorer could not start',
      'page-error-hint': 'Try reloading the page, or another browser. Details for the curious:',
      'page-reload': 'Reload',
      'page-continue': 'Continue anyway',
      'page-update': 'A new version of Cramp Explorer is ready.',
      'page-update-now': 'Update now',
      'page-update-later': 'Later',
      'page-no-webgl': 'This browser cannot show 3D graphics: WebGL 2 is switched off or not supported.',
      'page-error-running': 'Something went wrong while running the 3D view.',
      'page-error-starting': 'Something went wrong while starting the 3D view.',
      'page-error-download': 'The app could not be downloaded or started.',
      'page-downloading': 'Downloading the app…',
      'page-downloading-of': 'Downloading the app… {current} of {total} MB',
      'page-downloading-mb': 'Downloading the app… {current} MB',
      'page-building': 'Building the 3D leg…',
      'page-slow': 'This is taking a while (a slow connection or computer).',
      'page-slow-now': 'Now: {loaded} of {total} data files loaded; waiting for {waiting}.',
      'page-slow-ready': 'Now: data loaded; preparing the picture.',
      'page-slow-still': 'Still downloading the app.'
    },
    es: {
      'page-model': 'Modelo 3D de la pierna',
      'page-tagline': 'La pierna y lo que ocurre en un calambre de pantorrilla',
      'page-loading': 'Cargando…',
      'page-not-advice': 'Solo para aprender: no es consejo médico.',
      'page-error-title': 'Cramp Explorer no pudo iniciarse',
      'page-error-hint': 'Pruebe a recargar la página o a usar otro navegador. Detalles técnicos:',
      'page-reload': 'Recargar',
      'page-continue': 'Continuar de todos modos',
      'page-update': 'Hay una versión nueva de Cramp Explorer.',
      'page-update-now': 'Actualizar ahora',
      'page-update-later': 'Más tarde',
      'page-no-webgl': 'Este navegador no puede mostrar gráficos 3D: WebGL 2 está desactivado o no es compatible.',
      'page-error-running': 'Algo falló mientras se mostraba la vista 3D.',
      'page-error-starting': 'Algo falló al iniciar la vista 3D.',
      'page-error-download': 'No se pudo descargar o iniciar la aplicación.',
      'page-downloading': 'Descargando la aplicación…',
      'page-downloading-of': 'Descargando la aplicación… {current} de {total} MB',
      'page-downloading-mb': 'Descargando la aplicación… {current} MB',
      'page-building': 'Preparando la pierna en 3D…',
      'page-slow': 'Esto está tardando (conexión u ordenador lentos).',
      'page-slow-now': 'Ahora: {loaded} de {total} archivos de datos cargados; falta {waiting}.',
      'page-slow-ready': 'Ahora: datos cargados; preparando la imagen.',
      'page-slow-still': 'Todavía se está descargando la aplicación.'
    }
  };
  function chooseLanguage() {
    var wanted = [];
    try { wanted.push(new URLSearchParams(window.location.search).get('lang')); } catch (e) { /* old browser */ }
    try { wanted.push(window.localStorage.getItem('cramp-explorer.language')); } catch (e) { /* storage off */ }
    wanted = wanted.concat(navigator.languages || [navigator.language]);
    for (var i = 0; i < wanted.length; i++) {
      var primary = String(wanted[i] || '').split(/[-_]/)[0].toLowerCase();
      if (WORDS[primary]) return primary;
    }
    return 'en';
  }
  var language = chooseLanguage();
  // A word of the page, with {placeholders} filled in; English where the language lacks it.
  window.crampWords = function (key, values) {
    var text = WORDS[language][key] || WORDS.en[key] || key;
    return text.replace(/\{(\w+)\}/g, function (all, name) {
      return values && name in values ? String(values[name]) : all;
    });
  };
  document.documentElement.lang = language;
  var marked = document.querySelectorAll('[data-words]');
  for (var i = 0; i < marked.length; i++) {
    marked[i].textContent = window.crampWords(marked[i].getAttribute('data-words'));
  }
  var labelled = document.querySelectorAll('[data-words-label]');
  for (var j = 0; j < labelled.length; j++) {
    labelled[j].setAttribute('aria-label', window.crampWords(labelled[j].getAttribute('data-words-label')));
  }
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
    window.crampShowError(words('page-no-webgl'), 'WebGL2 unavailable');
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
