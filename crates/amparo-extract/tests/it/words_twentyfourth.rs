//! issue 13, twenty-fourth round: what words say of one person — a stay told in the perfect, a
//! clitic right after the sentence that introduced the one taken. Invented names only.

use crate::kinds_of;

#[test]
fn issue_13_a_stay_told_in_the_pluperfect_is_a_detention() {
    let x = crate::run(
        "El sindicalista Baltasar Urquiola Mena obtuvo la libertad plena el viernes. Urquiola había pasado 19 meses en la cárcel de Tocorón.",
        "2026-02-24",
    );
    assert!(
        kinds_of(&x, "Baltasar Urquiola Mena").contains(&"detention"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_clitic_after_the_son_is_introduced_is_his_arrest() {
    let x = crate::run(
        "NELLY ROJAS: Mi hijo se llama Brayan Eduardo Guaita Ruiz, tiene 23 años, es mototaxista. Hace dos semanas lo agarraron saliendo de la casa unos funcionarios sin uniforme.",
        "2025-11-05",
    );
    assert!(
        kinds_of(&x, "Brayan Eduardo Guaita Ruiz").contains(&"arrest"),
        "{x:#?}"
    );
    // Not the mother who tells it.
    assert!(!x.persons.iter().any(|p| p.name == "NELLY ROJAS"), "{x:#?}");
}

#[test]
fn issue_13_full_freedom_granted_and_a_stay_in_zona_7() {
    let x = crate::run(
        "11:20 GMT\nSome good news: human rights lawyer Eliseo Marrero Paz, 71, was granted full freedom, with no restrictions, on Tuesday, according to his daughter. His case was dismissed. He had spent eleven months in Zona 7.",
        "2026-01-14",
    );
    assert_eq!(
        crate::date_of(&x, "Eliseo Marrero Paz", "release"),
        "2026-01-13",
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Eliseo Marrero Paz").contains(&"detention"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_move_to_house_arrest_in_the_present_perfect_is_the_day_of_the_news() {
    let x = crate::run(
        "Opposition politician Rosendo Aular Piña has been moved from El Helicoide to house arrest at his home in Barquisimeto, his party said. Aular was arrested on 30 July 2024.",
        "2026-01-14",
    );
    assert_eq!(
        crate::date_of(&x, "Rosendo Aular Piña", "house_arrest"),
        "2026-01-14",
        "{x:#?}"
    );
}

#[test]
fn issue_13_days_counted_after_a_day_of_the_same_sentence() {
    let x = crate::run(
        "Panamanian priest Evaristo Quiel Batista was detained by police on 3 February and expelled across the border to Costa Rica two days later, his order said.\n\nEl maestro Rigoberto Salcedo Lira fue detenido el 9 de marzo y a los tres días fue excarcelado.",
        "2025-04-14",
    );
    assert_eq!(
        crate::date_of(&x, "Evaristo Quiel Batista", "expulsion"),
        "2025-02-05",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Rigoberto Salcedo Lira", "release"),
        "2025-03-12",
        "{x:#?}"
    );
}

#[test]
fn issue_13_the_two_students_named_back_and_a_foreigner_flown_home_expelled() {
    let x = crate::run(
        "Also freed were Peruvian businessman Teodoro Quispe Mamani and two students, Yusleidy Andrea Pirela and Jhonatan Ruiz Mora. Quispe, who ran a restaurant in Valencia, was driven to the airport directly from prison and put on a flight to Lima hours later, Peru's Foreign Ministry said. The two students, arrested during a campus protest in Caracas in November, must report to a court every 15 days and may not leave the country, their lawyer, Elías Barreto, said.",
        "2026-01-13",
    );
    for name in ["Yusleidy Andrea Pirela", "Jhonatan Ruiz Mora"] {
        let kinds = kinds_of(&x, name);
        assert!(kinds.contains(&"arrest"), "{name}: {x:#?}");
        assert!(kinds.contains(&"conditional_release"), "{name}: {x:#?}");
        let p = crate::person(&x, name).expect(name);
        assert!(p.nationality.is_empty(), "{name}: {x:#?}");
    }
    let kinds = kinds_of(&x, "Teodoro Quispe Mamani");
    assert!(kinds.contains(&"expulsion"), "{x:#?}");
    assert!(!kinds.contains(&"conditional_release"), "{x:#?}");
}

#[test]
fn issue_13_a_foreign_reporter_escorted_back_to_his_side_is_expelled() {
    let x = crate::run(
        "The Costa Rican reporter, Anselmo Quirós Brenes, who works for a San José radio station, was detained on Tuesday at the Peñas Blancas border post. He was held for about 30 hours and then escorted back to the Costa Rican side on Wednesday, Costa Rica's Foreign Ministry said.",
        "2025-04-25",
    );
    let p = crate::person(&x, "Anselmo Quirós Brenes").expect("reporter");
    assert_eq!(p.nationality, ["CR"], "{x:#?}");
    assert_eq!(
        crate::date_of(&x, "Anselmo Quirós Brenes", "expulsion"),
        "2025-04-23",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_post_s_this_morning_is_the_post_s_day() {
    let x = crate::run(
        "Solidarity Monitor (EN)\n\n14 Feb 2026, 10:12\nGrodna: KGB officers searched the flat of pensioner Nadzeya Ivanauna Shuba, 67, this morning and took her away over comments on social media.\n\n15 Feb 2026, 21:30\nA court fined a blogger today.\n\n16 Feb 2026, 08:00\nWe recognise 1,112 political prisoners.",
        "2026-02-16",
    );
    assert_eq!(
        crate::date_of(&x, "Nadzeya Ivanauna Shuba", "arrest"),
        "2026-02-14",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_hearing_record_s_decisions_are_of_its_day() {
    let x = crate::run(
        "OBSERVATORIO DE JUSTICIA\nRegistro de audiencia n.º 2025-077\n\nTipo de acto: Audiencia preliminar\nFecha: miércoles 11 de junio de 2025, 9:40 a. m. a 6:15 p. m.\n\nAcusados\n1. QUINTERO LEAL, Anselmo José — técnico, 34 años.\n2. BRICEÑO VIVAS, Yolanda — docente, 66 años.\n\nLos dos fueron aprehendidos el 9 de enero de 2025 y permanecían privados de libertad desde entonces.\n\nDispositiva\nSEGUNDO: Se admite totalmente la acusación fiscal contra los dos acusados.\nTERCERO: El acusado Anselmo José Quintero Leal se acoge al procedimiento por admisión de hechos; se le condena a cumplir la pena de ocho años de prisión.\nCUARTO: Se sustituye la privación de libertad de Yolanda Briceño Vivas por arresto domiciliario.",
        "2025-06-12",
    );
    assert_eq!(
        crate::date_of(&x, "QUINTERO LEAL, Anselmo José", "sentence"),
        "2025-06-11",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "BRICEÑO VIVAS, Yolanda", "house_arrest"),
        "2025-06-11",
        "{x:#?}"
    );
}

#[test]
fn issue_13_custody_acknowledged_by_no_one_is_a_disappearance() {
    for (text, name) in [
        (
            "El maestro Ruperto Quintero Lima fue detenido el 2 de febrero. Ninguna autoridad ha reconocido su detención ni informado su paradero.",
            "Ruperto Quintero Lima",
        ),
        (
            "La enfermera Eumelia Prado Sotillo fue detenida el 2 de febrero. Ningún cuerpo policial admite tenerla.",
            "Eumelia Prado Sotillo",
        ),
        (
            "Teacher Ruperto Quintero Lima was arrested on February 2. Since that night the authorities have refused to confirm where he is held.",
            "Ruperto Quintero Lima",
        ),
        (
            "Teacher Ruperto Quintero Lima was arrested on February 2. The authorities have never acknowledged that they hold him.",
            "Ruperto Quintero Lima",
        ),
    ] {
        let x = crate::run(text, "2026-03-01");
        assert!(
            kinds_of(&x, name).contains(&"disappearance"),
            "{text}: {x:#?}"
        );
    }
    // (Acknowledged, no disappearance.)
    let x = crate::run(
        "El maestro Ruperto Quintero Lima fue detenido el 2 de febrero. La DGCIM reconoce la detención.",
        "2026-03-01",
    );
    assert!(
        !kinds_of(&x, "Ruperto Quintero Lima").contains(&"disappearance"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_facing_charges_is_a_charge() {
    let x = crate::run(
        "Photojournalist Ovidio Mejías Arcay has been held in El Rodeo I since Aug. 5, 2024. Mejías faces charges of terrorism and incitement to hatred.",
        "2026-02-18",
    );
    assert!(
        kinds_of(&x, "Ovidio Mejías Arcay").contains(&"charge"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_charge_of_false_information_is_no_claim_judged_false() {
    let x = crate::run(
        "Economist Horacio Bermúdez Lander was arrested on Sunday at his home in Caracas and charged on Thursday with \"spreading false information that causes public alarm.\" Blogger Yegor Tumanov is charged with spreading \"knowingly false information\" about the armed forces.",
        "2025-08-09",
    );
    assert!(
        kinds_of(&x, "Horacio Bermúdez Lander").contains(&"arrest"),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Horacio Bermúdez Lander").contains(&"charge"),
        "{x:#?}"
    );
    assert!(kinds_of(&x, "Yegor Tumanov").contains(&"charge"), "{x:#?}");
    // (A quote judged false after it stays a claim: "\"X fue detenido ayer\" — FALSO.")
    let x = crate::run(
        "\"El diputado Aníbal Corrales Pinto fue detenido ayer en Maracay\" — FALSO.",
        "2025-08-09",
    );
    assert!(
        crate::person(&x, "Aníbal Corrales Pinto").is_none(),
        "{x:#?}"
    );
}

#[test]
fn issue_13_freed_on_condition_of_leaving_and_forced_to_leave_are_exiles() {
    let x = crate::run(
        "El activista Ramiro Castellanos Boada fue excarcelado del Rodeo I el jueves con la condición de salir del país: ya está en Bogotá. En el mismo vuelo iba el activista Gumersindo Leal Pérez, excarcelado ese día y obligado a salir de su propio país.",
        "2026-02-14",
    );
    for name in ["Ramiro Castellanos Boada", "Gumersindo Leal Pérez"] {
        assert!(kinds_of(&x, name).contains(&"exile"), "{name}: {x:#?}");
    }
    // (A ban on leaving is no exile.)
    let x = crate::run(
        "El activista Ramiro Castellanos Boada fue excarcelado el jueves con prohibición de salir del país.",
        "2026-02-14",
    );
    assert!(
        !kinds_of(&x, "Ramiro Castellanos Boada").contains(&"exile"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_the_custody_of_a_question_of_whereabouts_is_no_detention() {
    let x = crate::run(
        "Pastor Noel Antonio Zeledón Rivas was arrested alongside the Americans on April 2. His wife has not been told where he is being held, and police have not acknowledged his detention.",
        "2025-04-25",
    );
    let kinds = kinds_of(&x, "Noel Antonio Zeledón Rivas");
    assert!(kinds.contains(&"disappearance"), "{x:#?}");
    assert!(!kinds.contains(&"detention"), "{x:#?}");
    // (A relative clause's custody stands: "…Hlybokaye, where he has been held since 2021".)
    let x = crate::run(
        "His wife said Uladzimir Kaval, 68, had been returned to penal colony No. 13 in Hlybokaye, where he has been held since 2021.",
        "2025-09-12",
    );
    assert!(!kinds_of(&x, "Uladzimir Kaval").is_empty(), "{x:#?}");
}

#[test]
fn issue_13_an_act_of_hearing_lists_the_accused_and_admits_the_charges() {
    let x = crate::run(
        "ACTA DE AUDIENCIA PRELIMINAR\n\nEn el día de hoy, martes veintidós (22) de abril de dos mil veinticinco (2025), siendo las 10:40 a. m., se constituye el Tribunal a fin de celebrar la audiencia preliminar en la causa seguida contra los ciudadanos:\n\n1. FRANCISCO JAVIER ITURBE PACHECO, concejal del municipio Sucre;\n2. MILAGROS JOSEFINA ZAMORA DE LEÓN, coordinadora comunitaria;\n\naprehendidos el 09/11/2024 en el sector José Félix Ribas de Petare.\n\nPRIMERO: ADMITE totalmente la acusación presentada por el Ministerio Público contra los ciudadanos ITURBE PACHECO y ZAMORA DE LEÓN por la presunta comisión del delito de INSTIGACIÓN AL ODIO.",
        "2025-04-23",
    );
    for name in [
        "FRANCISCO JAVIER ITURBE PACHECO",
        "MILAGROS JOSEFINA ZAMORA DE LEÓN",
    ] {
        assert_eq!(
            crate::date_of(&x, name, "arrest"),
            "2024-11-09",
            "{name}: {x:#?}"
        );
        assert_eq!(
            crate::date_of(&x, name, "charge"),
            "2025-04-22",
            "{name}: {x:#?}"
        );
    }
    assert!(
        crate::person(&x, "ACTA DE AUDIENCIA PRELIMINAR").is_none(),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_list_updated_to_a_day_told_in_a_sentence() {
    let x = crate::run(
        "BARQUISIMETO. Siete personas continúan privadas de libertad, según la lista que el comité entregó este miércoles. El documento está actualizado al 15/09/2025.\n\nNombre | Cédula | Fecha de detención | Centro\nWilmer José Alvarado Peraza | V-24.518.330 | 12/08/2025 | Comando de Zona 12 de la GNB, Barquisimeto\nKeiner Alexis Torrealba Ruiz | V-28.907.114 | 12/08/2025 | Comando de Zona 12 de la GNB, Barquisimeto",
        "2025-09-18",
    );
    assert_eq!(
        crate::date_of(&x, "Wilmer José Alvarado Peraza", "detention"),
        "2025-09-15",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_channel_s_dotted_stamp_heads_its_post() {
    let x = crate::run(
        "Canal: Oriente Libre Noticias\n\n[20.03.25 21:14]\nAgentes de la Seguridad del Estado se llevaron esta noche de su casa al rapero Yoendris Pacheco Ruiz.\n\n[21.03.25 13:05]\nPacheco apareció en la unidad de Operaciones.",
        "2025-03-21",
    );
    assert_eq!(
        crate::date_of(&x, "Yoendris Pacheco Ruiz", "arrest"),
        "2025-03-20",
        "{x:#?}"
    );
}

#[test]
fn issue_13_marking_days_in_a_prison_and_words_that_are_no_names() {
    let x = crate::run(
        "From: The Detention Dispatch <dispatch@example.org>\n\nHuman rights defender Carmen Rosa Lizcano marks 100 days in El Helicoide this week.\n\nHAS RULED:\n\nTo find VORONOV Kirill Andreyevich guilty and to sentence him to 12 (twelve) years.",
        "2025-12-12",
    );
    assert!(
        kinds_of(&x, "Carmen Rosa Lizcano").contains(&"detention"),
        "{x:#?}"
    );
    for name in ["Detention Dispatch", "HAS RULED"] {
        assert!(crate::person(&x, name).is_none(), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_deported_by_a_clitic_and_a_cuban_prison_by_its_name() {
    let x = crate::run(
        "El turista mexicano Iván Alejandro Roblero, de 27 años, fue detenido el domingo en el aeropuerto de Santa Clara. Tras ocho horas de interrogatorio, lo deportaron a Cancún ese mismo día. El preso del 11J Ariel Castellón Moya cumple hoy 20 días en huelga de hambre en el Combinado del Este.",
        "2025-06-10",
    );
    assert!(
        kinds_of(&x, "Iván Alejandro Roblero").contains(&"expulsion"),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Ariel Castellón Moya").contains(&"detention"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_mar_jun_jul_abbreviated_beside_a_day_and_not_a_prison_s_name() {
    let x = crate::run(
        "Police arrested teacher Ana Ruiz Mora on 20 Mar 2025. Student Luis Peña Roa was arrested on Jun. 3. Rosa Labrada Fis sigue en la prisión de mujeres de Mar Verde.",
        "2025-07-10",
    );
    assert_eq!(
        crate::date_of(&x, "Ana Ruiz Mora", "arrest"),
        "2025-03-20",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Luis Peña Roa", "arrest"),
        "2025-06-03",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Rosa Labrada Fis", "detention"),
        "2025-07-10",
        "{x:#?}"
    );
}
