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
