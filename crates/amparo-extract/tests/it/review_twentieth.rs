//! issue 13, twentieth round: what a reviewer who had not read the extractor found the round's
//! rules did wrong, mended. Invented names only.

use crate::{kinds_of, person};

fn run(text: &str) -> amparo_extract::Extraction {
    crate::run(text, "2025-09-01")
}

fn nothing_for(x: &amparo_extract::Extraction, name: &str) {
    assert!(
        person(x, name).is_none_or(|p| p.events.is_empty()),
        "{name}: {x:#?}"
    );
}

#[test]
fn issue_13_relatives_and_bystanders_counted_after_with_share_no_release() {
    for text in [
        "Activist Raúl Medina was released on Friday with two journalists, Beatriz Solano and Tomás Arce.",
        "Activist Raúl Medina was released on Friday with two relatives, his wife Beatriz Solano and his son Tomás Arce, waiting outside.",
        "El activista Raúl Medina fue excarcelado el viernes con dos familiares, Beatriz Solano y Tomás Arce.",
    ] {
        let x = run(text);
        assert!(kinds_of(&x, "Raúl Medina").contains(&"release"), "{x:#?}");
        nothing_for(&x, "Beatriz Solano");
        nothing_for(&x, "Tomás Arce");
    }
    // (Arrested with her husband, the husband too.)
    let x = run(
        "British national Claire Ashworth was arrested with her husband, Iranian national Peyman Rahimi, in Kerman in January.",
    );
    assert!(kinds_of(&x, "Peyman Rahimi").contains(&"arrest"), "{x:#?}");
}

