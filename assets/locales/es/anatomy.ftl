# Cramp Explorer: Spanish words of assets/anatomy/leg.anatomy.ron, keyed by structure id.

femur =
    .name = fémur, extremo inferior (hueso del muslo)
    .description = El extremo inferior del hueso del muslo. Sus dos salientes redondeados (los cóndilos) ruedan sobre la parte de arriba de la tibia. Las dos cabezas del gastrocnemio nacen en la parte de atrás de estos cóndilos; por eso ese músculo también dobla la rodilla.
    .synonyms = fémur, femur, hueso del muslo, muslo, cóndilos femorales, condilos femorales, cóndilos

patella =
    .name = rótula (patela)
    .description = Un hueso plano y redondeado, metido dentro del tendón de la parte delantera de la rodilla. Da más palanca a los músculos del muslo para estirar la rodilla.
    .synonyms = rótula, rotula, patela, hueso de la rodilla

tibia =
    .name = tibia (hueso de la espinilla)
    .description = El hueso principal de la pierna, el que soporta el peso. Su borde delantero es la espinilla, que se nota bajo la piel; su extremo inferior forma el tobillo interno (maléolo medial). El sóleo y los músculos profundos de la pantorrilla nacen en su parte de atrás.
    .synonyms = tibia, espinilla, canilla, hueso de la espinilla, maléolo medial, maléolo interno, maleolo, tobillo interno

fibula =
    .name = peroné (fíbula)
    .description = El hueso delgado de la parte de fuera de la pierna. Soporta poco peso, pero en él se sujetan músculos (sóleo, peroneos, flexor largo del dedo gordo) y forma el tobillo externo (maléolo lateral).
    .synonyms = peroné, perone, fíbula, fibula, maléolo lateral, maléolo externo, maleolo, tobillo externo

interosseous_membrane =
    .name = membrana interósea
    .description = Una lámina resistente de tejido fibroso, tendida entre la tibia y el peroné. Une los dos huesos y separa los músculos de delante de los músculos de la pantorrilla; en ella nacen varios músculos profundos, y los vasos tibiales anteriores la atraviesan por un hueco en su parte de arriba.
    .synonyms = membrana interosea, membrana entre la tibia y el peroné, membrana entre los huesos de la pierna, sindesmosis

talus =
    .name = astrágalo (talus)
    .description = El hueso que encaja en el hueco que forman la tibia y el peroné, y con ellos forma la articulación del tobillo. Es aquí donde el pie se mueve hacia abajo y hacia arriba.
    .synonyms = astrágalo, astragalo, talus, hueso del tobillo, tobillo

calcaneus =
    .name = calcáneo (hueso del talón)
    .description = El hueso más grande del pie: el talón. El tendón de Aquiles tira de su parte de atrás, la tuberosidad del calcáneo, para levantar el talón.
    .synonyms = calcáneo, calcaneo, talón, talon, hueso del talón, tuberosidad del calcáneo

navicular =
    .name = hueso navicular (escafoides del pie)
    .description = Un hueso con forma de barca en el lado interno de la parte media del pie, delante del astrágalo. En su tuberosidad se sujeta el tendón del tibial posterior.
    .synonyms = navicular, escafoides, escafoides del pie, escafoides tarsiano, hueso en forma de barca

cuboid =
    .name = hueso cuboides
    .description = Un hueso con forma de cubo en el lado externo de la parte media del pie, delante del hueso del talón. El tendón del peroneo largo pasa por un surco en su cara de abajo.

cuneiforms =
    .name = huesos cuneiformes
    .description = Tres huesos en forma de cuña entre el navicular y los tres primeros metatarsianos. El tibial anterior se sujeta en el interno (medial).
    .synonyms = cuneiformes, cuneiforme medial, cuneiforme intermedio, cuneiforme lateral, cuñas

metatarsals =
    .name = huesos metatarsianos
    .description = Los cinco huesos largos de la parte delantera del pie. Sus cabezas forman la zona de la planta justo detrás de los dedos: el punto de apoyo sobre el que los músculos de la pantorrilla empujan el cuerpo cuando se levanta el talón.
    .synonyms = metatarsianos, metatarso, huesos largos del pie

