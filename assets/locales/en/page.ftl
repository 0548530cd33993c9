# The web page around the app (web/page.js, index.html): loading, error and update screens.
# The page reads this file before the app starts: keep each message on one line; placeholders are { $name }.
page-model = 3D model of the lower leg
page-tagline = The lower leg and what happens in a calf cramp
page-loading = Loading…
page-not-advice = For learning only — not medical advice.
page-error-title = Cramp Explorer could not start
page-error-hint = Try reloading the page, or another browser. Details for the curious:
page-reload = Reload
page-continue = Continue anyway
page-update = A new version of Cramp Explorer is ready.
page-update-now = Update now
page-update-later = Later
page-no-webgl = This browser cannot show 3D graphics: WebGL 2 is switched off or not supported.
page-error-running = Something went wrong while running the 3D view.
page-error-starting = Something went wrong while starting the 3D view.
page-error-download = The app could not be downloaded or started.
page-downloading = Downloading the app…
page-downloading-of = Downloading the app… { $current } of { $total } MB
page-downloading-mb = Downloading the app… { $current } MB
page-building = Building the 3D leg…
page-slow = This is taking a while (a slow connection or computer).
page-slow-now = Now: { $loaded } of { $total } data files loaded; waiting for { $waiting }.
page-slow-ready = Now: data loaded; preparing the picture.
page-slow-still = Still downloading the app.
