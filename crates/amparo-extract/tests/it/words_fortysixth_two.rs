//! issue 13, forty-sixth round (continued): forms read from the spent blind sets' errors,
//! written anew with invented names.

#[test]
fn issue_13_a_call_for_release_a_penitentiary_death_and_a_pledge() {
    // ("Take action: write … calling for the release of X"; "He died last Wednesday in the
    // Greater Tehran Central Penitentiary"; "released on 30 October after signing a pledge not
    // to take part in any gatherings")
    let x = crate::run(
        "Kourosh Azadbakht, 61, was arrested on 19 August 2025 in Tehran. He died last Wednesday in the Greater Tehran Central Penitentiary.\n\nArash Niknam was detained on 5 October 2025 and released on 30 October after signing a pledge not to take part in any gatherings.\n\nMahsa Rostami was arrested on 2 September 2025.\n\nTake action: write to the Head of the Judiciary calling for the release of Mahsa Rostami.\n",
        "2025-11-18",
    );
    assert!(
        crate::kinds_of(&x, "Kourosh Azadbakht").contains(&"death_in_custody"),
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Arash Niknam", "conditional_release"),
        "2025-10-30",
        "{x:#?}"
    );
    assert!(
        !crate::kinds_of(&x, "Mahsa Rostami").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_prose_hard_wrapped_from_a_pdf_reads_across_its_lines() {
    // (A UN opinion pasted from a PDF, every line broken at the page's width: "…officers of the
    // Directorate General of Military Counter-intelligence (DGCIM) arrested" / "Mr. X at his
    // home…"; a name broken across two lines is printed with one space.)
    let x = crate::run(
        "4.   Anselmo Rafael Guaita Perdomo is a national of the Bolivarian Republic\nof Venezuela born in 1968. He is a retired major of the Bolivarian National\nGuard and resides in Valencia, Carabobo State.\n\n5.   According to the source, on 12 March 2024, officers of the Directorate\nGeneral of Military Counter-intelligence (DGCIM) arrested\nMr. Guaita Perdomo at his home without presenting a warrant. His neighbour,\nthe retired sergeant Ovidio\nJosé Marcano Tineo, was arrested at the same time and was\nreleased on 2 May 2024 without charges.\n",
        "2025-06-12",
    );
    assert_eq!(
        crate::date_of(&x, "Anselmo Rafael Guaita Perdomo", "arrest"),
        "2024-03-12",
        "{x:#?}"
    );
    assert!(
        !x.persons.iter().any(|p| p.name.contains("Counter")),
        "{x:#?}"
    );
    assert!(
        x.persons
            .iter()
            .any(|p| p.name == "Ovidio José Marcano Tineo"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_threads_stamps_in_brackets_date_their_posts() {
    // ("[11 jul. 2025 · 08:12]" over "Anoche … se lo llevaron": last night of the post's day;
    // "[14 jul. 2025 · 12:47]" on the publication's day heads its post too.)
    let x = crate::run(
        "[11 jul. 2025 · 08:12]\nAnoche agentes de la Seguridad del Estado entraron a la casa del pintor Yosvany Ernesto Cala Ferrer en Santiago de Cuba y se lo llevaron. 1/\n\n[13 jul. 2025 · 21:18]\nHoy domingo lo trasladaron a la prisión de Boniato. 2/\n\n[14 jul. 2025 · 12:47]\nAl trovador Reinier Durruthy Peña, preso desde marzo, hoy le cambiaron la prisión provisional por reclusión domiciliaria. 3/\n",
        "2025-07-14",
    );
    assert_eq!(
        crate::date_of(&x, "Yosvany Ernesto Cala Ferrer", "arrest"),
        "2025-07-10",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Reinier Durruthy Peña", "house_arrest"),
        "2025-07-14",
        "{x:#?}"
    );
}

#[test]
fn issue_13_the_four_are_the_four_the_paragraph_before_named() {
    // ("Judge X sentenced A and B to nine years each. C received eight years, and D seven. … The
    // four were detained in November 2023": all four, not the last two named.)
    let x = crate::run(
        "The court on Friday sentenced four journalists.\n\nJudge Rauf Nasibli sentenced the outlet's director, Gulnar Mammadova, and its editor-in-chief, Tofig Aliyev, to nine years each. Reporter Nargiz Quliyeva received eight years, and camera operator Emin Rustamov seven and a half years.\n\nThe four were detained in November 2023.\n",
        "2025-06-21",
    );
    for name in [
        "Gulnar Mammadova",
        "Tofig Aliyev",
        "Nargiz Quliyeva",
        "Emin Rustamov",
    ] {
        assert_eq!(
            crate::date_of(&x, name, "arrest"),
            "2023-11",
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_doubled_dash_items_under_a_cue_that_asides_on_the_others() {
    // ("…confirmó los nombres de cinco de los ocho liberados; las familias de los otros tres
    // pidieron reserva:" over "-- A, …;" items: the freed, not what the families did.)
    let x = crate::run(
        "Ocho ciudadanos estadounidenses que estaban presos en Venezuela aterrizaron anoche en Texas.\n\nEl secretario de Estado confirmó los nombres de tres de los ocho liberados; las familias de los otros cinco pidieron reserva:\n\n-- Kevin Douglas Ashford, 41 años, detenido en septiembre de 2024;\n-- Paul Andrew Whitcombe, 55 años, empresario de Florida;\n-- Marisa Ellen Cortland, de Ohio.\n",
        "2025-07-19",
    );
    for name in [
        "Kevin Douglas Ashford",
        "Paul Andrew Whitcombe",
        "Marisa Ellen Cortland",
    ] {
        assert!(
            crate::kinds_of(&x, name).contains(&"release"),
            "{name}: {x:#?}"
        );
    }
}
