# Cramp Explorer: las palabras de la interfaz, en español.
#
# Esta es la interfaz en español. Debe conservar las mismas claves que el archivo en inglés
# (assets/locales/en/ui.ftl): solo se traducen los valores, nunca las claves. Cada idioma tiene
# una carpeta junto a esta (assets/locales/<idioma>/) con las mismas claves. Una clave que falte
# en un idioma se muestra en inglés; `cramp-explorer --check-content` enumera todas las claves que
# faltan o sobran y todos los marcadores que difieren. La aplicación rellena los marcadores
# ({ $count }); las palabras que se cuentan usan los plurales de Fluent
# ({ $count -> [one] … *[other] … }).

## El panel lateral (src/explore/panel/mod.rs)

app-name = Cramp Explorer
# El nombre de este idioma en sí mismo, para el selector de idioma.
language-name = Español
close = 🗙 Cerrar
side-shortcuts-hover = Atajos de teclado (F1)
side-tagline = La pierna y lo que ocurre en un calambre de pantorrilla.
side-not-advice = Solo para aprender: no es un consejo médico.
# Encabezado de la lista de avisos sobre el inicio o los datos.
side-notices = ⚠ { $count ->
        [one] { $count } aviso
       *[other] { $count } avisos
    }
side-loading = Cargando la pierna…
side-deselect = Deseleccionar (Esc)
side-pick-hint = Haga clic en una estructura del modelo o elija una de la lista.
side-open = ☰ Estructuras
learn-open = 📖 Aprender

## Ajustes

settings-title = Ajustes
settings-text-size = tamaño del texto
settings-quality = Calidad de imagen:
settings-quality-hover = automática: bordes suaves si hay tarjeta gráfica; más rápida si no la hay
quality-auto = automática
quality-high = alta
quality-low = baja
settings-high-contrast = Alto contraste
settings-high-contrast-hover = Texto blanco sobre negro, contornos brillantes
settings-motion = Movimiento:
settings-motion-hover = reducido: la cámara no se desliza, sin temblores, las animaciones se muestran en su final; auto sigue el ajuste «reducir movimiento» del sistema
motion-choice-auto = auto
motion-choice-reduce = reducido
motion-choice-full = completo
settings-language = Idioma:
# «Músculos», etc.: los interruptores de las capas y la lista de estructuras.
system-muscle = Músculos
system-tendon = Tendones
system-bone = Huesos
system-nerve = Nervios
system-artery = Arterias
system-vein = Venas
system-skin = Piel
# Una estructura de un sistema, en su ficha («Músculo · Posterior profundo»).
kind-muscle = Músculo
kind-tendon = Tendón
kind-bone = Hueso
kind-nerve = Nervio
kind-artery = Arteria
kind-vein = Vena
kind-skin = Piel
compartment-superficial-posterior = Posterior superficial (pantorrilla)
compartment-deep-posterior = Posterior profundo
compartment-anterior = Anterior (espinilla)
compartment-lateral = Lateral (cara externa de la pierna)

## La ficha de la estructura seleccionada (src/explore/panel/card.rs)

card-see-also = Ver también
# $names: los otros nombres de la estructura, separados por comas.
card-also-called = Otros nombres: { $names }
card-origin = Origen
card-insertion = Inserción
card-action = Acción
card-nerve = Nervio
card-blood-supply = Irrigación
card-in-a-cramp = En un calambre
card-right-now = Ahora mismo
card-length = Longitud
# $metres: la longitud del músculo con su tendón; $percent: respecto a su longitud en reposo.
card-length-value = { $metres } m ({ $percent } % de la de reposo)
card-fibres = Fibras
card-fibres-value = { $percent } % de su longitud óptima
card-activation = Activación
card-force = Fuerza
card-force-value = { $newtons } N
percent = { $percent } %
unit-seconds = s
unit-newtons = N
## Vistas, capas y colores (src/explore/panel/display.rs)

display-view = Vista:
view-anterior = Anterior
view-posterior = Posterior
view-medial = Medial
view-lateral = Lateral
display-reset = Restablecer
display-reset-hover = Volver a la vista inicial (0)
display-show = Mostrar:
display-labels = Etiquetas
display-colour = Color de los músculos:
colour-atlas = colores de atlas
colour-activation = activación
colour-stretch = estiramiento de las fibras
display-isolating = Selección aislada
display-hidden = { $count ->
        [one] { $count } oculta
       *[other] { $count } ocultas
    }
