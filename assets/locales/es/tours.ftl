# Cramp Explorer: Spanish words of assets/tours/leg.tours.ron, keyed by tour id (steps as tour-step-N).

cramp_for_patients =
    .title = Qué pasa en su pantorrilla durante un calambre
    .summary = Seis pasos cortos: los músculos de la pantorrilla, lo que les hace un calambre, cómo un estiramiento hace que se suelte y cuándo pedir ayuda.

cramp_for_patients-step-1 =
    .title = Los músculos de su pantorrilla
    .caption = Esta es la parte de atrás de su pierna, por debajo de la rodilla. El músculo grande que nota aquí es la pantorrilla. Tiene dos partes justo bajo la piel y, debajo de ellas, un músculo plano.

cramp_for_patients-step-2 =
    .title = Un solo tendón hasta el talón
    .caption = Los tres se unen en un cordón fuerte, el tendón de Aquiles, que tira del hueso del talón. Cuando la pantorrilla se tensa, lleva el pie hacia abajo, como al ponerse de puntillas.

cramp_for_patients-step-3 =
    .title = Un calambre: el músculo se tensa por sí solo
    .caption = En un calambre, la pantorrilla se tensa de repente por sí sola y no se suelta. Tira del pie hacia abajo. En un calambre real, los dedos también pueden encogerse; este modelo no tiene articulaciones en los dedos, así que no lo muestra. Los expertos creen que el nervio sigue mandando señales, pero esto no se entiende del todo.

cramp_for_patients-step-4 =
    .title = Duro, con nudos y doloroso
    .caption = El músculo trabaja con fuerza mientras está acortado, pero no todas sus partes a la vez: unas dan más sacudidas que otras. Se nota duro y con nudos, y duele. Un calambre suele durar de unos segundos a varios minutos.

cramp_for_patients-step-5 =
    .title = Estirar hace que se suelte
    .caption = Ponga la rodilla recta y tire de los dedos del pie hacia usted; por la noche, hágalo sentado o tumbado. En el modelo, la orden que llega a la pantorrilla se va apagando a medida que avanza el estiramiento: eso sigue lo que se ve en las personas, no es un reflejo simulado. No lo haga si una pantorrilla está hinchada, caliente, roja u oscurecida: hágasela revisar.

cramp_for_patients-step-6 =
    .title = Cuándo pedir ayuda
    .caption = La mayoría de los calambres no son peligrosos. Un coágulo en estas venas profundas puede notarse como un calambre: si una pantorrilla está hinchada, caliente, roja u oscurecida, pida ayuda el mismo día; si además le falta el aire, llame al 112 o al número de emergencias de su país. Pida una cita urgente si un calambre dura más de 10 minutos o aparece después de una herida.

stretches_for_patients =
    .title = Estiramientos que alivian y previenen los calambres
    .summary = Dos estiramientos de pantorrilla, qué estira cada uno, cómo se hicieron en el ensayo en el que ayudaron y cuándo no hay que estirar.

stretches_for_patients-step-1 =
    .title = Dos músculos, dos estiramientos
    .caption = Su pantorrilla tiene un músculo de encima que cruza la rodilla y otro más profundo que no la cruza. Con la rodilla recta se estira más el de encima; con la rodilla doblada se estira más el profundo. Lo primero: si una pantorrilla está hinchada, caliente, roja u oscurecida, no la estire; hágasela revisar el mismo día.

stretches_for_patients-step-2 =
    .title = Estiramiento 1: rodilla recta
    .caption = Apoye las manos en una pared, con la pierna que va a estirar atrás, el talón en el suelo y la rodilla recta. Inclínese hacia delante hasta notar un estiramiento en la pantorrilla. No lo haga si una pantorrilla está hinchada, caliente, roja u oscurecida: hágasela revisar antes.

stretches_for_patients-step-3 =
    .title = Qué estira
    .caption = El rojo indica estiramiento. Con la rodilla recta y el tobillo doblado hacia arriba 20 grados, el músculo de encima, el gastrocnemio, es el que más se estira; el más profundo, el sóleo, se estira menos.

