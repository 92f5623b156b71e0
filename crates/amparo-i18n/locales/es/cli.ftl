## Línea de comandos de amparo: mensajes, resúmenes y confirmaciones. Español.
## Los comandos, opciones y valores que se escriben ("amparo review list", --force) quedan
## iguales en los dos idiomas.

cli-error = error: { $message }
cli-warning = aviso: { $message }
cli-note = nota: { $message }
cli-cannot-start = no se pudo iniciar: { $reason }
cli-no-registry = { $message }: ejecute `amparo init` para crear uno, o indique --db
cli-saved-but = el trabajo del comando quedó guardado, pero { $reason }
cli-written-to = escrito en { $path }
cli-next = siguiente paso: { $command }

cli-status-title = Situación al { $date } ({ $persons } personas en el registro)
cli-status-in-prison = en prisión (detenidos o desaparecidos): { $count }
cli-status-deprived = privados de libertad (prisión + arresto domiciliario): { $count }
cli-describe-since = desde { $date }
cli-describe-at = en { $facility }
cli-describe-reported-by = (informado al { $date })
cli-describe-announced = (excarcelación anunciada)
cli-describe-conflicts = { $count ->
    [one] (1 conflicto)
   *[other] ({ $count } conflictos)
}

cli-person-merged-into = fusionada en
cli-person-merged-into-value = { $id } (sus hechos se muestran allí)
cli-person-also-written = también escrito
cli-person-national-id = cédula
cli-person-nationality = nacionalidad
cli-person-roles = ocupación
cli-person-status = Situación al { $date }: { $status }
cli-person-retracted = [retractado]
cli-person-conflicts = Contradicciones entre fuentes:
cli-person-legend = * = los hechos que decidieron la situación
cli-person-duplicate = probablemente la misma persona que { $id } { $name } (puntaje { $score }): verifique y, si lo es, fusione con `amparo person merge { $id } { $new } --reason ...`
cli-person-force = { $message } (--force MOTIVO)
cli-person-edited = editada: { $name } ({ $id })
cli-person-none = no se encontró ninguna persona
cli-person-showing = se muestran { $first } a { $last } de { $total } (--limit N, --offset N, --all)
cli-person-merged = { $from } fusionada en { $into } (se deshace con `amparo person unmerge { $from } --reason ...`)
cli-person-unmerged = fusión deshecha: { $id }
cli-person-no-duplicates = no hay posibles duplicados
cli-person-merge-with = para fusionar: amparo person merge DESTINO ORIGEN --reason ...

cli-verification-announced = anunciado
cli-verification-reported = reportado
cli-verification-corroborated = corroborado
cli-verification-verified = verificado

cli-fact-retracted = retractado: { $id }
cli-fact-facility-note = { $note } (agréguelo con `amparo facility add --name ...`)
cli-fact-proposed = propuesto: espera en la cola de revisión (amparo review list)

cli-import-head = { $file }: { $result } ({ $format }, { $encoding })
cli-import-rows = filas { $rows } = creadas { $created } + coincidentes { $matched } + en revisión { $queued } + rechazadas { $rejected }   ({ $blank } filas vacías omitidas, { $facts } hechos)
cli-import-observations = { $count } filas solo daban una situación sin fecha propia: se registraron como la situación de la persona a la fecha de la lista, no como un cambio ese día
cli-import-columns-read = columnas leídas: { $columns }
cli-import-columns-ignored = columnas no reconocidas (guardadas en las notas de las personas; asígnelas con --mapping): { $columns }
cli-import-matched = la línea { $line } coincide con { $name } ({ $person })
cli-import-more-matched = … y { $count } filas coincidentes más (--json lista todas las líneas)
cli-import-cell-warnings = { $count } celdas no se pudieron leer: guardadas en las notas; las filas donde importaba pasaron a revisión
cli-import-rejected = línea { $line } rechazada: { $reason }
cli-import-rejects-file = rechazos escritos en { $path }
cli-import-reading = leyendo { $file }
cli-import-matching = comparando { $rows } filas con el registro
cli-import-writing = escribiendo
cli-import-cannot-write = no se puede escribir { $path } (elija otro lugar con --rejects RUTA)

cli-review-no-date = sin fecha
cli-review-according-to = según { $who }
cli-review-announced-by = anunciado por { $who }
cli-review-known = persona conocida { $id } (coincidencia { $score })
cli-review-new-maybe = nueva: { $name } (quizás { $match })
cli-review-new = nueva: { $name }
cli-review-none = { $state ->
    [accepted] no hay propuestas aceptadas
    [rejected] no hay propuestas rechazadas
   *[other] no hay propuestas por revisar
}
cli-review-proposes = propone
cli-review-source = fuente
cli-review-sentence = oración
cli-review-note = nota
cli-review-decided = decidida
cli-review-accepted = aceptada: { $fact }
cli-review-edited = corregida y aceptada: { $fact }
cli-review-rejected = rechazada: { $id }
cli-review-needs-date = { $message }: `amparo review edit { $id } --date AAAA[-MM[-DD]]`