display-show-all = Mostrar todo (A)
tool-focus = Enfocar (F)
tool-hide = Ocultar (H)
tool-isolate = Aislar (I)
tool-xray = Rayos X (X)
tool-xray-opacity = opacidad de los rayos X

## Escalas de color: las palabras bajo los extremos y el centro de un mapa de calor (que sean cortas)

scale-resting = reposo
scale-half = media
scale-full = máxima
scale-short = corta
scale-best-length = longitud óptima
scale-stretched = estirada
scale-workload-0 = 0
scale-workload-30 = 30
scale-workload-60 = 60+ kN·s

## Capas didácticas: la leyenda bajo el modelo (src/overlays/mod.rs)

overlay-hide = 🗙 Ocultar (Esc)
overlay-legend-workload = Carga de trabajo en el modelo: la activación de cada músculo multiplicada por su fuerza máxima, sumada a lo largo del movimiento (escala fija, de más oscuro a más claro: morado oscuro 0, verde 30, amarillo 60 kN·s o más). No es el cansancio en sí; los músculos que trabajan mucho más de lo habitual se cansan, y los calambres durante el ejercicio se asocian a músculos cansados.
overlay-legend-stretch = Mapa de estiramiento: las fibras azules están cortas; las de color gris claro, en su longitud óptima; las de color naranja rojizo, estiradas. Un estiramiento vuelve la pantorrilla de color naranja rojizo; un calambre la vuelve azul.
overlay-legend-massage = Masaje: pasadas largas y firmes por la pantorrilla, de abajo arriba, desde el tobillo hacia la rodilla, y después un amasado suave. No lo haga si una pantorrilla está hinchada, caliente, roja u oscurecida: hágasela revisar antes (podría ser un coágulo).
overlay-legend-heat = Calor: una bolsa de calor templada (no caliente) sobre la pantorrilla durante unos 15 minutos puede relajar un músculo tenso. No lo use si tiene diabetes, la piel entumecida (con poca sensibilidad) o mala circulación (podría no notar una quemadura); tampoco sobre una pantorrilla hinchada, caliente, roja u oscurecida: hágasela revisar.
overlay-legend-cold = Frío: una bolsa de hielo envuelta en un paño, de 10 a 15 minutos, alivia el dolor después de un calambre o del ejercicio.
overlay-legend-tens = TENS: dos parches adhesivos sobre el músculo de la pantorrilla transmiten una corriente suave, de hormigueo, que puede aliviar el dolor. Úselo solo como le enseñe un fisioterapeuta; no con algunos dispositivos cardiacos (como un marcapasos) ni sobre piel dañada.

## La búsqueda y la lista de estructuras

search-hint = 🔍 Buscar, p. ej., aquiles
# Cómo llama un lector de pantalla al cuadro de búsqueda.
search-name = Buscar estructuras
search-nothing = Sin resultados.
# Un grupo de la lista de estructuras: «Músculos (14)».
tree-system = { $system } ({ $count })
tree-show-hide = Mostrar u ocultar { $name }
## El panel Aprender (src/content/panel.rs)

learn-title = Sobre los calambres en las piernas
learn-plain = Lenguaje sencillo
learn-clinical = Lenguaje clínico
# Tras un paso de un tratamiento: «Mantenga 30 segundos.»
learn-hold = Mantenga { $duration }.
learn-repetitions = × { $count }
duration-seconds = { $count ->
        [one] { $count } segundo
       *[other] { $count } segundos
    }
duration-minutes = { $count ->
        [one] { $count } minuto
       *[other] { $count } minutos
    }
# El botón que muestra un elemento en el modelo. Que sea corto.
show-me = ▶ Muéstrame
learn-sources = Fuentes ({ $count })
## El panel de animación, abajo (src/motion/panel.rs)

motion-manual = Manual (deslizadores)
# Cómo llama un lector de pantalla al selector de animación y al de velocidad.
motion-scenario-name = Animación
motion-speed-name = Velocidad
# Cómo llama un lector de pantalla a la línea de tiempo de la animación.
motion-time-name = Momento de la animación (segundos)
motion-play = ▶ Reproducir
motion-pause = ⏸ Pausa
motion-restart = ⏮ Reiniciar
# $speed: 0,25, 0,5, 1, 1,5 o 2, escrito a la manera del idioma.
motion-speed = { $speed }×
motion-loop = Repetir
motion-reset-pose = Restablecer postura
motion-knee = rodilla°
motion-ankle = tobillo° (+ arriba, − en punta)
motion-drive = Activación:
motion-sliders = Deslizadores
motion-other-muscles = Otros músculos
# Etiquetas cortas de los deslizadores de los cuatro músculos principales (que sean cortas).
drive-gastrocnemius-medial = gemelo interno
drive-gastrocnemius-lateral = gemelo externo
drive-soleus = sóleo
drive-tibialis-anterior = tibial anterior
key-space = Espacio
## Atajos de teclado, enumerados en la ventana de ayuda (src/explore/shortcuts.rs): las teclas y lo que hacen

