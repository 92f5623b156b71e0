//! Reading an export back: every line hashed and every record checked as it passes (the
//! audit chain, each row against its audit entry), then the manifest and its signature.
//! `amparo verify-export` runs it to the end; `amparo restore` writes what passes.

use super::{Digest, FORMAT, Header, Manifest, ManifestHead, VERSION};
use crate::keys::PublicKey;
use crate::{AppError, AppResult};
use amparo_store::VerifyReport;
use amparo_store::records::{Record, line_type};
use amparo_store::sql::verify::RecordChecker;
use serde::Serialize;
use std::io::BufRead;

/// What checking an export found.
#[derive(Debug, Clone, Serialize)]
pub struct ExportCheck {
    pub report: VerifyReport,
    pub manifest: Option<Manifest>,
}

/// Reads an export line by line, hashing every line and checking every record as it
/// passes (the chain, each row against its audit entry); [`ExportReader::conclude`] then
/// checks the manifest and its signature.
pub(crate) struct ExportReader<R> {
    input: R,
    line: usize,
    digest: Digest,
    check: RecordChecker,
    manifest: Option<Manifest>,
}

impl<R: BufRead> ExportReader<R> {
    pub(crate) fn new(input: R) -> ExportReader<R> {
        ExportReader {
            input,
            line: 0,
            digest: Digest::default(),
            check: RecordChecker::default(),
            manifest: None,
        }
    }

    /// The next record; `None` at the end of the file.
    pub(crate) fn next_record(&mut self) -> AppResult<Option<Record>> {
        let mut text = String::new();
        loop {
            text.clear();
            let read = self
                .input
                .read_line(&mut text)
                .map_err(|e| AppError::Invalid(format!("cannot read the export: {e}")))?;
            if read == 0 {
                return Ok(None);
            }
            self.line += 1;
            let line = text.trim_end_matches(['\n', '\r']);
            let at = self.line;
            if self.manifest.is_some() {
                self.check.problem(format!(
                    "line {at} comes after the manifest: lines were added"
                ));
            }
            let kind = match line_type(line) {
                Ok(kind) => kind,
                Err(e) => {
                    self.digest.line("unreadable", line);
                    self.check.problem(format!("line {at} is unreadable: {e}"));
                    continue;
                }
            };
            if kind == "manifest" {
                match serde_json::from_str(line) {
                    Ok(m) => self.manifest = Some(m),
                    Err(e) => self
                        .check
                        .problem(format!("the manifest is unreadable: {e}")),
                }
                continue;
            }
            self.digest.line(&kind, line);
            if kind == "header" {
                match serde_json::from_str::<Header>(line) {
                    Ok(h) if at == 1 && h.format == FORMAT && h.version == VERSION => {}
                    _ => self.check.problem(format!(
                        "line {at} is not the header of a version {VERSION} amparo export"
                    )),
                }
                continue;
            }
            if at == 1 {
                self.check
                    .problem("the export has no header: its start is missing".into());
            }
            match Record::from_line(&kind, line) {
                Ok(Some(record)) => {
                    if let Record::Audit(a) = &record {
                        self.digest.head = Some(ManifestHead {
                            seq: a.seq,
                            hash: a.hash.clone(),
                        });
                    }
                    self.check.record(&record);
                    return Ok(Some(record));
                }
                Ok(None) => self
                    .check
                    .problem(format!("line {at} has the unknown type {kind:?}")),
                Err(e) => self.check.problem(format!("line {at}: {e}")),
            }
        }
    }