cli-init-ready = registro listo en { $db } ({ $added } centros de reclusión agregados al nomenclátor, { $known } ya estaban)
cli-migrated = esquema al día
cli-verified = verificado: { $entries } entradas de auditoría encadenadas, { $rows } filas coinciden con sus hashes registrados
cli-verified-checkpoint = el registro de auditoría coincide con el punto de control de la entrada { $seq } firmado el { $at }
cli-verify-failed = la verificación FALLÓ: { $count } problema(s)
cli-backup-written = copia de seguridad escrita en { $path }

cli-announcement-none = no hay anuncios registrados
cli-announcement-withdrawn = retirado: { $id }
cli-claim-none = no hay cifras registradas
cli-claim-as-of = al { $date }
cli-claim-period = del { $from } al { $to }

cli-demo-try = El registro de demostración es { $path }. Pruebe:
cli-audit-entry = entrada de auditoría { $seq }
cli-review-claim = Cifra
cli-review-announcement = Anuncio
cli-review-state-proposed = propuesta
cli-review-state-accepted = aceptada
cli-review-state-rejected = rechazada

cli-import-result-imported = importada
cli-ingest-result-ingested = incorporado
cli-ingest-proposals = { $count } propuesta(s) en la cola de revisión ({ $linked } vinculadas a personas conocidas, { $accepted } aceptadas, { $skipped } hecho(s) sin tipo)
cli-ingest-claims = { $count } cifra(s) o anuncio(s) que el texto afirma, entre esas propuestas
cli-ingest-not-accepted = no aceptada: { $why }

## amparo extract y amparo eval: lo que el extractor leyó en un texto de noticias, y cuánto
## acierta contra un conjunto de referencia. Las fechas quedan como el texto las da
## (AAAA[-MM[-DD]]); nombres, lugares, condiciones y cargos, como están escritos.
cli-cannot-read = no se puede leer { $path }
cli-not-utf8 = { $path } no es texto UTF-8
cli-text-lang-invalid = idioma del texto no válido «{ $given }»: se espera es o en
cli-text-too-large = el texto tiene { $bytes } bytes y la extracción lee como máximo { $limit }: divídalo en artículos o listas
cli-extract-header = idioma: { $language }   publicado: { $published }
cli-extract-published-unknown = fecha desconocida
cli-extract-language-es = español
cli-extract-language-en = inglés
cli-extract-detainees = detenidos: { $count }
cli-extract-also = también: { $names }
cli-extract-conditions = condiciones: { $text }
cli-extract-charges = cargos: { $text }
cli-extract-not-detainees = nombrados, pero no detenidos:
cli-extract-out-of-scope = fuera del alcance del registro:
cli-extract-counts = cifras:
cli-extract-organizations = organizaciones: { $names }
cli-extract-places = lugares: { $names }
cli-extract-event-arrest = { fact-arrest }
cli-extract-event-detention = { fact-detention }
cli-extract-event-release = { fact-release }
cli-extract-event-conditional-release = { fact-release } { release-conditional }
cli-extract-event-house-arrest = Arresto domiciliario
cli-extract-event-transfer = { fact-transfer }
cli-extract-event-sentence = { fact-sentence }
cli-extract-event-charge = { fact-charge }
cli-extract-event-death-in-custody = { fact-death-in-custody }
cli-extract-event-disappearance = { fact-whereabouts-unknown }
cli-extract-event-exile = Exilio
cli-extract-event-expulsion = Expulsión
cli-extract-certainty-requested = solo pedido
cli-extract-certainty-announced = anunciado, sin confirmar
cli-extract-certainty-attempted = solo intentado
cli-extract-certainty-disputed = cuestionado por otra fuente
cli-extract-why-relative = familiar
cli-extract-why-official = autoridad o funcionario
cli-extract-why-source = fuente de la noticia
cli-extract-why-mentioned = mencionado, sin hecho de custodia en el texto
cli-extract-why-out-of-scope = detenido por un Estado extranjero o por un delito común o de corrupción: no es un detenido político
cli-extract-count-political-prisoners = presos políticos
cli-extract-count-released = excarcelados
cli-extract-count-to-be-released = por excarcelar
cli-extract-count-detained = detenidos
cli-extract-count-persons = personas
cli-extract-role-blogger = bloguero
cli-extract-role-engineer = ingeniero
cli-extract-role-security-analyst = analista de seguridad
cli-extract-role-tourist = turista
cli-eval-extract-title = { $texts ->
    [one] Evaluación de la extracción sobre 1 texto
   *[other] Evaluación de la extracción sobre { $texts } textos
}
cli-eval-total = total
cli-eval-person-p = personas: precisión
cli-eval-person-r = personas: exhaustividad
cli-eval-person-f1 = personas: F1
cli-eval-event-p = hechos (persona y tipo): precisión
cli-eval-event-r = hechos (persona y tipo): exhaustividad
cli-eval-event-f1 = hechos (persona y tipo): F1
cli-eval-date-acc = fechas correctas de los hechos hallados
cli-eval-count-p = cifras: precisión
cli-eval-count-r = cifras: exhaustividad
cli-eval-vague-kept = cantidades vagas que quedan vagas
cli-eval-negatives = no detenidos tomados por detenidos
cli-eval-errors = textos que no se pudieron leer
cli-eval-ner-type = tipo
cli-eval-precision = precisión
cli-eval-recall = exhaustividad
cli-eval-f1 = F1
cli-eval-ner-speed = { $rate } palabras/s

