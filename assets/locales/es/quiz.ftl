# Cramp Explorer: Spanish words of assets/quiz/leg.quiz.ron, keyed by question id.

find_gastrocnemius_medial =
    .prompt = Busque la cabeza interna (medial) del gastrocnemio.
    .explanation = La cabeza medial es el mayor de los dos bultos de la pantorrilla, en el lado interno. Nace justo por encima de la rodilla, en el fémur, así que cruza la rodilla y el tobillo.

find_gastrocnemius_lateral =
    .prompt = Busque la cabeza externa (lateral) del gastrocnemio.
    .explanation = La cabeza lateral es el bulto más pequeño, en el lado externo de la pantorrilla. Se une a la cabeza medial y al sóleo en el tendón de Aquiles.

find_soleus =
    .prompt = Busque el sóleo.
    .explanation = El sóleo es el músculo ancho y plano que está debajo del gastrocnemio. Nace por debajo de la rodilla, en la tibia y el peroné, así que no cruza la rodilla.

find_achilles =
    .prompt = Busque el tendón calcáneo (de Aquiles).
    .explanation = El tendón de Aquiles es el cordón grueso que hay por encima del talón. Lleva la fuerza de todo el tríceps sural hasta el hueso del talón; es el tendón más fuerte del cuerpo. En el modelo, su fuerza es la suma de las fuerzas que calculan los tres músculos de la pantorrilla.

find_tibial_nerve =
    .prompt = Busque el nervio que pone en marcha los músculos de la pantorrilla.
    .explanation = El nervio tibial baja por la parte de atrás de la pierna, entre los músculos de la pantorrilla, y llega a todos ellos. Se cree que, en un calambre, sus fibras motoras descargan por sí solas; todavía se discute dónde empiezan esas descargas.

find_tibialis_anterior =
    .prompt = Busque el músculo de la parte delantera de la espinilla que levanta el pie.
    .explanation = El tibial anterior está a lo largo de la parte delantera de la espinilla y levanta el pie (flexión dorsal): lo contrario que la pantorrilla. Contraerlo puede ayudar a que un calambre de pantorrilla se suelte (inhibición recíproca, un mecanismo propuesto).

find_calcaneus =
    .prompt = Busque el hueso del talón.
    .explanation = El calcáneo es el hueso del talón. El tendón de Aquiles tira de su parte de atrás, y así es como la pantorrilla lleva el pie hacia abajo.

find_fibula =
    .prompt = Busque el peroné (fíbula).
    .explanation = El peroné es el hueso delgado de la parte externa de la pierna. Soporta poco peso, pero en él se sujetan músculos, entre ellos parte del sóleo.

find_popliteal_artery =
    .prompt = Busque la arteria principal de detrás de la rodilla.
    .explanation = La arteria poplítea pasa por detrás de la rodilla y se divide en las arterias tibiales, que llevan sangre a la pierna. El estrechamiento de estas arterias puede causar un dolor parecido a un calambre al caminar.

find_small_saphenous_vein =
    .prompt = Busque la vena que sube por la parte de atrás de la pantorrilla, bajo la piel.
    .explanation = La vena safena menor es una vena superficial: sube justo bajo la piel por la parte de atrás de la pantorrilla hasta la vena profunda de detrás de la rodilla. Un coágulo en ella es una tromboflebitis superficial, no una trombosis venosa profunda (TVP), pero aun así debe revisarlo su médico de cabecera, porque puede extenderse a las venas profundas.

find_popliteal_vein =
    .prompt = Busque la vena profunda de detrás de la rodilla, donde se unen las venas profundas de la pantorrilla.
    .explanation = La vena poplítea está en lo profundo de detrás de la rodilla, junto a su arteria. En ella y en las venas profundas de la pantorrilla (venas tibiales posteriores, peroneas y tibiales anteriores) es donde se forma una trombosis venosa profunda (TVP). Si una sola pantorrilla está hinchada, caliente, roja u oscurecida, hay que hacerla revisar el mismo día.

