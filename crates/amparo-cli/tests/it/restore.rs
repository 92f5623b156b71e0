//! Issue 14 ("Trust"): backups that restore. Backup → wipe → restore, and SQLite →
//! PostgreSQL → SQLite through exports, give the same persons, facts, citations, source
//! originals and audit entries (the export of every registry along the way is the same,
//! line for line), and the chain verifies on each.

use crate::support::Registry;
use crate::trust::fill;
use std::path::Path;

/// The rows of an export: every line but the header, the manifest (which carry the time
/// of the export) and the checkpoints (each registry signs its own).
fn rows(export: &Path) -> Vec<String> {
    std::fs::read_to_string(export)
        .unwrap()
        .lines()
        .filter(|l| {
            !l.starts_with(r#"{"type":"header""#)
                && !l.starts_with(r#"{"type":"manifest""#)
                && !l.starts_with(r#"{"type":"checkpoint""#)
        })
        .map(str::to_owned)
        .collect()
}

fn export(r: &Registry, name: &str) -> std::path::PathBuf {
    let path = r.dir.path().join(name);
    r.ok(&["export", "--out", path.to_str().unwrap()]);
    path
}

#[test]
fn issue_14_backup_wipe_restore_gives_the_same_registry() {
    let r = Registry::new();
    let filled = fill(&r);
    let before = rows(&export(&r, "before.jsonl"));
    assert!(
        before.iter().any(|l| l.contains(r#""original":""#)),
        "originals travel"
    );
    let person = r.json(&["person", "show", &filled.person]);
    let backup = r.dir.path().join("backup.db");
    r.ok(&["backup", backup.to_str().unwrap()]);

    for suffix in ["", "-wal", "-shm"] {
        let file = format!("{}{suffix}", r.db().display());
        let _ = std::fs::remove_file(file);
    }
    let text = r.ok(&["restore", backup.to_str().unwrap()]);
    assert!(text.starts_with("restored from the backup"), "{text}");
    assert_eq!(rows(&export(&r, "after.jsonl")), before);
    assert_eq!(r.json(&["person", "show", &filled.person]), person);
    // The key and the checkpoints beside it outlived the wipe: the restored log is the one
    // they signed.
    let verified = r.ok(&["verify"]);
    assert!(verified.contains("matches the checkpoint"), "{verified}");

    // Restoring onto a registry that holds anything is refused, and changes nothing.
    let stderr = r.fails(&["restore", backup.to_str().unwrap()]);
    assert!(stderr.contains("restore into a new one"), "{stderr}");
    assert_eq!(rows(&export(&r, "again.jsonl")), before);
}

/// A fresh, empty PostgreSQL database, dropped when done; `None` (having said why) when no
/// server answers outside CI.
struct EmptyPg {
    base: String,
    name: String,
}

impl EmptyPg {
    fn new() -> Option<EmptyPg> {
        let base = std::env::var("AMPARO_TEST_DATABASE_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into());
        let name = format!("amparo_cli_restore_{}", std::process::id());
        let made = std::process::Command::new("psql")
            .args([
                &format!("{base}/postgres"),
                "-qc",
                &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
                "-c",
                &format!("CREATE DATABASE {name}"),
            ])
            .output();
        match made {
            Ok(out) if out.status.success() => Some(EmptyPg { base, name }),
            other if std::env::var_os("CI").is_some() => {
                panic!("PostgreSQL is required in CI: {other:?}")
            }
            _ => {
                eprintln!("SKIPPED: no PostgreSQL server at {base}");
                None
            }
        }
    }

    fn url(&self) -> String {
        format!("{}/{}", self.base, self.name)
    }
}

impl Drop for EmptyPg {
    fn drop(&mut self) {
        let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
        let _ = std::process::Command::new("psql")
            .args([&format!("{}/postgres", self.base), "-qc", &sql])
            .output();
    }
}

#[test]
fn issue_14_sqlite_to_postgres_to_sqlite_gives_the_same_registry() {
    let Some(pg) = EmptyPg::new() else { return };
    let r = Registry::new();
    let filled = fill(&r);
    let first = export(&r, "sqlite.jsonl");
    let rows_first = rows(&first);
    let person = r.json(&["person", "show", &filled.person]);

    let on_pg = |args: &[&str]| {
        let mut cmd = r.cmd(args);
        cmd.args(["--db", &pg.url()]);
        cmd.output().unwrap()
    };
    let out = on_pg(&["restore", first.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let second = r.dir.path().join("postgres.jsonl");
    let out = on_pg(&["export", "--out", second.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(rows(&second), rows_first, "SQLite → PostgreSQL");
    let out = on_pg(&["verify"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = on_pg(&["person", "show", &filled.person, "--json"]);
    let shown: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown, person);

    let back = r.dir.path().join("back.db");
    let on_back = |args: &[&str]| {
        let mut cmd = r.cmd(args);
        cmd.args(["--db", back.to_str().unwrap()]);
        cmd.output().unwrap()
    };
    let out = on_back(&["restore", second.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let third = r.dir.path().join("back.jsonl");
    assert!(
        on_back(&["export", "--out", third.to_str().unwrap()])
            .status
            .success()
    );
    assert_eq!(rows(&third), rows_first, "PostgreSQL → SQLite");
    let out = on_back(&["verify"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("matches the checkpoint"));
}
