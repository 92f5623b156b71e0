//! issue 13, seventy-second round: forms read from blind94 (spent), written anew with invented
//! names.

#[test]
fn issue_13_a_dashed_signature_over_a_sheet_is_no_detainee() {
    let x = crate::run(
        "Subject: Monthly sheet of foreign nationals held in Venezuela (as of Oct 31)\n\n\
Dear friends,\n\nBelow is this month's sheet.\n\n— Rowena Achterberg, case coordinator\n\n\
#\tName\tNationality\tArrested\tStatus\n\
1\tTobias Brandauer\tAustrian\t2025-01-19\tHeld\n\
2\tMilan Kovarik\tCzech\t2024-09-03\tHeld\n",
        "2025-11-03",
    );
    assert!(crate::person(&x, "Rowena Achterberg").is_none(), "{x:#?}");
    assert!(crate::person(&x, "Milan Kovarik").is_some(), "{x:#?}");
}

#[test]
fn issue_13_dashed_items_of_a_list_keep_their_part() {
    let x = crate::run(
        "Among those released on Sunday were:\n\n— Orla Vantongeren, activist, member of a \
language society\n— Petras Zilinskis, an independent trade union leader\n",
        "2025-11-03",
    );
    assert!(crate::person(&x, "Orla Vantongeren").is_some(), "{x:#?}");
    assert!(crate::person(&x, "Petras Zilinskis").is_some(), "{x:#?}");
}

#[test]
fn issue_13_lawyers_who_write_a_summary_are_no_detainees() {
    let x = crate::run(
        "RESUMEN DE DECISIÓN N.º 03/2026\nJueza: Marlene Ocando\nRedactan: Abg. Celimar \
Turmero y Abg. Ovidio Rangel Pinto\n\n1. Antecedentes\n\nLos tres defendidos fueron detenidos \
el 30 de julio de 2024 en Carora. Fabián Ugueto Sira fue excarcelado el 5 de febrero.",
        "2026-02-06",
    );
    assert!(crate::person(&x, "Celimar Turmero").is_none(), "{x:#?}");
    assert!(crate::person(&x, "Ovidio Rangel Pinto").is_none(), "{x:#?}");
}

#[test]
fn issue_13_a_photographers_credit_line_is_no_detainee() {
    let x = crate::run(
        "Siete años de visitas\n\nUn coronel preso desde 2018 y un hijo que salió de \
Tocuyito.\n\nPor Nereida Falcón · 3 de diciembre de 2025\nFotografías: Ismael Quevedo \
Arnal\n\nEl coronel Teodoro Salcedo Ibarra sigue en Boleíta.",
        "2025-12-03",
    );
    assert!(
        crate::person(&x, "Ismael Quevedo Arnal").is_none(),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_wife_who_learned_her_husband_had_been_held_is_no_detainee() {
    let x = crate::run(
        "The economist Baltasar Quintero Ledezma was taken from his home in March. It was at \
that hearing that Maribel Sotillo learned her husband had been in El Helicoide all along.",
        "2025-06-20",
    );
    assert!(crate::person(&x, "Maribel Sotillo").is_none(), "{x:#?}");
}

#[test]
fn issue_13_a_sister_quoted_on_her_sister_still_inside_is_no_detainee() {
    let x = crate::run(
        "Yusmary Carrasco, hermana de Dalia Carrasco Peña, pasó la noche frente al INOF. \
\"Nos dijeron que la boleta venía en camino. Es sábado y mi hermana sigue adentro. Nadie nos da \
una explicación\", relató.",
        "2026-01-17",
    );
    assert!(crate::person(&x, "Yusmary Carrasco").is_none(), "{x:#?}");
}

#[test]
fn issue_13_held_by_a_source_after_segun_stays_with_the_one_named() {
    let x = crate::run(
        "Tampoco salió el dirigente vecinal Eusebio Marcano Lira, quien según su hijo sigue en \
Tocorón.",
        "2026-01-17",
    );
    assert!(
        crate::person(&x, "Eusebio Marcano Lira").is_some(),
        "{x:#?}"
    );
}