cli-source-title = título
cli-source-published = publicada
cli-source-language = idioma
cli-source-reliability = confiabilidad

cli-key-none = sin clave de firma: defina AMPARO_KEY con la ruta de un archivo (lejos de la base de datos) para firmar puntos de control
cli-key-made = clave de firma creada en { $path } (clave pública { $key }); guárdela, con sus puntos de control al lado, lejos de las copias del registro
cli-key-kept = clave de firma conservada en { $path } (clave pública { $key }); guárdela, con sus puntos de control al lado, lejos de las copias del registro
cli-checkpoint-signed = punto de control firmado: entrada de auditoría { $seq } ({ $hash }) el { $at }
cli-checkpoint-nothing = nada que firmar: la cabeza ya está firmada, o el registro de auditoría está vacío
cli-export-table = exportadas { $count } personas, situación al { $date }
cli-export-records = exportados { $count } registros hasta la entrada de auditoría { $head }
cli-export-records-signed = exportados { $count } registros hasta la entrada de auditoría { $head }, firmados por { $key }
cli-export-verified = exportación verificada: firmada por { $key } el { $at }; { $entries } entradas de auditoría encadenadas, { $rows } filas coinciden con sus hashes registrados
cli-export-failed = la verificación de la exportación FALLÓ: { $count } problema(s)
cli-restored = restaurado desde { $from ->
    [backup] la copia de seguridad
    [export] la exportación
   *[other] { $from }
} { $file }: { $audit } entradas de auditoría, { $sources } fuentes, { $persons } personas, { $facts } hechos, { $retractions } retractaciones, { $proposals } propuestas, { $facilities } centros de reclusión, { $announcements } anuncios, { $claims } cifras, { $checkpoints } puntos de control

cli-serve-demo = Registro de demostración: personas inventadas escritas en { $db }
cli-serve-no-article = No está el artículo de enero de 2026 (se buscó ../{ $article }): se sirven solo las personas inventadas.
cli-serve-article = Se incorporó el artículo { $path }: { $accepted } propuestas aceptadas por el revisor de demostración, { $left } quedan en la cola de revisión.
cli-serve-serving = amparo sirve { $count } personas en { $url } (Ctrl-C para detenerlo)
cli-serve-stopped = amparo se detuvo.

## Cuentas y tokens
cli-user-password-prompt = Contraseña (12 caracteres como mínimo):
cli-user-password-again = La misma contraseña otra vez:
cli-user-password-unreadable = no se puede leer la contraseña
cli-user-password-differ = las dos contraseñas no coinciden
cli-user-disabled-tag = desactivada
cli-user-since = desde { $date }
cli-user-added = cuenta { $login } creada ({ $role })
cli-user-password-changed = contraseña de { $login } cambiada; sus sesiones terminaron
cli-user-role-set = { $login } tiene ahora el rol { $role }
cli-user-disabled = { $login } está desactivada; sus sesiones terminaron
cli-user-none = todavía no hay cuentas: cree la primera administradora con `amparo user add USUARIO --role admin`
cli-token-added = token { $login } ({ $role }): se muestra solo esta vez; guárdelo en secreto
cli-token-revoked-tag = revocado el { $date }
cli-token-made = creado por { $by } el { $date }
cli-token-none = todavía no hay tokens
cli-token-revoked = token { $login } revocado

## Errores al leer la línea de comandos.
cli-parse-unknown-command = «{ $arg }» no es un comando de amparo
cli-parse-unknown-argument = «{ $arg }» no es una opción de este comando
cli-parse-invalid-value = { $value } no vale para { $arg }
cli-parse-missing = falta { $arg }
cli-parse-too-many = sobra «{ $arg }»
cli-parse-other = no se entiende la línea de comandos: { $detail }
cli-parse-did-you-mean = ¿quiso decir «{ $suggestion }»?
cli-parse-usage = uso: { $usage }
cli-parse-more = para saber más: { $command } --help
