//! Issue 10: the record tells the truth — a list says how things stood, not when they
//! changed; the corrections a documenter makes every day.

use crate::support::Registry;

/// A verified release with measures on 8 January, then a list of 12 January that says
/// "Excarcelado" without a date: the person stays released with measures since the 8th,
/// and the period report of the 12th counts no release as a flow of that day.
#[test]
fn issue_10_a_list_says_how_things_stood_not_when_they_changed() {
    let r = Registry::new();
    let src = r.create(&[
        "source",
        "add",
        "--kind",
        "news-article",
        "--publisher",
        "Diario Inventado",
        "--published",
        "2026-01-08",
    ]);
    let p = r.create(&[
        "person",
        "add",
        "--name",
        "Leocadia Villanueva Rausseo",
        "--national-id",
        "V-18.402.771",
    ]);
    r.ok(&[
        "fact",
        "add",
        "--person",
        &p,
        "--kind",
        "arrest",
        "--date",
        "2024-08-03",
        "--source",
        &src,
        "--excerpt",
        "Detenida el 3 de agosto de 2024",
    ]);
    r.ok(&[
        "fact",
        "add",
        "--person",
        &p,
        "--kind",
        "release",
        "--release-kind",
        "conditional",
        "--measure",
        "reporting:30",
        "--measure",
        "travel-ban",
        "--date",
        "2026-01-08",
        "--source",
        &src,
        "--verification",
        "verified",
        "--excerpt",
        "Excarcelada con presentación cada 30 días y prohibición de salida del país",
    ]);
    let list = r.dir.path().join("lista-12-enero.csv");
    std::fs::write(
        &list,
        "Nombre,Cédula,Situación\nLeocadia Villanueva Rausseo,V-18402771,Excarcelado\nOtilio Barazarte Pinto,V-9.111.222,Desaparecido\n",
    )
    .unwrap();
    let summary = r.json(&[
        "import",
        list.to_str().unwrap(),
        "--source-publisher",
        "Foro Inventado",
        "--source-published",
        "2026-01-12",
    ]);
    assert_eq!(summary["matched"], 1, "{summary}");
    assert_eq!(summary["observations"], 2, "{summary}");
    let shown = r.json(&["person", "show", &p, "--as-of", "2026-01-13"]);
    let status = &shown["status"];
    assert_eq!(status["state"], "released-with-measures", "{status}");
    assert_eq!(status["since"], "2026-01-08", "{status}");
    let measures = status["measures"].as_array().unwrap();
    assert_eq!(measures.len(), 2, "{status}");
    // The imported fact quotes the row, not the status word alone.
    let imported = shown["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["citations"][0]["publisher"] == "Foro Inventado")
        .unwrap();
    let excerpt = imported["citations"][0]["excerpt"].as_str().unwrap();
    assert!(
        excerpt.contains("Leocadia Villanueva Rausseo") && excerpt.contains("Excarcelado"),
        "{excerpt}"
    );
    assert!(
        !excerpt.contains("18402771"),
        "a cédula in an excerpt: {excerpt}"
    );
    let period = r.json(&[
        "report",
        "period",
        "--from",
        "2026-01-12",
        "--to",
        "2026-01-12",
        "--format",
        "json",
    ])["data"]
        .clone();
    assert_eq!(period["flows"]["releases"]["total"], 0, "{period}");
    assert_eq!(period["flows"]["disappearances"], 0, "{period}");
    assert_eq!(period["flows"]["arrests"], 0, "{period}");
    assert_eq!(
        period["observed"]["arrests"], 1,
        "the list's statuses are shown apart: {period}"
    );
}

/// A proposed fact waits in the review queue and is accepted from there; a person is named
/// by a short id, a cédula or the exact name; a second person with an active cédula is
/// refused; hiding a person at a family's request removes them from every public read.
#[test]
fn issue_10_corrections_a_documenter_makes_every_day() {
    let r = Registry::new();
    let src = r.create(&[
        "source",
        "add",
        "--kind",
        "news-article",
        "--publisher",
        "Diario Inventado",
        "--published",
        "2026-01-08",
    ]);
    let p = r.create(&[
        "person",
        "add",
        "--name",
        "Florentina Aguirre Zambrano",
        "--national-id",
        "V-21.654.987",
    ]);
    // Named by a short id, by a cédula written another way, by the exact name without accents.
    let short = &p[p.len() - 8..];
    for name in [short, "21654987", "florentina aguirre zambrano"] {
        assert_eq!(
            r.json(&["person", "show", name])["person"]["id"],
            p.as_str(),
            "{name}"
        );
    }
    // A proposed fact goes to the queue, and is accepted from it.
    let proposal = r.create(&[
        "fact",
        "add",
        "--person",
        "V-21654987",
        "--kind",
        "arrest",
        "--date",
        "03/08/2024",
        "--source",
        &src,
        "--excerpt",
        "Detenida el 3 de agosto",
        "--proposed",
    ]);
    let queue = r.json(&["review", "list"]);
    assert_eq!(queue[0]["id"], proposal.as_str(), "{queue}");
    r.ok(&["review", "accept", &proposal]);
    let shown = r.json(&["person", "show", &p]);
    assert_eq!(
        shown["facts"][0]["date"], "2024-08-03",
        "DD/MM/YYYY is read day first"
    );
    assert_eq!(shown["status"]["state"], "in-custody");
    // The same cédula again is refused, naming the first person; --force records it with why.
    let refused = r.fails(&[
        "person",
        "add",
        "--name",
        "F. Aguirre",
        "--national-id",
        "21.654.987",
    ]);
    assert!(
        refused.contains("Florentina Aguirre Zambrano") && refused.contains("--force"),
        "{refused}"
    );
    r.ok(&[
        "person",
        "add",
        "--name",
        "Otra Persona Inventada",
        "--national-id",
        "21654987",
        "--force",
        "the list repeats a cédula by mistake; kept apart until checked",
    ]);
    // Hidden at the family's request: absent from every public read.
    r.ok(&[
        "person",
        "edit",
        short,
        "--visibility",
        "hidden",
        "--reason",
        "la familia lo pidió",
    ]);
    assert_eq!(
        r.fails(&["--as", "public", "person", "show", &p])
            .lines()
            .count(),
        1
    );
    let public = r.ok(&["--as", "public", "person", "list"]);
    assert!(!public.contains("Florentina"), "{public}");
    let public = r.ok(&["--as", "public", "status", "--as-of", "2026-01-10", "--all"]);
    assert!(
        !public.contains("Florentina") && !public.contains(&p),
        "{public}"
    );
    // Documenters still see her; corrections are audited with their reason.
    assert_eq!(
        r.json(&["person", "show", &p])["person"]["visibility"],
        "hidden"
    );
    assert!(
        r.ok(&["log", "--last", "3"])
            .contains("la familia lo pidió")
    );
    // The table export: documenters see the cédula and the hidden person; the public neither.
    let table = r.ok(&["export", "--format", "csv", "--as-of", "10/01/2026"]);
    assert!(table.starts_with("id,name,national_id"), "{table}");
    assert!(
        table.contains("Florentina") && table.contains("21654987") && table.contains("in-custody"),
        "{table}"
    );
    let public = r.ok(&["--as", "public", "export", "--format", "csv"]);
    assert!(
        !public.contains("Florentina") && !public.contains("21654987"),
        "{public}"
    );
    assert!(public.contains("Otra Persona Inventada"), "{public}");
    let book = r.dir.path().join("registro.xlsx");
    r.ok(&[
        "export",
        "--format",
        "xlsx",
        "--out",
        book.to_str().unwrap(),
    ]);
    assert!(
        std::fs::read(&book).unwrap().starts_with(b"PK"),
        "an xlsx file is a zip"
    );
}
