//! issue 13, twelfth round: an interview's answers in the first person, the plural first person
//! that names a group, spoken Spanish forms of release, arrest, transfer and exile, a clitic
//! after an object fronted with "a", expelled to a country, a lawyer who acts, and a
//! disappearance told without a subject; with the near-misses of these rules.
//! Invented names and sentences only.

use crate::{date_of, dates_of, kinds_of, person, run};

#[test]
fn issue_13_interview_answers_in_the_first_person_are_the_interviewees() {
    let x = run(
        "Entrevista a Yolimar Castañeda…\n\nYolimar Castañeda, maestra de 47 años, habló con nosotros en Barquisimeto.\n\n—¿Cuándo la detuvieron?\n—Me detuvieron el 11 de junio de 2024, en mi casa. Me llevaron a El Helicoide sin orden judicial.\n\n—¿Y cuándo salió?\n—Salí el 14 de enero. Tengo que presentarme cada 15 días en el tribunal.",
        "2026-01-20",
    );
    assert_eq!(
        kinds_of(&x, "Yolimar Castañeda"),
        ["arrest", "transfer", "conditional_release"],
        "{x:#?}"
    );
    assert_eq!(date_of(&x, "Yolimar Castañeda", "arrest"), "2024-06-11");
    assert_eq!(
        date_of(&x, "Yolimar Castañeda", "conditional_release"),
        "2026-01-14"
    );
    let y = run(
        "Q&A with Trevor Ashcombe, 44, a mechanic.\n\nQ: What happened?\nA: They arrested me on February 3, 2025, at a checkpoint in Táchira. They took me to Tocorón. I got out on January 11.",
        "2026-01-20",
    );
    assert_eq!(
        kinds_of(&y, "Trevor Ashcombe"),
        ["arrest", "transfer", "release"],
        "{y:#?}"
    );
    assert_eq!(date_of(&y, "Trevor Ashcombe", "arrest"), "2025-02-03");
    assert_eq!(date_of(&y, "Trevor Ashcombe", "release"), "2026-01-11");
}

#[test]
fn issue_13_the_plural_first_person_names_a_group_not_the_interviewee_alone() {
    for answer in [
        "—¿Hubo compañeras que salieron con usted?\n—Sí, ese jueves salimos cuatro.",
        "—¿La soltaron sola?\n—No, ese jueves nos soltaron a cuatro.",
    ] {
        let text = format!(
            "Entrevista a Maritza Colmenares…\n\nMaritza Colmenares, costurera de 58 años, habló con nosotros en Valencia.\n\n{answer} Las otras tres fueron Gladys Urdaneta Paz, Nelsy Tortolero Gil y Carmen Elisa Bolívar."
        );
        let x = run(&text, "2026-02-10");
        for name in [
            "Gladys Urdaneta Paz",
            "Nelsy Tortolero Gil",
            "Carmen Elisa Bolívar",
        ] {
            assert!(kinds_of(&x, name).contains(&"release"), "{name}: {x:#?}");
        }
    }
}

#[test]
fn issue_13_spoken_spanish_forms_of_release() {
    let x = run(
        "A Wilmer Antonio Sequera lo soltaron el martes.",
        "2026-03-12",
    );
    assert_eq!(kinds_of(&x, "Wilmer Antonio Sequera"), ["release"]);
    assert_eq!(dates_of(&x, "Wilmer Antonio Sequera"), ["2026-03-10"]);
    let y = run("Yusmary Peraza Toro salió libre el martes.", "2026-03-12");
    assert_eq!(kinds_of(&y, "Yusmary Peraza Toro"), ["release"]);
    assert_eq!(dates_of(&y, "Yusmary Peraza Toro"), ["2026-03-10"]);
    let z = run(
        "A Ramón Elías Cordero lo pusieron en libertad el martes.",
        "2026-03-12",
    );
    assert_eq!(kinds_of(&z, "Ramón Elías Cordero"), ["release"]);
}

