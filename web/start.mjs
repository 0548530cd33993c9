// Starts the app: downloads the WebAssembly with its progress on the loading screen, then runs it;
// a readable message if it cannot be loaded. The app itself removes the loading screen once its
// first complete frame is drawn (src/platform).
// scripts/package-web.mjs ships this file as start-<hash>.js, with the shipped names of the app's
// two files in place of the two below and the shipped size of the wasm in place of the 0.
// The glue is imported inside `try` below, so a glue that fails to load shows the error screen.
const GLUE = './cramp-explorer.js';
const WASM = './cramp-explorer.wasm';
// Its size before any compression: the progress counts the bytes after the browser unpacks them.
const WASM_BYTES = 0;

const bar = () => document.getElementById('loading-bar');
const text = () => document.getElementById('loading-text');
// The page's words (web/page.js), in the page's language; megabytes with its decimal sign.
const words = (key, values) => window.crampWords(key, values);
// A progress line, once the page's words are read (until then "Loading…" stays).
const say = (line) => {
  if (line !== null && text()) text().textContent = line;
};
const megabytes = (bytes) =>
  (bytes / 1048576).toLocaleString(document.documentElement.lang || 'en', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });

function progress(current) {
  if (!bar() || !text()) return;
  if (WASM_BYTES > 0) {
    const percent = Math.min(100, Math.round((current / WASM_BYTES) * 100));
    bar().style.width = percent + '%';
    say(words('page-downloading-of', { current: megabytes(current), total: megabytes(WASM_BYTES) }));
  } else {
    say(words('page-downloading-mb', { current: megabytes(current) }));
  }
}

// The download, counted as it arrives; the browser compiles the module while it streams.
async function download() {
  const response = await fetch(WASM);
  if (!response.ok || !response.body) return response;
  const reader = response.body.getReader();
  let current = 0;
  const counted = new ReadableStream({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) {
        progress(WASM_BYTES || current);
        controller.close();
        return;
      }
      current += value.byteLength;
      progress(current);
      controller.enqueue(value);
    },
    // The browser gave up on the module (e.g. it failed to compile): stop the download too.
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  const { headers, status, statusText } = response;
  return new Response(counted, { headers, status, statusText });
}

say(words('page-downloading'));
try {
  const { default: init } = await import(GLUE);
  // Resolves once the module is compiled and the app has started.
  await init({ module_or_path: download() });
  building();
} catch (error) {
  const message = String((error && error.message) || error || '');
  // winit may leave its start-up by throwing this on purpose: the app is running.
  if (/Using exceptions for control flow/.test(message)) {
    building();
  } else {
    // A failure can come before the page's words are read: the message waits for them.
    window.crampWordsReady.then(() => window.crampShowError(words('page-error-download') || '', message));
  }
}

// Downloaded and started: the first frame is being built. Said once the page's words are read
// (reading them sets the line back to "Loading…").
function building() {
  if (bar()) bar().style.width = '100%';
  window.crampWordsReady.then(() => say(words('page-building')));
}
