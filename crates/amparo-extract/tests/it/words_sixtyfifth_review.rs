//! issue 13, sixty-fifth round: what the black-box reviews of the round's rules found them
//! breaking, mended; written anew with invented names.

#[test]
fn issue_13_he_who_visits_his_father_held_is_not_given_his_father_s_arrest() {
    let x = crate::run(
        "Marisela Ortúzar was arrested on 3 April. Her son, Tobías Ortúzar, was 14 when he \
visited his father, who was jailed in 2015 for protesting.",
        "2025-10-20",
    );
    assert!(crate::person(&x, "Tobías Ortúzar").is_none());
}

#[test]
fn issue_13_political_prisoners_a_guard_was_cruel_to_stay_detainees() {
    let x = crate::run(
        "Dos custodios fueron detenidos por trato cruel contra los presos políticos Anacleto \
Rivas y Filomena Caraballo, detenidos desde el 3 de enero en el Rodeo I.",
        "2025-02-15",
    );
    for name in ["Anacleto Rivas", "Filomena Caraballo"] {
        assert!(crate::kinds_of(&x, name).contains(&"arrest"), "{name}");
    }
}

#[test]
fn issue_13_a_list_of_journalists_with_their_handles_keeps_them() {
    let x = crate::run(
        "Periodistas detenidos desde el 28 de julio:\n\
Anacleto Rivas @anacletorivas\n\
Filomena Caraballo @filocaraballo\n\
Exigimos su liberación inmediata.",
        "2024-08-20",
    );
    // (Named, as before the rule; not taken for the headers of posts.)
    for name in ["Anacleto Rivas", "Filomena Caraballo"] {
        let named =
            crate::person(&x, name).is_some() || x.not_detainees.iter().any(|m| m.name == name);
        assert!(named, "{name}");
    }
}

#[test]
fn issue_13_a_line_of_tallies_still_gives_its_count() {
    let x = crate::run(
        "Siguen detenidos: 17 | Excarcelados: 5\n\n\
Filomena Caraballo, excarcelada el 10 de agosto, denunció maltratos.",
        "2024-08-20",
    );
    assert!(
        x.counts.iter().any(|c| c.number == Some(5)),
        "{:?}",
        x.counts
    );
}

#[test]
fn issue_13_a_surname_salvo_stays_a_name() {
    let x = crate::run(
        "Police in Caracas arrested activist Ana Lucía Salvo on March 3, 2025.",
        "2025-03-10",
    );
    assert!(crate::kinds_of(&x, "Ana Lucía Salvo").contains(&"arrest"));
}

#[test]
fn issue_13_seven_officials_listed_are_not_the_seven_detained_after() {
    let x = crate::run(
        "Jueces y fiscales sancionados:\n\
Octaviano Ruiz Baca, 58 años, juez\n\
Lisbeth Urdaneta Mora, 44 años, fiscal\n\
Horacio Pineda López, 61 años, comisionado\n\n\
CRONOLOGÍA\n\
12 de septiembre: La policía detiene a tres campesinos en Boaco.\n\
14 de septiembre: Los tres son trasladados a La Modelo.",
        "2025-10-01",
    );
    for name in [
        "Octaviano Ruiz Baca",
        "Lisbeth Urdaneta Mora",
        "Horacio Pineda López",
    ] {
        assert!(crate::person(&x, name).is_none(), "{name}");
    }
}

#[test]
fn issue_13_new_admissions_of_a_hospital_are_no_arrests() {
    let x = crate::run(
        "Hospital Escuela — Informe de la semana\n\n\
NUEVOS INGRESOS\n\
Heriberto Baltazar Ruiz, 67 años, neumonía\n\
Fabiola Cerdas Lanuza, 45 años, fractura de cadera",
        "2025-10-01",
    );
    for name in ["Heriberto Baltazar Ruiz", "Fabiola Cerdas Lanuza"] {
        assert!(crate::person(&x, name).is_none(), "{name}");
    }
}

#[test]
fn issue_13_troops_detaining_dozens_as_a_commander_looks_on_arrest_no_commander() {
    let x = crate::run(
        "Timeline\n\n\
14 March: Troops detain dozens of protesters in Masaya as army commander Julián Benavides \
Brau looks on.",
        "2025-04-01",
    );
    assert!(crate::person(&x, "Julián Benavides Brau").is_none());
}

#[test]
fn issue_13_a_numbered_name_heading_does_not_take_the_arrest_its_paragraph_tells_of_another() {
    let x = crate::run(
        "CASOS EN MONAGAS\n\n\
1. RODOLFO ELÍAS BRITO\n\n\
Su hermano, Lisandro Brito, fue detenido el 2 de agosto en Maturín. Rodolfo denunció el hecho \
en redes sociales.\n\n\
2. MARIELA FERNANDA OCHOA\n\n\
Dirigente vecinal. El 5 de agosto fue detenido su esposo, Cándido Lira, en la sede del partido.",
        "2024-08-20",
    );
    assert!(crate::person(&x, "MARIELA FERNANDA OCHOA").is_none());
    assert!(crate::person(&x, "RODOLFO ELÍAS BRITO").is_none());
}
