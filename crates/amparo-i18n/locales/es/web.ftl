## amparo web: Spanish (the default language).
## Dates come in words from date-day / date-month; $sex is female, male or other.

site-name = amparo
site-tagline = Registro de personas detenidas por razones políticas
nav-lookup = Buscar a una persona
nav-figures = Cifras
nav-api = API
lang-switch = English
lang-switch-label = Read this page in English
skip-to-content = Ir al contenido
demo-banner = Datos de demostración: las personas de este registro son inventadas.
footer-about = amparo registra cada dato con su fuente. Que una persona no aparezca aquí no prueba que esté libre.
footer-contact = Contacto con la organización: { $contact }

month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
date-day = { $day } de { $month } de { $year }
date-month = { $month } de { $year }

lookup-title = Buscar a una persona
lookup-intro = Escriba el nombre y apellidos (con o sin acentos, en cualquier orden) o el número de cédula.
lookup-label = Nombre o cédula
lookup-button = Buscar
lookup-hint = Ejemplos: «Ines Quevedo», «QUEVEDO LARA, INÉS», o el número de cédula con o sin puntos.
lookup-results = { $count ->
    [one] Una persona coincide con su búsqueda.
   *[other] { $count } personas coinciden con su búsqueda.
}
lookup-results-cedula = Resultado de la búsqueda por número de cédula (el número no se muestra).
lookup-none-title = No encontramos a nadie con esos datos.
lookup-none-meaning = Que una persona no aparezca aquí no prueba que esté libre: puede que aún no esté registrada, que su nombre esté escrito de otra forma o que su familia haya pedido no publicarlo.
lookup-none-contact = Si busca a un familiar, escriba a la organización: { $contact }. Le responderemos directamente.
lookup-too-short = Escriba al menos dos letras o un número de cédula.
lookup-since = Desde
lookup-last-verified = Última verificación
lookup-not-verified = aún sin verificar por la organización
lookup-sources = { $count ->
    [one] Una fuente
   *[other] { $count } fuentes
}
lookup-publishers = Publicado por
lookup-open = Ver su historia
lookup-initials-note = Se muestran solo sus iniciales a pedido de su familia.

status-in-custody = { $sex ->
    [female] Detenida
    [male] Detenido
   *[other] Detenido/a
} { $precision ->
    [day] desde el { $date }
    [none] (se desconoce desde cuándo)
   *[other] desde { $date }
}
status-house-arrest = En arresto domiciliario { $precision ->
    [day] desde el { $date }
    [none] (se desconoce desde cuándo)
   *[other] desde { $date }
}
status-released-with-measures = { $sex ->
    [female] Excarcelada
    [male] Excarcelado
   *[other] Excarcelado/a
} { $precision ->
    [day] el { $date }
    [none] (se desconoce la fecha)
   *[other] en { $date }
}
status-released-fully = En libertad plena { $precision ->
    [day] desde el { $date }
    [none] (se desconoce desde cuándo)
   *[other] desde { $date }
}
status-whereabouts-unknown = Paradero desconocido { $precision ->
    [day] desde el { $date }
    [none] (se desconoce desde cuándo)
   *[other] desde { $date }
}
status-deceased = { $sex ->
    [female] Fallecida
    [male] Fallecido
   *[other] Fallecido/a
} bajo custodia { $precision ->
    [day] el { $date }
    [none] (se desconoce la fecha)
   *[other] en { $date }
}
status-in-exile = { $sex ->
    [female] Excarcelada y enviada
    [male] Excarcelado y enviado
   *[other] Excarcelado/a y enviado/a
} al exilio { $precision ->
    [day] el { $date }
    [none] (se desconoce la fecha)
   *[other] en { $date }
}
status-unknown = Situación desconocida
status-at-facility = en { $facility }
status-observed = según una lista del { $date } (se desconoce la fecha exacta del cambio)
status-release-announced = se anunció su excarcelación, aún sin confirmar
status-conflicts = las fuentes no coinciden en todo: vea su historia

measure-reporting = debe presentarse ante el tribunal cada { $days } días
measure-travel-ban = tiene prohibida la salida del país
measure-media-ban = tiene prohibido declarar a los medios
measure-house-arrest = está en arresto domiciliario
measure-house-arrest-monitor = está en arresto domiciliario con grillete electrónico
measure-bail = quedó bajo fianza
measure-other = { $text }