keys-help = F1 o ?
keys-esc = Esc
keys-f = F
keys-h = H
keys-i = I
keys-x = X
keys-a = A
keys-views = 1 2 3 4
keys-home = 0 o Inicio
keys-tour-next = Derecha, Abajo, Av Pág, Espacio
keys-tour-back = Izquierda, Arriba, Re Pág
keys-c = C
shortcut-help = Mostrar u ocultar esta ayuda
shortcut-deselect = Deseleccionar; quitar una capa
shortcut-focus = Enfocar la selección
shortcut-hide = Ocultar la selección
shortcut-isolate = Aislar la selección (otra vez: mostrar todo)
shortcut-xray = Rayos X: atenuar todo menos la selección
shortcut-show-all = Mostrar todas las estructuras
shortcut-views = Vista anterior, posterior, medial, lateral
shortcut-home = Volver a la vista inicial
shortcut-play = Reproducir o pausar la animación
shortcut-tour-next = Recorrido: paso siguiente
shortcut-tour-back = Recorrido: paso anterior
shortcut-tour-clear = Recorrido: borrar el dibujo del lápiz
shortcut-tour-end = Recorrido: terminar la presentación
## Avisos sobre un enlace o una opción que nombra algo que no está en los datos (src/state/mod.rs)

notice-no-structure-selected = No hay ninguna estructura llamada «{ $id }»; no se selecciona nada.
notice-no-structure-ignored = No hay ninguna estructura llamada «{ $id }»; se ignora.
notice-no-scenario = No hay ningún escenario llamado «{ $id }».
notice-no-tour = No hay ningún recorrido llamado «{ $id }»; los recorridos son: { $tours }.
notice-no-language = No hay traducción «{ $lang }»; los idiomas disponibles son: { $languages }.
notice-language-missing = No se encontraron los textos del idioma «{ $language }»; se muestra en inglés.
# Un valor del enlace (o de la línea de órdenes) que se ignoró; { $problem } es uno de los mensajes link-.
notice-link-ignored = Se ignoró: { $problem }
# Lo que puede estar mal en un enlace o una opción. Claves y valores tal como se escribieron (las palabras del enlace no se traducen).
link-not-one-of = { $key }=«{ $value }» no es ninguno de estos: { $expected }
link-not-id = { $key }=«{ $value }» no es un identificador (letras, cifras y _)
link-not-seconds = { $key }=«{ $value }» no es un número de segundos entre 0 y { $max }
link-bad-range = range=«{ $value }» no tiene la forma DESDE,HASTA en segundos, con DESDE antes que HASTA
link-bad-step = step=«{ $value }» no es un número de paso (el primer paso es el 1)
link-bad-switch = { $key }=«{ $value }»: se esperaba nada, 1/0, true/false u on/off
link-bad-lang = lang=«{ $value }» no es un código de idioma; por ejemplo, en o es
link-needs-value = { $key } necesita un valor, por ejemplo { $key }=…
link-unknown-key = «{ $key }» no es una opción
link-needs-scenario = { $key } necesita un escenario (scenario=…)
link-needs-tour = { $key } necesita un recorrido (tour=…)
# El título de la ventana y de la pestaña del navegador durante un recorrido.
window-title-tour = { $tour } · paso { $step } de { $total } · Cramp Explorer

## Temas del test

topic-anatomy = Anatomía
topic-causes = Causas
topic-symptoms = Síntomas
topic-treatment = Tratamiento
topic-red-flags = Signos de alarma
topic-biomechanics = Biomecánica

## Barra de herramientas (src/present/toolbar.rs): los botones sobre la parte superior derecha de la vista.

# Botón de menú que enumera los recorridos guiados. Que sea corto (botón de la barra).
toolbar-present = 🎬 Presentar
# Línea en la parte superior del menú Presentar.
toolbar-present-heading = Recorridos guiados, a pantalla completa
# Un recorrido guiado en el menú Presentar. $title es el título (ya traducido) del recorrido;
# $audience es "patient" o "student" (no se muestra: elija las palabras de la variante).
toolbar-tour =
    { $audience ->
        [patient] { $title } (para pacientes)
       *[student] { $title } (para estudiantes)
    }