stretches_for_patients-step-4 =
    .title = Estiramiento 2: rodilla doblada
    .caption = Ahora doble la rodilla de atrás, con el talón todavía en el suelo. El músculo de encima se afloja, y así el tobillo puede doblarse más: 30 grados en lugar de 20. El músculo profundo, el sóleo, se estira ahora más que con la rodilla recta, y el de encima menos. No lo haga si una pantorrilla está hinchada, caliente, roja u oscurecida: hágasela revisar.

stretches_for_patients-step-5 =
    .title = Cómo se hizo en el ensayo
    .caption = En un ensayo con personas mayores de 55 años, estirar las pantorrillas y la parte de atrás de los muslos todas las noches antes de acostarse, manteniendo cada estiramiento 10 segundos, 3 veces, durante 6 semanas, hizo que los calambres nocturnos fueran menos y más leves. Otro ensayo de estiramientos de pantorrilla no encontró ninguna diferencia. Estire con suavidad: debe notar que tira, nunca dolor.

stretches_for_patients-step-6 =
    .title = El masaje y el calor también ayudan
    .caption = Frote la pantorrilla con firmeza desde el tobillo hacia arriba, hacia la rodilla. Una bolsa de calor puede ayudar a que un músculo tenso se relaje, pero no si tiene diabetes, la piel entumecida o mala circulación. No frote ni caliente nunca una pantorrilla hinchada, caliente, roja u oscurecida: podría ser un coágulo; hágasela revisar.

triceps_surae =
    .title = El tríceps sural
    .summary = Gastrocnemio y sóleo: orígenes e inserciones, la ventaja de cruzar dos articulaciones, los brazos de momento y por qué el ángulo de la rodilla decide a cuál de los dos carga un estiramiento.

triceps_surae-step-1 =
    .title = Tres cabezas, un tendón
    .caption = El tríceps sural está formado por las dos cabezas del gastrocnemio y el sóleo, que se insertan mediante el tendón calcáneo en la tuberosidad del calcáneo. Es el principal flexor plantar del tobillo.

triceps_surae-step-2 =
    .title = El gastrocnemio cruza dos articulaciones
    .caption = Las dos cabezas del gastrocnemio nacen en los cóndilos del fémur, así que el músculo cruza la rodilla además del tobillo: hace la flexión plantar y ayuda a la flexión de la rodilla.

triceps_surae-step-3 =
    .title = El sóleo cruza una
    .caption = El sóleo nace en la cara posterior de la tibia y del peroné, por debajo de la rodilla. Rico en fibras lentas, es el músculo postural que nos mantiene erguidos sobre el pie.

triceps_surae-step-4 =
    .title = Inervación
    .caption = Los tres están inervados por el nervio tibial, raíces S1 y S2. Un calambre es una descarga mantenida e involuntaria de estas unidades motoras. Todavía se discute si empieza en las terminaciones nerviosas motoras o en la médula espinal; las dos hipótesis tienen apoyo.

triceps_surae-step-5 =
    .title = La contracción en un calambre
    .caption = El calambre del modelo es una activación prescrita, no simulada: fuerte pero submáxima y desigual por zonas, de aproximadamente 0,7 en la cabeza medial del gastrocnemio y 0,55 en la cabeza lateral y el sóleo, con sacudidas irregulares, y el pie se va en flexión plantar. Se cree que los calambres empiezan con más facilidad cuando el músculo está acortado.

triceps_surae-step-6 =
    .title = La rodilla decide qué músculo se estira
    .caption = Con la rodilla extendida y el tobillo a 20 grados de flexión dorsal, el gastrocnemio es el que más se estira. Flexionar la rodilla a 40 grados afloja el gastrocnemio, así que el tobillo llega a 30 grados: el sóleo se estira más que en el estiramiento con la rodilla recta, y el gastrocnemio menos.