person-title = Historia de { $name }
person-status-today = Situación hoy
person-timeline = Cronología
person-timeline-intro = Cada dato con su fuente pública. Las fuentes privadas (testimonios) no se muestran.
person-no-facts = No hay datos públicos sobre esta persona.
person-nationality = Nacionalidad
person-roles = Ocupación
person-source = Fuente
person-verification = Verificación
person-retracted = Retirado: { $reason }
person-back = Volver a la búsqueda

fact-arrest = Detención
fact-detention = Sigue detenida/o
fact-transfer = Traslado
fact-release = Excarcelación
fact-re-arrest = Nueva detención
fact-whereabouts-unknown = Paradero desconocido
fact-whereabouts-confirmed = Paradero confirmado
fact-death-in-custody = Muerte bajo custodia
fact-charge = Imputación
fact-hearing = Audiencia
fact-sentence = Condena
fact-acquittal = Absolución
fact-dismissal = Sobreseimiento
fact-pardon = Indulto
fact-amnesty = Amnistía
fact-measure-imposed = Medida impuesta
fact-measure-lifted = Medida levantada
fact-recognition = Reconocimiento como preso político
fact-nationality = Nacionalidad
fact-role = Ocupación
release-full = libertad plena
release-conditional = con medidas cautelares
release-house-arrest = a arresto domiciliario
release-exile = al exilio o expulsión
verification-announced = anunciado, sin confirmar
verification-reported = informado por una fuente
verification-corroborated = confirmado por dos fuentes
verification-verified = verificado por la organización

figures-title = Cifras
figures-intro = Recuentos del registro a cualquier fecha. Cada cifra se calcula a partir de los datos con fuente; las personas ocultas se cuentan pero no se nombran.
figures-as-of = Fecha del balance
figures-from = Desde
figures-to = Hasta
figures-nationality = Nacionalidad (código ISO, p. ej. ES)
figures-facility = Centro de reclusión
figures-state = Estado
figures-apply = Ver cifras
figures-balance = Balance al { $date }
figures-scope = Alcance
figures-in-prison = En prisión
figures-in-prison-note = Bajo custodia o con paradero desconocido (criterio de las ONG).
figures-deprived = Privadas de libertad
figures-deprived-note = En prisión o en arresto domiciliario.
figures-total = Total
figures-men = Hombres
figures-women = Mujeres
figures-civilians = Civiles
figures-military = Militares
figures-adults = Adultos
figures-minors = Menores de edad
figures-foreign = Extranjeros o con doble nacionalidad
figures-whereabouts-unknown = Paradero desconocido
figures-over-one-year = Detenidos hace más de un año
figures-convicted = Con condena
figures-unconvicted = Sin condena
figures-by-country = Por nacionalidad extranjera
figures-by-facility = Por centro de reclusión
figures-by-state = Por estado
figures-period = Movimientos del { $from } al { $to }
figures-releases = Excarcelaciones
figures-releases-full = En libertad plena
figures-releases-measures = Con medidas cautelares
figures-releases-house = A arresto domiciliario
figures-releases-exile = Al exilio
figures-arrests = Nuevas detenciones
figures-rearrests = Nuevas detenciones tras una excarcelación
figures-net-change = Cambio neto en prisión
figures-revolving-door = Puerta giratoria (detenciones por cada excarcelación)
figures-revolving-none = sin excarcelaciones en el periodo
figures-observed = Cambios informados por listas sin fecha propia
figures-series = Serie semanal
figures-series-note = Personas en prisión y privadas de libertad al final de cada semana.
figures-claims = Anuncios y cifras de otras fuentes frente al registro
figures-announcement = { $by } anunció el { $date }: { $promised }
figures-announcement-check = Excarcelaciones registradas desde entonces: { $recorded }; verificadas: { $verified }.
figures-claim = Según { $by }: { $claimed }
figures-claim-registry = El registro cuenta: { $registry }
figures-none = Ninguno
figures-download = Descargar
figures-download-csv = Balance en CSV
figures-download-json = Balance en JSON
figures-download-period-csv = Movimientos en CSV
figures-download-series-csv = Serie en CSV
figures-unknown-place = (desconocido)
figures-at-home = (arresto domiciliario)

error-title = Algo salió mal
error-not-found = No existe esta página, o la persona no figura en el registro público.
error-invalid = La petición no es válida: { $detail }
error-too-many = Demasiadas peticiones seguidas. Espere { $seconds } segundos y vuelva a intentarlo.
error-too-large = Lo enviado supera el tamaño que el registro acepta. Envíelo en partes más pequeñas.
error-timeout = La petición tardó demasiado y se detuvo. Compruebe si lo enviado quedó guardado antes de repetirlo.
error-unavailable = El registro no puede responder ahora. Vuelva a intentarlo en unos minutos.
error-internal = Error interno. La organización ha sido avisada.