# Botón que abre y cierra la ventana del test. Que sea corto (botón de la barra).
toolbar-quiz = ❓ Test

## Test (src/present/quiz_window.rs): la ventana del test.

# Título de la ventana del test.
quiz-window-title = ❓ Test
# Encima de cada pregunta. $number: el número de la pregunta en la ronda; $total: preguntas de la
# ronda; $topic: el tema de la pregunta (un mensaje topic-…, p. ej., «Signos de alarma»).
quiz-question-of = Pregunta { $number } de { $total } · { $topic }
# Arriba a la derecha de la ventana del test. $right: aciertos hasta ahora; $answered: preguntas respondidas hasta ahora.
quiz-score = Aciertos: { $right }/{ $answered }
# Bajo una pregunta de «busque la estructura», hasta que se responde.
quiz-find-list = O elíjala de la lista…
quiz-find-hint = Búsquela en el modelo y haga clic en ella. Arrastre para girar la pierna; si queda tapada, oculte la piel o use los rayos X.
# Un botón de opción múltiple ya respondido: la respuesta correcta. $choice: el texto de la opción. Conserve el signo.
quiz-choice-right = ✔ { $choice }
# Un botón de opción múltiple ya respondido: la opción incorrecta que eligió el usuario. $choice: el texto de la opción. Conserve el signo.
quiz-choice-wrong = ✖ { $choice }
# Se muestra tras una respuesta correcta.
quiz-right = ✔ ¡Correcto!
# Se muestra tras una respuesta incorrecta. $given: lo que eligió el usuario; $answer: la respuesta
# correcta. Cada uno es el nombre de una estructura o una opción entre comillas (quiz-quoted-choice).
quiz-not-quite = ✖ No del todo. Usted eligió { $given }; la respuesta correcta es { $answer }.
# Una respuesta de opción múltiple citada dentro de una frase (quiz-not-quite, quiz-review-…), con
# las comillas del idioma. $choice: el texto de la opción.
quiz-quoted-choice = «{ $choice }»
# Lo que dio el usuario cuando respondió a una pregunta de «busque la estructura» con una opción
# (raro); sustituye a $given en quiz-not-quite y quiz-review-you.
quiz-given-a-choice = una opción
# Botón tras la última pregunta de una ronda.
quiz-see-score = Ver el resultado
# Botón tras una pregunta respondida.
quiz-next = Siguiente pregunta ▶
# Final de una ronda. $right: respuestas correctas; $answered: preguntas; $percent: porcentaje entero.
quiz-round-score = Aciertos: { $right } de { $answered } ({ $percent } %)
# Final de una ronda, los totales de todas las rondas hasta ahora. $right y $answered: aciertos y
# preguntas respondidas en todas las rondas; $best: el porcentaje entero de la mejor ronda.
quiz-all-rounds = Aciertos en todas sus rondas: { $right } de { $answered }; mejor ronda: { $best } %.
quiz-no-mistakes = Ningún error: muy bien.
# Encabezado de la lista de preguntas falladas en la ronda.
quiz-review-mistakes = Revise sus errores
# En la revisión de un error: lo que respondió el usuario. $given: el nombre de una estructura o una opción entre comillas.
quiz-review-you = Su respuesta: { $given }
# En la revisión de un error: la respuesta correcta. $answer: el nombre de una estructura o una opción entre comillas.
quiz-review-answer = Respuesta correcta: { $answer }
quiz-missed-first = Las preguntas que falló saldrán primero en la próxima ronda.
# Botón que empieza otra ronda de preguntas.
quiz-new-round = Nueva ronda

## Presentador (src/present/presenter/view.rs): la vista de presentador a pantalla completa de un
## recorrido guiado, que se muestra a un paciente; también se dibuja en la imagen de la ficha.