phalanges =
    .name = falanges (huesos de los dedos del pie)
    .description = Los huesos pequeños de los dedos del pie: dos en el dedo gordo (hallux) y tres en cada uno de los demás. Los flexores y extensores largos de los dedos tiran de ellos; en un calambre real los dedos pueden encogerse (este modelo no tiene articulaciones en los dedos, así que no lo muestra).
    .synonyms = dedos, dedos del pie, falanges, hallux, dedo gordo, dedo pulgar del pie

gastrocnemius_medial =
    .name = músculo gastrocnemio, cabeza medial (gemelo interno)
    .description = La mayor de las dos cabezas abultadas que dan forma a la parte de atrás de la pantorrilla. Cruza la rodilla y el tobillo, así que solo se estira cuando la rodilla está recta y el pie se lleva hacia arriba.
    .synonyms = gemelos, gemelo, gemelo interno, gastrocnemio, gastrocnemios, pantorrilla, pantorilla, músculo de la pantorrilla, cabeza medial, tríceps sural, triceps sural
    .origin = Parte de atrás del fémur, justo por encima del cóndilo medial (interno).
    .insertion = Hueso del talón (tuberosidad del calcáneo), a través del tendón de Aquiles.
    .action = Lleva el pie hacia abajo (flexión plantar) y ayuda a doblar la rodilla.
    .innervation = Nervio tibial (S1, S2).
    .blood-supply = Ramas surales de la arteria poplítea.
    .cramp-role = Es el músculo que más a menudo sufre el calambre de pantorrilla, sobre todo por la noche, cuando el pie descansa en punta. Sus fibras rápidas y el hecho de cruzar dos articulaciones hacen que se acorte con fuerza fácilmente y que le cueste relajarse hasta que se estira.

gastrocnemius_lateral =
    .name = músculo gastrocnemio, cabeza lateral (gemelo externo)
    .description = La cabeza externa, más pequeña, del gastrocnemio. Se une a la cabeza interna y al sóleo en el tendón de Aquiles.
    .synonyms = gemelos, gemelo, gemelo externo, gastrocnemio, gastrocnemios, pantorrilla, pantorilla, músculo de la pantorrilla, cabeza lateral, tríceps sural, triceps sural
    .origin = Parte de atrás del fémur, justo por encima del cóndilo lateral (externo).
    .insertion = Hueso del talón (tuberosidad del calcáneo), a través del tendón de Aquiles.
    .action = Lleva el pie hacia abajo (flexión plantar) y ayuda a doblar la rodilla.
    .innervation = Nervio tibial (S1, S2).
    .blood-supply = Ramas surales de la arteria poplítea.
    .cramp-role = Sufre el calambre junto con la cabeza interna: el nudo duro que se nota en un calambre de pantorrilla suele ser el gastrocnemio.

soleus =
    .name = músculo sóleo
    .description = Un músculo ancho y plano, situado debajo del gastrocnemio. Solo cruza el tobillo, así que doblar la rodilla no lo afloja: un estiramiento con la rodilla doblada va dirigido a él. Al contraerse aprieta las venas profundas y ayuda a bombear la sangre de vuelta al corazón.
    .synonyms = sóleo, soleo, pantorrilla, pantorilla, músculo de la pantorrilla, tríceps sural, triceps sural, segundo corazón
    .origin = Parte de atrás de la cabeza y de la parte alta del cuerpo del peroné, la línea del músculo sóleo de la tibia y un arco fibroso entre ambos.
    .insertion = Hueso del talón (tuberosidad del calcáneo), a través del tendón de Aquiles.
    .action = Lleva el pie hacia abajo (flexión plantar); cuando está de pie, mantiene estable la pierna sobre el pie.
    .innervation = Nervio tibial (S1, S2).
    .blood-supply = Arterias tibial posterior, peronea (fibular) y surales.
    .cramp-role = Puede sufrir el calambre con o sin el gastrocnemio. Un calambre que se nota abajo y en lo profundo de la pantorrilla, o que no se alivia con un estiramiento con la rodilla recta, a menudo afecta al sóleo.