triceps_surae_parts =
    .prompt = ¿Qué músculos forman el tríceps sural?
    .explanation = Tríceps sural significa «músculo de tres cabezas de la pantorrilla»: las cabezas medial y lateral del gastrocnemio y el sóleo, que terminan todas en el tendón de Aquiles.
    .choice-1 = Las dos cabezas del gastrocnemio y el sóleo
    .choice-2 = El tibial anterior y el sóleo
    .choice-3 = El gastrocnemio y el poplíteo
    .choice-4 = Los tres isquiotibiales

calf_nerve =
    .prompt = ¿Qué nervio controla los músculos de la pantorrilla?
    .explanation = El nervio tibial (raíces S1 y S2) inerva el gastrocnemio, el sóleo y los músculos profundos de la pantorrilla. El nervio peroneo (fibular) común inerva la parte delantera y la parte externa de la pierna.
    .choice-1 = El nervio tibial
    .choice-2 = El nervio peroneo (fibular) común
    .choice-3 = El nervio femoral
    .choice-4 = El nervio safeno

achilles_insertion =
    .prompt = ¿Dónde se sujeta el tendón de Aquiles?
    .explanation = Se inserta en la tuberosidad del calcáneo, en la parte de atrás del talón: una palanca larga para llevar el pie hacia abajo.
    .choice-1 = En la parte de atrás del hueso del talón (calcáneo)
    .choice-2 = En la tibia, por debajo de la rodilla
    .choice-3 = En el hueso del tobillo (astrágalo)
    .choice-4 = En la base de los dedos

gastrocnemius_joints =
    .prompt = ¿Qué articulaciones cruza el gastrocnemio?
    .explanation = Nace en el fémur, por encima de la rodilla, y termina en el talón, así que cruza las dos articulaciones. El sóleo nace por debajo de la rodilla y solo cruza el tobillo.
    .choice-1 = La rodilla y el tobillo
    .choice-2 = Solo el tobillo
    .choice-3 = La cadera y la rodilla
    .choice-4 = Solo la rodilla

cause_fluids =
    .prompt = ¿Cuál de estas es una causa reconocida de los calambres en las piernas?
    .explanation = La deshidratación es una de las causas que se citan, sobre todo cuando se suda mucho. Las otras son el sobreesfuerzo o una lesión, la mala circulación, la falta de minerales y algunos medicamentos.
    .choice-1 = No beber suficiente líquido (deshidratación)
    .choice-2 = Dormir boca arriba
    .choice-3 = Comer demasiada proteína
    .choice-4 = Llevar calcetines de lana

cause_medicines =
    .prompt = ¿Qué medicamentos se sabe que están relacionados con los calambres en las piernas?
    .explanation = Un estudio grande relacionó los calambres nuevos sobre todo con los inhaladores de acción prolongada (agonistas beta) y con las pastillas para orinar que ahorran potasio y las de tipo tiazida; la relación con las estatinas y con los diuréticos de asa fue pequeña. Como la relación más fuerte entre las pastillas para orinar fue con las que retienen el potasio, no se trata simplemente de perder potasio. No deje nunca por su cuenta un medicamento recetado: consulte a su médico o a su farmacéutico.
    .choice-1 = Algunos diuréticos (pastillas para orinar), los inhaladores de acción prolongada para el asma y las estatinas
    .choice-2 = El paracetamol
    .choice-3 = Los antiácidos
    .choice-4 = La vitamina C

cause_minerals =
    .prompt = ¿Qué minerales, si están bajos, pueden contribuir a los calambres?
    .explanation = El potasio, el calcio y el magnesio ayudan a que los nervios y los músculos funcionen. Una falta real (detectada con un análisis de sangre) puede causar calambres; la mayoría de las personas con calambres no la tienen. El calcio o el magnesio bajos hacen que los nervios se exciten demasiado; el potasio bajo sobre todo debilita los músculos.
    .choice-1 = Potasio, calcio y magnesio
    .choice-2 = Hierro y zinc
    .choice-3 = Yodo
    .choice-4 = Cobre

