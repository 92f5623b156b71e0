//! issue 13, captions and transcripts: a television caption in brackets that names people under
//! an event, its names set apart by middle dots; a staff line of an NGO's bulletin; announced
//! releases that leave people held; wire leads that name no one; deaths told by their verb;
//! Telegram threads; fact-checks; interviews; digests by weekday; custody since an event; a
//! lead's custody and an item's way out; with the near-misses of these rules.
//! Invented names and sentences only.

use crate::{date_of, kinds_of, person, run};

#[test]
fn issue_13_a_caption_in_brackets_names_the_people_of_its_event() {
    let x = run(
        "ANCLA: Abrimos con las excarcelaciones de anoche.\n\n[EN PANTALLA — EXCARCELADOS ANOCHE DE TOCORÓN: ARMANDO LUIS QUIJADA · NELLY ROSARIO BENAVENTE · TOBÍAS ENRIQUE MARCANO]\n\nREPORTERA: Las familias esperaron toda la noche.",
        "2026-02-14",
    );
    for name in [
        "ARMANDO LUIS QUIJADA",
        "NELLY ROSARIO BENAVENTE",
        "TOBÍAS ENRIQUE MARCANO",
    ] {
        assert_eq!(kinds_of(&x, name), ["release"], "{name}: {x:#?}");
        assert_eq!(date_of(&x, name, "release"), "2026-02-13");
    }
}

