//! Acceptance (issue 4): the Associated Press report of 8 January 2026 in shared/bench.

use std::path::Path;

use crate::{kinds, person, run};

fn seed() -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/bench/extract/dev/texts/seed.txt");
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            eprintln!(
                "SKIPPED: {} is absent (shared/ is not beside the checkout)",
                path.display()
            );
            None
        }
    }
}

#[test]
fn seed_finds_the_five_released_with_nationality() {
    let Some(text) = seed() else { return };
    let x = run(&text, "2026-01-08");
    let rocio = person(&x, "Rocío San Miguel").expect("Rocío San Miguel");
    assert_eq!(rocio.nationality, vec!["VE", "ES"]);
    assert!(
        rocio.roles.contains(&"lawyer".to_string())
            && rocio.roles.contains(&"human_rights_defender".to_string())
    );
    for name in [
        "Rocío San Miguel",
        "Andrés Martínez",
        "José María Basoa",
        "Ernesto Gorbe",
        "Miguel Moreno",
    ] {
        let p = person(&x, name).unwrap_or_else(|| panic!("{name} not extracted"));
        assert!(
            p.nationality.contains(&"ES".to_string()),
            "{name}: {:?}",
            p.nationality
        );
        assert_eq!(kinds(p), vec!["release"], "{name}");
        assert_eq!(p.events[0].date.as_deref(), Some("2026-01-08"), "{name}");
    }
}

#[test]
fn seed_franklin_duran_arrested_2021_and_held_in_guatire() {
    let Some(text) = seed() else { return };
    let x = run(&text, "2026-01-08");
    let f = person(&x, "Franklin Durán").expect("Franklin Durán");
    let arrest = f
        .events
        .iter()
        .find(|e| e.kind.as_str() == "arrest")
        .expect("arrest");
    assert_eq!(arrest.date.as_deref(), Some("2021"));
    assert!(
        arrest
            .charges
            .as_deref()
            .is_some_and(|c| c.contains("overthrow"))
    );
    let held = f
        .events
        .iter()
        .find(|e| e.kind.as_str() == "detention")
        .expect("detention");
    assert!(
        held.place.as_deref().is_some_and(|p| p.contains("Guatire")),
        "{:?}",
        held.place
    );
}

#[test]
fn seed_counts_keep_foro_penal_and_the_vague_announcement() {
    let Some(text) = seed() else { return };
    let x = run(&text, "2026-01-08");
    let c863 = x
        .counts
        .iter()
        .find(|c| c.number == Some(863))
        .expect("863");
    assert_eq!(c863.according_to.as_deref(), Some("Foro Penal"));
    let vague = x
        .counts
        .iter()
        .find(|c| {
            c.vague_quantity
                .as_deref()
                .is_some_and(|v| v.contains("significant number"))
        })
        .expect("vague");
    assert_eq!(vague.number, None);
}

#[test]
fn seed_gives_no_event_to_relatives_officials_or_maduro() {
    let Some(text) = seed() else { return };
    let x = run(&text, "2026-01-08");
    for name in [
        "Pedro Durán",
        "Jorge Rodríguez",
        "Nicolás Maduro",
        "Delcy Rodríguez",
        "José Manuel Albares",
        "Alfredo Romero",
    ] {
        assert!(person(&x, name).is_none(), "{name} must not be a detainee");
    }
    assert!(x.not_detainees.iter().any(|m| m.name == "Pedro Durán"));
    assert!(
        x.out_of_scope_mentions
            .iter()
            .any(|m| m.name == "Nicolás Maduro")
    );
}