cause_potassium =
    .prompt = ¿Qué hace sobre todo el potasio bajo a los nervios y a los músculos?
    .explanation = El potasio bajo hace que las membranas de los nervios y de los músculos sean más difíciles de excitar: debilidad y dolores, a veces calambres y, si es grave, parálisis. Son el calcio bajo o el magnesio bajo los que hacen que los nervios se exciten demasiado (tetania). No tome suplementos de potasio sin consejo médico.
    .choice-1 = Debilita los músculos: reduce su excitabilidad
    .choice-2 = Hace que los nervios descarguen con demasiada facilidad
    .choice-3 = Nada en absoluto
    .choice-4 = Fortalece los músculos

cause_overuse =
    .prompt = ¿Por qué el sobreesfuerzo hace más probable un calambre?
    .explanation = Es la hipótesis principal para los calambres del ejercicio: con el cansancio, los sensores de estiramiento excitan más el músculo, mientras que los sensores de tensión que lo calman se activan menos. Es una hipótesis, no un hecho demostrado. La capa «carga de trabajo» muestra cuánta fuerza produjo cada músculo durante diez elevaciones de talones en el modelo; trabajar más es una de las razones por las que un músculo se cansa.
    .choice-1 = Se cree que el control nervioso de un músculo cansado se desequilibra, y el músculo se activa con más facilidad
    .choice-2 = El músculo se queda totalmente sin sangre
    .choice-3 = El tendón se rompe
    .choice-4 = El hueso se dobla

cause_circulation =
    .prompt = Mala circulación: ¿qué vasos llevan la sangre a los músculos de la pantorrilla?
    .explanation = Las arterias llevan la sangre al músculo: la arteria poplítea, detrás de la rodilla, y sus ramas tibiales. Las venas, como las safenas, la devuelven al corazón.
    .choice-1 = Las arterias poplítea y tibiales
    .choice-2 = Las venas safenas
    .choice-3 = Los nervios tibial y peroneo (fibular)
    .choice-4 = El tendón de Aquiles

cause_night_position =
    .prompt = ¿Por qué un pie en punta bajo una ropa de cama pesada puede favorecer los calambres nocturnos?
    .explanation = Se cree que un músculo acortado tiene calambres con más facilidad. Dejar la ropa de cama holgada a los pies de la cama evita que empuje los dedos hacia abajo.
    .choice-1 = Mantiene la pantorrilla acortada, la posición en la que se cree que los calambres empiezan con más facilidad
    .choice-2 = Enfría el pie
    .choice-3 = Aprieta las arterias hasta cerrarlas
    .choice-4 = Estira la pantorrilla

symptom_typical =
    .prompt = ¿Qué es típico de un calambre de pantorrilla?
    .explanation = Un calambre aparece de repente: dolor intenso, la pantorrilla dura y tensa y, a veces, un nudo visible o pequeñas sacudidas bajo la piel.
    .choice-1 = Un dolor repentino e intenso, con el músculo duro y tenso
    .choice-2 = Un dolor sordo que va aumentando durante días
    .choice-3 = Un sarpullido en la pantorrilla
    .choice-4 = Hormigueo en todo el pie

symptom_duration =
    .prompt = ¿Cuánto dura un calambre típico?
    .explanation = La mayoría de los calambres duran de unos segundos a varios minutos, aunque el músculo puede quedar dolorido hasta un día. Un calambre que dura más de 10 minutos y no se alivia al estirar necesita una cita urgente con el médico.
    .choice-1 = De unos segundos a varios minutos
    .choice-2 = Varias horas
    .choice-3 = Días
    .choice-4 = Menos de una décima de segundo

