//! Issue 14 ("Trust"): the history is anchored outside the registry. With the key kept
//! beside it and checkpoints signed after every write, `verify` exits 1 and says what
//! happened when the last entry and its row are deleted, every table is emptied, or a row
//! is forged with its audit hashes recomputed; a dropped table is named, not a raw error.
//! The attacker plays with the store's raw SQL, as someone holding the file would.

use crate::support::Registry;
use amparo_domain::{Access, FactId, PartialDate};
use amparo_sqlite::SqliteStore;
use amparo_store::Store;
use std::path::Path;

/// What [`fill`] made.
pub struct Filled {
    pub person: String,
    pub fact: String,
}

/// A registry with an original, a public and a hidden person, facts, a retraction and a
/// claim, each written by its own command (so each is followed by a checkpoint).
pub fn fill(r: &Registry) -> Filled {
    let original = r.dir.path().join("original.txt");
    std::fs::write(
        &original,
        "Una lista inventada.\nRosa Inventada, detenida.\n",
    )
    .unwrap();
    let s = r.create(&[
        "source",
        "add",
        "--kind",
        "ngo-list",
        "--publisher",
        "Una ONG inventada",
        "--file",
        original.to_str().unwrap(),
    ]);
    let p = r.create(&["person", "add", "--name", "Rosa Inventada"]);
    let h = r.create(&[
        "person",
        "add",
        "--name",
        "Oculta Ficticia",
        "--visibility",
        "hidden",
    ]);
    let fact = r.create(&[
        "fact",
        "add",
        "--person",
        &p,
        "--kind",
        "arrest",
        "--date",
        "2025-03-01",
        "--source",
        &s,
        "--excerpt",
        "Rosa Inventada, detenida.",
    ]);
    let wrong = r.create(&[
        "fact",
        "add",
        "--person",
        &h,
        "--kind",
        "arrest",
        "--date",
        "2025-04",
        "--source",
        &s,
        "--locator",
        "line 3",
    ]);
    r.ok(&[
        "fact",
        "retract",
        &wrong,
        "--reason",
        "another person of the same name",
    ]);
    r.ok(&[
        "claim",
        "add",
        "--source",
        &s,
        "--according-to",
        "Una ONG inventada",
        "--subject",
        "held",
        "--number",
        "2",
        "--as-of",
        "2025-12-29",
    ]);
    Filled { person: p, fact }
}

/// Runs raw SQL on the registry file behind amparo's back.
pub async fn attack(db: &Path, sql: &str) {
    let store = SqliteStore::open_existing(db, 1).await.unwrap();
    store.execute_raw(sql).await.unwrap();
    store.close().await.unwrap();
}