#[test]
fn issue_13_a_caption_that_names_a_speaker_is_still_a_direction() {
    let x = run(
        "[GC: ROSAURA MENDIBLE, MADRE DE UN DETENIDO]\n\nROSAURA MENDIBLE: Mi hijo sigue en Rodeo I desde marzo.",
        "2026-02-14",
    );
    assert!(
        person(&x, "ROSAURA MENDIBLE").is_none_or(|p| p.events.is_empty()),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_bulletins_staff_line_names_no_detainee() {
    let x = run(
        "1. GUSTAVO ADOLFO PERNÍA (41) — RELEASED\nA teacher from Mérida, released on October 2 with a duty to report every month.\n\nNOTE ON METHODOLOGY\nWe only include cases verified by two sources.\n\nExecutive Director: Lorna Whitcombe · Venezuela researcher: Tamara Ibarguen",
        "2026-10-14",
    );
    assert!(!kinds_of(&x, "GUSTAVO ADOLFO PERNÍA").is_empty(), "{x:#?}");
    for name in ["Lorna Whitcombe", "Tamara Ibarguen"] {
        assert!(
            person(&x, name).is_none_or(|p| p.events.is_empty()),
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_named_after_se_trata_del_with_a_describer_that_holds_a_place() {
    let x = run(
        "La ministra leyó este viernes los nombres de tres detenidos que, según dijo, \"saldrán en las próximas horas\" del Rodeo I. Se trata del exconcejal de Sucre, Baltasar Ignacio Urdaneta; de la enfermera Rosmery Carolina Piñango y del estudiante Fermín Alexis Tovar.",
        "2026-01-09",
    );
    for name in [
        "Baltasar Ignacio Urdaneta",
        "Rosmery Carolina Piñango",
        "Fermín Alexis Tovar",
    ] {
        // An announced release leaves the person held on the publication day.
        assert_eq!(
            kinds_of(&x, name),
            ["release", "detention"],
            "{name}: {x:#?}"
        );
        assert_eq!(date_of(&x, name, "detention"), "2026-01-09");
    }
}

#[test]
fn issue_13_an_announced_release_told_done_leaves_no_one_held() {
    let x = run(
        "El gobierno anunció que serán excarcelados Clemente Ruiz Apolinar y Dalia Esther Moncada. Clemente Ruiz Apolinar fue excarcelado la noche del lunes.",
        "2026-01-20",
    );
    assert_eq!(
        kinds_of(&x, "Clemente Ruiz Apolinar"),
        ["release"],
        "{x:#?}"
    );
    assert_eq!(
        kinds_of(&x, "Dalia Esther Moncada"),
        ["release", "detention"],
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_wire_lead_that_names_no_one_is_the_next_sentences_person() {
    let x = run(
        "CARACAS, 4 sep (ALN) - Un hombre detenido desde enero por un presunto complot murió el miércoles en un hospital militar de Caracas, informaron familiares.\n\nEleazar Antonio Quevedo Bermúdez, de 47 años, técnico electricista, era diabético, según su hermana, Nereida Quevedo.",
        "2025-09-04",
    );
    let name = "Eleazar Antonio Quevedo Bermúdez";
    assert_eq!(kinds_of(&x, name), ["arrest", "death_in_custody"], "{x:#?}");
    assert_eq!(date_of(&x, name, "death_in_custody"), "2025-09-03");
    // (A lead that names its person is not one; the sentence after keeps its own.)
    let x = run(
        "A second hunger striker, Rosmary Carolina Urbina, ended her protest on Thursday after officials told her she will be released next week.\n\nTeodulo Arciniegas Torres, who spent five years in La Tumba before his release in 2019, said hunger strikes were the only language left.",
        "2026-03-14",
    );
    // (His own past stay is his; the lead's news is not.)
    assert!(
        person(&x, "Teodulo Arciniegas Torres").is_none_or(|p| p
            .events
            .iter()
            .all(|e| e.date.as_deref().is_none_or(|d| d < "2020"))),
        "{x:#?}"
    );
}

#[test]
fn issue_13_one_told_held_who_died_died_in_custody_and_is_held_no_more() {
    let x = run(
        "A Venezuelan opposition activist, Jairo Enrique Mendible, held for more than a year at the Rodeo I prison, died on Monday at a Caracas hospital.",
        "2026-11-10",
    );
    let kinds = kinds_of(&x, "Jairo Enrique Mendible");
    assert!(kinds.contains(&"death_in_custody"), "{x:#?}");
    assert!(
        !kinds.contains(&"detention") || {
            date_of(&x, "Jairo Enrique Mendible", "detention").as_str() <= "2026-11-09"
        }
    );
    // (A relative's death is no one's in custody.)
    let x = run(
        "La madre de Rosendo Aular Pinto, detenido desde 2024, murió el martes en Barquisimeto.",
        "2026-11-10",
    );
    assert!(
        !kinds_of(&x, "Rosendo Aular Pinto").contains(&"death_in_custody"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_telegram_thread_names_its_people_past_forwards_and_warrants() {
    let x = run(
        "[20/08/2025 23:12]\n🚨 URGENTE: funcionarios encapuchados y sin orden judicial se llevaron de su casa en Carora a nuestra concejala Yuleisy Andreína Piñero.\n\n[21/08/2025 09:15]\n↪️ Reenviado desde Voces Lara\nExigimos una fe de vida.\n\n[21/08/2025 11:05]\n⚠️ También fue detenido esta mañana el coordinador juvenil de Voces en Lara, Wuilmer Josué Arrieche, de 19 años.",
        "2025-08-21",
    );
    assert!(
        kinds_of(&x, "Yuleisy Andreína Piñero").contains(&"arrest"),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Wuilmer Josué Arrieche").contains(&"arrest"),
        "{x:#?}"
    );
    assert!(person(&x, "Voces Lara").is_none(), "{x:#?}");
    // ("sin ser liberado" still denies.)
    let x = run(
        "Pasaron tres días sin ser liberado el concejal Anselmo Guaramato Ruiz.",
        "2025-08-21",
    );
    assert!(
        person(&x, "Anselmo Guaramato Ruiz")
            .is_none_or(|p| p.events.iter().all(|e| e.kind.as_str() != "release")),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_quoted_claim_under_a_number_judged_false_did_not_happen() {
    let x = run(
        "Revisamos tres mensajes que circulan en redes.\n\n1) \"Detuvieron al cantante Ulises Berroterán Paz por una canción\"\nCALIFICACIÓN: ENGAÑOSO\n\nBerroterán fue citado a declarar y se retiró por sus propios medios.\n\n2) \"La abogada Mireya Colina Sosa salió con casa por cárcel\"\nCALIFICACIÓN: VERDADERO\n\nColina fue trasladada a su vivienda el sábado, con arresto domiciliario.",
        "2026-01-20",
    );
    assert!(
        person(&x, "Ulises Berroterán Paz").is_none_or(|p| p.events.is_empty()),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Mireya Colina Sosa").contains(&"house_arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_party_statement_tells_a_disappearance_and_a_brief_retention() {
    let x = run(
        "PRIMERO: Que nuestro coordinador regional, Anacleto Ruiz Montilla, fue sacado a la fuerza de su vivienda el pasado domingo 4 de mayo por hombres encapuchados. Desde entonces su familia lo ha buscado en la sede del SEBIN y en la DGCIM, y en todos los despachos niegan tenerlo.\n\nSEGUNDO: Que este lunes fue detenida en Táchira la concejala del municipio Cárdenas, Dulce María Osorio Peña.\n\nTERCERO: Que ese mismo lunes nuestro secretario juvenil, Efraín Tovar Lucena, fue retenido durante seis horas en un punto de control de la GNB y liberado después.",
        "2025-05-07",
    );
    let anacleto = kinds_of(&x, "Anacleto Ruiz Montilla");
    assert!(
        anacleto.contains(&"arrest") && anacleto.contains(&"disappearance"),
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "Anacleto Ruiz Montilla", "arrest"),
        "2025-05-04"
    );
    assert!(
        kinds_of(&x, "Dulce María Osorio Peña").contains(&"arrest"),
        "{x:#?}"
    );
    assert_eq!(
        kinds_of(&x, "Efraín Tovar Lucena"),
        ["arrest", "release"],
        "{x:#?}"
    );
    // (A passport withheld is no one held; an office's owner is no person.)
    let x = run(
        "Le retuvieron el pasaporte a Nerea Quiñones Paz en el aeropuerto. The Public Prosecutor's Office denied holding her.",
        "2025-05-07",
    );
    assert!(person(&x, "Public Prosecutor").is_none(), "{x:#?}");
}

#[test]
fn issue_13_an_interview_headed_by_its_guests_quote_tells_of_her() {
    let x = run(
        "Marisela Ochoa Brito: \"En Tocorón aprendí a contar los días\"\n\nMarisela Ochoa Brito llega a la entrevista con un cuaderno lleno de nombres. El 30 de julio de 2025 la detuvieron en el aeropuerto de Maiquetía.",
        "2026-02-23",
    );
    assert!(
        kinds_of(&x, "Marisela Ochoa Brito").contains(&"arrest"),
        "{x:#?}"
    );
    assert_eq!(date_of(&x, "Marisela Ochoa Brito", "arrest"), "2025-07-30");
}

#[test]
fn issue_13_a_weekly_digests_day_headings_date_their_sections() {
    let x = run(
        "VENEZUELA WEEK IN REVIEW\n\nMONDAY — A mayor in handcuffs\nLeopoldo Quiñones Rey, the opposition mayor of a town in Lara state, was arrested by intelligence agents outside his office.\n\nWEDNESDAY — A sentence\nThe lawyer Berenice Ortúzar Lima was sentenced to 15 years in prison after a closed trial.",
        "2025-07-12",
    );
    assert_eq!(
        date_of(&x, "Leopoldo Quiñones Rey", "arrest"),
        "2025-07-07",
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "Berenice Ortúzar Lima", "sentence"),
        "2025-07-09",
        "{x:#?}"
    );
}

#[test]
fn issue_13_held_since_a_protest_in_a_month_is_an_arrest_of_that_month() {
    let x = run(
        "Also freed were two students, Ismael Gutiérrez Rivero and Nohelí Castañeda Pino, who had been held at El Helicoide since a protest in Caracas in November.",
        "2026-01-09",
    );
    for name in ["Ismael Gutiérrez Rivero", "Nohelí Castañeda Pino"] {
        assert_eq!(kinds_of(&x, name), ["arrest", "release"], "{name}: {x:#?}");
        assert_eq!(date_of(&x, name, "arrest"), "2025-11");
    }
}

#[test]
fn issue_13_a_leads_custody_is_not_of_an_item_that_tells_a_way_out() {
    let x = run(
        "We are concerned about women detained since August. Several have been held incommunicado.\n\nTHE CASES\n\n1. Marisol Andreína Urbáez (38) [INOF, Los Teques] — nurse. Arrested 2 August 2025 in Valencia.\n\n2. Dayerlin Sofía Carmona (27) [released] — law student. Arrested 5 August 2025 in Caracas. Released on 26 September on condition that she report to a court every 30 days.",
        "2025-09-30",
    );
    assert!(
        kinds_of(&x, "Marisol Andreína Urbáez").contains(&"detention"),
        "{x:#?}"
    );
    let kinds = kinds_of(&x, "Dayerlin Sofía Carmona");
    assert!(kinds.contains(&"conditional_release"), "{x:#?}");
    assert!(!kinds.contains(&"detention"), "{x:#?}");
}

#[test]
fn issue_13_a_death_there_after_a_custody_and_a_release_under_a_bar() {
    let x = run(
        "Leonor Castillo Ramos, 66, a retired teacher, was arrested on June 3, 2025 and held at the Fénix prison's women's annex. She died there on Oct. 2.\n\nFather Anselmo Ruiz was arrested on Sept. 14. He was released on Jan. 10 under an order that bars him from leaving Lara state.",
        "2026-02-23",
    );
    assert!(
        kinds_of(&x, "Leonor Castillo Ramos").contains(&"death_in_custody"),
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "Leonor Castillo Ramos", "death_in_custody"),
        "2025-10-02"
    );
    assert!(
        kinds_of(&x, "Anselmo Ruiz").contains(&"conditional_release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_officers_of_a_service_arrested_mr_so_and_so() {
    let x = run(
        "1. Mr. Baltazar Ignacio Quintana Rojas (\"Mr. Quintana\"), 54, is a Venezuelan economist.\n\n4. On 3 February 2025, officers of the Bolivarian National Intelligence Service (SEBIN) arrested Mr. Quintana at his home in Caracas without a warrant.",
        "2025-11-19",
    );
    assert_eq!(
        date_of(&x, "Baltazar Ignacio Quintana Rojas", "arrest"),
        "2025-02-03",
        "{x:#?}"
    );
    assert!(person(&x, "Intelligence Service").is_none(), "{x:#?}");
}

#[test]
fn issue_13_a_transcripts_sign_off_and_its_questions_free_no_guest() {
    let x = crate::run(
        "[CHYRON: VENEZUELA PRISONER RELEASES — DAY 6]\n\nBENNINGTON: Diego Marchal in Caracas, thank you. Joining me now is Karen Whitmore, a Latin America analyst at the Atlantic Policy Institute. Karen, how significant are these releases?\n\nKAREN WHITMORE (ANALYST): They are significant, Laura. And almost everyone released is under some kind of restriction.\n\nBENNINGTON: Karen Whitmore, thank you.",
        "2026-01-13",
    );
    for guest in ["Karen Whitmore", "Diego Marchal"] {
        assert!(crate::person(&x, guest).is_none(), "{guest}: {x:#?}");
    }
}