symptom_foot =
    .prompt = Durante un calambre de pantorrilla, el pie normalmente...
    .explanation = La pantorrilla con calambre tira del talón a través del tendón de Aquiles y lleva el pie hacia abajo. A menudo los dedos también se encogen; el modelo no tiene articulaciones en los dedos, así que no lo muestra.
    .choice-1 = Se va hacia abajo (flexión plantar), y los dedos pueden encogerse
    .choice-2 = Sube hacia la espinilla
    .choice-3 = Gira hacia fuera
    .choice-4 = Se queda exactamente como estaba

restless_legs =
    .prompt = ¿En qué se diferencian las piernas inquietas de los calambres?
    .explanation = El síndrome de piernas inquietas es una necesidad molesta de mover las piernas, que empeora en reposo y al final del día, y se alivia al moverse. Un calambre es una contracción dura y dolorosa.
    .choice-1 = Son una necesidad de mover las piernas que se alivia al moverse, sin un músculo duro y contraído
    .choice-2 = Siempre duelen más
    .choice-3 = Solo ocurren durante el ejercicio
    .choice-4 = Las causa un coágulo de sangre

treat_first_aid =
    .prompt = ¿Cuál es la forma más rápida de aliviar un calambre de pantorrilla?
    .explanation = Estirar el músculo que tiene el calambre es la primera medida habitual. No está claro por qué funciona: una hipótesis es que refuerza las señales de los sensores de tensión que calman el músculo. Por la noche, estire sentado o tumbado. No lo haga si una pantorrilla está hinchada, caliente, roja u oscurecida: hágasela revisar.
    .choice-1 = Estirar la pantorrilla: poner la rodilla recta y tirar de los dedos hacia arriba
    .choice-2 = Llevar los dedos hacia abajo con toda la fuerza posible
    .choice-3 = Mantener la rodilla doblada y el pie quieto
    .choice-4 = Beber un litro de agua de golpe

treat_hold_time =
    .prompt = En el ensayo que vio que estirar antes de dormir reducía los calambres nocturnos en personas mayores de 55 años, ¿cómo se hacían los estiramientos?
    .explanation = Hallegraeff 2012: 80 personas mayores de 55 años estiraron las pantorrillas y la parte de atrás de los muslos (isquiotibiales) justo antes de dormir, 10 segundos, 3 veces cada estiramiento, durante 6 semanas, y tuvieron calambres nocturnos menos frecuentes y más leves. Otro ensayo (Coppin 2005), en personas que tomaban quinina, vio que estirar la pantorrilla no cambiaba nada, así que los resultados de los estudios no coinciden.
    .choice-1 = Estiramientos de pantorrilla y de la parte de atrás del muslo, cada uno mantenido 10 segundos, 3 veces, todas las noches antes de acostarse, durante 6 semanas
    .choice-2 = Un solo estiramiento de pantorrilla mantenido 5 minutos, una vez a la semana
    .choice-3 = Solo estiramientos de pantorrilla, mantenidos hasta que duelan
    .choice-4 = Estiramientos solo por la mañana

treat_massage_direction =
    .prompt = ¿En qué dirección deben ir las pasadas del masaje en la pantorrilla?
    .explanation = Las pasadas van hacia arriba por la pierna, hacia el corazón, que es la dirección en la que la sangre vuelve por las venas; después se amasa el vientre del músculo. No dé nunca masaje a una pantorrilla hinchada, caliente, roja u oscurecida: podría ser un coágulo; hágasela revisar.
    .choice-1 = Desde el tobillo hacia arriba, hacia la rodilla
    .choice-2 = Desde la rodilla hacia abajo, hasta el tobillo
    .choice-3 = Solo de lado a lado
    .choice-4 = Solo en pequeños círculos sobre el talón

