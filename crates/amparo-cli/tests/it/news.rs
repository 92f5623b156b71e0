//! Issue 4 through the command line: extraction of the seed article, and ingest → review.

use crate::support::Registry;

const ARTICLE: &str = "CARACAS, 12 de marzo. La periodista Marta Quintero Salas fue detenida el martes por \
funcionarios del SEBIN y trasladada a El Helicoide, según denunció su abogado. El sindicalista Ramón \
Ibáñez Toro, detenido en 2024, fue excarcelado ayer con régimen de presentación cada 15 días. \
Sus familiares exigen la liberación de Julio Pereira.\n";

fn seed() -> Option<std::path::PathBuf> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/bench/extract/dev/texts/seed.txt");
    path.exists().then_some(path)
}

#[test]
fn issue_4_extract_reads_the_seed_article() {
    let Some(seed) = seed() else {
        eprintln!("SKIPPED: ../shared/bench/extract is not beside the repository");
        return;
    };
    let r = Registry::new();
    let out = r.json(&[
        "extract",
        seed.to_str().unwrap(),
        "--published",
        "2026-01-08",
    ]);
    let persons = out["persons"].as_array().unwrap();
    let names: Vec<&str> = persons
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    for name in [
        "Rocío San Miguel",
        "Andrés Martínez",
        "José María Basoa",
        "Ernesto Gorbe",
        "Miguel Moreno",
    ] {
        let p = persons
            .iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("{name} missing: {names:?}"));
        assert!(
            p["nationality"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c == "ES"),
            "{name}"
        );
        assert!(
            p["events"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e["type"] == "release"),
            "{name}"
        );
    }
    let franklin = persons
        .iter()
        .find(|p| p["name"] == "Franklin Durán")
        .unwrap();
    let events = franklin["events"].as_array().unwrap();
    assert!(
        events
            .iter()
            .any(|e| e["type"] == "arrest" && e["date"] == "2021")
    );
    assert!(
        events
            .iter()
            .any(|e| e["type"] == "detention"
                && e["place"].as_str().unwrap_or("").contains("Guatire"))
    );
    for never in ["Pedro Durán", "Jorge Rodríguez", "Nicolás Maduro"] {
        assert!(!names.contains(&never), "{never} is not a detainee");
    }
    let counts = out["counts"].as_array().unwrap();
    assert!(counts.iter().any(|c| {
        c["number"] == 863
            && c["according_to"]
                .as_str()
                .unwrap_or("")
                .contains("Foro Penal")
    }));
    assert!(counts.iter().any(|c| {
        c["number"].is_null()
            && c["vague_quantity"]
                .as_str()
                .unwrap_or("")
                .contains("significant number")
    }));
}

#[test]
fn issue_4_ingest_puts_facts_in_the_review_queue_and_nothing_is_accepted_unreviewed() {
    let r = Registry::new();
    let file = r.dir.path().join("nota.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let known = r.create(&[
        "person",
        "add",
        "--name",
        "Ramón Ibáñez Toro",
        "--role",
        "trade-unionist",
    ]);
    let ingested = r.json(&[
        "ingest",
        file.to_str().unwrap(),
        "--publisher",
        "Diario Inventado",
        "--published",
        "2026-03-12",
    ]);
    assert_eq!(ingested[0]["outcome"], "ingested", "{ingested}");
    assert!(
        ingested[0]["linked_to_known_persons"].as_u64().unwrap() >= 1,
        "{ingested}"
    );
    let again = r.json(&[
        "ingest",
        file.to_str().unwrap(),
        "--publisher",
        "Diario Inventado",
        "--published",
        "2026-03-12",
    ]);
    assert!(
        again[0]["outcome"]
            .as_str()
            .unwrap()
            .starts_with("already ingested"),
        "the same bytes add nothing"
    );

    let queue = r.json(&["review", "list"]);
    let queue = queue.as_array().unwrap();
    assert!(!queue.is_empty());
    assert!(queue.iter().all(|p| p["state"] == "proposed"));
    let status = r.json(&["status", "--as-of", "2026-03-13", "--list"]);
    assert_eq!(
        status["deprived_of_liberty"], 0,
        "nothing is accepted before review"
    );
    assert!(
        !queue.iter().any(|p| p["person"]["name"] == "Julio Pereira"),
        "a demanded release is not an event"
    );

    // Accept the arrest of the journalist: a new person and an accepted fact.
    let arrest = queue
        .iter()
        .find(|p| p["kind"]["kind"] == "arrest" && p["person"]["person"] == "new")
        .unwrap_or_else(|| panic!("no arrest proposed: {queue:?}"));
    let id = arrest["id"].as_str().unwrap();
    r.ok(&["review", "accept", id]);
    let status = r.json(&["status", "--as-of", "2026-03-13"]);
    assert_eq!(status["deprived_of_liberty"], 1, "{status}");
    assert!(
        r.cmd(&["review", "accept", id])
            .output()
            .unwrap()
            .status
            .code()
            == Some(2),
        "decided once"
    );

    // The release of the known trade unionist is linked to him.
    let release = queue.iter().find(|p| p["person"]["person"] == "existing");
    if let Some(release) = release {
        assert_eq!(release["person"]["id"], known.as_str());
        r.ok(&[
            "review",
            "reject",
            release["id"].as_str().unwrap(),
            "--reason",
            "test",
        ]);
    }
    assert!(r.ok(&["verify"]).starts_with("verified"));
}