plantaris =
    .name = músculo plantar
    .description = Un músculo pequeño con un tendón muy largo y fino, que baja entre el gastrocnemio y el sóleo hasta el talón. Aproximadamente una de cada diez personas no lo tiene.
    .synonyms = plantar delgado, tendón del plantar, tendon del plantar, plantaris
    .origin = Fémur, justo por encima del cóndilo lateral.
    .insertion = Hueso del talón, al lado del tendón de Aquiles.
    .action = Ayuda débilmente a llevar el pie hacia abajo y a doblar la rodilla.
    .innervation = Nervio tibial (S1, S2).
    .blood-supply = Ramas surales de la arteria poplítea.
    .cramp-role = Es demasiado pequeño para importar mucho en un calambre; su tendón puede romperse y parecer una lesión repentina de la pantorrilla.

calcaneal_tendon =
    .name = tendón calcáneo (de Aquiles)
    .description = El tendón más grueso y fuerte del cuerpo: el tendón común del gastrocnemio y del sóleo, que se sujeta en la parte de atrás del hueso del talón. Pasa unos cinco centímetros por detrás de la articulación del tobillo, y eso da a los músculos de la pantorrilla la palanca para llevar el pie hacia abajo.
    .synonyms = aquiles, tendón de aquiles, tendon de aquiles, talón de aquiles, tendón calcáneo, tendon calcaneo

popliteus =
    .name = músculo poplíteo
    .description = Un músculo plano y triangular, detrás de la rodilla. Desbloquea la rodilla cuando está recta, girándola un poco, para que pueda empezar a doblarse.
    .synonyms = poplíteo, popliteo, músculo de detrás de la rodilla, desbloqueador de la rodilla
    .origin = Cara externa del cóndilo lateral del fémur.
    .insertion = Parte de atrás de la tibia, por encima de la línea del músculo sóleo.
    .action = Desbloquea la rodilla (gira el fémur sobre la tibia) y ayuda a doblarla.
    .innervation = Nervio tibial (L4 a S1).
    .blood-supply = Ramas geniculares inferiores de la arteria poplítea.
    .cramp-role = Rara vez es el origen de un calambre, pero el dolor detrás de la rodilla que aparece con un calambre de pantorrilla puede venir de aquí.

tibialis_posterior =
    .name = músculo tibial posterior
    .description = El músculo más profundo de la pantorrilla, apoyado sobre la membrana que hay entre la tibia y el peroné. Su tendón se curva por detrás del tobillo interno y sostiene el arco del pie.
    .synonyms = tibial posterior, tib post, tibial post
    .origin = Parte de atrás de la membrana interósea y de la tibia y el peroné que la rodean.
    .insertion = Tuberosidad del navicular, con expansiones hacia los cuneiformes, el cuboides y los metatarsianos.
    .action = Gira la planta hacia dentro (inversión), ayuda a llevar el pie hacia abajo y sostiene el arco.
    .innervation = Nervio tibial (L4, L5).
    .blood-supply = Arterias tibial posterior y peronea (fibular).
    .cramp-role = Puede sufrir el calambre junto con la pantorrilla y tirar del pie hacia dentro; un calambre profundo cerca del tobillo interno puede venir de este músculo.

flexor_digitorum_longus =
    .name = músculo flexor largo de los dedos
    .description = Un músculo profundo de la pantorrilla, en el lado interno. Su tendón pasa por detrás del tobillo interno y se divide para encoger los cuatro dedos pequeños.
    .synonyms = flexor largo de los dedos, flexor de los dedos, flexor común de los dedos, flexor comun de los dedos, FDL
    .origin = Parte de atrás de la tibia, por debajo de la línea del músculo sóleo.
    .insertion = Base de los últimos huesos (falanges distales) de los dedos segundo a quinto.
    .action = Encoge los cuatro dedos pequeños, ayuda a llevar el pie hacia abajo y a girar la planta hacia dentro.
    .innervation = Nervio tibial (S2, S3).
    .blood-supply = Arteria tibial posterior.
    .cramp-role = Es lo que hace que los dedos se encojan hacia abajo durante un calambre de pantorrilla (no se anima: el modelo no tiene articulaciones en los dedos).

