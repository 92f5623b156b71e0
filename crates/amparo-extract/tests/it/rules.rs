//! The extraction rules one by one, on invented sentences.

use amparo_extract::{Entry, EntryKind, Extractor, Gazetteer};
use rstest::rstest;

use crate::{day, kinds, person, run};

#[rstest]
#[case("Venezuelan-Spanish lawyer Carla Ibarren was freed on Monday.", "Carla Ibarren", &["VE", "ES"])]
#[case("Basque engineer Unai Arregi was freed on Monday.", "Unai Arregi", &["ES"])]
#[case("La española Lucía Ferrán fue excarcelada el lunes.", "Lucía Ferrán", &["ES"])]
#[case("Los ciudadanos españoles Jon Irigoyen y Ane Lasa fueron excarcelados el lunes.", "Ane Lasa", &["ES"])]
#[case("El estadounidense Kevin Marlowe fue liberado el lunes.", "Kevin Marlowe", &["US"])]
#[case("El periodista colombiano Mario Cárdenas fue detenido el lunes.", "Mario Cárdenas", &["CO"])]
fn nationality(#[case] text: &str, #[case] name: &str, #[case] codes: &[&str]) {
    let x = run(text, "2026-01-08");
    let p = person(&x, name).unwrap_or_else(|| panic!("{name} in {x:#?}"));
    assert_eq!(p.nationality, codes);
}

#[rstest]
#[case(
    "Journalist Ana Rivas was arrested on Monday.",
    "Ana Rivas",
    "journalist"
)]
#[case("El abogado Pedro Lugo fue detenido el lunes.", "Pedro Lugo", "lawyer")]
#[case(
    "La defensora de derechos humanos Rosa Peña fue detenida el lunes.",
    "Rosa Peña",
    "human_rights_defender"
)]
#[case(
    "El capitán Luis Borges fue detenido el lunes.",
    "Luis Borges",
    "military"
)]
#[case("Student Diego Paz was arrested on Monday.", "Diego Paz", "student")]
fn roles(#[case] text: &str, #[case] name: &str, #[case] role: &str) {
    let x = run(text, "2026-01-08");
    let p = person(&x, name).unwrap_or_else(|| panic!("{name} in {x:#?}"));
    assert!(p.roles.iter().any(|r| r == role), "{:?}", p.roles);
}

#[rstest]
#[case(
    "Ana Rivas, Luis Peña, Marta Solís and Juan Ortega were freed on Monday.",
    4,
    "release"
)]
#[case(
    "Ana Rivas, Luis Peña y Marta Solís fueron excarcelados el lunes.",
    3,
    "release"
)]
#[case(
    "Ana Rivas fue excarcelada con régimen de presentación cada 30 días.",
    1,
    "conditional_release"
)]
#[case(
    "Ana Rivas was placed under house arrest on Monday.",
    1,
    "house_arrest"
)]
#[case("Ana Rivas fue trasladada a Rodeo I el lunes.", 1, "transfer")]
#[case("Ana Rivas fue condenada a 20 años de prisión.", 1, "sentence")]
#[case("Ana Rivas died in custody on Monday.", 1, "death_in_custody")]
#[case("Ana Rivas was deported on Monday.", 1, "expulsion")]
fn event_types_attach_to_every_listed_person(
    #[case] text: &str,
    #[case] people: usize,
    #[case] kind: &str,
) {
    let x = run(text, "2026-01-08");
    assert_eq!(x.persons.len(), people, "{x:#?}");
    // (One moved is held where they were taken, as of the publication.)
    let want = if kind == "transfer" {
        vec![kind, "detention"]
    } else {
        vec![kind]
    };
    for p in &x.persons {
        assert_eq!(kinds(p), want, "{}", p.name);
    }
}

#[rstest]
#[case("Ana Rivas will be freed next week.")]
#[case("Human rights groups demanded the release of Ana Rivas.")]
#[case("Exigen la liberación de Ana Rivas.")]
#[case("Ana Rivas no ha sido liberada.")]
#[case("Her family is hoping that Ana Rivas will be released.")]
#[case("Ana Rivas sigue sin ser liberada.")]
fn future_demanded_or_denied_releases_are_not_events(#[case] text: &str) {
    let x = run(text, "2026-01-08");
    assert!(
        x.persons.iter().all(|p| !kinds(p).contains(&"release")),
        "{x:#?}"
    );
}

#[test]
fn announced_release_carries_certainty() {
    let x = run(
        "The interior minister announced the release of Ana Rivas.",
        "2026-01-08",
    );
    let p = person(&x, "Ana Rivas").expect("Ana Rivas");
    assert_eq!(
        p.events[0].certainty,
        Some(amparo_extract::Certainty::Announced)
    );
}

#[test]
fn house_arrest_is_not_a_release() {
    let x = run(
        "Ana Rivas fue excarcelada y enviada a arresto domiciliario el lunes.",
        "2026-01-08",
    );
    assert_eq!(
        kinds(person(&x, "Ana Rivas").expect("Ana Rivas")),
        vec!["house_arrest"]
    );
}

