//! Changing one byte of a fact or audit row behind amparo's back is found by `verify`.

use crate::support::Registry;
use amparo_sqlite::SqliteStore;

async fn tamper(db: &std::path::Path, sql: &str) {
    let store = SqliteStore::open(db).await.unwrap();
    store.execute_raw(sql).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_names_the_altered_entry_and_exits_non_zero() {
    let r = Registry::new();
    let s = r.create(&[
        "source",
        "add",
        "--kind",
        "testimony",
        "--publisher",
        "Family",
    ]);
    let p = r.create(&["person", "add", "--name", "Iván Gil"]);
    let f = r.create(&[
        "fact",
        "add",
        "--person",
        &p,
        "--kind",
        "arrest",
        "--date",
        "2025-03-03",
        "--source",
        &s,
        "--excerpt",
        "x",
    ]);
    assert!(r.ok(&["verify"]).starts_with("verified"));

    // One byte of the fact's JSON: 2025 → 2024.
    tamper(
        &r.db(),
        &format!(
            "UPDATE facts SET data = replace(data, '2025-03-03', '2024-03-03') WHERE id = '{f}'"
        ),
    )
    .await;
    let out = r.cmd(&["verify"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("fact {f}")), "{stderr}");
    tamper(
        &r.db(),
        &format!(
            "UPDATE facts SET data = replace(data, '2024-03-03', '2025-03-03') WHERE id = '{f}'"
        ),
    )
    .await;
    r.ok(&["verify"]);

    // One byte of an audit entry's actor.
    let entries = r.json(&["log"]);
    let seq = entries.as_array().unwrap().last().unwrap()["seq"]
        .as_i64()
        .unwrap();
    tamper(
        &r.db(),
        &format!("UPDATE audit SET actor = actor || 'x' WHERE seq = {seq}"),
    )
    .await;
    let report = r.cmd(&["verify", "--json"]).output().unwrap();
    assert_eq!(report.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    assert_eq!(json["problems"][0]["seq"], seq);
}