auth-title = Ingresar
auth-intro = Acceso para el equipo de documentación de la organización.
auth-login = Usuario
auth-password = Contraseña
auth-submit = Ingresar
auth-refused = Usuario o contraseña incorrectos.
auth-throttled = Demasiados intentos fallidos. Vuelva a intentarlo en { $minutes } minutos.
auth-form-expired = El formulario caducó o no es válido. Vuelva a cargar la página e inténtelo de nuevo.
auth-no-session = Necesita ingresar para hacer esto.
auth-sign-out = Salir
auth-token-needed = Esta operación necesita un token de la API válido (Authorization: Bearer).

## The API for programs (/api/v1, with a token).
api-forbidden = El rol de este token no permite hacer esto. Pida a un administrador un token con un rol que lo permita.
api-bad-id = El identificador en "{ $field }" no es válido: { $value }
api-version-needed = Falta la versión de la persona: lea la persona y envíe con el cambio la "version" que leyó.
api-stale-version = Otra persona cambió este registro después de leer la versión { $seen }. No se sobrescribió nada: vuelva a leer la persona, revise el cambio y envíelo con la versión nueva.
api-claim-half-period = Un período necesita su primer día ("from") y su último día ("to").
api-list-type = Una lista se envía como text/csv, text/tab-separated-values, el tipo de XLSX u ODS, o application/json; "{ $type }" no es ninguno de ellos.
api-list-publisher-needed = Falta quién publicó la lista (source_publisher).
api-list-date-needed = Falta la fecha de la lista (source_published).

