//! issue 13, twenty-second round: what words say of one person — a state that is no custody, a
//! day that opens the sentence. Invented names only.

use crate::{date_of, kinds_of};

#[test]
fn issue_13_still_of_unknown_whereabouts_is_no_custody() {
    let x = crate::run(
        "Familiares denunciaron también que el exmilitar Rigoberto Mayorga Chávez, detenido el 12 de octubre en Masaya, sigue en paradero desconocido.",
        "2025-11-21",
    );
    let kinds = kinds_of(&x, "Rigoberto Mayorga Chávez");
    assert!(kinds.contains(&"disappearance"), "{x:#?}");
    assert!(!kinds.contains(&"detention"), "{x:#?}");
}

#[test]
fn issue_13_a_day_that_opens_the_sentence_dates_its_verb_past_an_apposition() {
    let x = crate::run(
        "Un día antes, el miércoles, el sacerdote panameño Aurelio Benítez Castro, párroco en Jinotega y detenido en agosto, fue expulsado hacia Costa Rica.",
        "2025-11-21",
    );
    assert_eq!(
        date_of(&x, "Aurelio Benítez Castro", "expulsion"),
        "2025-11-19",
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "Aurelio Benítez Castro", "arrest"),
        "2025-08",
        "{x:#?}"
    );
}