#[test]
fn issue_13_staff_back_in_a_colony_and_people_still_in_shock_are_not_held() {
    let x = run(
        "The prison director, Colonel Igor Lentz, is back in Penal Colony No. 13 after his holiday.

The chaplain, Father Tomasz Wrona, is now back in Penal Colony No. 13, where he celebrates Mass for inmates.

His sister Marta Carrasco was questioned and released on Saturday. Tonight they say she's still in shock.",
    );
    nothing_for(&x, "Igor Lentz");
    nothing_for(&x, "Tomasz Wrona");
    assert!(
        !kinds_of(&x, "Marta Carrasco").contains(&"detention"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_stopped_and_let_go_and_things_intercepted_are_no_arrest() {
    let x = run(
        "Los periodistas Pedro Lugo y Ana Rincón fueron interceptados en un punto de control el 26 de agosto, revisaron sus documentos y los dejaron continuar.

Los mensajes del activista Julio Pérez fueron interceptados en un punto de control digital.",
    );
    nothing_for(&x, "Pedro Lugo");
    nothing_for(&x, "Ana Rincón");
    nothing_for(&x, "Julio Pérez");
}

#[test]
fn issue_13_the_owner_named_after_whose_kin_or_thing_was_taken_is_not_taken() {
    let x = run(
        "Police arrested the wife of jailed journalist Sami Haddad on 21 August.

Agentes del SEBIN detuvieron al hijo del activista Server Ablaev el 21 de agosto.

Los policías se llevaron el carro del profesor Ernesto Salas el 27 de agosto.",
    );
    nothing_for(&x, "Sami Haddad");
    nothing_for(&x, "Server Ablaev");
    nothing_for(&x, "Ernesto Salas");
    // (A rights defender's work is no owner: "a la defensora de derechos humanos X".)
    let y = run(
        "Trasladan a Rodeo I a la defensora de derechos humanos Carla Eugenia Rosas, presa desde marzo de 2025.",
    );
    assert!(
        kinds_of(&y, "Carla Eugenia Rosas").contains(&"transfer"),
        "{y:#?}"
    );
}

#[test]
fn issue_13_not_among_those_freed_is_no_release_and_a_count_between_is_read() {
    let x = run(
        "Journalist Nelson Arévalo was not among the prisoners freed in Caracas on Thursday.

El activista Orlando Paz no figura entre los presos excarcelados.

Teacher Rosa Quintero was among the 40 prisoners freed in Caracas on Thursday.",
    );
    assert!(
        person(&x, "Nelson Arévalo").is_none_or(|p| !p
            .events
            .iter()
            .any(|e| e.kind == amparo_extract::EventType::Release)),
        "{x:#?}"
    );
    assert!(
        person(&x, "Orlando Paz").is_none_or(|p| !p
            .events
            .iter()
            .any(|e| e.kind == amparo_extract::EventType::Release)),
        "{x:#?}"
    );
    assert!(kinds_of(&x, "Rosa Quintero").contains(&"release"), "{x:#?}");
}

#[test]
fn issue_13_fabricated_charges_keep_in_scope_and_a_baluch_surname_is_a_name() {
    let x = run(
        "Activist Rubén Ocampo was arrested on 25 August on fabricated drug-trafficking charges.

Officers arrested Baluch teacher Karim Baloch on 19 August.",
    );
    assert!(kinds_of(&x, "Rubén Ocampo").contains(&"arrest"), "{x:#?}");
    assert!(kinds_of(&x, "Karim Baloch").contains(&"arrest"), "{x:#?}");
}

#[test]
fn issue_13_a_un_appeals_signatories_and_reference_are_no_one() {
    let x = run(
        "REFERENCIA: UA VEN 9/2025

Excelencia:

Nos dirigimos a usted en relación con la información recibida sobre la presunta detención arbitraria del Sr. Ramón Aldana Quiroz.

El 2 de octubre de 2025, el Sr. Aldana fue detenido en Maiquetía por hombres vestidos de civil.

Acepte, Excelencia, la expresión de nuestra más distinguida consideración.

Ana Lucía Brandão
Presidenta-Relatora del Grupo de Trabajo sobre Desapariciones Forzadas o Involuntarias

Mikael Strand
Vicepresidente del Grupo de Trabajo sobre la Detención Arbitraria

Nomvula Dlamini
Relatora Especial sobre la situación de los defensores de derechos humanos
",
    );
    assert!(
        kinds_of(&x, "Ramón Aldana Quiroz").contains(&"arrest"),
        "{x:#?}"
    );
    for name in [
        "Ana Lucía Brandão",
        "Mikael Strand",
        "Nomvula Dlamini",
        "UA VEN",
    ] {
        nothing_for(&x, name);
    }
}

#[test]
fn issue_13_a_pardon_frees_and_the_ladies_in_white_are_no_one() {
    let x = run(
        "El gobierno bielorruso indultó el viernes a 16 presos políticos. Entre ellos, el periodista Andréi Kovalenko, que fue llevado directamente a la frontera con Lituania.

• Según Diario Habanero Digital, Yamilé Lorenzo Cabrera, integrante de las Damas de Blanco, fue detenida el domingo por la Seguridad del Estado al salir de misa en Matanzas y liberada unas horas después.",
    );
    assert!(
        kinds_of(&x, "Andréi Kovalenko").contains(&"release"),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Yamilé Lorenzo Cabrera").contains(&"arrest"),
        "{x:#?}"
    );
    assert!(person(&x, "Damas de Blanco").is_none(), "{x:#?}");
}

#[test]
fn issue_13_second_review_mends() {
    // (A list of the arrested, a name over its office line: listed people, not signatures.)
    let x = run("Arrested on 2 August 2024:

Ovidio Manrique
Member of the National Assembly for Zulia

Elvira Cordero
Vice-president of the Zulia Bar Association");
    for name in ["Ovidio Manrique", "Elvira Cordero"] {
        assert!(kinds_of(&x, name).contains(&"arrest"), "{name}: {x:#?}");
    }
    // (A shipment sent by a deputy is what was stopped.)
    let y = run(
        "Un cargamento enviado por el diputado Eusebio Carrasquero fue interceptado en la alcabala de Tinaquillo el 4 de marzo.",
    );
    nothing_for(&y, "Eusebio Carrasquero");
    // (The one set off after the owner is the one taken.)
    let z = run(
        "Detuvieron al abogado del activista Fermín Olivares, Julián Sotillo, el 4 de marzo.

Police arrested the wife of jailed journalist Leandro Casasola, Irma Peña, on 4 March in Caracas.",
    );
    assert!(kinds_of(&z, "Julián Sotillo").contains(&"arrest"), "{z:#?}");
    assert!(kinds_of(&z, "Irma Peña").contains(&"arrest"), "{z:#?}");
    nothing_for(&z, "Fermín Olivares");
    // ("ninguno de los anteriores": a heading that frees none of the table above.)
    let w = run("Nombre | Fecha de detención | Centro
Anselmo Barrientos | 12/08/2024 | Rodeo I
Leticia Urdaneta | 15/09/2024 | INOF

Excarcelados desde el 8 de enero: ninguno de los anteriores.");
    assert!(
        !kinds_of(&w, "Anselmo Barrientos").contains(&"release"),
        "{w:#?}"
    );
}

#[test]
fn issue_13_neither_nor_and_but_not_free_no_one() {
    let x = run(
        "Ni Marcos Villegas ni Orlando Piñate están entre los excarcelados de este sábado, denunciaron sus familiares.

Among those released on 8 March were journalist Inés Caldera and activist Noelia Barazarte, but not the trade unionist Tomás Villegas, who remains in El Rodeo I.",
    );
    for name in ["Marcos Villegas", "Orlando Piñate"] {
        assert!(
            person(&x, name).is_none_or(|p| !p
                .events
                .iter()
                .any(|e| e.kind == amparo_extract::EventType::Release)),
            "{name}: {x:#?}"
        );
    }
    assert!(kinds_of(&x, "Inés Caldera").contains(&"release"), "{x:#?}");
    assert!(
        !kinds_of(&x, "Tomás Villegas").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_nationality_between_a_names_words_is_a_surname() {
    let x = run("El sacerdote Ramiro José Alemán Tinoco fue liberado el sábado.");
    assert!(
        kinds_of(&x, "Ramiro José Alemán Tinoco").contains(&"release"),
        "{x:#?}"
    );
    // (Not a nationality before a name: "the Venezuelan Ana Pérez".)
    let y = run("El periodista alemán Jonas Brandt fue detenido el sábado.");
    assert!(kinds_of(&y, "Jonas Brandt").contains(&"arrest"), "{y:#?}");
}
