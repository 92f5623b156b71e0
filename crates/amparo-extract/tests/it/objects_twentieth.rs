//! issue 13, twentieth round: who an event takes when the text names them as its objects — a
//! relative taken with the first ("y a su hijo"), the one before "a quien la policía se llevó",
//! the pair a government "confirma que" are safe and "Ambos estaban presos". Invented names only.

use crate::{kinds_of, person};

fn run(text: &str) -> amparo_extract::Extraction {
    crate::run(text, "2026-03-10")
}

#[test]
fn issue_13_a_son_taken_with_his_father_is_taken_too() {
    let x = run(
        "Anoche funcionarios del SEBIN encapuchados se llevaron de su casa en la urb. Del Este al profesor ORLANDO JOSÉ PIÑERO, de la UCLA, y a su hijo KEVIN PIÑERO (19 años, estudiante de Agronomía).",
    );
    for name in ["ORLANDO JOSÉ PIÑERO", "KEVIN PIÑERO"] {
        assert!(kinds_of(&x, name).contains(&"arrest"), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_the_one_whom_the_police_took_is_taken() {
    let x = run(
        "Por eso hay que nombrarlos. El profesor Samuel Brito Urdaneta, a quien la policía se llevó de su casa en Cumaná el 5 de octubre y a quien ningún organismo reconoce tener.",
    );
    assert!(
        kinds_of(&x, "Samuel Brito Urdaneta").contains(&"arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_both_whom_a_ministry_confirms_safe_were_held() {
    let x = run(
        "La cancillería de Colombia confirma que sus connacionales Jhon Fredy Ospina Gil y Luz Dary Cárdenas Mejía están a salvo en la sede consular en Caracas. Ambos estaban presos desde 2024 en Rodeo I y El Helicoide, respectivamente.",
    );
    for name in ["Jhon Fredy Ospina Gil", "Luz Dary Cárdenas Mejía"] {
        assert!(!kinds_of(&x, name).is_empty(), "{name}: {x:#?}");
    }
    // (Who speaks is not spoken of: "dijo X" stays a source.)
    let y = run(
        "Ambos seguían presos en Rodeo I, dijo Marta Ruiz Pino, y lo confirmó Pedro Salas Mena.",
    );
    assert!(
        person(&y, "Marta Ruiz Pino").is_none_or(|p| p.events.is_empty()),
        "{y:#?}"
    );
}

#[test]
fn issue_13_stopped_at_a_checkpoint_is_an_arrest() {
    let x = run(
        "En la madrugada de hoy, el periodista Luis Ángel D'Agostino y la camarógrafa Keila Yanetzi Rincón fueron interceptados en un punto de control de la autopista Regional del Centro.",
    );
    for name in ["Luis Ángel D'Agostino", "Keila Yanetzi Rincón"] {
        assert!(kinds_of(&x, name).contains(&"arrest"), "{name}: {x:#?}");
    }
    // (Not a pass intercepted in a football match.)
    let y = run("El delantero Mario Paredes fue interceptado en el área por el defensa.");
    assert!(
        person(&y, "Mario Paredes").is_none_or(|p| p.events.is_empty()),
        "{y:#?}"
    );
}

#[test]
fn issue_13_a_border_post_and_a_cathedral_are_no_one() {
    let x = run(
        "El costarricense es el comerciante Marvin Solís Araya, detenido en el puesto fronterizo de Peñas Blancas el 2 de febrero.

On Friday night, police officers broke up a vigil outside the Plaza Bolívar cathedral and arrested three students.",
    );
    assert!(
        kinds_of(&x, "Marvin Solís Araya").contains(&"arrest"),
        "{x:#?}"
    );
    for place in ["Peñas Blancas", "Plaza Bolívar"] {
        assert!(person(&x, place).is_none(), "{place}: {x:#?}");
    }
}

#[test]
fn issue_13_a_companion_taken_along_leaves_the_timeline_on_its_subject() {
    let x = run(
        "Roberto Antonio Quintana Lares, coordinador del partido en Barquisimeto, cumple más de un año tras las rejas.

7 de enero de 2025 — Funcionarios del Sebin lo detienen en Barquisimeto. Con él es arrestado su chofer, Deivis Manuel Piña Ochoa.

9 de enero de 2025 — En una audiencia telemática, la Fiscalía le imputa traición a la patria.

30 de noviembre de 2025 — El Tribunal Segundo de Juicio lo condena a 16 años de prisión.",
    );
    let quintana = kinds_of(&x, "Roberto Antonio Quintana Lares");
    assert!(quintana.contains(&"sentence"), "{x:#?}");
    let pina = kinds_of(&x, "Deivis Manuel Piña Ochoa");
    assert!(pina.contains(&"arrest"), "{x:#?}");
    assert!(!pina.contains(&"sentence"), "{x:#?}");
}