/// `verify`'s exit code and stderr.
fn verify(r: &Registry) -> (Option<i32>, String) {
    let out = r.cmd(&["verify"]).output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_14_deleting_the_last_entry_and_its_row_is_found() {
    let r = Registry::new();
    fill(&r);
    let text = r.ok(&["verify"]);
    assert!(text.contains("matches the checkpoint"), "{text}");
    let last = r.json(&["log", "--last", "1"])[0].clone();
    let seq = last["seq"].as_i64().unwrap();
    let table = format!("{}s", last["entity"].as_str().unwrap());
    let id = last["entity_id"].as_str().unwrap();
    attack(&r.db(), &format!("DELETE FROM {table} WHERE id = '{id}'")).await;
    attack(&r.db(), &format!("DELETE FROM audit WHERE seq = {seq}")).await;
    let (code, stderr) = verify(&r);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("the audit log ends at entry {}", seq - 1)),
        "{stderr}"
    );
    assert!(
        stderr.contains("entries were deleted from its end"),
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_14_emptying_every_table_is_found() {
    let r = Registry::new();
    fill(&r);
    let store = SqliteStore::open_existing(&r.db(), 1).await.unwrap();
    // Every table the file has, the schema's record of migrations included.
    for table in [
        "checkpoints",
        "audit",
        "retractions",
        "proposals",
        "facts",
        "persons",
        "sources",
        "facilities",
        "announcements",
        "claims",
        "_sqlx_migrations",
    ] {
        store
            .execute_raw(&format!("DELETE FROM {table}"))
            .await
            .unwrap();
    }
    store.close().await.unwrap();
    let (code, stderr) = verify(&r);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("the audit log is empty"), "{stderr}");
    assert!(stderr.contains("the registry was emptied"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_14_a_forged_row_with_its_audit_hashes_recomputed_is_found() {
    let r = Registry::new();
    let filled = fill(&r);
    let store = SqliteStore::open_existing(&r.db(), 1).await.unwrap();
    // The arrest moved a year back, the row rebuilt by amparo's own code so that every
    // column is consistent, its content hash and every later entry's hashes recomputed.
    let id = FactId::parse(&filled.fact).unwrap();
    let mut fact = store.fact(id, Access::Admin).await.unwrap().fact;
    fact.date = PartialDate::parse("2024-03-01").unwrap();
    let row = amparo_store::rows::FactRow::new(&fact).unwrap();
    let quote = |s: &str| s.replace('\'', "''");
    store
        .execute_raw(&format!(
            "UPDATE facts SET date = '{}', date_first = '{}', data = '{}', custody = '{}' WHERE id = '{}'",
            row.date,
            row.date_first,
            quote(&row.data),
            quote(row.custody.as_deref().unwrap()),
            row.id
        ))
        .await
        .unwrap();
    let log = store.audit_log(Access::Admin).await.unwrap();
    let at = log.iter().position(|e| e.entity_id == filled.fact).unwrap();
    let mut prev = log[at - 1].hash;
    for (i, mut e) in log.into_iter().enumerate().skip(at) {
        if i == at {
            e.content_hash = row.content_hash();
        }
        e.prev_hash = prev;
        e.hash = e.recompute();
        prev = e.hash;
        store
            .execute_raw(&format!(
                "UPDATE audit SET content_hash = '{}', prev_hash = '{}', hash = '{}' WHERE seq = {}",
                e.content_hash, e.prev_hash, e.hash, e.seq
            ))
            .await
            .unwrap();
    }
    assert!(
        store.verify().await.unwrap().problems.is_empty(),
        "the chain alone holds"
    );
    store.close().await.unwrap();
    let (code, stderr) = verify(&r);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("does not match the checkpoint"), "{stderr}");
    assert!(stderr.contains("the log was rewritten"), "{stderr}");
    let shown = r.json(&["person", "show", &filled.person]);
    assert!(
        shown.to_string().contains("2024-03-01"),
        "the forgery is what reads show"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_14_a_dropped_table_is_named_with_exit_1_not_a_database_error() {
    let r = Registry::new();
    fill(&r);
    attack(&r.db(), "DROP TABLE retractions").await;
    let (code, stderr) = verify(&r);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("the table retractions is missing: the registry was altered"),
        "{stderr}"
    );
    assert!(!stderr.contains("error"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_14_a_checkpoint_file_line_forged_without_the_key_is_found() {
    let r = Registry::new();
    fill(&r);
    let file = r.dir.path().join("registry.db.checkpoints");
    let text = std::fs::read_to_string(&file).unwrap();
    let last = text.lines().last().unwrap().to_owned();
    let mut forged: serde_json::Value = serde_json::from_str(&last).unwrap();
    forged["seq"] = serde_json::json!(forged["seq"].as_i64().unwrap() + 5);
    std::fs::write(&file, format!("{text}{forged}\n")).unwrap();
    let (code, stderr) = verify(&r);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("does not verify against the key"),
        "{stderr}"
    );
}

/// Anyone holding the public key checks a signed export; one changed line fails it.
#[test]
fn issue_14_a_signed_export_verifies_with_the_public_key_and_a_changed_line_does_not() {
    let r = Registry::new();
    fill(&r);
    let key = r.ok(&["key", "show"]).trim().to_owned();
    let export = r.dir.path().join("export.jsonl");
    r.ok(&["export", "--signed", "--out", export.to_str().unwrap()]);
    let text = std::fs::read_to_string(&export).unwrap();
    assert!(
        text.lines()
            .any(|l| l.starts_with(r#"{"type":"source""#) && l.contains(r#""original":""#))
    );
    let mut check = assert_cmd::Command::cargo_bin("amparo").unwrap();
    check.env("LC_ALL", "en_US.UTF-8");
    let out = check
        .args(["verify-export", export.to_str().unwrap(), "--key", &key])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("export verified"));

    let changed = r.dir.path().join("changed.jsonl");
    std::fs::write(&changed, text.replace("2025-03-01", "2024-03-01")).unwrap();
    let mut check = assert_cmd::Command::cargo_bin("amparo").unwrap();
    check.env("LC_ALL", "en_US.UTF-8");
    let out = check
        .args(["verify-export", changed.to_str().unwrap(), "--key", &key])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("do not match the manifest"), "{stderr}");

    let other = Registry::new();
    let wrong_key = other.ok(&["key", "show"]).trim().to_owned();
    let mut check = assert_cmd::Command::cargo_bin("amparo").unwrap();
    check.env("LC_ALL", "en_US.UTF-8");
    let out = check
        .args([
            "verify-export",
            export.to_str().unwrap(),
            "--key",
            &wrong_key,
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "another key does not vouch for it"
    );
}

/// `--as` lowers what is read: reading as the public, no full copy is written.
#[test]
fn issue_14_reading_as_less_than_admin_copies_nothing() {
    let r = Registry::new();
    fill(&r);
    let backup = r.dir.path().join("public.db");
    let export = r.dir.path().join("public.jsonl");
    for args in [
        vec!["--as", "public", "backup", backup.to_str().unwrap()],
        vec![
            "--as",
            "researcher",
            "export",
            "--out",
            export.to_str().unwrap(),
        ],
    ] {
        let stderr = r.fails(&args);
        assert!(
            stderr.contains("may not copy the whole registry"),
            "{stderr}"
        );
    }
    assert!(!backup.exists());
    assert!(!export.exists());
}