treat_heat =
    .prompt = ¿Cuándo es más útil una bolsa de calor?
    .explanation = El calor hace que los tejidos se estiren mejor y alivia la tensión antes del ejercicio o del estiramiento. El frío alivia el dolor después. Envuelva siempre las bolsas en un paño. No use calor si tiene diabetes, la piel entumecida (con poca sensibilidad) o mala circulación (podría quemarse sin notarlo).
    .choice-1 = Antes de estirar, para ayudar a que un músculo tenso se relaje
    .choice-2 = Sobre una lesión recién hinchada
    .choice-3 = Directamente sobre la piel, lo más caliente posible
    .choice-4 = Nunca: solo ayuda el frío

treat_heat_caution =
    .prompt = ¿Quién no debe ponerse en las piernas una bolsa de calor o una bolsa de agua caliente?
    .explanation = Si la sensibilidad está disminuida o la sangre circula mal, una quemadura puede no notarse y se cura mal. El calor tampoco se debe poner en una pantorrilla hinchada, caliente, roja u oscurecida, que podría ser un coágulo.
    .choice-1 = Las personas con diabetes, piel entumecida o mala circulación
    .choice-2 = Las personas que hacen ejercicio
    .choice-3 = Cualquier persona mayor de 30 años
    .choice-4 = Las personas con los pies fríos

treat_painkillers =
    .prompt = ¿Los analgésicos como el paracetamol o el ibuprofeno detienen un calambre?
    .explanation = Un calambre suele haber pasado antes de que un analgésico empiece a hacer efecto; puede aliviar el dolor que queda después. Tampoco hay buenas pruebas de que los relajantes musculares ayuden con los calambres.
    .choice-1 = No: actúan demasiado despacio, aunque pueden aliviar el dolor que queda después
    .choice-2 = Sí, en segundos
    .choice-3 = Solo el ibuprofeno
    .choice-4 = Sí, si se toman con mucha agua

treat_tens =
    .prompt = ¿Qué hace la TENS?
    .explanation = La estimulación nerviosa eléctrica transcutánea (TENS) produce un hormigueo que puede reducir el dolor. No debe usarse sobre piel con heridas ni, sin el consejo de un especialista, si lleva un marcapasos.
    .choice-1 = Pasa una corriente suave a través de unos parches sobre la piel para aliviar el dolor
    .choice-2 = Fortalece los huesos
    .choice-3 = Disuelve los coágulos de sangre
    .choice-4 = Introduce un medicamento en el músculo

treat_magnesium =
    .prompt = ¿Qué dice la revisión Cochrane sobre el magnesio para los calambres nocturnos en las personas mayores?
    .explanation = Al reunir los ensayos, se vio que es poco probable que el magnesio aporte un beneficio apreciable para los calambres nocturnos habituales de las personas mayores. En el embarazo, los resultados no coinciden y la certeza de las pruebas es baja.
    .choice-1 = Es poco probable que ayude
    .choice-2 = Los cura en la mayoría de las personas
    .choice-3 = Solo funciona junto con la quinina
    .choice-4 = Es demasiado peligroso tomarlo

treat_quinine =
    .prompt = Según la agencia británica del medicamento (MHRA) y el servicio de salud británico (NHS), ¿cómo puede usarse la quinina para los calambres en las piernas?
    .explanation = La quinina reduce los calambres solo un poco (aproximadamente uno menos a la semana) y puede causar efectos secundarios graves: alteraciones del ritmo del corazón (prolongación del QT), problemas de la sangre como las plaquetas bajas, e interacciones con otros medicamentos. No se usa para los calambres en el embarazo.
    .choice-1 = No de forma habitual: solo para calambres muy fuertes cuando otras medidas han fallado, como prueba de unas 4 semanas, que se deja si no ayuda, y nunca en el embarazo
    .choice-2 = Como primer tratamiento para todas las personas con calambres
    .choice-3 = Todo el tiempo que se quiera, sin controles
    .choice-4 = Es el tratamiento preferido en el embarazo

