# Cramp Explorer: Spanish words of assets/scenarios/leg.scenarios.ron, keyed by scenario id (captions as caption-N, N = phase number).

calf_cramp =
    .title = Un calambre de pantorrilla
    .description = En reposo, el pie está relajado y un poco en punta, como en la cama por la noche. De repente, los músculos de la pantorrilla (gastrocnemio y sóleo) se contraen con fuerza por sí solos y el pie se va hacia abajo. La contracción es fuerte, pero no máxima ni uniforme: unas partes del músculo trabajan más que otras y dan sacudidas. Al cabo de un rato, los músculos se sueltan. (A menudo los dedos también se encogen; este modelo no tiene articulaciones en los dedos, así que no lo muestra.)
    .caption-1 = En reposo, con el pie relajado y un poco en punta (como bajo la ropa de cama).
    .caption-3 = Calambre: la pantorrilla se contrae con fuerza por sí sola y lleva el pie hacia abajo. Es fuerte, pero no todas las fibras trabajan a la vez.
    .caption-5 = El músculo sigue duro y con nudos; algunas partes dan sacudidas desiguales bajo la piel. Duele.
    .caption-7 = El calambre se va pasando; la pantorrilla puede quedar dolorida un tiempo.

cramp_relief_stretch =
    .title = Estirar para que se pase el calambre
    .description = Durante un calambre de pantorrilla, ponga la rodilla recta y tire de los dedos hacia la espinilla (con la mano o con una toalla). El estiramiento alarga el músculo que tiene el calambre, y el calambre suele soltarse a medida que aumenta el estiramiento. En el modelo, la orden que llega a la pantorrilla está programada para bajar a medida que avanza el estiramiento, siguiendo lo que cuentan las personas con calambres y lo que observan los estudios de EMG; el modelo no simula el reflejo nervioso en sí. El tobillo no se fuerza hacia arriba contra una pantorrilla totalmente activa.
    .caption-1 = La pantorrilla tiene un calambre: el pie está en punta.
    .caption-3 = Ponga la rodilla recta y tire de los dedos hacia la espinilla, con suavidad y sin parar. A medida que aumenta el estiramiento, el calambre empieza a soltarse (el modelo sigue lo que se observa en las personas; no simula el reflejo).
    .caption-5 = Mantenga el estiramiento: el músculo se ha soltado y el dolor se va.
    .caption-7 = Suelte despacio. Si se pone de pie, agárrese a algo: una pierna que acaba de tener un calambre puede fallar.

standing_calf_stretch =
    .title = Estiramiento de pantorrilla de pie (rodilla recta)
    .description = Las manos en una pared, la pierna que se va a estirar atrás, el talón en el suelo y la rodilla recta. Con la rodilla recta, el gastrocnemio, que cruza la rodilla, es el que más se estira.
    .caption-1 = De pie, con la rodilla recta.
    .caption-3 = Inclínese hacia delante con el talón en el suelo: el tobillo se dobla hacia arriba y la pantorrilla se alarga.
    .caption-4 = Mantenga el estiramiento (aquí, más corto; en el ensayo que ayudó con los calambres nocturnos, cada estiramiento de pantorrilla se mantenía 10 segundos, tres veces, antes de acostarse). El gastrocnemio es el que más se estira.

bent_knee_stretch =
    .title = Estiramiento de pantorrilla con la rodilla doblada (sóleo)
    .description = El mismo estiramiento con la rodilla doblada. Doblar la rodilla afloja el gastrocnemio, que cruza la rodilla, y así el tobillo puede doblarse más (aquí 30 grados en lugar de 20): el sóleo, que solo cruza el tobillo, se estira más que en el estiramiento con la rodilla recta, y el gastrocnemio menos.
    .caption-1 = De pie, con la rodilla recta.
    .caption-3 = Doble la rodilla y baje el cuerpo con el talón en el suelo: ahora el tobillo puede doblarse más.
    .caption-4 = Mantenga: el sóleo se estira más que con la rodilla recta; el gastrocnemio está más flojo porque la rodilla está doblada.

heel_raise =
    .title = Elevación de talones (una contracción normal)
    .description = Ponerse de puntillas a propósito: se contraen los mismos músculos de la pantorrilla, pero de forma controlada, solo con la fuerza necesaria, y se relajan cuando se les pide. Compárelo con un calambre.
    .caption-1 = De pie.
    .caption-3 = Póngase de puntillas: la pantorrilla se acorta de forma controlada.
    .caption-5 = Baje despacio: el músculo se alarga mientras sigue trabajando, y luego se relaja.

heel_raise_series =
    .title = Diez elevaciones de talones (carga de trabajo)
    .description = Diez elevaciones de talones seguidas, cada una como la elevación sencilla. La capa «carga de trabajo» suma, para cada músculo, su activación multiplicada por su fuerza máxima a lo largo de toda la serie: los músculos de la pantorrilla se llevan casi toda la carga, y los de la espinilla muy poca.
    .caption-1 = De pie, a punto de hacer diez elevaciones de talones.
    .caption-3 = Elevación 1 de 10.
    .caption-19 = Elevación 5 de 10.
    .caption-39 = Elevación 10 de 10.
