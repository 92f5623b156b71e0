//! issue 13, fifty-eighth round: what blind80 (read once spent) showed the rules missed, written
//! anew with invented names.

#[test]
fn issue_13_what_a_disputed_figure_includes_is_no_lead_of_the_names() {
    let x = crate::run(
        "At least 30 political prisoners were released over the weekend, the rights group said. \
\"The official figure includes people who were moved to house arrest,\" its director said.

These are their names:

- Rosendo Aguirre Lameda
- Maritza Colina Ruiz",
        "2026-01-12",
    );
    for name in ["Rosendo Aguirre Lameda", "Maritza Colina Ruiz"] {
        assert_eq!(crate::kinds_of(&x, name), ["release"], "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_a_group_s_arrest_four_sentences_before_a_charge_lead_is_the_listed_people_s() {
    let x = crate::run(
        "Denunciamos la detención arbitraria de seis vecinos durante la protesta realizada el \
domingo en Valera. Las detenciones fueron practicadas por efectivos de la GNB. Ayer fueron \
presentados ante un tribunal de control. La Fiscalía les imputó terrorismo. El tribunal dictó \
privativa de libertad para todos.

Listado de detenidos:

1. PERAZA LINARES, JOSÉ GREGORIO — 31 años
2. SOTO VILLEGAS, ANA KARINA — 27 años",
        "2025-08-12",
    );
    for name in ["PERAZA LINARES, JOSÉ GREGORIO", "SOTO VILLEGAS, ANA KARINA"] {
        let kinds = crate::kinds_of(&x, name);
        assert!(kinds.contains(&"arrest"), "{name}: {x:#?}");
        assert_eq!(
            crate::date_of(&x, name, "arrest"),
            "2025-08-10",
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_what_most_of_a_group_had_been_is_not_every_member_s_arrest() {
    let x = crate::run(
        "Veinte personas salieron este viernes del centro de detención de Cabimas. Otras tres \
no salieron. La defensora explicó los criterios de los tribunales. La mayoría había sido \
arrestada en agosto de 2024.

Estos son sus nombres:

Libertad plena:
Yoselin Urdaneta Paz, Kelvin Atencio Ferrer y Nairobi Chacín Portillo.",
        "2026-01-10",
    );
    for name in [
        "Yoselin Urdaneta Paz",
        "Kelvin Atencio Ferrer",
        "Nairobi Chacín Portillo",
    ] {
        assert!(
            !crate::kinds_of(&x, name).contains(&"arrest"),
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_name_over_fields_with_a_rank_in_brackets_heads_its_item() {
    let x = crate::run(
        "BALANCE SEMANAL N.º 3-2026

Entre el sábado 10 y el viernes 16 de enero verificamos 12 excarcelaciones de presos políticos.

EXCARCELADOS (casos verificados con familiares)

LOZADA MENA, Yusmary Carolina
Fecha de detención: 03/08/2024
Centro de reclusión: INOF, Los Teques
Excarcelada: 12/01/2026
Condiciones: régimen de presentación cada 30 días

PÉREZ LOZADA, Héctor Julián (sargento primero, GNB)
Fecha de detención: 20/05/2019
Centro de reclusión: Ramo Verde
Excarcelado: 15/01/2026
Condiciones: presentación cada 8 días

SIGUEN DETENIDOS (casos prioritarios)

RENGIFO LUGO, Luis Alfonso
Fecha de detención: 17/09/2024
Centro de reclusión: Rodeo I
Observaciones: dirigente sindical petrolero.",
        "2026-01-17",
    );
    // (The name over its fields with a rank in brackets heads its own item.)
    assert!(
        crate::kinds_of(&x, "PÉREZ LOZADA, Héctor Julián").contains(&"conditional_release"),
        "{x:#?}"
    );
    assert!(
        !crate::dates_of(&x, "RENGIFO LUGO, Luis Alfonso").contains(&"2019-05-20".to_string()),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_header_inside_a_list_heads_only_its_own_names() {
    let x = crate::run(
        "Al menos 15 presos políticos fueron excarcelados desde el martes, según la ONG.

Estos son sus nombres:

Militares
- Capitán Richard Pernía Lobo
- Sargento Yonathan Colmenares Díaz
Con casa por cárcel (no excarcelado):
- Teniente coronel Alfonso Iriarte Beltrán, que pasó el miércoles a su vivienda bajo arresto \
domiciliario.

Dirigentes sindicales
- Norelis Urbina Rojas, del gremio docente de Lara.
- Carmelo Silva Mata

Otros
- Rosa Guaramato Pinto",
        "2026-01-15",
    );
    assert_eq!(
        crate::kinds_of(&x, "Alfonso Iriarte Beltrán"),
        ["house_arrest"],
        "{x:#?}"
    );
    for name in [
        "Norelis Urbina Rojas",
        "Carmelo Silva Mata",
        "Rosa Guaramato Pinto",
    ] {
        assert_eq!(crate::kinds_of(&x, name), ["release"], "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_a_month_s_figures_are_no_arrest_of_the_bulletin_s_names() {
    let x = crate::run(
        "RESUMEN DEL MES
En marzo registramos 6 condenas, 1 absolución y 2 cambios de medida en causas políticas, además \
de más de 30 nuevas detenciones por motivos políticos.

2. ABSOLUCIONES

17/03 — EZEQUIEL RAMOS LOAIZA, estudiante, fue absuelto por el tribunal de Barquisimeto.

3. CAMBIOS DE MEDIDA

06/03 — GLORIA INÉS BENAVENTE, maestra jubilada: el tribunal le otorgó casa por cárcel.",
        "2026-04-02",
    );
    assert_eq!(
        crate::kinds_of(&x, "EZEQUIEL RAMOS LOAIZA"),
        ["release"],
        "{x:#?}"
    );
    assert!(crate::person(&x, "CAMBIOS DE MEDIDA").is_none(), "{x:#?}");
}

#[test]
fn issue_13_a_court_s_line_then_the_name_in_capitals_names_the_item() {
    let x = crate::run(
        "Boletín judicial de marzo.

1. CONDENAS

03/03 — Tribunal Primero de Juicio (Caracas). HÉCTOR LUIS PARRA GUEDEZ, sargento primero: 25 \
años por traición a la patria. Permanece en la sede de la DGCIM en Boleíta.

11/03 — Tribunal Cuarto de Juicio (Mérida). YENNY CAROLINA OCHOA LIRA, periodista: 8 años por \
incitación al odio. Recluida en el Centro Penitenciario de la Región Andina.",
        "2026-04-02",
    );
    for name in ["HÉCTOR LUIS PARRA GUEDEZ", "YENNY CAROLINA OCHOA LIRA"] {
        let kinds = crate::kinds_of(&x, name);
        assert!(
            kinds.contains(&"sentence") && kinds.contains(&"detention"),
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_two_named_with_their_appositions_share_a_plural_verb() {
    let x = crate::run(
        "La abogada Irma Carolina Ventosa Menjívar, asesora legal de la Asociación Comunal El \
Bálsamo, y el presidente de la directiva comunal, Santos Abelino Rivera Hernández, fueron \
capturados el jueves por agentes de la PNC.",
        "2025-06-14",
    );
    for name in [
        "Irma Carolina Ventosa Menjívar",
        "Santos Abelino Rivera Hernández",
    ] {
        assert!(
            crate::kinds_of(&x, name).contains(&"arrest"),
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_people_named_after_a_counted_raid_share_its_arrest() {
    let x = crate::run(
        "Turkish police detained 11 people, among them five lawyers and three doctors, in dawn \
raids in Istanbul and Ankara on Tuesday.

A court in Istanbul on Wednesday ordered two of the lawyers, Zeynep Akman Kaya and Mehmet Ali \
Yurtdas, to be jailed pending trial. Both were taken to Marmara Prison in Silivri late on \
Wednesday. Three other lawyers, Burak Özdemir and Elif Tan Sahinler, \
were released under judicial control measures.",
        "2025-11-20",
    );
    for name in [
        "Zeynep Akman Kaya",
        "Mehmet Ali Yurtdas",
        "Burak Özdemir",
        "Elif Tan Sahinler",
    ] {
        assert_eq!(
            crate::date_of(&x, name, "arrest"),
            "2025-11-18",
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_lead_s_arrest_day_is_no_day_of_the_sentences_below() {
    let x = crate::run(
        "El Tribunal Tercero de Juicio, a cargo de la jueza Yolimar Escalona Prieto, leyó en la \
madrugada del jueves la dispositiva del juicio contra siete personas que fueron detenidas en agosto \
de 2024.

Según la abogada defensora, esto decidió el tribunal sobre cada acusado:

• Luis Alfonso Garrido Paz (34 años, mototaxista): 10 años de prisión por instigación al odio.

• Yusmary del Valle Ortegano (29, docente): 10 años por instigación al odio.",
        "2026-02-13",
    );
    for name in ["Luis Alfonso Garrido Paz", "Yusmary del Valle Ortegano"] {
        assert_eq!(
            crate::date_of(&x, name, "sentence"),
            "2026-02-12",
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_numbered_name_in_capitals_heads_its_paragraph() {
    let x = crate::run(
        "A continuación se detallan los casos incorporados en las últimas semanas.

3. OROZCO LEAL, JULIO CÉSAR
Exestudiante de Ingeniería de la UNAN-Managua. Detenido en noviembre de 2024. En marzo de 2025 \
el juez lo condenó a 8 años de prisión por menoscabo a la integridad nacional.

4. TÉLLEZ DE BLANCO, ROSA ARGENTINA
Ama de casa. Fue detenida en Masaya el 2 de julio. El 5 de septiembre fue enviada a su casa bajo \
arresto domiciliario.",
        "2025-09-15",
    );
    assert_eq!(
        crate::date_of(&x, "OROZCO LEAL, JULIO CÉSAR", "arrest"),
        "2024-11",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "TÉLLEZ DE BLANCO, ROSA ARGENTINA", "arrest"),
        "2025-07-02",
        "{x:#?}"
    );
    assert!(
        crate::kinds_of(&x, "TÉLLEZ DE BLANCO, ROSA ARGENTINA").contains(&"house_arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_two_of_them_named_share_the_group_s_event() {
    let x = crate::run(
        "On Wednesday, the regime freed seven prisoners. Two of them, the Miskitu leader Alcides \
Tinkam Rosales and the agronomist Ernesto Javier Pavas, had been held in La Modelo since 2023.",
        "2026-02-27",
    );
    for name in ["Alcides Tinkam Rosales", "Ernesto Javier Pavas"] {
        assert!(
            crate::kinds_of(&x, name).contains(&"release"),
            "{name}: {x:#?}"
        );
    }
    let x = crate::run(
        "Este martes fueron excarcelados seis presos políticos. Dos de ellos, la docente Maira \
Lucía Ortega y el obrero Pedro Pablo Yánez, estaban en Tocuyito.",
        "2026-02-27",
    );
    for name in ["Maira Lucía Ortega", "Pedro Pablo Yánez"] {
        assert!(
            crate::kinds_of(&x, name).contains(&"release"),
            "{name}: {x:#?}"
        );
    }
}
