//! issue 13, fifty-seventh round: what blind79 (read once spent) showed the rules missed, written
//! anew with invented names.

#[test]
fn issue_13_a_member_s_own_apposition_closed_by_a_semicolon_keeps_the_list() {
    let x = crate::run(
        "También quedaron en libertad el exconcejal Rigoberto Lameda Piña, detenido en Carora en \
marzo de 2024; la enfermera Yolimar Tovar, y el sargento retirado Amílcar Rojas Vivas.",
        "2025-07-22",
    );
    assert_eq!(crate::kinds_of(&x, "Yolimar Tovar"), ["release"], "{x:#?}");
    assert_eq!(
        crate::kinds_of(&x, "Amílcar Rojas Vivas"),
        ["release"],
        "{x:#?}"
    );
    // (The apposition's own arrest is its member's alone.)
    assert!(
        crate::kinds_of(&x, "Rigoberto Lameda Piña").contains(&"arrest"),
        "{x:#?}"
    );
    assert!(
        !crate::kinds_of(&x, "Yolimar Tovar").contains(&"arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_body_as_source_set_off_before_the_names_is_no_speaker() {
    let x = crate::run(
        "También fueron excarcelados, según la ONG, el exalcalde Teófilo Barazarte, la estudiante \
Dayerlin Useche y el obrero Nelson Ojeda Brito.",
        "2025-07-22",
    );
    for name in ["Teófilo Barazarte", "Dayerlin Useche", "Nelson Ojeda Brito"] {
        assert!(
            crate::kinds_of(&x, name).contains(&"release"),
            "{name}: {x:#?}"
        );
    }
    // (A person as the source still speaks: "Según su defensora, la abogada X, …".)
    let x = crate::run(
        "Rómulo Vielma fue presentado ante un tribunal. Según su defensora, la abogada Zoraida \
Pimentel Lugo, le imputaron terrorismo.",
        "2025-07-22",
    );
    assert!(crate::no_events(&x, "Zoraida Pimentel Lugo"), "{x:#?}");
}

#[test]
fn issue_13_the_rest_of_a_list_completed_in_a_later_sentence_shares_its_event() {
    let x = crate::run(
        "Siete extranjeros fueron liberados el domingo. Los peruanos son Ulises Cárdenas y \
Miguel Ángel Yupanqui. Completan la lista el chileno Bastián Orellana, el uruguayo Martín \
Sosa Pereyra y el boliviano Rodrigo Quispe Mamani.",
        "2025-07-22",
    );
    for name in [
        "Bastián Orellana",
        "Martín Sosa Pereyra",
        "Rodrigo Quispe Mamani",
    ] {
        assert!(
            crate::kinds_of(&x, name).contains(&"release"),
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_list_the_story_points_ahead_to_takes_the_story_s_event() {
    let x = crate::run(
        "Régimen destierra a Costa Rica a nueve presos políticos

Un vuelo llegó este miércoles a San José con un grupo de presos políticos.
La lista completa, tal como la leyó el tribunal, se publica al final de esta nota.

Poco después, el tribunal leyó en cadena nacional una resolución contra los nueve.
El canciller costarricense dijo que su país los recibió por razones humanitarias.
Una vocera del Mecanismo dijo que hay más familias afectadas. Otras siete familias pidieron no \
divulgar los nombres. El Mecanismo contaba 73 presos políticos a fines de agosto. Varias \
organizaciones calculan que más de 450 personas han perdido la nacionalidad.

ANEXO — LISTA LEÍDA POR EL TRIBUNAL

1. ORLANDO JOSÉ PALLAIS MENA
2. DORA MARÍA CENTENO LÓPEZ
3. JACINTO RAMÓN UBEDA",
        "2025-09-18",
    );
    assert!(
        crate::kinds_of(&x, "DORA MARÍA CENTENO LÓPEZ").contains(&"exile"),
        "{x:#?}"
    );
    // (Not a pointer over the first of several headed lists: each heading tells its own.)
    let x = crate::run(
        "Esta semana se registraron 5 excarcelaciones y 4 nuevas detenciones. A continuación se \
reseñan los casos cuyos familiares autorizaron publicar los nombres.

EXCARCELADOS

- Lucía Esther Manzano, docente. Excarcelada el 4 de noviembre.

CAMBIO DE MEDIDA

- Ovidio Salas Paredes, periodista. El 6 de noviembre se le otorgó una medida cautelar de \
presentación cada 30 días. Salió ese mismo día del Rodeo I.",
        "2025-11-08",
    );
    assert!(
        !crate::kinds_of(&x, "Ovidio Salas Paredes").contains(&"arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_masthead_over_the_page_s_menus_is_no_person() {
    let x = crate::run(
        "PERSPECTIVA ZULIANA
Inicio · Regionales · Nacionales · Deportes · Contacto
🔍 Buscar   |   ☀ 33°C Cabimas   |   Dólar BCV: Bs. 138,41

Excarcelan a dos sindicalistas de Cabimas

Los sindicalistas Onésimo Parra y Wuilmer Fonseca fueron excarcelados ayer.",
        "2025-08-21",
    );
    assert_eq!(x.persons.len(), 2, "{x:#?}");
    assert!(crate::person(&x, "PERSPECTIVA ZULIANA").is_none(), "{x:#?}");
}

#[test]
fn issue_13_a_name_after_a_municipality_of_two_words_is_a_person() {
    let x = crate::run(
        "El juez acordó arresto domiciliario para el concejal del municipio San Francisco \
Ernesto Lugo Paredes, detenido en febrero.",
        "2025-08-21",
    );
    assert!(
        crate::kinds_of(&x, "Ernesto Lugo Paredes").contains(&"house_arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_conditions_granted_to_them_are_of_the_group_freed_before() {
    let x = crate::run(
        "Tres activistas de Maracaibo fueron excarcelados ayer. Se trata de Nohely Ferrer, Jesús \
Urdaneta y Marbelis Paz. Los tres fueron imputados por instigación al odio. De acuerdo con la \
defensa, el tribunal les otorgó una medida cautelar de presentación cada 30 días.",
        "2025-08-21",
    );
    for name in ["Nohely Ferrer", "Jesús Urdaneta", "Marbelis Paz"] {
        assert!(
            crate::kinds_of(&x, name).contains(&"conditional_release"),
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_relative_set_off_before_an_exit_is_not_who_came_out() {
    let x = crate::run(
        "[FOTO] Ramona Quevedo abraza a su hijo, Luis Quevedo, a la salida del Centro de \
Arrestos y Detenciones Preventivas El Marite.",
        "2025-08-21",
    );
    assert!(crate::no_events(&x, "Luis Quevedo"), "{x:#?}");
    assert!(
        crate::kinds_of(&x, "Ramona Quevedo").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_table_of_moves_dates_each_row_s_move() {
    let x = crate::run(
        "Casos verificados (fechas en formato día/mes/año):

| N.º | Nombre | Origen | Destino | Fecha | Observaciones |
|---|---|---|---|---|---|
| 1 | Ramiro Antonio Pacheco | El Helicoide | Rodeo I | 01/08/2025 | Detenido desde 30/07/2024 |
| 2 | Yusleidy Carolina Mora | Zona 7 (Boleíta) | INOF | 04/08/2025 | Madre de dos niños |
| 3 | Wilmer José Bastardo | El Helicoide | su vivienda | 06/08/2025 | Arresto domiciliario |",
        "2025-08-14",
    );
    assert_eq!(
        crate::date_of(&x, "Yusleidy Carolina Mora", "transfer"),
        "2025-08-04",
        "{x:#?}"
    );
    let moved = crate::event_of(&x, "Ramiro Antonio Pacheco", "transfer").expect("moved");
    assert_eq!(moved.place.as_deref(), Some("Rodeo I"), "{x:#?}");
    // (A row that tells the person sent home tells no move.)
    let home = crate::kinds_of(&x, "Wilmer José Bastardo");
    assert!(
        home.contains(&"house_arrest") && !home.contains(&"transfer"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_subject_past_a_long_apposition_is_who_died() {
    let x = crate::run(
        "Su padre, Eustaquio Ramón Lobo Ferrer, de 61 años, exconcejal del municipio Cárdenas por \
un partido de oposición y maestro de escuela durante dos décadas, murió el domingo en el Hospital \
Militar, adonde había sido llevado desde la cárcel de Rodeo I.",
        "2025-11-05",
    );
    assert!(
        crate::kinds_of(&x, "Eustaquio Ramón Lobo Ferrer").contains(&"death_in_custody"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_hospital_one_was_taken_to_from_prison_a_clause_away_is_custody() {
    let x = crate::run(
        "El sindicalista Lisandro Coa murió el domingo en el Hospital Militar, en Caracas, adonde \
había sido llevado de urgencia el sábado desde la cárcel de Rodeo I, en Guatire.",
        "2025-11-05",
    );
    assert!(
        crate::kinds_of(&x, "Lisandro Coa").contains(&"death_in_custody"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_table_column_of_the_day_of_death_dates_a_death_in_custody() {
    let x = crate::run(
        "ANEXO 3. Personas fallecidas bajo custodia del Estado (enero – abril 2026)

N° | Nombre y apellido | Fecha de fallecimiento | Lugar | Observaciones
1 | Anselmo Rafael Quintero Mata | 19/02/2026 | Tocorón | 69 años. Detenido desde 08/2024.",
        "2026-05-04",
    );
    assert_eq!(
        crate::date_of(&x, "Anselmo Rafael Quintero Mata", "death_in_custody"),
        "2026-02-19",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_cell_wrapped_onto_a_line_of_its_own_keeps_the_table() {
    let x = crate::run(
        "Se reproduce a continuación una selección del listado general de presos políticos.

N°  NOMBRE                              SEXO  EDAD  DEPTO.       FECHA CAPTURA     CONDENA                         SITUACIÓN AL 31/08
1   Bayardo Antonio Centeno Ruiz        M     54    Masaya       14/03/2025        8 años (menoscabo a la          La Modelo, Tipitapa
                                                                                   integridad nacional)
2   Fátima Eugenia Urbina Lacayo        F     38    Managua      02/06/2025        Sin información                 La Esperanza
3   Eddy Ramón Rugama Loáisiga          M     33    Estelí       30/04/2025        10 años (propagación de         La Modelo
                                                                                   noticias falsas; conspiración)
4   Keyling Maritza Chavarría           F     24    Managua      11/02/2026        Sin condena                     Sin información",
        "2026-09-04",
    );
    assert!(
        crate::kinds_of(&x, "Keyling Maritza Chavarría").contains(&"arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_row_that_tells_nothing_but_its_prison_under_a_prisoners_title_is_held() {
    let x = crate::run(
        "El Centro de Documentación contabiliza 1.087 presos políticos en la Isla, con corte al 31 \
de marzo.

A continuación reproducimos la tabla de casos destacados del informe:

Nombre | Provincia | Fecha | Evento | Lugar
Yoandri Pupo Leyva | Holguín | 11/03/2026 | Condenado a 8 años | Prisión de Holguín
Yasmany Ortega Lamothe | Las Tunas | 27/03/2026 | Petición fiscal de 12 años por sedición | Prisión Provincial de Las Tunas",
        "2026-05-04",
    );
    assert!(
        crate::kinds_of(&x, "Yasmany Ortega Lamothe").contains(&"detention"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_lawyer_an_item_tells_acting_for_families_is_no_member() {
    let x = crate::run(
        "Cinco años después de las protestas, la organización Justicia Once contabiliza 348 \
manifestantes que siguen en prisión por aquellos hechos. Otra organización, con sede en Madrid, \
eleva a 1.142 el total de presos políticos en la isla en su informe de junio, que incluye también \
a condenados por protestas posteriores.

El viernes varias familias se reunieron en una iglesia. Esta es la lista que elaboramos con \
ellos; incluye presos, familiares y abogados:

1. Yusniel Cárdenas Lamothe, 31 años. Condenado a 15 años por sedición. Prisión de Boniato.
2. Lic. Teodoro Albán Riverí, abogado de la familia Cárdenas. Presentó un recurso de habeas \
corpus que el tribunal rechazó.
3. Yanet Pupo Fonseca, abogada y activista, condenada a 5 años por desacato.",
        "2026-07-10",
    );
    assert!(crate::no_events(&x, "Teodoro Albán Riverí"), "{x:#?}");
    // (A lawyer who is herself held stays.)
    assert!(
        crate::kinds_of(&x, "Yanet Pupo Fonseca").contains(&"sentence"),
        "{x:#?}"
    );
    let x = crate::run(
        "THE PEOPLE IN THIS STORY

• Javier Eloy Marcano, 26 — electrician; held at Rodeo I since October 2024.
• Ernesto Quevedo Pardo — lawyer; represents 14 of the families who wait at the gate.",
        "2026-02-27",
    );
    assert!(crate::no_events(&x, "Ernesto Quevedo Pardo"), "{x:#?}");
}

#[test]
fn issue_13_men_who_intercept_someone_or_put_him_in_a_van_take_him() {
    let x = crate::run(
        "Ovidio Lugo Salas, delegado sindical, fue sometido el sábado en su vivienda. Según su \
madre, seis hombres revisaron la casa y lo montaron en una camioneta sin placas.",
        "2025-07-16",
    );
    assert!(
        crate::kinds_of(&x, "Ovidio Lugo Salas").contains(&"arrest"),
        "{x:#?}"
    );
    let x = crate::run(
        "El domingo, la dirigente Ana Elena Rondón salió de una asamblea y nunca llegó a su casa. \
Vecinos vieron cómo dos hombres en moto la interceptaron en la avenida Guayana.",
        "2025-07-16",
    );
    assert!(
        crate::kinds_of(&x, "Ana Elena Rondón").contains(&"arrest"),
        "{x:#?}"
    );
    // (Not the one who tells it.)
    let x = crate::run(
        "Su colega Yolanda Acuña Brito, que lo acompañaba, relató que tres hombres lo subieron a \
una camioneta.",
        "2025-07-16",
    );
    assert!(crate::no_events(&x, "Yolanda Acuña Brito"), "{x:#?}");
}
