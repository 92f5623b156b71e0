//! issue 13, eighteenth round: a list's own header names its event ("Los trasladados son:") and
//! takes the day that event was told with; a footnote's mark ends a name. Invented names only.

use crate::{date_of, person, run};

#[test]
fn issue_13_a_header_naming_its_event_takes_that_events_day() {
    let x = run(
        "Caracas, 9 de junio de 2026. La coalición denuncia que en la madrugada del domingo ocho presos políticos fueron sacados de sus celdas en Rodeo I y trasladados sin notificación a Tocorón y Tocuyito. El traslado se hizo por orden del director del penal, y los detenidos viajaron esposados.

Los trasladados son:

1. SALCEDO MONTIEL, JOSÉ GREGORIO (41 años) – Tocorón
2. ARTIGAS, CARLOS EDUARDO* (52 años) – Tocuyito

(*) Militar activo al momento de su detención.
",
        "2026-06-09",
    );
    assert_eq!(
        date_of(&x, "SALCEDO MONTIEL, JOSÉ GREGORIO", "transfer"),
        "2026-06-07",
        "{x:#?}"
    );
    // (The footnote's mark is no part of the name.)
    assert_eq!(
        date_of(&x, "ARTIGAS, CARLOS EDUARDO", "transfer"),
        "2026-06-07",
        "{x:#?}"
    );
    assert!(person(&x, "CARLOS EDUARDO*").is_none(), "{x:#?}");
}

#[test]
fn issue_13_a_timelines_month_and_year_date_its_line() {
    let x = run(
        "Reconstruimos el caso de Darwin Ochoa Pérez y de su chofer, el colombiano Jhon Fredy Mora Quintero.

12/2024 — Ochoa Pérez recibe una medida cautelar sustitutiva: régimen de presentación cada 15 días.

01/2025 — Mora Quintero es sacado del país por el puente Simón Bolívar y entregado a Migración Colombia.
",
        "2026-08-14",
    );
    assert_eq!(
        date_of(&x, "Darwin Ochoa Pérez", "conditional_release"),
        "2024-12",
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "Jhon Fredy Mora Quintero", "expulsion"),
        "2025-01",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_surname_alone_names_the_one_person_who_bears_it() {
    // (The tagger does not take "Quiroga" alone for a name here: the surname of the one person
    // named in full does.)
    let x = run(
        "CLAIM: A viral post says Colombian trader Fredy Alonso Quiroga Rubio was \"freed\" this week.

The claim about Quiroga is false. Colombia's consulate in Caracas told us on Wednesday that Quiroga, detained since October 2024, remains in Tocorón.
",
        "2026-01-22",
    );
    assert_eq!(
        date_of(&x, "Fredy Alonso Quiroga Rubio", "arrest"),
        "2024-10",
        "{x:#?}"
    );
    // (Not a surname two people bear.)
    let y = run(
        "Darwin Ochoa Pérez y su hermana, Yelitza Ochoa, hablaron con la prensa en Maracay.

15/02/2025 — Ochoa es trasladado de El Helicoide a Rodeo I.
",
        "2026-08-14",
    );
    assert!(person(&y, "Yelitza Ochoa").is_none(), "{y:#?}");
}

#[test]
fn issue_13_a_weekday_before_its_printed_date_is_that_date() {
    let x = run(
        "Francisco Javier Ortiz Vallejo was arrested on Palm Sunday, March 29, shortly after a homily.",
        "2026-04-24",
    );
    assert_eq!(
        date_of(&x, "Francisco Javier Ortiz Vallejo", "arrest"),
        "2026-03-29",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_paragraphs_day_and_the_next_day_date_what_follows() {
    // (The day the sentence before told its events on.)
    let x = run(
        "The judge ordered Elif Karaca and Murat Ozdil formally arrested; they were taken to Silivri Prison late on Tuesday night. Zeynep Aksu and Serkan Yildiz were released under judicial control, including an international travel ban.",
        "2025-12-17",
    );
    assert_eq!(
        date_of(&x, "Zeynep Aksu", "conditional_release"),
        "2025-12-16",
        "{x:#?}"
    );
    // ("al día siguiente": the day after the one told before.)
    let y = run(
        "Rosángela Pérez Mogollón y su hija Valentina Pérez Mogollón fueron detenidas juntas el 2 de agosto en Cabudare. Valentina fue puesta en libertad al día siguiente.",
        "2025-08-10",
    );
    assert_eq!(
        date_of(&y, "Valentina Pérez Mogollón", "release"),
        "2025-08-03",
        "{y:#?}"
    );
    // (Not for an event told near another day: "la detuvieron el mismo día, pero la soltaron al
    // día siguiente" keeps the arrest's day.)
    let z = run(
        "El 17 de noviembre detuvieron a Andrés Lira Pacheco en la UCAB. A Valeria Cristina Orozco la detuvieron el mismo día, pero la soltaron al día siguiente con presentación cada 30 días.",
        "2025-11-25",
    );
    assert_eq!(
        date_of(&z, "Valeria Cristina Orozco", "conditional_release"),
        "2025-11-18",
        "{z:#?}"
    );
}

#[test]
fn issue_13_the_next_day_is_the_events_it_stands_by() {
    // (Not the arrest's when another clause stands between them.)
    let x = run(
        "El 2 de agosto de 2024 hubo protestas en Valencia. Valentina Ríos Páez fue detenida en la marcha y liberada al día siguiente.",
        "2025-04-10",
    );
    assert_eq!(
        date_of(&x, "Valentina Ríos Páez", "release"),
        "2024-08-03",
        "{x:#?}"
    );
    // (Opening the sentence, set off by a comma.)
    let y = run(
        "Omar Haddad Suleiman was arrested on May 5, 2024. The next day, he was released.",
        "2025-04-10",
    );
    assert_eq!(
        date_of(&y, "Omar Haddad Suleiman", "release"),
        "2024-05-06",
        "{y:#?}"
    );
    // (A release told as before another past takes no scene's day.)
    let z = run(
        "Nelson Piñate Rojas fue detenido el lunes en Maracay. Su compañero Ricardo Aponte Lira, quien había sido excarcelado con régimen de presentación, fue citado por la fiscalía.",
        "2025-04-10",
    );
    assert_ne!(
        date_of(&z, "Ricardo Aponte Lira", "conditional_release"),
        "2025-04-07",
        "{z:#?}"
    );
    // (A report's number is no month: "el Informe 2/2025".)
    let w = run(
        "Según el Informe 2/2025 del Foro Penal, Luis Pérez Aldana fue detenido en Barquisimeto.",
        "2025-04-10",
    );
    assert_ne!(
        date_of(&w, "Luis Pérez Aldana", "arrest"),
        "2025-02",
        "{w:#?}"
    );
}

#[test]
fn issue_13_each_held_since_a_day_of_their_own() {
    let x = run(
        "Siguen presos, entre otros, estos tres: Gregorio Arismendi Vale, dirigente político, en el Rodeo I desde el 12/01/2025; Alicia Beatriz Noguera, defensora de derechos humanos, en el INOF desde el 30/06/2025; y Yorbis Manuel Acosta, estudiante, en Tocorón desde el 3/3/2025.",
        "2026-02-10",
    );
    assert_eq!(
        date_of(&x, "Alicia Beatriz Noguera", "arrest"),
        "2025-06-30",
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "Yorbis Manuel Acosta", "arrest"),
        "2025-03-03",
        "{x:#?}"
    );
}
