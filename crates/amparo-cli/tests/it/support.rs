//! Runs the binary against a throwaway registry.

use assert_cmd::Command;
use serde_json::Value;
use std::path::PathBuf;

pub struct Registry {
    pub dir: tempfile::TempDir,
    /// A postgres:// URL, or None for the SQLite file in `dir`.
    pub url: Option<String>,
}

impl Registry {
    pub fn new() -> Registry {
        let r = Registry {
            dir: tempfile::tempdir().unwrap(),
            url: None,
        };
        r.ok(&["init"]);
        r
    }

    /// A registry in a fresh PostgreSQL database, or None (having said why) when no server
    /// answers outside CI. In CI a missing server fails the test.
    pub fn postgres() -> Option<Registry> {
        let base = std::env::var("AMPARO_TEST_DATABASE_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into());
        // One database per registry: tests of one process run side by side.
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let name = format!("amparo_cli_{}_{n}", std::process::id());
        let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        let made = std::process::Command::new("psql")
            .args([
                &format!("{base}/postgres"),
                "-qc",
                &sql,
                "-c",
                &format!("CREATE DATABASE {name}"),
            ])
            .output();
        match made {
            Ok(out) if out.status.success() => {}
            other if std::env::var_os("CI").is_some() => {
                panic!("PostgreSQL is required in CI: {other:?}")
            }
            _ => {
                eprintln!("SKIPPED: no PostgreSQL server at {base}");
                return None;
            }
        }
        let r = Registry {
            dir: tempfile::tempdir().unwrap(),
            url: Some(format!("{base}/{name}")),
        };
        r.ok(&["init"]);
        Some(r)
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("registry.db")
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("amparo").unwrap();
        let db = self
            .url
            .clone()
            .map(PathBuf::from)
            .unwrap_or_else(|| self.db());
        // Files a command writes beside its working folder land in the test's own folder.
        // The tests read English: the locale says so (Spanish is the default otherwise);
        // the language tests set their own locale or --lang over it.
        cmd.current_dir(self.dir.path())
            .env("LC_ALL", "en_US.UTF-8")
            .env_remove("AMPARO_DATABASE_URL")
            .env_remove("AMPARO_ROLE")
            .env_remove("AMPARO_KEY")
            .arg("--db")
            .arg(db)
            .args(args);
        cmd
    }

    /// The command as a plain process, for tests that drive its pipes themselves.
    pub fn process(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("amparo"));
        let db = self
            .url
            .clone()
            .map(PathBuf::from)
            .unwrap_or_else(|| self.db());
        cmd.current_dir(self.dir.path())
            .env("LC_ALL", "en_US.UTF-8")
            .env_remove("AMPARO_DATABASE_URL")
            .env_remove("AMPARO_ROLE")
            .env_remove("AMPARO_KEY")
            .arg("--db")
            .arg(db)
            .args(args);
        cmd
    }

    /// Runs a command that must succeed; returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd(args).output().unwrap();
        assert!(
            out.status.success(),
            "amparo {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.push("--json");
        serde_json::from_str(&self.ok(&all)).unwrap()
    }

    /// Runs a command that must fail with exit code 2; returns its stderr.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.cmd(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "amparo {args:?} should exit 2");
        String::from_utf8(out.stderr).unwrap()
    }

    /// Runs a command that must succeed with every log line on (`AMPARO_LOG=trace`);
    /// returns its stdout and its stderr (the log).
    pub fn logged(&self, args: &[&str]) -> (String, String) {
        let out = self.cmd(args).env("AMPARO_LOG", "trace").output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(out.status.success(), "amparo {args:?} failed: {stderr}");
        (String::from_utf8(out.stdout).unwrap(), stderr)
    }

    /// Creates something and returns its id, as `--json` gives it.
    pub fn create(&self, args: &[&str]) -> String {
        self.json(args)["id"].as_str().unwrap().to_owned()
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        if let Some((base, name)) = self.url.as_deref().and_then(|u| u.rsplit_once('/')) {
            let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            let _ = std::process::Command::new("psql")
                .args([&format!("{base}/postgres"), "-qc", &sql])
                .output();
        }
    }
}

/// `amparo ARGS` needing no registry, under the locale `LANG=locale` (the other locale
/// variables removed); its exit code, stdout and stderr.
pub fn amparo(locale: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let mut cmd = Command::cargo_bin("amparo").unwrap();
    for name in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        cmd.env_remove(name);
    }
    let out = cmd.env("LANG", locale).args(args).output().unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}