    /// Checks the manifest against the lines read, its signature against `key` (when
    /// given), and the log against the checkpoints the export carries signed by that key.
    /// Unless the signature is `required`, an export that is unsigned or signed by another
    /// key is let through with a warning (its lines and chain are still checked).
    pub(crate) fn conclude(mut self, key: Option<&PublicKey>, required: bool) -> ExportCheck {
        let mut warnings = Vec::new();
        self.check.close_log();
        let Some(manifest) = self.manifest.take() else {
            self.check
                .problem("the export has no manifest: it was cut short".into());
            return ExportCheck {
                report: self.check.finish(&[]),
                manifest: None,
            };
        };
        let head = self.digest.head.clone();
        let read = std::mem::take(&mut self.digest).manifest(manifest.created_at.clone());
        if read.body_sha256 != manifest.body_sha256 {
            self.check.problem(
                "the export's lines do not match the manifest's hash: lines were changed, added or removed"
                    .into(),
            );
        }
        for (kind, hash) in &manifest.hashes {
            if read.hashes.get(kind) != Some(hash) {
                let n = read.counts.get(kind).copied().unwrap_or(0);
                let expected = manifest.counts.get(kind).copied().unwrap_or(0);
                self.check.problem(format!(
                    "the {kind} lines do not match the manifest ({n} read, {expected} listed): they were altered"
                ));
            }
        }
        for kind in read
            .hashes
            .keys()
            .filter(|k| !manifest.hashes.contains_key(*k))
        {
            self.check.problem(format!(
                "the export has {kind} lines the manifest does not list"
            ));
        }
        if manifest.head != head {
            self.check
                .problem("the manifest's last audit entry is not the export's".into());
        }
        let mut trusted = Vec::new();
        if let Some(key) = key {
            match (&manifest.public_key, &manifest.signature) {
                (Some(signer), Some(signature)) if *signer == key.to_string() => {
                    if !key.verifies(&manifest.message(), signature) {
                        self.check.problem(
                            "the manifest's signature does not verify: the manifest was altered"
                                .into(),
                        );
                    }
                }
                (Some(signer), Some(_)) if required => self
                    .check
                    .problem(format!("the export is signed by {signer}, not by {key}")),
                _ if required => self
                    .check
                    .problem("the export is not signed (`amparo export --signed` signs it)".into()),
                _ => warnings.push(
                    "the export's signature was not checked (it is unsigned, or signed by another key): give the public key of the registry it came from to check it".to_owned(),
                ),
            }
            trusted = self
                .check
                .carried_checkpoints()
                .iter()
                .filter(|c| key.signed(c) == Some(true))
                .cloned()
                .collect();
        }
        let mut report = self.check.finish(&trusted);
        report.warnings.extend(warnings);
        ExportCheck {
            report,
            manifest: Some(manifest),
        }
    }
}

/// Checks an export as anyone holding the registry's public key can, without a registry:
/// its manifest's signature, every line against the manifest's hashes, the audit chain,
/// every row against its audit entry, and the chain against the signed checkpoints.
pub fn verify_export(input: impl BufRead, key: &PublicKey) -> AppResult<ExportCheck> {
    let mut reader = ExportReader::new(input);
    while reader.next_record()?.is_some() {}
    Ok(reader.conclude(Some(key), true))
}

#[cfg(test)]
mod tests {
    use crate::{Actor, App, FixedClock, OpenOptions, PublicKey};
    use std::sync::Arc;

    async fn exported() -> (String, PublicKey, tempfile::TempDir) {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("r.db");
        let options = OpenOptions {
            create: true,
            ..OpenOptions::default()
        };
        let clock = Arc::new(FixedClock(chrono::DateTime::UNIX_EPOCH));
        let app = App::open(db.to_str().unwrap(), &options, clock)
            .await
            .unwrap();
        let admin = Actor::local("ana");
        let key = app.create_key(&admin).unwrap().public_key;
        app.seed_gazetteer(&admin).await.unwrap();
        app.checkpoint(&admin).await.unwrap();
        let mut out = Vec::new();
        app.export(&admin, &mut out, true).await.unwrap();
        app.close().await.unwrap();
        (String::from_utf8(out).unwrap(), key, dir)
    }

    fn problems(text: &str, key: &PublicKey) -> Vec<String> {
        let check = super::verify_export(text.as_bytes(), key).unwrap();
        check
            .report
            .problems
            .into_iter()
            .map(|p| p.reason)
            .collect()
    }

    /// Issue 14: an export cut short, or with one audit line taken out of its middle, does
    /// not verify, whoever holds the public key.
    #[tokio::test]
    async fn an_export_cut_short_or_missing_a_line_does_not_verify() {
        let (text, key, _dir) = exported().await;
        assert_eq!(problems(&text, &key), Vec::<String>::new());
        let lines: Vec<&str> = text.lines().collect();
        let cut = lines[..lines.len() - 1].join("\n");
        assert!(problems(&cut, &key).iter().any(|p| p.contains("cut short")));
        let audit = lines
            .iter()
            .position(|l| l.contains(r#""seq":3,"#))
            .unwrap();
        let mut missing = lines.clone();
        missing.remove(audit);
        let found = problems(&missing.join("\n"), &key);
        assert!(
            found
                .iter()
                .any(|p| p.contains("do not match the manifest")),
            "{found:?}"
        );
        assert!(
            found.iter().any(|p| p.contains("entries are missing")),
            "{found:?}"
        );
        let checkpoints = text
            .lines()
            .filter(|l| l.contains(r#""type":"checkpoint""#))
            .count();
        assert_eq!(checkpoints, 1, "the checkpoint travels with the export");
    }
}