#[test]
fn issue_4_a_facility_added_by_a_documenter_is_recognised_without_a_new_release() {
    let r = Registry::new();
    r.ok(&[
        "facility",
        "add",
        "--name",
        "Cárcel de Las Brisas",
        "--alias",
        "Las Brisas",
        "--state",
        "Zulia",
    ]);
    let file = r.dir.path().join("traslado.txt");
    std::fs::write(&file, "El periodista Nelson Arocha Vidal fue trasladado el lunes a Las Brisas, según su familia.\n").unwrap();
    r.json(&[
        "ingest",
        file.to_str().unwrap(),
        "--publisher",
        "Diario Inventado",
        "--published",
        "2026-03-12",
    ]);
    let queue = r.json(&["review", "list"]);
    let transfer = queue
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["kind"]["kind"] == "transfer")
        .unwrap_or_else(|| panic!("{queue}"));
    assert_eq!(transfer["kind"]["facility"], "Cárcel de Las Brisas");
    assert_eq!(
        transfer["date"], "2026-03-09",
        "\"el lunes\" before Thursday 12 March"
    );
}

/// issue 13: the numbers a text states go to the review queue as claims (a promised wave
/// as an announcement, never as releases); accepted, they stand beside the registry's counts.
#[test]
fn issue_13_ingest_files_the_numbers_a_text_states() {
    let r = Registry::new();
    let text = r.dir.path().join("nota.txt");
    std::fs::write(
        &text,
        "CARACAS, 14 ene (Diario Inventado). La organización Foro Inventado contabiliza 812 presos políticos al 12 de enero de 2026, informó su director.\n\nEl gobierno liberará a un número importante de detenidos en los próximos días, anunció el ministro Ernesto Palmar.\n",
    )
    .unwrap();
    r.ok(&[
        "ingest",
        text.to_str().unwrap(),
        "--publisher",
        "Diario Inventado",
        "--published",
        "2026-01-14",
    ]);
    let queue = r.json(&["review", "list"]);
    let queue = queue.as_array().unwrap();
    let claim = queue
        .iter()
        .find(|p| p["claim"].is_object())
        .unwrap_or_else(|| panic!("{queue:?}"));
    assert_eq!(claim["claim"]["quantity"]["number"], 812, "{claim}");
    let announcement = queue
        .iter()
        .find(|p| p["announcement"].is_object())
        .unwrap_or_else(|| panic!("{queue:?}"));
    let vague = announcement["announcement"]["quantity"]["vague"]
        .as_str()
        .unwrap();
    assert!(vague.starts_with("un número importante"), "{announcement}");

    assert!(
        !queue.iter().any(|p| p["kind"]["kind"] == "release"),
        "a promised release is no release: {queue:?}"
    );
    for p in [claim, announcement] {
        r.ok(&["review", "accept", p["id"].as_str().unwrap()]);
    }
    assert!(r.ok(&["claim", "list"]).contains("812"));
    assert!(
        r.ok(&["announcement", "list"])
            .contains("número importante")
    );
}