#[test]
fn issue_13_spoken_spanish_forms_of_arrest_transfer_and_exile() {
    let x = run(
        "Deiby José Landaeta fue sacado de su casa el martes por el SEBIN.",
        "2026-03-12",
    );
    assert_eq!(kinds_of(&x, "Deiby José Landaeta"), ["arrest", "detention"]);
    assert_eq!(
        dates_of(&x, "Deiby José Landaeta"),
        ["2026-03-10", "2026-03-12"]
    );
    let y = run(
        "Orlando Rafael Mijares fue llevado el martes a Tocorón.",
        "2026-03-12",
    );
    assert_eq!(
        kinds_of(&y, "Orlando Rafael Mijares"),
        ["transfer", "detention"]
    );
    let z = run(
        "Luisana Beatriz Ochoa tuvo que salir del país el martes.",
        "2026-03-12",
    );
    assert_eq!(kinds_of(&z, "Luisana Beatriz Ochoa"), ["exile"]);
}

#[test]
fn issue_13_a_clitic_takes_the_object_fronted_with_a_not_the_chat_speaker() {
    let x = run(
        "[22/09/26, 08:15] Carlos Alberto (tío): Y dicen que a Rigoberto Salcedo lo soltaron ayer con presentación",
        "2026-09-22",
    );
    let kinds = kinds_of(&x, "Rigoberto Salcedo");
    assert!(
        kinds.contains(&"conditional_release") || kinds.contains(&"release"),
        "{x:#?}"
    );
    assert!(
        person(&x, "Carlos Alberto").is_none_or(|p| p.events.is_empty()),
        "{x:#?}"
    );
}

#[test]
fn issue_13_expelled_to_a_country_is_an_expulsion() {
    let x = run(
        "A mi compañero de celda, el periodista peruano Julio César Huamán Quispe, lo sacaron una madrugada de febrero y lo expulsaron a Perú por el aeropuerto de Maiquetía.",
        "2026-04-02",
    );
    assert!(
        kinds_of(&x, "Julio César Huamán Quispe").contains(&"expulsion"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_lawyer_who_acts_is_not_the_texts_focus() {
    let x = run(
        "El estudiante Mariano José Acosta fue detenido el lunes. El abogado Ezequiel Ramón Palacios introdujo hoy un habeas corpus. Lo soltaron esta tarde en una avenida de Maracaibo.",
        "2026-05-13",
    );
    assert!(
        kinds_of(&x, "Mariano José Acosta").contains(&"arrest"),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Mariano José Acosta").contains(&"release"),
        "{x:#?}"
    );
    assert!(
        person(&x, "Ezequiel Ramón Palacios")
            .is_none_or(|p| !p.events.iter().any(|e| e.kind.as_str() == "release")),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_disappearance_without_a_subject_is_the_persons_from_the_arrests_day() {
    for tail in [
        "Desde entonces se desconoce su paradero.",
        "Desde entonces nadie sabe dónde está.",
        "Desde entonces no sabemos dónde está.",
    ] {
        let text = format!(
            "A Néstor Iván Guédez se lo llevaron el 7 de abril unos hombres del DGCIM. {tail}"
        );
        let x = run(&text, "2026-05-15");
        assert_eq!(
            kinds_of(&x, "Néstor Iván Guédez"),
            ["arrest", "disappearance"],
            "{tail}: {x:#?}"
        );
        assert_eq!(
            dates_of(&x, "Néstor Iván Guédez"),
            ["2026-04-07", "2026-04-07"],
            "{tail}"
        );
    }
    let y = run(
        "Gustavo Montilla Rojas, a retired teacher, has not been seen since his arrest on Tuesday in Barinas.",
        "2026-05-15",
    );
    assert!(
        kinds_of(&y, "Gustavo Montilla Rojas").contains(&"disappearance"),
        "{y:#?}"
    );
}
