//! Dates: absolute, partial and relative to the publication date (never the clock).

use amparo_extract::{PartialDate, dates, text};
use rstest::rstest;

use crate::day;

fn first_date(sentence: &str, published: &str) -> Option<String> {
    let doc = text::parse(sentence);
    dates::find(&doc, 0, doc.tokens.len(), Some(day(published)))
        .first()
        .map(|d| d.date.to_string())
}

#[rstest]
#[case("fue detenido el 8 de enero de 2026", "2026-02-01", "2026-01-08")]
#[case("arrested on January 8, 2026", "2026-02-01", "2026-01-08")]
#[case("arrested on 2026-01-08", "2026-02-01", "2026-01-08")]
#[case("detenido en marzo de 2024", "2026-02-01", "2024-03")]
#[case("arrested in March 2024", "2026-02-01", "2024-03")]
#[case("detenido en 2021", "2026-02-01", "2021")]
#[case("freed on Thursday", "2026-01-08", "2026-01-08")]
#[case("freed on Tuesday", "2026-01-08", "2026-01-06")]
#[case("excarcelado el pasado martes", "2026-01-08", "2026-01-06")]
#[case("fue liberado ayer", "2026-01-08", "2026-01-07")]
#[case("was released yesterday", "2026-03-01", "2026-02-28")]
#[case("arrested this week", "2025-10-14", "2025-10")]
#[case("liberado la semana pasada", "2026-01-15", "2026-01")]
#[case("detenido el 28 de diciembre", "2026-01-05", "2025-12-28")]
#[case("arrested on Jan. 20", "2026-01-29", "2026-01-20")]
#[case("excarceladas hace tres días", "2026-01-22", "2026-01-19")]
#[case("arrested last year", "2026-01-22", "2025")]
// issue 13: tables write day first; "el pasado martes" said on a Tuesday is a week before.
#[case("detenido el 03/08/2024", "2026-01-22", "2024-08-03")]
#[case("Fecha: 29-07-2024", "2026-01-22", "2024-07-29")]
#[case("excarcelado el pasado martes", "2026-01-13", "2026-01-06")]
#[case("excarcelada la noche del martes", "2026-01-14", "2026-01-13")]
#[case("liberados el 12 ene", "2026-01-14", "2026-01-12")]
// a weekday with its day of the month; an abbreviated month's stop before the year; a day and
// month without the year.
#[case(
    "fue trasladado el miércoles 18 de El Helicoide",
    "2026-03-25",
    "2026-03-18"
)]
#[case("salió el martes 3 de marzo", "2026-03-25", "2026-03-03")]
#[case("held at El Helicoide since 11 Jan. 2025", "2026-02-20", "2025-01-11")]
#[case("released 13 Feb.", "2026-02-20", "2026-02-13")]
#[case("Excarcelado el 8/1 desde el Rodeo I", "2026-01-14", "2026-01-08")]
#[case("excarcelada el 30/12", "2026-01-14", "2025-12-30")]
fn resolves_dates(#[case] sentence: &str, #[case] published: &str, #[case] expected: &str) {
    assert_eq!(
        first_date(sentence, published).as_deref(),
        Some(expected),
        "{sentence}"
    );
}

#[test]
fn relative_dates_stay_null_without_a_publication_date() {
    let doc = text::parse("fue liberado ayer, el jueves");
    assert!(dates::find(&doc, 0, doc.tokens.len(), None).is_empty());
}

#[test]
fn fractions_and_hours_are_not_days() {
    assert_eq!(first_date("1/3 de los presos", "2026-01-08"), None);
    assert_eq!(
        first_date("atención 24/7 para familiares", "2026-01-08"),
        None
    );
}

#[test]
fn may_the_verb_is_not_a_month() {
    assert_eq!(
        first_date("the government may be releasing detainees", "2026-01-08"),
        None
    );
}

#[test]
fn partial_dates_round_trip() {
    for s in ["2021", "2024-03", "2026-01-08"] {
        assert_eq!(
            PartialDate::parse(s).map(|d| d.to_string()).as_deref(),
            Some(s)
        );
    }
    assert_eq!(PartialDate::parse("2026-13"), None);
}