flag_dvt =
    .prompt = Una pantorrilla está hinchada, caliente y roja u oscurecida, con un dolor pulsátil, como de calambre. ¿Qué debe hacer?
    .explanation = Un coágulo en las venas profundas de la pantorrilla o del muslo (trombosis venosa profunda) puede notarse como un calambre. En la piel morena o negra, el enrojecimiento puede verse menos. No estire ni frote la pierna. Un coágulo puede viajar a los pulmones: si le falta el aire o tiene dolor en el pecho, llame al 112 o al número de emergencias de su país.
    .choice-1 = Pedir ayuda médica el mismo día: podría ser un coágulo en una vena profunda (TVP)
    .choice-2 = Estirarla y darle un masaje firme
    .choice-3 = Ponerle una bolsa de calor y esperar una semana
    .choice-4 = Nada, mientras se note como un calambre

flag_dvt_risk =
    .prompt = ¿Cuál de estas cosas hace más probable un coágulo de sangre en una vena profunda de la pierna (TVP)?
    .explanation = Otros factores de riesgo son el embarazo y las 6 semanas siguientes al parto, los medicamentos con estrógenos (la píldora anticonceptiva combinada, la terapia hormonal de la menopausia), el cáncer y haber tenido ya un coágulo. Si tiene alguno de ellos, una pantorrilla hinchada, caliente, roja u oscurecida hay que hacerla revisar el mismo día.
    .choice-1 = Una operación reciente, un viaje largo o tener que guardar cama
    .choice-2 = Beber café
    .choice-3 = Hacer estiramientos de pantorrilla
    .choice-4 = Llevar pantalón corto

flag_superficial_vein =
    .prompt = Un cordón rojo, duro y doloroso al tocarlo recorre la vena safena menor, justo bajo la piel de la parte de atrás de la pantorrilla. ¿Qué es lo más probable?
    .explanation = La vena safena menor es una vena superficial, así que un coágulo aquí es una tromboflebitis superficial, no una TVP. La TVP se forma en las venas profundas (poplítea, tibiales posteriores, peroneas). Un coágulo superficial puede extenderse a las venas profundas, sobre todo cerca de la parte de atrás de la rodilla, así que hágaselo revisar.
    .choice-1 = Una tromboflebitis superficial: un coágulo en una vena superficial, que aun así debe revisar su médico de cabecera
    .choice-2 = Una trombosis venosa profunda
    .choice-3 = Un calambre de pantorrilla corriente
    .choice-4 = Una rotura del tendón de Aquiles

flag_urgent_cramp =
    .prompt = Según el servicio de salud británico (NHS), ¿cuándo hay que pedir una cita urgente con el médico, o acudir al servicio de urgencias, por un calambre?
    .explanation = Pida también ayuda urgente si los calambres empiezan después del contacto con algo tóxico, como el plomo o el mercurio. Los calambres corrientes que se alivian al estirar son frecuentes.
    .choice-1 = Cuando dura más de 10 minutos y no se alivia al estirar, o aparece después de una herida con riesgo de tétanos
    .choice-2 = Siempre que ocurre por la noche
    .choice-3 = Solo si dan calambres las dos piernas a la vez
    .choice-4 = Cuando se pasa tras un minuto de estiramiento

flag_cold_foot =
    .prompt = Un pie se pone de repente frío, pálido y entumecido. ¿Qué es?
    .explanation = Una pierna o un pie que de repente se pone frío, pálido o entumecido puede indicar que una arteria está bloqueada. El dolor en la pierna en reposo o por la noche, el dolor que empeora de repente y las llagas que no se curan también necesitan ayuda urgente.
    .choice-1 = Una emergencia: llame al 112 (o al número de emergencias de su país), puede estar cortado el paso de la sangre
    .choice-2 = Un calambre corriente: estírelo
    .choice-3 = Piernas inquietas
    .choice-4 = Una señal de que debe beber más agua