#[test]
fn iachr_precautionary_measures_are_not_release_conditions() {
    let x = run(
        "La CIDH otorgó medidas cautelares a Ana Rivas, detenida en Zona 7 desde 2023.",
        "2026-01-08",
    );
    let p = person(&x, "Ana Rivas").expect("Ana Rivas");
    // Held since 2023: the arrest of 2023 (the gold sets' convention), no release.
    assert_eq!(kinds(p), vec!["arrest", "detention"]);
    assert_eq!(p.events[0].place.as_deref(), Some("Zona 7"));
    assert_eq!(p.events[0].date.as_deref(), Some("2023"));
}

#[test]
fn relatives_and_sources_are_not_detainees() {
    let text = "Journalist Irene Lara was arrested on Monday, her brother Tomás Lara said. Tomás Lara said his sister is held at Tocuyito.";
    let x = run(text, "2026-01-08");
    assert!(person(&x, "Tomás Lara").is_none(), "{x:#?}");
    let irene = person(&x, "Irene Lara").expect("Irene");
    assert!(kinds(irene).contains(&"detention"), "{:?}", kinds(irene));
}

#[test]
fn foreign_custody_is_out_of_scope() {
    let x = run(
        "Former minister Damián Corredor was captured by U.S. forces on Tuesday.",
        "2026-01-08",
    );
    assert!(x.persons.is_empty());
    assert_eq!(x.out_of_scope_mentions.len(), 1);
}

#[test]
fn short_forms_are_variants_of_the_full_name() {
    let x = run(
        "La abogada Rocío Salas Mena fue detenida el lunes. Salas fue trasladada a El Helicoide.",
        "2026-01-08",
    );
    let p = person(&x, "Rocío Salas Mena").expect("full name");
    assert_eq!(p.name_variants_in_text, vec!["Salas"]);
    assert_eq!(kinds(p), vec!["arrest", "transfer", "detention"]);
}

#[rstest]
#[case(
    "Foro Penal contabiliza 863 presos políticos.",
    Some(863),
    None,
    "Foro Penal"
)]
#[case(
    "According to Foro Penal, 777 political prisoners remain behind bars.",
    Some(777),
    None,
    "Foro Penal"
)]
#[case(
    "Una decena de presos fueron excarcelados, según Foro Penal.",
    None,
    Some("Una decena de presos"),
    "Foro Penal"
)]
#[case(
    "The government said a significant number of prisoners were released.",
    None,
    Some("a significant number of prisoners"),
    "government"
)]
fn counts_keep_numbers_sources_and_vague_words(
    #[case] text: &str,
    #[case] number: Option<u64>,
    #[case] vague: Option<&str>,
    #[case] source: &str,
) {
    let x = run(text, "2026-01-08");
    let c = x
        .counts
        .first()
        .unwrap_or_else(|| panic!("no count in {x:#?}"));
    assert_eq!(c.number, number);
    assert_eq!(c.vague_quantity.as_deref(), vague);
    assert_eq!(c.according_to.as_deref(), Some(source));
}

#[test]
fn gazetteer_aliases_and_run_time_entries() {
    let x = run(
        "Ana Rivas fue trasladada a la cárcel de Tocorón el lunes.",
        "2026-01-08",
    );
    assert_eq!(
        person(&x, "Ana Rivas")
            .and_then(|p| p.events[0].place.clone())
            .as_deref(),
        Some("Tocorón")
    );
    let mut extractor = Extractor::rules_only();
    extractor.gazetteer_mut().add(
        Entry {
            name: "Centro de Detención Las Brisas".into(),
            kind: EntryKind::Facility,
            town: None,
            operator: None,
            category: None,
        },
        &["Las Brisas"],
    );
    let x = extractor
        .extract(
            "Ana Rivas fue trasladada a Las Brisas el lunes.",
            Some(day("2026-01-08")),
            None,
        )
        .expect("read");
    assert_eq!(
        person(&x, "Ana Rivas")
            .and_then(|p| p.events[0].place.clone())
            .as_deref(),
        Some("Centro de Detención Las Brisas")
    );
    let mut g = Gazetteer::default();
    let added = g
        .add_csv(
            "name,aliases,kind,operator,town,state\nLas Brisas,Brisas,prison,PNB,Maracay,Aragua\n",
            EntryKind::Facility,
        )
        .expect("csv");
    assert_eq!(added, 1);
}

/// issue 9: the gazetteer was parsed twice, by the extractor and by the registry's seeding,
/// from a file inside another crate; one reader now serves both, and keeps every column the
/// registry needs (the state) as well as what the extractor matches on.
#[test]
fn issue_9_one_gazetteer_reader_serves_the_extractor_and_the_registry() {
    let rows = amparo_extract::read_rows(
        "acronym,name,aliases,kind,operator,town,state\n\
         ZX,Zona Inventada,Zona X| La X ,prison,PNB,Maracay,Aragua\n",
    )
    .expect("csv");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].name, "ZX");
    assert_eq!(rows[0].aliases, ["Zona Inventada", "Zona X", "La X"]);
    assert_eq!(rows[0].state.as_deref(), Some("Aragua"));
    assert!(matches!(
        amparo_extract::read_rows("name,town\n ,Caracas\n"),
        Err(amparo_extract::GazetteerError::EmptyName(1))
    ));
    let facilities = amparo_extract::bundled_facilities().expect("bundled");
    assert!(facilities.len() > 10, "{}", facilities.len());
    assert!(facilities.iter().all(|f| f.state.is_some()));
}