# Junto al título del recorrido, en la barra superior. $step: el número del paso; $total: pasos del recorrido.
presenter-step-of = Paso { $step } de { $total }
# Pie de la imagen de la ficha que el paciente se lleva a casa.
presenter-handout-footer = Cramp Explorer · para aprender, no es un consejo médico
# Botón grande: el paso anterior (mín. 120 px de ancho, texto grande: que sea corto).
presenter-back = ◀ Atrás
# Botón grande: el paso siguiente (que sea corto).
presenter-next = Siguiente ▶
# Botón grande en el último paso: termina la presentación (que sea corto).
presenter-done = Terminar ✔
# Los datos de la clínica, en la imagen de la ficha y como texto emergente de presenter-appointment.
# $name: el nombre de la clínica; $contact: su teléfono, correo electrónico o dirección (ambos de los ajustes de la clínica).
presenter-clinic = { $name } · { $contact }
# Botón de la barra superior: termina la presentación (que sea corto).
presenter-end = 🗙 Salir
# Texto emergente de presenter-end: el nombre de la tecla Escape en un teclado.
presenter-end-hover = Esc
# Botón de la barra superior: guarda la vista y su texto como imagen para el paciente (que sea corto).
presenter-handout = 💾 Ficha
presenter-handout-hover = Guardar esta vista y su texto como imagen
# Botón de la barra superior mientras la presentación ocupa la pantalla: volver a una ventana (que sea corto).
presenter-window = 🗗 Ventana
presenter-window-hover = Volver al modo ventana
# Botón de la barra superior: hace que la presentación ocupe toda la pantalla (que sea corto).
presenter-full-screen = ⛶ Pantalla completa
presenter-full-screen-hover = Ocupar toda la pantalla
# Botón de la barra superior: borra el dibujo del lápiz (que sea corto).
presenter-clear = 🗑 Borrar
# (C) es la tecla que hace lo mismo: conserve la letra C.
presenter-clear-hover = Borrar el dibujo (C)
# Interruptor de la barra superior: dibujar sobre la vista con un lápiz (que sea corto).
presenter-pen = ✏ Lápiz
presenter-pen-hover = Dibujar sobre la vista; el modelo no se mueve mientras el lápiz está activo
# Enlace de la barra superior a la página de citas de la clínica (solo si hay una clínica configurada).
presenter-appointment = 📅 Pedir cita
# Nombre de un punto de progreso para los lectores de pantalla. $step: el número del paso.
presenter-go-to-step = Ir al paso { $step }
# Texto emergente de un punto de progreso. $step: el número del paso; $title: el título (traducido) del paso.
presenter-dot-hover = { $step }: { $title }

## Ficha (src/present/handout.rs): avisos tras guardar la imagen de una ficha.

# En el navegador. $file: el nombre del archivo descargado.
handout-downloaded = Ficha descargada como { $file }.
# En el escritorio. $path: la ruta completa de la imagen guardada.
handout-saved = Ficha guardada en { $path }.

## Ayuda (src/help/mod.rs): la ventana de atajos de teclado, los créditos y el aviso del primer inicio.

# Título de la ventana de ayuda.
help-title = Atajos de teclado

# Bajo la lista de atajos de teclado (cuyos mensajes keys-… y shortcut-… están en otra parte).
help-mouse = Ratón: arrastre para girar, arrastre con el botón derecho para desplazar, use la rueda para acercar o alejar y haga doble clic para enfocar.
help-touch = Pantalla táctil: con un dedo se gira; con dos dedos se pellizca para acercar o alejar y se desplaza.
# Sección desplegable de la ventana de ayuda.
help-about = Información y créditos

# Créditos, un párrafo cada uno (también en CREDITS.md). Los nombres de obras, organizaciones,
# personas, fuentes y licencias se conservan tal como están escritos.
help-credits-not-advice = Cramp Explorer es un programa educativo, no un consejo médico.
help-credits-anatomy = Formas anatómicas: datos propios ajustados a BodyParts3D, Copyright © The Database Center for Life Science, con licencia CC Attribution-Share Alike 2.1 Japan. Las formas ajustadas se comparten con la misma licencia.
help-credits-muscles = Trayectorias y parámetros de los músculos: OpenSim gait2392 (Delp et al. 1990; Anderson y Pandy 1999), escalados a los huesos ajustados.
help-credits-fonts = Tipografías: de las fuentes de egui, Ubuntu Light (Ubuntu Font Licence), y los símbolos que usa la aplicación, tomados de Noto Emoji (SIL Open Font Licence) y de emoji-icon-font (MIT).
help-credits-code = Código: MIT o Apache-2.0.

# Encabezado del aviso del primer inicio (un cuadro de diálogo que hay que aceptar antes de usar la aplicación).
help-disclaimer-title = Antes de empezar
# El botón que cierra el aviso del primer inicio.
help-disclaimer-accept = Entendido
# El texto del aviso del primer inicio cuando no se puede leer el archivo de contenido del idioma.
help-disclaimer-fallback = Cramp Explorer sirve para aprender. No es un consejo médico.

## Copia de los textos para lectores de pantalla (web; src/platform/mirror.rs)

# Se anuncia al seleccionar una estructura y encabeza su ficha.
a11y-selected = Seleccionado: { $name }
# Un signo de alarma de los textos, dicho con palabras (en pantalla es rojo).
a11y-warning = Signo de alarma: { $title }
