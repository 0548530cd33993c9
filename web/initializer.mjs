// Trunk initializer: shows download progress on the loading screen, and a readable message if
// the app cannot be loaded. The app itself removes the loading screen once its first complete
// frame is drawn (src/platform).
export default function initializer() {
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
  return {
    onStart: () => {
      say(words('page-downloading'));
    },
    onProgress: ({ current, total }) => {
      if (!bar() || !text()) return;
      if (total > 0) {
        const percent = Math.min(100, Math.round((current / total) * 100));
        bar().style.width = percent + '%';
        say(
          words('page-downloading-of', {
            current: megabytes(current),
            total: megabytes(total),
          }),
        );
      } else {
        say(words('page-downloading-mb', { current: megabytes(current) }));
      }
    },
    onComplete: () => {},
    onSuccess: () => {
      if (bar()) bar().style.width = '100%';
      say(words('page-building'));
    },
    onFailure: (error) => {
      const message = String((error && error.message) || error || '');
      if (/Using exceptions for control flow/.test(message)) return;
      window.crampShowError(words('page-error-download') || '', message);
    },
  };
}