flag_claudication =
    .prompt = Un dolor en la pantorrilla que aparece al caminar y se va tras unos minutos de descanso puede ser una señal de...
    .explanation = La claudicación intermitente es un dolor parecido a un calambre que se debe a que llega muy poca sangre al músculo que trabaja; es una señal de enfermedad arterial periférica: consulte a su médico de cabecera. El dolor en reposo o por la noche, o un pie frío, pálido o entumecido, es urgente.
    .choice-1 = Arterias de la pierna estrechadas (claudicación)
    .choice-2 = Un calambre nocturno corriente
    .choice-3 = Piernas inquietas
    .choice-4 = Demasiado magnesio

flag_new_medicine =
    .prompt = Sus calambres empezaron poco después de comenzar un medicamento nuevo. ¿Qué debe hacer?
    .explanation = Varios medicamentos (algunos diuréticos, los inhaladores de acción prolongada, las estatinas y otros) se relacionan con los calambres. Su médico puede revisar el medicamento de forma segura. Si toma una estatina y tiene dolor o debilidad en los músculos que no puede explicar, llame a su médico o, si no puede hablar con él, al servicio de urgencias; si además la orina es oscura, es urgente.
    .choice-1 = Decírselo a su médico o a su farmacéutico; no dejarlo por su cuenta
    .choice-2 = Dejar el medicamento enseguida
    .choice-3 = Tomar el doble de dosis
    .choice-4 = No hacerles caso

flag_statin_dark_urine =
    .prompt = Usted toma una estatina, tiene un dolor muscular que no se explica y su orina se ha vuelto oscura. ¿Qué debe hacer?
    .explanation = Un dolor, una sensibilidad al tacto o una debilidad de los músculos sin explicación mientras toma una estatina es motivo para llamar enseguida a su médico o, si no puede hablar con él, al servicio de urgencias; si además la orina es oscura (marrón o roja), es urgente, porque puede indicar que el músculo se está destruyendo.
    .choice-1 = Pedir ayuda médica urgente: puede ser una señal de daño muscular
    .choice-2 = Beber agua tónica
    .choice-3 = Tomar el doble de dosis de la estatina
    .choice-4 = Esperar un mes a ver qué pasa

flag_weakness =
    .prompt = ¿Cuál de estas es una razón para ir al médico por los calambres?
    .explanation = La debilidad, la pérdida de masa muscular o el entumecimiento hacen pensar en un problema de los nervios o de los músculos que hay que estudiar. Los calambres ocasionales que se alivian al estirar son frecuentes e inofensivos.
    .choice-1 = Calambres junto con debilidad muscular, pérdida de masa muscular o entumecimiento
    .choice-2 = Un calambre después de una carrera larga
    .choice-3 = Un calambre que se alivia al estirar
    .choice-4 = Un calambre nocturno una vez al mes

flag_frequent =
    .prompt = ¿Cuándo hay que consultar al médico por calambres frecuentes?
    .explanation = Los calambres muy frecuentes, largos o fuertes merecen una revisión: el médico puede buscar causas como medicamentos, problemas de minerales o trastornos de los nervios o de la circulación.
    .choice-1 = Cuando son muy frecuentes, muy fuertes o alteran el sueño noche tras noche
    .choice-2 = Solo si ocurren en las dos piernas
    .choice-3 = Nunca: los calambres siempre son inofensivos
    .choice-4 = Solo en menores de 20 años

bio_bent_knee =
    .prompt = ¿Por qué un estiramiento con la rodilla doblada se dirige al sóleo y no al gastrocnemio?
    .explanation = El gastrocnemio nace por encima de la rodilla, así que la flexión de la rodilla lo acorta; el sóleo nace por debajo de la rodilla, así que su longitud depende solo del tobillo. En el modelo, la rodilla se dobla 40 grados y el tobillo llega a 30 grados en lugar de 20: el sóleo se estira más que en el estiramiento de pie con la rodilla recta, y el gastrocnemio menos.
    .choice-1 = Doblar la rodilla afloja el gastrocnemio, que cruza la rodilla, y así el tobillo puede doblarse más
    .choice-2 = El sóleo cruza la rodilla
    .choice-3 = Doblar la rodilla tensa más el tendón de Aquiles
    .choice-4 = No es así: los dos se estiran por igual

