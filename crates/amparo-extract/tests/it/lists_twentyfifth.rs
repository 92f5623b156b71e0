//! issue 13, twenty-fifth round: lists, digests and records — an outlet heading a digest's item.
//! Invented names only.

#[test]
fn issue_13_a_newscasts_name_heading_a_digest_item_is_no_one() {
    let x = crate::run(
        "RESUMEN SEMANAL\n\n▸ Noticiero del Sur: Periodista desaparecido en León\nLa Policía se llevó el lunes de su casa en León al periodista Evaristo Moncada Ruiz. Desde entonces se desconoce su paradero.",
        "2026-02-27",
    );
    assert!(
        !x.persons.iter().any(|p| p.name.contains("Noticiero")),
        "{x:#?}"
    );
    assert!(
        crate::person(&x, "Evaristo Moncada Ruiz").is_some(),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_trade_before_a_name_is_not_part_of_it() {
    let x = crate::run(
        "Artist Oksana Veretennikova was detained on Monday in Moscow.\n\nEl rapero Yoel Castañeda Brito fue detenido el martes. Músico y poeta, Castañeda…\n\nMusician Yahor Kastsiuk was arrested in Minsk on Tuesday.",
        "2025-10-20",
    );
    for name in [
        "Oksana Veretennikova",
        "Yahor Kastsiuk",
        "Yoel Castañeda Brito",
    ] {
        assert!(crate::person(&x, name).is_some(), "{name}: {x:#?}");
    }
    assert!(
        !x.persons
            .iter()
            .any(|p| p.name.starts_with("Artist") || p.name.starts_with("Musician")),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_coverage_team_is_page_furniture() {
    let x = crate::run(
        "EN DIRECTO | Excarcelaciones en Venezuela: minuto a minuto\nEquipo de cobertura: Graciela Sanoja, Luis Armando Pereira y Odalys Chacín\n\n21:10 — Fuentes de la ONG confirman la excarcelación de la activista Coromoto Fajardo Silva, de Guarenas.",
        "2026-01-09",
    );
    for name in ["Graciela Sanoja", "Luis Armando Pereira", "Odalys Chacín"] {
        assert!(crate::person(&x, name).is_none(), "{name}: {x:#?}");
    }
    assert!(
        crate::person(&x, "Coromoto Fajardo Silva").is_some(),
        "{x:#?}"
    );
}

#[test]
fn issue_13_words_of_institutions_and_credits_name_no_one() {
    let x = crate::run(
        "Conduce: Anselmo Rivero. Producción: Mirna Salcedo.\n\nAccording to the European External Action Service, at least 11 EU citizens remain detained. On 20 August 2025 Parisa Nourbakhsh was transferred to Qarchak Women's Prison in Varamin, where she remains.\n\n1. CAPTURAN AL PÁRROCO DE BOACO\n\nPRIMERO: Se ADMITE totalmente la acusación fiscal contra el ciudadano HÉCTOR LUIS OROPEZA.",
        "2025-10-10",
    );
    for bad in [
        "Anselmo Rivero",
        "External Action",
        "Qarchak Women",
        "PÁRROCO DE BOACO",
        "Se ADMITE",
    ] {
        assert!(crate::person(&x, bad).is_none(), "{bad}: {x:#?}");
    }
    assert!(crate::person(&x, "Parisa Nourbakhsh").is_some(), "{x:#?}");
}

#[test]
fn issue_13_headings_in_capitals_and_fronted_verbs_name_no_one() {
    let x = crate::run(
        "• HUELGA DE HAMBRE — Zoraida Pinto Quevedo, en el INOF, cumple hoy 12 días sin ingerir alimentos.\n\n3. ¿Contempla la Vicepresidenta / Alta Representante ampliar las medidas restrictivas a los responsables de las detenciones arbitrarias?\n\n4. A SEPARATE EXPULSION\n\nAlso on Friday, Dutch national Pieter van Dijkstra, 34, held at Rodeo I since January, was released and ordered to leave Venezuela.",
        "2025-10-10",
    );
    for bad in [
        "HUELGA DE HAMBRE",
        "Contempla la Vicepresidenta",
        "SEPARATE EXPULSION",
    ] {
        assert!(crate::person(&x, bad).is_none(), "{bad}: {x:#?}");
        // (Not even a name mentioned.)
        assert!(
            !x.not_detainees.iter().any(|m| m.name == bad),
            "{bad}: {x:#?}"
        );
    }
    assert!(crate::person(&x, "Pieter van Dijkstra").is_some(), "{x:#?}");
}
