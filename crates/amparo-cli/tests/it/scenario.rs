//! Issue 2's acceptance scenario, through the command line.

use crate::support::Registry;

#[test]
fn issue_2_custody_then_conditional_release_and_a_visible_conflict() {
    let r = Registry::new();
    let a = r.create(&[
        "source",
        "add",
        "--kind",
        "ngo-list",
        "--publisher",
        "Source A",
        "--published",
        "2024-02-10",
    ]);
    let b = r.create(&[
        "source",
        "add",
        "--kind",
        "news-article",
        "--publisher",
        "Source B",
        "--published",
        "2026-01-08",
    ]);
    let c = r.create(&[
        "source",
        "add",
        "--kind",
        "testimony",
        "--publisher",
        "Source C",
        "--published",
        "2026-01-10",
    ]);
    let p = r.create(&[
        "person",
        "add",
        "--name",
        "Aurelio Castañeda Prieto",
        "--national-id",
        "V-12.345.678",
        "--nationality",
        "VE",
    ]);
    let arrest = r.create(&[
        "fact",
        "add",
        "--person",
        &p,
        "--kind",
        "arrest",
        "--date",
        "2024-02-09",
        "--source",
        &a,
        "--verification",
        "reported",
        "--excerpt",
        "Detenido el 9 de febrero.",
    ]);
    let transfer = r.create(&[
        "fact",
        "add",
        "--person",
        &p,
        "--kind",
        "transfer",
        "--facility",
        "Helicoide",
        "--date",
        "2024-02-12",
        "--source",
        &a,
        "--excerpt",
        "Trasladado a El Helicoide.",
    ]);
    let release = r.create(&[
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
        &b,
        "--verification",
        "verified",
        "--excerpt",
        "Excarcelado con presentación cada 30 días y prohibición de salida del país.",
    ]);

    let before = r.json(&["status", "--as-of", "2025-12-31", "--list"]);
    assert_eq!(before["counts"]["in-custody"], 1);
    assert_eq!(before["listed"][0]["id"], p.as_str());
    assert_eq!(
        before["listed"][0]["facility"], "El Helicoide",
        "the alias resolves to the gazetteer's name"
    );
    assert_eq!(
        before["listed"][0]["decided_by"],
        serde_json::json!([arrest, transfer])
    );

    let after = r.json(&["status", "--as-of", "2026-01-09"]);
    assert_eq!(after["counts"]["in-custody"], 0);
    assert_eq!(after["counts"]["released-with-measures"], 1);
    assert_eq!(after["deprived_of_liberty"], 0);

    let shown = r.json(&["person", "show", &p, "--as-of", "2026-01-09"]);
    assert_eq!(shown["status"]["state"], "released-with-measures");
    assert_eq!(
        shown["status"]["measures"],
        serde_json::json!(["reporting:30", "travel-ban"])
    );
    assert_eq!(shown["status"]["decided_by"], serde_json::json!([release]));
    let facts = shown["facts"].as_array().unwrap();
    assert_eq!(facts.len(), 3);
    assert_eq!(facts[0]["citations"][0]["publisher"], "Source A");
    assert_eq!(facts[2]["citations"][0]["publisher"], "Source B");
    assert_eq!(facts[2]["decides_status"], true);
    assert_eq!(facts[0]["decides_status"], false);

    let held = r.create(&[
        "fact",
        "add",
        "--person",
        &p,
        "--kind",
        "detention",
        "--date",
        "2026-01-10",
        "--source",
        &c,
        "--excerpt",
        "Su hermana dice que sigue detenido.",
    ]);
    let later = r.json(&["person", "show", &p, "--as-of", "2026-01-11"]);
    let conflicts = later["status"]["conflicts"].as_array().unwrap();
    assert_eq!(conflicts.len(), 1, "{later}");
    assert_eq!(conflicts[0]["overruled"], release.as_str());
    assert_eq!(conflicts[0]["prevailing"], held.as_str());
    let text = r.ok(&["person", "show", &p, "--as-of", "2026-01-11"]);
    assert!(text.contains("Conflicts between sources"), "{text}");

    r.ok(&[
        "fact",
        "retract",
        &held,
        "--reason",
        "the sister meant before the release",
    ]);
    let fixed = r.json(&["person", "show", &p, "--as-of", "2026-01-11"]);
    assert_eq!(fixed["status"]["state"], "released-with-measures");
    assert!(r.ok(&["verify"]).starts_with("verified"));
}

#[test]
fn the_public_role_sees_no_restricted_field_and_no_hidden_person() {
    let r = Registry::new();
    let p = r.create(&[
        "person",
        "add",
        "--name",
        "Celia Ramos Uzcátegui",
        "--national-id",
        "V-7.654.321",
        "--notes",
        "call the sister",
    ]);
    r.create(&[
        "person",
        "add",
        "--name",
        "Celia Oculta",
        "--visibility",
        "hidden",
    ]);
    let doc = r.json(&["person", "show", &p]);
    assert_eq!(doc["person"]["national_id"], "V-7654321");
    let public = r.json(&["--as", "public", "person", "show", &p]);
    assert!(public["person"]["national_id"].is_null());
    assert!(public["person"]["notes"].is_null());
    let listed = r.json(&["--as", "public", "person", "list", "--name", "celia"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
}

#[test]
fn the_demo_builds_a_registry_that_verifies() {
    let r = Registry::new();
    let out = r.dir.path().join("demo.db");
    let text = r.ok(&[
        "demo",
        "--out",
        out.to_str().unwrap(),
        "--as-of",
        "2026-01-09",
    ]);
    // States are printed in words since issue 10's translation ("house-arrest" before).
    assert!(text.contains("under house arrest"), "{text}");
    let mut cmd = r.cmd(&["verify"]);
    cmd.args(["--db", out.to_str().unwrap()]);
    cmd.assert().success();
}