flexor_hallucis_longus =
    .name = músculo flexor largo del dedo gordo
    .description = Un músculo profundo y fuerte en la parte de atrás del peroné. Su tendón pasa por debajo del tobillo y a lo largo de la planta hasta el dedo gordo, y da el último impulso al caminar.
    .synonyms = flexor largo del dedo gordo, flexor del dedo gordo, flexor propio del dedo gordo, FHL
    .origin = Dos tercios inferiores de la parte de atrás del peroné.
    .insertion = Base del último hueso (falange distal) del dedo gordo.
    .action = Encoge el dedo gordo, ayuda a llevar el pie hacia abajo y sostiene el arco interno.
    .innervation = Nervio tibial (S2, S3).
    .blood-supply = Arteria peronea (fibular).
    .cramp-role = En un calambre puede tirar del dedo gordo hacia abajo; da calambres a menudo en bailarines y corredores que se impulsan con fuerza.

tibialis_anterior =
    .name = músculo tibial anterior (de la espinilla)
    .description = El músculo que está justo por fuera del borde delantero de la tibia. Levanta el pie y hace lo contrario que la pantorrilla: mientras la pantorrilla tiene el calambre, este músculo está estirado.
    .synonyms = tibial anterior, tib ant, músculo de la espinilla, musculo de la espinilla, espinilla, tibial
    .origin = Dos tercios superiores de la cara externa de la tibia y la membrana interósea.
    .insertion = Cuneiforme medial y base del primer metatarsiano.
    .action = Levanta el pie (flexión dorsal) y gira la planta hacia dentro (inversión).
    .innervation = Nervio peroneo (fibular) profundo (L4, L5).
    .blood-supply = Arteria tibial anterior.
    .cramp-role = Levantar el pie a propósito durante un calambre de pantorrilla usa este músculo; por inhibición recíproca, eso puede ayudar a que la pantorrilla se suelte.

extensor_digitorum_longus =
    .name = músculo extensor largo de los dedos
    .description = El músculo más externo de la parte delantera de la pierna. Su tendón se abre en abanico sobre el empeine para levantar los cuatro dedos pequeños.
    .synonyms = extensor largo de los dedos, extensor de los dedos, extensor común de los dedos, extensor comun de los dedos, EDL
    .origin = Cóndilo lateral de la tibia, tres cuartos superiores del peroné y membrana interósea.
    .insertion = Huesos medio y último (falanges media y distal) de los dedos segundo a quinto, a través de las expansiones extensoras.
    .action = Levanta los cuatro dedos pequeños y el pie.
    .innervation = Nervio peroneo (fibular) profundo (L5, S1).
    .blood-supply = Arteria tibial anterior.
    .cramp-role = Se estira cuando un calambre de pantorrilla encoge los dedos hacia abajo (no se anima: el modelo no tiene articulaciones en los dedos).

extensor_hallucis_longus =
    .name = músculo extensor largo del dedo gordo
    .description = Un músculo delgado, escondido entre el tibial anterior y el extensor de los dedos. Su tendón es el cordón que se ve en el empeine cuando usted levanta el dedo gordo.
    .synonyms = extensor largo del dedo gordo, extensor del dedo gordo, extensor propio del dedo gordo, EHL
    .origin = Mitad central de la cara delantera del peroné y membrana interósea.
    .insertion = Base del último hueso (falange distal) del dedo gordo.
    .action = Levanta el dedo gordo y ayuda a levantar el pie.
    .innervation = Nervio peroneo (fibular) profundo (L5, S1).
    .blood-supply = Arteria tibial anterior.
    .cramp-role = Se estira cuando un calambre de pantorrilla lleva el pie hacia abajo.

fibularis_longus =
    .name = músculo peroneo (fibular) largo
    .description = El músculo largo de la parte externa de la pierna. Su tendón se engancha por detrás del tobillo externo y cruza por debajo de la planta hasta el lado interno del pie.
    .synonyms = peroneo largo, peroneo lateral largo, fibular largo, peroneos, peroneo
    .origin = Cabeza y dos tercios superiores de la cara externa del peroné.
    .insertion = Cuneiforme medial y base del primer metatarsiano, por debajo.
    .action = Gira la planta hacia fuera (eversión), ayuda a llevar el pie hacia abajo y sostiene los arcos del pie.
    .innervation = Nervio peroneo (fibular) superficial (L5, S1, S2).
    .blood-supply = Arterias peronea (fibular) y tibial anterior.
    .cramp-role = Puede dar calambres a lo largo de la parte externa de la pierna y torcer el pie hacia fuera.