bio_bent_knee_soleus =
    .prompt = En el estiramiento del modelo con la rodilla doblada (rodilla a 40 grados, tobillo a 30 grados), ¿cuánto se estira el sóleo comparado con el estiramiento con la rodilla recta (tobillo a 20 grados)?
    .explanation = El sóleo solo cruza el tobillo, así que su longitud depende del ángulo del tobillo. Doblar la rodilla afloja el gastrocnemio, y eso permite que el tobillo pase de 20 a 30 grados: el sóleo se estira más, y el gastrocnemio menos.
    .choice-1 = Más
    .choice-2 = Menos
    .choice-3 = Nada
    .choice-4 = Exactamente igual

bio_straight_knee =
    .prompt = En un estiramiento de pantorrilla de pie con la rodilla recta, ¿qué músculo se alarga más?
    .explanation = Con la rodilla recta (0 grados) y el tobillo en flexión dorsal de 20 grados, el gastrocnemio, que cruza dos articulaciones, se alarga por sus dos extremos, así que es el que más se estira.
    .choice-1 = El gastrocnemio
    .choice-2 = El sóleo
    .choice-3 = El tibial anterior
    .choice-4 = El poplíteo

bio_moment_arm =
    .prompt = ¿Qué es el brazo de momento de un músculo respecto a una articulación?
    .explanation = El brazo de momento es menos la variación de la longitud del conjunto músculo-tendón por cada radián de giro de la articulación. La fuerza multiplicada por el brazo de momento es el efecto de giro (momento o par) que produce el músculo.
    .choice-1 = Su palanca: cuánto cambia su longitud cuando gira la articulación
    .choice-2 = Su longitud total
    .choice-3 = Su peso
    .choice-4 = Su grosor

bio_stretch_stops_cramp =
    .prompt = ¿Cuál es la hipótesis principal sobre por qué el estiramiento detiene un calambre?
    .explanation = Se cree que el estiramiento aumenta la inhibición de los órganos tendinosos de Golgi (Ib) sobre las motoneuronas que mantienen el calambre. Es una hipótesis, no un hecho demostrado. En el modelo, la activación de la pantorrilla está programada para bajar durante el estiramiento, siguiendo lo que se observa en las personas; el modelo no simula el reflejo.
    .choice-1 = Unos sensores de tensión del tendón (órganos tendinosos de Golgi) envían señales que calman las células nerviosas del músculo
    .choice-2 = Expulsa el ácido láctico del músculo
    .choice-3 = Calienta el músculo
    .choice-4 = Corta el paso de la sangre

bio_achilles_force =
    .prompt = En el modelo, ¿cómo se calcula la fuerza del tendón de Aquiles?
    .explanation = El gastrocnemio (sus dos cabezas) y el sóleo calculan cada uno una fuerza a partir de su activación, su longitud y su velocidad; el tendón transmite la suma.
    .choice-1 = Es la suma de las fuerzas que calculan los tres músculos de la pantorrilla en cada momento
    .choice-2 = A cada músculo de la pantorrilla se le da una parte fija
    .choice-3 = Es un número fijo
    .choice-4 = Solo cuenta el sóleo

bio_workload =
    .prompt = ¿Qué muestra la capa «carga de trabajo»?
    .explanation = Suma a lo largo del tiempo la activación multiplicada por la fuerza máxima (N·s), con una escala fija. Trabajar más es una de las razones por las que un músculo se cansa, pero el mapa no mide el cansancio.
    .choice-1 = Cuánta fuerza produjo cada músculo durante diez elevaciones de talones en el modelo
    .choice-2 = Lo cansado que se siente cada músculo
    .choice-3 = Dónde empezará un calambre
    .choice-4 = Cuánta sangre llega a cada músculo
