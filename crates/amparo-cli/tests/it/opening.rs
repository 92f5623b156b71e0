//! Issue 14 ("Trust"), opening a SQLite registry: a command that reads never writes (no
//! migration, not a byte of the file), so it answers beside a long import and on a
//! read-only copy; a command that wrote leaves the registry whole in its one file.

use crate::support::Registry;
use crate::trust::{attack, fill};
use amparo_sqlite::{SqliteStore, wal_path};
use std::os::unix::fs::PermissionsExt as _;
use std::path::Path;

fn sha(path: &Path) -> amparo_domain::Sha256 {
    amparo_domain::Sha256::of(&std::fs::read(path).unwrap())
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

const READS: [&[&str]; 5] = [
    &["status"],
    &["person", "list"],
    &["verify"],
    &["log"],
    &["report", "balance", "--as-of", "2026-01-01"],
];

#[test]
fn issue_14_a_reading_command_does_not_change_the_file() {
    let r = Registry::new();
    fill(&r);
    let before = sha(&r.db());
    for args in READS {
        r.ok(args);
    }
    assert_eq!(sha(&r.db()), before);
}

#[test]
fn issue_14_after_a_write_the_file_alone_holds_the_registry() {
    let r = Registry::new();
    let filled = fill(&r);
    let wal = wal_path(&r.db());
    assert!(
        std::fs::metadata(&wal).map_or(true, |m| m.len() == 0),
        "the write-ahead log was folded into the file"
    );
    let copy = tempfile::tempdir().unwrap();
    let alone = copy.path().join("copy.db");
    std::fs::copy(r.db(), &alone).unwrap();
    let mut cmd = r.cmd(&["person", "show", &filled.person, "--json"]);
    cmd.args(["--db", alone.to_str().unwrap()]);
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Rosa Inventada"));
}

/// A copy on a read-only medium: the file marked 444, or a file in a folder marked 555.
/// It reads and verifies without a byte changed; a write says it is read-only.
#[test]
fn issue_14_a_read_only_registry_reads_and_verifies() {
    let r = Registry::new();
    fill(&r);
    let media = tempfile::tempdir().unwrap();
    let file = media.path().join("file.db");
    std::fs::copy(r.db(), &file).unwrap();
    chmod(&file, 0o444);
    let folder = media.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    let inside = folder.join("registry.db");
    std::fs::copy(r.db(), &inside).unwrap();
    chmod(&folder, 0o555);
    for db in [&file, &inside] {
        let before = sha(db);
        for args in READS {
            let mut cmd = r.cmd(args);
            cmd.args(["--db", db.to_str().unwrap()]);
            let out = cmd.output().unwrap();
            assert!(
                out.status.success(),
                "{args:?} on {}: {}",
                db.display(),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let mut cmd = r.cmd(&["person", "add", "--name", "Nueva Inventada"]);
        cmd.args(["--db", db.to_str().unwrap()]);
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("read-only"));
        assert_eq!(sha(db), before, "{}", db.display());
    }
    assert_eq!(
        std::fs::read_dir(&folder).unwrap().count(),
        1,
        "nothing made beside it"
    );
    chmod(&folder, 0o755);
}

/// A registry of an older schema is not migrated by a read: the read says what to run,
/// the file is unchanged, and `amparo migrate` brings it up to date.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_14_an_older_schema_is_migrated_only_when_asked() {
    let r = Registry::new();
    fill(&r);
    attack(
        &r.db(),
        "DELETE FROM _sqlx_migrations WHERE version = 6; DROP TABLE checkpoints",
    )
    .await;
    let before = sha(&r.db());
    let stderr = r.fails(&["status"]);
    assert!(stderr.contains("run `amparo migrate`"), "{stderr}");
    assert_eq!(sha(&r.db()), before);
    r.ok(&["migrate"]);
    r.ok(&["status"]);
}

/// Another process holds the write lock (a long import): reads open and answer at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_14_reads_answer_while_another_process_writes() {
    let r = Registry::new();
    fill(&r);
    let writer = SqliteStore::open_existing(&r.db(), 1).await.unwrap();
    writer
        .execute_raw("BEGIN IMMEDIATE; INSERT INTO facilities (id, data) VALUES ('x', '{}')")
        .await
        .unwrap();
    let started = std::time::Instant::now();
    for args in [&["status"][..], &["person", "list"], &["verify"]] {
        r.ok(args);
    }
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
    writer.execute_raw("ROLLBACK").await.unwrap();
    writer.close().await.unwrap();
}