fibularis_brevis =
    .name = músculo peroneo (fibular) corto
    .description = Un músculo más corto, debajo del peroneo largo. Su tendón pasa por detrás del tobillo externo hasta el bulto del borde externo del pie (quinto metatarsiano).
    .synonyms = peroneo corto, peroneo lateral corto, fibular corto, peroneos, peroneo
    .origin = Dos tercios inferiores de la cara externa del peroné.
    .insertion = Tuberosidad de la base del quinto metatarsiano.
    .action = Gira la planta hacia fuera (eversión) y ayuda a llevar el pie hacia abajo.
    .innervation = Nervio peroneo (fibular) superficial (L5, S1, S2).
    .blood-supply = Arteria peronea (fibular).
    .cramp-role = Puede sumarse a un calambre de la parte externa de la pierna.

fibularis_tertius =
    .name = músculo peroneo (fibular) tercero
    .description = Un músculo pequeño de la parte delantera de la pierna, a menudo unido a la parte más baja del extensor largo de los dedos. Su tendón pasa por delante del tobillo externo hasta la parte de arriba del quinto metatarsiano. Algunas personas no lo tienen.
    .synonyms = peroneo tercero, peroneo anterior, fibular tercero, tercer peroneo
    .origin = Tercio inferior de la cara delantera del peroné y membrana interósea.
    .insertion = Cara de arriba (dorsal) de la base del quinto metatarsiano.
    .action = Levanta el pie (flexión dorsal) y gira la planta hacia fuera (eversión).
    .innervation = Nervio peroneo (fibular) profundo (L5, S1).
    .blood-supply = Arteria tibial anterior.
    .cramp-role = Se alarga, no se acorta, cuando un calambre de pantorrilla lleva el pie hacia abajo.

tibialis_anterior_tendon =
    .name = tendón del músculo tibial anterior
    .description = El tendón grueso que se ve en la parte delantera del tobillo cuando usted levanta el pie; va hasta el lado interno de la parte media del pie.
    .synonyms = tendón del tibial anterior, tendon del tibial anterior, tendón de la espinilla

extensor_hallucis_longus_tendon =
    .name = tendón del extensor largo del dedo gordo
    .description = Pasa por delante del tobillo y a lo largo del empeine hasta el dedo gordo.

extensor_digitorum_longus_tendon =
    .name = tendones del extensor largo de los dedos
    .description = Cuatro cintas que se abren en abanico sobre el empeine hacia los dedos pequeños.

fibularis_tendons =
    .name = tendones peroneos (fibulares)
    .description = Los dos tendones peroneos se curvan por detrás del tobillo externo: el del peroneo corto va al quinto metatarsiano, y el del peroneo largo sigue por debajo de la planta.
    .synonyms = tendones peroneos, tendón del peroneo largo, tendón del peroneo corto, tendones fibulares, tendon peroneo

flexor_tendons =
    .name = tendones flexores profundos
    .description = Los tendones del tibial posterior, del flexor largo de los dedos y del flexor largo del dedo gordo pasan por detrás del tobillo interno (el túnel tarsiano) hacia la planta.
    .synonyms = tendón del tibial posterior, tendón del flexor largo de los dedos, tendón del flexor largo del dedo gordo, túnel tarsiano, tunel tarsiano

tibial_nerve =
    .name = nervio tibial
    .description = El nervio de la pantorrilla: baja por el centro de la parte de atrás de la rodilla, pasa por debajo del sóleo y por detrás del tobillo interno hasta la planta. Lleva las señales que hacen que los músculos de la pantorrilla se contraigan, incluidas las ráfagas de descargas durante un calambre.
    .synonyms = rama del nervio ciático, ciático, ciatico, nervio ciático poplíteo interno, nervio de la pantorrilla

