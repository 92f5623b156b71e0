//! issue 13, thirty-sixth round: forms read from the spent blind sets' errors, written anew
//! with invented names.

#[test]
fn issue_13_a_numbered_list_in_capitals_surname_first_reads_each_line_as_one_name() {
    let x = crate::run(
        "Trasladados de Rodeo I a Tocorón el sábado 10 de enero:\n\n1. PAREDES LUGO, WILMER ANTONIO\n2. CORDERO MATA, YELITZA\n3. OSORIO BRAVO, LUIS ENRIQUE – sargento.\n4. FERMÍN ROJAS, ALEXANDER JOSÉ\n5. TABARES QUINTO, EUSEBIO – detenido desde el 8 de agosto de 2024.\n6. BOLÍVAR SALAZAR, ORLANDO JOSÉ\n",
        "2026-01-11",
    );
    for name in [
        "FERMÍN ROJAS, ALEXANDER JOSÉ",
        "TABARES QUINTO, EUSEBIO",
        "BOLÍVAR SALAZAR, ORLANDO JOSÉ",
    ] {
        assert!(
            crate::kinds_of(&x, name).contains(&"transfer"),
            "{name}: {x:#?}"
        );
    }
    for part in ["ALEXANDER JOSÉ", "FERMÍN ROJAS", "SALAZAR, ORLANDO JOSÉ"] {
        assert!(crate::person(&x, part).is_none(), "{part}: {x:#?}");
    }
}

#[test]
fn issue_13_a_newsletters_section_heading_in_capitals_is_no_person() {
    let x = crate::run(
        "SIGUEN DETENIDOS\n\n- Teodoro Vallenilla, sindicalista, detenido desde marzo de 2024. Sigue en El Helicoide.\n- Maigualida Requena, detenida desde el 2 de agosto de 2024. Sigue presa en Tocuyito.\n\nOTRAS SITUACIONES\n\nEl concejal Ramiro Aponte fue citado el 16 de enero a la sede del SEBIN; tras cuatro horas de entrevista se retiró a su casa.\n\nNUESTRO TRABAJO\nNuestra directora, Gisela Urdaneta, presentó el lunes el informe trimestral.\n\nOTROS HECHOS\nA Yoel Carpio, hermano de un preso político, lo citaron a la estación y lo dejaron ir horas después.\n",
        "2026-01-20",
    );
    for heading in ["OTRAS SITUACIONES", "NUESTRO TRABAJO", "OTROS HECHOS"] {
        assert!(crate::person(&x, heading).is_none(), "{heading}: {x:#?}");
    }
    assert!(crate::person(&x, "Teodoro Vallenilla").is_some(), "{x:#?}");
}
