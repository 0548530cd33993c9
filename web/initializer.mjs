// Trunk initializer: shows download progress on the loading screen, and a readable message if
// the app cannot be loaded. The app itself removes the loading screen once its first complete
// frame is drawn (src/platform).
export default function initializer() {
  const bar = () => document.getElementById('loading-bar');
  const text = () => document.getElementById('loading-text');
  const megabytes = (bytes) => (bytes / 1048576).toFixed(1);
  return {
    onStart: () => {
      if (text()) text().textContent = 'Downloading the app…';
    },
    onProgress: ({ current, total }) => {
      if (!bar() || !text()) return;
      if (total > 0) {
        const percent = Math.min(100, Math.round((current / total) * 100));
        bar().style.width = percent + '%';
        text().textContent = `Downloading the app… ${megabytes(current)} of ${megabytes(total)} MB`;
      } else {
        text().textContent = `Downloading the app… ${megabytes(current)} MB`;
      }
    },
    onComplete: () => {},
    onSuccess: () => {
      if (bar()) bar().style.width = '100%';
      if (text()) text().textContent = 'Building the 3D leg…';
    },
    onFailure: (error) => {
      const message = String((error && error.message) || error || '');
      if (/Using exceptions for control flow/.test(message)) return;
      window.crampShowError('The app could not be downloaded or started.', message);
    },
  };
}
