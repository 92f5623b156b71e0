//! Runs the binary against a throwaway registry.

use assert_cmd::Command;
use serde_json::Value;
use std::path::PathBuf;

pub struct Registry {
    pub dir: tempfile::TempDir,
}

impl Registry {
    pub fn new() -> Registry {
        let r = Registry {
            dir: tempfile::tempdir().unwrap(),
        };
        r.ok(&["init"]);
        r
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("registry.db")
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("amparo").unwrap();
        cmd.env_remove("AMPARO_DATABASE_URL")
            .env_remove("AMPARO_ROLE")
            .arg("--db")
            .arg(self.db())
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

    /// Creates something and returns its id, as `--json` gives it.
    pub fn create(&self, args: &[&str]) -> String {
        self.json(args)["id"].as_str().unwrap().to_owned()
    }
}
