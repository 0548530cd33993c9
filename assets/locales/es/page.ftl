# La página web que rodea la aplicación (web/page.js, index.html): pantallas de carga, error y actualización.
# La página lee este archivo antes de que arranque la aplicación: cada mensaje en una sola línea; los marcadores son { $nombre }.
page-model = Modelo 3D de la pierna
page-tagline = La pierna y lo que ocurre en un calambre de pantorrilla
page-loading = Cargando…
page-not-advice = Solo para aprender: no es consejo médico.
page-error-title = Cramp Explorer no pudo iniciarse
page-error-hint = Pruebe a recargar la página o a usar otro navegador. Detalles técnicos:
page-reload = Recargar
page-continue = Continuar de todos modos
page-update = Hay una versión nueva de Cramp Explorer.
page-update-now = Actualizar ahora
page-update-later = Más tarde
page-no-webgl = Este navegador no puede mostrar gráficos 3D: WebGL 2 está desactivado o no es compatible.
page-error-running = Algo falló mientras se mostraba la vista 3D.
page-error-starting = Algo falló al iniciar la vista 3D.
page-error-download = No se pudo descargar o iniciar la aplicación.
page-downloading = Descargando la aplicación…
page-downloading-of = Descargando la aplicación… { $current } de { $total } MB
page-downloading-mb = Descargando la aplicación… { $current } MB
page-building = Preparando la pierna en 3D…
page-slow = Esto está tardando (conexión u ordenador lentos).
page-slow-now = Ahora: { $loaded } de { $total } archivos de datos cargados; falta { $waiting }.
page-slow-ready = Ahora: datos cargados; preparando la imagen.
page-slow-still = Todavía se está descargando la aplicación.