#[test]
fn issue_13_a_list_item_keeps_its_own_date() {
    // The lead names no day; each item tells its own ("released 13 Feb.").
    let x = crate::run(
        "Foro Penal confirmed the releases.\n\n- Amelia Josefina Córdova, 31, nurse; released 13 Feb.\n- Jean Carlos Medina Arroyo, 27, courier; released 16 Feb. from Yare II.\n- Rosalinda Pérez Ucar, teacher; released 15 Feb. from the INOF.",
        "2026-02-20",
    );
    for (name, date) in [
        ("Amelia Josefina Córdova", "2026-02-13"),
        ("Jean Carlos Medina Arroyo", "2026-02-16"),
        ("Rosalinda Pérez Ucar", "2026-02-15"),
    ] {
        assert_eq!(crate::dates_of(&x, name), [date], "{name}");
    }
}

#[test]
fn issue_13_the_day_of_a_statement_dates_an_event_only_when_no_other_is_told() {
    let x = crate::run(
        "El comité confirmó este sábado la excarcelación de Yubiri Antonia Marcano durante la madrugada de este viernes.\n\nLa ONG informó este sábado la excarcelación de Wilmer Ostos Paredes.",
        "2026-01-17",
    );
    for (name, date) in [
        ("Yubiri Antonia Marcano", "2026-01-16"),
        ("Wilmer Ostos Paredes", "2026-01-17"),
    ] {
        assert_eq!(crate::dates_of(&x, name), [date], "{name}");
    }
}

#[test]
fn issue_13_the_day_the_scene_was_set_dates_the_release_told_next() {
    let x = crate::run(
        "Familiares de presos políticos vivieron este jueves una larga jornada frente al penal de Tocuyito. Al caer la noche, la ONG había confirmado la excarcelación de Deivis Alfonzo Rengifo.",
        "2026-01-16",
    );
    assert_eq!(
        crate::dates_of(&x, "Deivis Alfonzo Rengifo"),
        ["2026-01-15"]
    );
}

#[test]
fn issue_13_a_table_column_says_the_day_its_statuses_hold() {
    let doc = text::parse(
        "Nombre | Cédula | Fecha de detención | Centro | Situación al 19/04/2026\nAna Pérez | 1 | 13/04/2026 | Boleíta | Detenida",
    );
    let as_of = dates::document_as_of(&doc, doc.sentences.len() - 1, Some(day("2026-04-20")));
    assert_eq!(as_of.map(|d| d.to_string()).as_deref(), Some("2026-04-19"));
}

#[test]
fn issue_13_an_arrest_told_in_the_past_perfect_is_background_to_the_list() {
    let x = crate::run(
        "Por Redacción | 14 de enero de 2026\n\nVALENCIA. Doce personas detenidas por razones políticas salieron en la noche del martes del penal de Tocuyito, informó este miércoles el comité. Todos habían sido detenidos durante las protestas de julio de 2024.\n\nEstos son sus nombres:\n\nCon régimen de presentación: Yulimar Pastrano Oliveros y Jhonder Alexis Maita.",
        "2026-01-14",
    );
    for name in ["Yulimar Pastrano Oliveros", "Jhonder Alexis Maita"] {
        let p = crate::person(&x, name).unwrap_or_else(|| panic!("{name} in {x:#?}"));
        let dated: Vec<(String, String)> = p
            .events
            .iter()
            .map(|e| {
                (
                    format!("{:?}", e.kind),
                    e.date.as_ref().map(|d| d.to_string()).unwrap_or_default(),
                )
            })
            .collect();
        assert!(
            dated.iter().any(|(_, d)| d == "2026-01-13"),
            "{name}: {dated:?}"
        );
        assert!(
            !dated.iter().any(|(_, d)| d == "2026-01-14"),
            "{name}: {dated:?}"
        );
    }
}

#[test]
fn issue_13_an_arrest_shared_with_people_told_before_takes_their_day() {
    let x = crate::run(
        "Funcionarios del Sebin detuvieron el 2 de febrero al sindicalista Eliécer Monsalve Ortiz en Valencia. En el mismo procedimiento también se llevaron a la trabajadora Yelimar Coromoto Briceño.",
        "2026-02-05",
    );
    assert_eq!(
        crate::date_of(&x, "Yelimar Coromoto Briceño", "arrest"),
        "2026-02-02"
    );
}