#[test]
fn issue_13_the_day_that_names_the_protesters_dates_no_release() {
    let x = crate::run(
        "El observatorio confirmó con familiares la excarcelación de tres presos políticos del 11 de julio de 2021 el pasado martes.\n\nLa lista: Yaniel Cutiño Ferrás, Odalys Marrero Peña y Lázaro Frómeta Gil.",
        "2026-01-30",
    );
    for name in [
        "Yaniel Cutiño Ferrás",
        "Odalys Marrero Peña",
        "Lázaro Frómeta Gil",
    ] {
        assert_eq!(date_of(&x, name, "release"), "2026-01-27", "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_a_state_with_no_subject_is_of_the_one_person_just_introduced() {
    let x = crate::run(
        "Conozco desde hace treinta años al general de brigada retirado Cástulo Imery Salcedo. Está preso en Ramo Verde desde abril de 2018, acusado de una conspiración que nunca se probó.\n\nConozco también a la abogada Marbella Oquendo Rivas. Pasó dos años en el INOF y fue excarcelada en diciembre de 2024.",
        "2026-03-20",
    );
    assert!(
        kinds_of(&x, "Cástulo Imery Salcedo").contains(&"detention"),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Marbella Oquendo Rivas").contains(&"detention"),
        "{x:#?}"
    );
    // (Not a relative who waits, nor a lawyer at work.)
    let x = crate::run(
        "Del estudiante Rubén Aray no se sabe nada desde el lunes. Su mamá, la señora Nubia Aray, lleva dos días parada frente al penal sin respuesta. Lo consideramos desaparecido.",
        "2026-03-20",
    );
    assert!(crate::person(&x, "Nubia Aray").is_none(), "{x:#?}");
}

#[test]
fn issue_13_custody_no_authority_acknowledges_is_a_disappearance() {
    let x = crate::run(
        "The family of former army major Ezequías Ponce Urbina, detained in Granada in September, say no authority has acknowledged holding him.",
        "2026-02-26",
    );
    assert!(
        kinds_of(&x, "Ezequías Ponce Urbina").contains(&"disappearance"),
        "{x:#?}"
    );
    // (Acknowledged: no disappearance.)
    let x = crate::run(
        "Former army major Ezequías Ponce Urbina was detained in Granada in September; the police have acknowledged holding him at El Chipote.",
        "2026-02-26",
    );
    assert!(
        !kinds_of(&x, "Ezequías Ponce Urbina").contains(&"disappearance"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_nationals_driven_to_the_border_are_exiled_foreigners_expelled() {
    let x = crate::run(
        "El 12 de agosto, el exconcejal Rosalío Tinoco Vado fue excarcelado y llevado por la fuerza hasta la frontera con Honduras, sin documentos de identidad.",
        "2025-08-18",
    );
    let kinds = kinds_of(&x, "Rosalío Tinoco Vado");
    assert!(kinds.contains(&"release"), "{x:#?}");
    assert!(kinds.contains(&"exile"), "{x:#?}");
    assert!(!kinds.contains(&"expulsion"), "{x:#?}");
    let x = crate::run(
        "They include Colombians Yesid Arango Pulido and Leidy Cortés Ruiz, a couple arrested in Apure state in March. They were driven overnight to the border and handed to Colombian officials early Friday.",
        "2026-01-09",
    );
    for name in ["Yesid Arango Pulido", "Leidy Cortés Ruiz"] {
        let kinds = kinds_of(&x, name);
        assert!(kinds.contains(&"expulsion"), "{name}: {x:#?}");
        assert!(!kinds.contains(&"exile"), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_the_case_the_text_turns_to_is_who_its_next_verb_is_about() {
    let x = crate::run(
        "El exalcalde Dámaso Requena Vivas sigue preso en Tocorón.\n\nTomemos el caso del ucraniano Bohdan Yarema. Viajaba como turista por los Andes cuando fue detenido en Táchira, en octubre de 2024.",
        "2026-01-09",
    );
    assert_eq!(
        crate::date_of(&x, "Bohdan Yarema", "arrest"),
        "2024-10",
        "{x:#?}"
    );
    assert!(
        !kinds_of(&x, "Dámaso Requena Vivas").contains(&"arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_role_before_a_name_tells_its_gender_to_a_timelines_participle() {
    let x = crate::run(
        "La activista Mireya Cardoso Paz aterrizó el sábado en Madrid.\n\n15 de enero de 2024 — El Tribunal Provincial la condena a 5 años. En el mismo juicio, su productor musical, Alián Roque Fuentes, recibe 4 años.\n\nMayo de 2025 — Es trasladada a la prisión de mujeres Kilómetro 5 y Medio.",
        "2025-12-02",
    );
    assert!(
        !kinds_of(&x, "Alián Roque Fuentes").contains(&"transfer"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_us_citizens_put_aboard_a_flight_are_expelled() {
    let x = crate::run(
        "The State Department confirmed that U.S. citizens Ryan Callaway Ford and Mark Dorsey Lane were released from El Helicoide on Wednesday afternoon and put aboard a chartered flight to Miami.",
        "2026-01-14",
    );
    for name in ["Ryan Callaway Ford", "Mark Dorsey Lane"] {
        assert_eq!(
            kinds_of(&x, name),
            ["release", "expulsion"],
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_family_not_told_where_she_is_tells_a_disappearance() {
    let x = crate::run(
        "Student Ángela Vidal Núñez was detained on Monday in Barquisimeto. Her family has not been told where she is.",
        "2026-01-14",
    );
    let kinds = kinds_of(&x, "Ángela Vidal Núñez");
    assert!(kinds.contains(&"disappearance"), "{x:#?}");
    assert!(!kinds.contains(&"detention"), "{x:#?}");
    // (Told: no disappearance.)
    let x = crate::run(
        "Student Ángela Vidal Núñez was detained on Monday in Barquisimeto. Her family was told where she is held on Tuesday.",
        "2026-01-14",
    );
    assert!(
        !kinds_of(&x, "Ángela Vidal Núñez").contains(&"disappearance"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_furlough_is_a_release_on_conditions() {
    let x = crate::run(
        "RELEASES\n\n• Lawyer Shirin Kamali Dehghan was released on bail on Thursday.\n• Teachers' union activist Mahmoud Rezaei Kord was granted a 10-day furlough from Ghezel Hesar Prison on Sunday and must return on 10 December.",
        "2025-12-02",
    );
    assert_eq!(
        kinds_of(&x, "Mahmoud Rezaei Kord"),
        ["conditional_release"],
        "{x:#?}"
    );
}
