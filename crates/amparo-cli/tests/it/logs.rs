//! Issue 9: personal data never reaches the logs. A scenario runs with every log line on,
//! and its log is searched for the fixture's names, national ids and free text.

use crate::support::Registry;

#[test]
fn issue_9_a_whole_scenario_logs_no_name_no_cedula_no_free_text() {
    let r = Registry::new();
    let mut log = String::new();
    let mut run = |args: &[&str]| -> String {
        let (out, err) = r.logged(args);
        log.push_str(&err);
        out
    };
    let src = run(&[
        "source",
        "add",
        "--kind",
        "news-article",
        "--publisher",
        "Diario Inventado",
        "--published",
        "2026-01-08",
    ])
    .trim()
    .to_owned();
    let p = run(&[
        "person",
        "add",
        "--name",
        "Eustaquia Berroterán Lizcano",
        "--national-id",
        "V-16.204.937",
        "--notes",
        "vive con su hermana en Catia",
        "--contacts",
        "0412-5550199",
    ])
    .trim()
    .to_owned();
    run(&[
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
        "Eustaquia Berroterán fue detenida en su casa",
    ]);
    let list = r.dir.path().join("lista.csv");
    std::fs::write(
        &list,
        "Nombre,Cédula,Situación\nEustaquia Berroterán Lizcano,V-16204937,Detenida\nPrimitivo Anzoátegui Rengifo,V-7.333.444,Excarcelado\n",
    )
    .unwrap();
    run(&[
        "import",
        list.to_str().unwrap(),
        "--source-publisher",
        "Foro Inventado",
        "--source-published",
        "2026-01-12",
    ]);
    let text = r.dir.path().join("nota.txt");
    std::fs::write(
        &text,
        "Las autoridades excarcelaron el martes a Primitivo Anzoátegui Rengifo, informó su abogada.",
    )
    .unwrap();
    run(&[
        "ingest",
        text.to_str().unwrap(),
        "--publisher",
        "Diario Inventado",
        "--published",
        "2026-01-14",
    ]);
    run(&["person", "show", &p]);
    run(&["person", "list", "--name", "berroteran"]);
    run(&["status", "--as-of", "2026-01-13"]);
    run(&["report", "balance", "--as-of", "2026-01-13"]);
    run(&["review", "list"]);
    run(&[
        "fact",
        "retract",
        r.json(&["person", "show", &p])["facts"][0]["id"]
            .as_str()
            .unwrap(),
        "--reason",
        "confundida con V-16.204.937",
    ]);
    assert!(log.contains("written"), "the log is on: {log}");
    for secret in [
        "Eustaquia",
        "Berroter",
        "Lizcano",
        "Primitivo",
        "Anzo",
        "Rengifo",
        "16204937",
        "16.204.937",
        "7333444",
        "7.333.444",
        "Catia",
        "5550199",
        "confundida",
        "detenida en su casa",
    ] {
        assert!(!log.contains(secret), "the log shows {secret:?}:\n{log}");
    }
}