## The documenters' workspace (/trabajo).
ws-nav-label = Espacio de trabajo
ws-nav-dashboard = Resumen
ws-nav-review = Cola de revisión
ws-nav-intake = Cargar noticias
ws-nav-log = Registro de cambios
ws-nav-public = Sitio público
ws-signed-in-as = Sesión de
ws-error-title = No se pudo hacer
ws-back-dashboard = Volver al resumen
ws-forbidden = Su rol no permite hacer esto. Pida a un administrador que lo cambie si lo necesita.
ws-not-found = No existe, o su rol no permite verlo.
ws-conflict = No se guardó: { $detail }
ws-csrf = El formulario caducó o no vino de esta página. Vuelva a abrir la página e inténtelo de nuevo.
ws-bad-id = El identificador no es válido.
ws-reason-needed = Falta el motivo: cada cambio queda en el registro con su porqué.
ws-version-needed = Falta la versión de la ficha: vuelva a abrir la página y guarde de nuevo.
ws-stale-version = Otra persona guardó cambios en esta ficha después de que usted la abriera. No se sobrescribió nada: vuelva a abrir la página, revise sus cambios y guárdelos de nuevo.
ws-role-may-not-edit = Su rol permite consultar, no cargar ni corregir datos.
ws-showing = Del { $from } al { $to } de { $total }
ws-newer = ← Más recientes
ws-older = Más antiguos →
ws-reason = Motivo
ws-save = Guardar
ws-date = Fecha
ws-note = Aviso
ws-when = Cuándo
ws-who = Quién
ws-what = Qué
ws-why = Por qué
ws-change = { $action } ({ $entity })
ws-actor-local = { $name } (línea de órdenes)
ws-actor-token = token de la API { $name }
ws-actor-unknown = (sin nombre)
ws-action-create = creó
ws-action-update = corrigió
ws-action-retract = retiró
ws-action-review = decidió
ws-action-merge = fusionó
ws-action-unmerge = separó
ws-action-import = importó
ws-entity-source = fuente
ws-entity-person = persona
ws-entity-fact = dato
ws-entity-retraction = retirada
ws-entity-facility = centro de reclusión
ws-entity-announcement = anuncio
ws-entity-claim = cifra
ws-entity-proposal = propuesta
ws-entity-merge = fusión
ws-entity-account = cuenta
ws-dashboard-title = Resumen de hoy
ws-queue-size = { $count ->
    [0] No hay propuestas por revisar.
    [one] Una propuesta por revisar.
   *[other] { $count } propuestas por revisar.
}
ws-open-review = Abrir la cola de revisión
ws-recent = Últimos cambios
ws-log-all = Ver todo el registro de cambios
ws-log-title = Registro de cambios
ws-log-intro = Cada cambio del registro, quién lo hizo, cuándo y por qué. Nada se borra: las correcciones se añaden.
ws-review-title = Cola de revisión
ws-review-viewer = Su rol permite ver la cola, no decidir sobre las propuestas.
ws-queue-empty = No hay propuestas por revisar.
ws-new-proposals = { $count ->
    [0] El texto no dio propuestas nuevas.
    [one] Una propuesta nueva.
   *[other] { $count } propuestas nuevas.
}
ws-accepted = Propuesta aceptada.
ws-rejected = Propuesta rechazada.
ws-accept = Aceptar
ws-accept-reason = aceptada en el espacio de trabajo
ws-reject = Rechazar
ws-reject-reason = Motivo del rechazo
ws-no-date = el texto no la dice
ws-date-needed = Fecha (el texto no la dice)
ws-new-person = Persona nueva: { $name }
ws-linked = Vinculada a la ficha de
ws-candidate = Puede ser
ws-score = coincidencia
ws-side-proposal = Según la propuesta
ws-side-registry = En el registro
ws-verdict = Coinciden
ws-verdict-agree = sí
ws-verdict-disagree = no
ws-verdict-unknown = sin dato
ws-field-name = Nombre
ws-field-aliases = Otros nombres (uno por línea)
ws-field-national-id = Cédula
ws-field-birth-date = Fecha de nacimiento
ws-field-sex = Sexo
ws-field-visibility = Visibilidad
ws-field-high-profile = Caso de alto perfil
ws-field-contacts = Contactos de la familia o abogado (restringido)
ws-field-notes = Notas internas (restringido)
ws-sex-none = (sin dato)
ws-sex-female = mujer
ws-sex-male = hombre
ws-sex-other = otro
ws-visibility-public = pública
ws-visibility-initials = solo iniciales
ws-visibility-hidden = oculta
ws-review-proposed = propuesto, por revisar
ws-review-accepted = aceptado
ws-review-rejected = rechazado
ws-intake-title = Cargar noticias
ws-intake-intro = Pegue el texto de una noticia o suba un archivo de texto. Se guarda como fuente y lo que dice pasa a la cola de revisión: nada se publica sin revisar.
ws-intake-text = Texto de la noticia
ws-intake-file = O un archivo de texto
ws-intake-publisher = Medio o quien lo publica
ws-intake-published = Fecha de publicación
ws-intake-url = Dirección (URL)
ws-intake-kind = Tipo de fuente
ws-intake-submit = Cargar y proponer
ws-intake-nothing = No llegó ningún texto: pegue uno o elija un archivo.
ws-intake-publisher-needed = Falta quién lo publica.
ws-pasted-text = texto pegado
ws-kind-news-article = noticia
ws-kind-ngo-list = lista de una ONG
ws-kind-official-statement = declaración oficial
ws-kind-court-record = documento judicial
ws-kind-testimony = testimonio (privado)
ws-kind-consular-note = nota consular
ws-person-title = Persona
ws-status-why = Lo deciden:
ws-reason-line = { $fact }, { $date } (según { $sources })
ws-conflict-label = Las fuentes no coinciden
ws-decides = decide la situación
ws-recorded-by = registrado por
ws-retracted = retirado
ws-retract = Retirar este dato
ws-edit-title = Corregir la ficha
ws-merge-title = Fusionar con otra persona
ws-merge-intro = Si es la misma persona que otra ficha, sus datos pasan a mostrarse en aquella. Se puede deshacer.
ws-merge-into = Identificador de la otra persona
ws-merge = Fusionar
ws-merged-into = Esta ficha está fusionada en otra persona.
ws-merged-open = Abrir la ficha que la contiene
ws-unmerge-title = Deshacer la fusión
ws-unmerge = Separar
ws-done-editada = Cambios guardados.
ws-done-retirado = Dato retirado: queda en la historia y ya no cuenta.
ws-done-fusionada = Fichas fusionadas.
ws-done-separada = Fusión deshecha.
ws-source-title = Fuente
ws-source-citing = Datos que la citan
ws-source-no-facts = Ningún dato cita esta fuente todavía.
ws-source-original = Original guardado
ws-source-no-original = No se guardó el texto original de esta fuente.
ws-source-unmarked = Algunos fragmentos citados no aparecen tal cual en el original y no están marcados.
ws-nav-persons = Personas
ws-nav-lists = Cargar listas
ws-nav-claims = Anuncios y cifras
ws-more = Más resultados →
ws-persons-title = Personas
ws-persons-search = Nombre, alias o cédula
ws-person-new = Registrar a una persona
ws-person-create = Registrar
ws-likely-duplicate = Puede que esta persona ya estuviera registrada.
ws-likely-duplicate-open = Ver la ficha parecida
ws-done-creada = Persona registrada.
ws-done-dato = Dato registrado.
ws-done-propuesto = Dato propuesto: espera en la cola de revisión.
ws-fact-new = Añadir un dato
ws-fact-new-intro = Rellene solo los campos que correspondan al tipo de dato (p. ej., medidas solo para una excarcelación). Fechas como 2026-01-08, 2026-01 o 08/01/2026.
ws-fact-kind = Tipo de dato
ws-fact-source-id = O el identificador de la fuente
ws-fact-source-needed = Falta la fuente: elija una o escriba su identificador.
ws-fact-release-kind = Tipo de excarcelación
ws-fact-measures = Medidas (reporting:30, travel-ban, media-ban, house-arrest, bail)
ws-fact-offences = Delitos imputados (separados por comas)
ws-fact-agency = Cuerpo que detuvo
ws-fact-excerpt = Fragmento de la fuente que lo dice
ws-fact-proposed = Proponerlo para que otra persona lo revise
ws-fact-add = Añadir el dato
ws-lists-title = Cargar una lista
ws-lists-intro = Una lista de una ONG o de un tribunal (CSV, XLSX, ODS o JSON). Cada fila termina en una persona nueva, en una ya registrada, en la cola de revisión si la coincidencia es dudosa, o rechazada con su línea y motivo.
ws-lists-file = Archivo de la lista
ws-lists-date = Fecha de la lista
ws-lists-name = Nombre de la lista
ws-lists-submit = Cargar la lista
ws-lists-no-file = Falta el archivo de la lista.
ws-lists-already = Esta lista ya se había cargado: no se añadió nada.
ws-lists-summary = { $rows } filas: { $created } personas nuevas, { $matched } ya registradas, { $queued } en la cola de revisión, { $rejected } rechazadas.
ws-lists-lines = Qué pasó con cada fila
ws-lists-more = Filas no mostradas:
ws-lists-rejects = Filas rechazadas
ws-lists-download = Descargar las filas rechazadas (CSV)
ws-lists-reading = Leyendo la lista…
ws-lists-matching = Buscando en el registro a las personas de { $rows } filas…
ws-lists-writing = Escribiendo: { $done } de { $total } cambios guardados.
ws-lists-refreshes = Esta página se actualiza sola cada dos segundos; cuando la carga termine, mostrará qué pasó con cada fila. Puede cerrarla: la carga sigue.
ws-lists-job-gone = Esta carga no existe o ya no se guarda (los resultados se guardan una hora). Las personas que se cargaron siguen en el registro.
ws-line = Línea
ws-column = Columna
ws-value = Valor
ws-line-created = persona nueva
ws-line-matched = ya registrada
ws-line-queued = en la cola de revisión
ws-claims-title = Anuncios y cifras de otras fuentes
ws-claims-intro = Lo que anuncian las autoridades y las cifras que dan otras fuentes, para compararlas con las del registro en la página de cifras.
ws-announcements = Anuncios de excarcelaciones
ws-claims = Cifras de otras fuentes
ws-claim-line = Según { $by }: { $claimed } ({ $subject }{ $when })
ws-subject-held = detenidos
ws-subject-released = excarcelados
ws-subject-arrested = nuevas detenciones
ws-subject-deaths-in-custody = muertes bajo custodia
ws-subject-disappeared = desaparecidos
ws-withdraw = Retirar
ws-announcement-new = Registrar un anuncio
ws-announcement-add = Registrar el anuncio
ws-claim-new = Registrar una cifra
ws-claim-add = Registrar la cifra
ws-claim-by = Quién lo dice
ws-claim-number = Número
ws-claim-vague = O las palabras usadas («un número importante»)
ws-claim-description = Descripción
ws-claim-subject = De qué
ws-claim-as-of = A la fecha de
ws-correct-first = Corregir antes de aceptar
ws-correct-person = Otra persona del registro (identificador)
ws-fact-supersedes = Corrige (sustituye) a este dato

## Notas guardadas con las propuestas (como claves, para que cada lector las vea en su idioma)
note-release-conditions-unknown = el texto no dice si la excarcelación tiene condiciones: compruébelo antes de aceptar
note-count-stated = una cifra que da el texto ({ $value })
note-proposed-by-documenter = registrado por un documentador como propuesta, para una segunda revisión