common_fibular_nerve =
    .name = nervio peroneo (fibular) común
    .description = Rodea el cuello del peroné justo bajo la piel, donde se comprime o se lesiona con facilidad, y después llega a los músculos de la parte delantera y de la parte externa de la pierna.
    .synonyms = nervio peroneo común, nervio peroneo, nervio fibular común, nervio ciático poplíteo externo, ciatico popliteo externo

popliteal_artery =
    .name = arteria poplítea
    .description = La arteria principal de detrás de la rodilla, la más profunda del paquete de nervio, vena y arteria de esa zona. Por debajo de la rodilla se divide en las arterias tibiales anterior y posterior.

posterior_tibial_artery =
    .name = arteria tibial posterior
    .description = Lleva sangre a los músculos de la pantorrilla y a la planta del pie. Su pulso se nota por detrás del tobillo interno; el estrechamiento de las arterias de la pierna (enfermedad arterial periférica) deja a la pantorrilla sin suficiente sangre al caminar.
    .synonyms = pulso tibial posterior, tibial posterior

anterior_tibial_artery =
    .name = arteria tibial anterior
    .description = Pasa hacia delante a través de la membrana que hay entre los huesos de la pierna y baja por la parte delantera de la pierna; en el empeine pasa a ser la arteria dorsal del pie, cuyo pulso se toma cuando hay dudas sobre la circulación.
    .synonyms = arteria dorsal del pie, arteria pedia, pulso pedio, pulso dorsal del pie

great_saphenous_vein =
    .name = vena safena mayor
    .description = La vena larga de la superficie del lado interno de la pierna, desde delante del tobillo interno hasta la ingle. Las varices suelen afectar a esta vena o a sus ramas.
    .synonyms = safena interna, safena mayor, safena, varices, várices, venas varicosas

small_saphenous_vein =
    .name = vena safena menor
    .description = Una vena de la superficie que empieza detrás del tobillo externo y sube por el centro de la parte de atrás de la pantorrilla hasta la vena profunda de detrás de la rodilla.
    .synonyms = safena externa, safena menor, safena

popliteal_vein =
    .name = vena poplítea
    .description = La vena profunda de detrás de la rodilla, justo detrás de su arteria. Se forma al unirse las venas profundas de la pantorrilla, y en ella desemboca la vena safena menor. Un coágulo en esta vena o en las venas profundas de la pantorrilla es una trombosis venosa profunda (TVP).
    .synonyms = vena profunda de detrás de la rodilla, trombosis venosa profunda, trombosis, tvp, dvt, coágulo, coagulo

posterior_tibial_vein =
    .name = venas tibiales posteriores
    .description = Un par de venas profundas, una a cada lado de la arteria tibial posterior, por debajo del sóleo. Cuando los músculos de la pantorrilla trabajan, las aprietan y bombean la sangre hacia arriba, hacia el corazón. Son un lugar frecuente de inicio de una trombosis venosa profunda (TVP).
    .synonyms = venas profundas de la pantorrilla, trombosis venosa profunda, trombosis, tvp, dvt, coágulo, coagulo

fibular_vein =
    .name = venas peroneas (fibulares)
    .description = Un par de venas profundas junto a la arteria peronea (fibular), que bajan por la parte de atrás del peroné, debajo del flexor largo del dedo gordo. Desembocan en las venas tibiales posteriores. Aquí puede empezar una trombosis venosa profunda (TVP).
    .synonyms = venas peroneas, venas fibulares, venas profundas de la pantorrilla, trombosis venosa profunda, trombosis, tvp, dvt, coágulo, coagulo

anterior_tibial_vein =
    .name = venas tibiales anteriores
    .description = Un par de venas profundas junto a la arteria tibial anterior, en la parte delantera de la pierna. Pasan hacia atrás a través de la membrana que hay entre los huesos de la pierna y se unen a la vena poplítea.
    .synonyms = venas profundas de la parte delantera de la pierna, venas tibiales

skin =
    .name = piel
    .description = El contorno de la pierna. Un músculo con calambre se puede ver y notar bajo la piel como un bulto duro y apelotonado.
    .synonyms = piel, superficie, contorno, silueta
