//! `amparo export`: the whole registry as JSON Lines (a header, every row as stored — the
//! audit log, sources with their originals in base64, persons, facts, retractions,
//! proposals, facilities, announcements, claims, checkpoints — and a manifest of hashes,
//! signed with the registry's key when asked), and `amparo verify-export`, which anyone
//! holding the public key runs on such a file without a registry.

use crate::actor::Role;
use crate::keys::{PublicKey, SigningKey};
use crate::{Action, Actor, App, AppError, AppResult};
use amparo_domain::Access;
use amparo_store::records::{Record, line_type};
use amparo_store::sql::verify::RecordChecker;
use amparo_store::{RecordSink, StoreError, VerifyReport};
use serde::{Deserialize, Serialize};
use sha2::Digest as _;
use std::collections::BTreeMap;
use std::io::BufRead;

const FORMAT: &str = "amparo-export";
const VERSION: u32 = 1;

/// Refuses what copies the whole registry (export, backup, restore) unless the actor is an
/// admin reading as one: `--as public` must not write a full copy.
pub(crate) fn require_whole(actor: &Actor) -> AppResult<()> {
    actor.require(Action::Administer)?;
    let reading = match actor.access() {
        Access::Admin => return Ok(()),
        Access::Public => Role::Public,
        Access::Researcher => Role::Researcher,
        Access::Documenter => Role::Viewer,
    };
    Err(AppError::Forbidden {
        action: "copy the whole registry (reading as less than admin)",
        role: reading,
    })
}

/// The first line of an export.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Header {
    #[serde(rename = "type")]
    kind: String,
    format: String,
    version: u32,
    created_at: String,
}

/// The audit entry an export ends at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestHead {
    pub seq: i64,
    pub hash: String,
}

/// The last line of an export: what it holds, the hashes of its lines, and the signature
/// of all that by the registry's key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    #[serde(rename = "type")]
    pub kind: String,
    pub format: String,
    pub version: u32,
    pub created_at: String,
    /// The last audit entry exported.
    pub head: Option<ManifestHead>,
    /// Lines of each type.
    pub counts: BTreeMap<String, u64>,
    /// SHA-256 of the lines of each type, each with its newline.
    pub hashes: BTreeMap<String, String>,
    /// SHA-256 of every line before the manifest, header included.
    pub body_sha256: String,
    pub public_key: Option<String>,
    /// The signature of [`Manifest::message`], base64.
    pub signature: Option<String>,
}

impl Manifest {
    /// The bytes the signature covers: the manifest without its signature.
    pub fn message(&self) -> Vec<u8> {
        let mut unsigned = self.clone();
        unsigned.signature = None;
        let mut bytes = b"amparo export manifest v1\n".to_vec();
        bytes.extend(serde_json::to_vec(&unsigned).unwrap_or_default());
        bytes
    }
}

/// The hashes and counts of an export's lines, as written or as read.
#[derive(Default)]
struct Digest {
    body: sha2::Sha256,
    types: BTreeMap<String, (sha2::Sha256, u64)>,
    head: Option<ManifestHead>,
}

impl Digest {
    fn line(&mut self, kind: &str, line: &str) {
        self.body.update(line.as_bytes());
        self.body.update(b"\n");
        if kind != "header" {
            let (hash, count) = self.types.entry(kind.to_owned()).or_default();
            hash.update(line.as_bytes());
            hash.update(b"\n");
            *count += 1;
        }
    }

    fn manifest(self, created_at: String) -> Manifest {
        let hex = |h: sha2::Sha256| {
            h.finalize()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        };
        let mut counts = BTreeMap::new();
        let mut hashes = BTreeMap::new();
        for (kind, (hash, count)) in self.types {
            counts.insert(kind.clone(), count);
            hashes.insert(kind, hex(hash));
        }
        Manifest {
            kind: "manifest".into(),
            format: FORMAT.into(),
            version: VERSION,
            created_at,
            head: self.head,
            counts,
            hashes,
            body_sha256: hex(self.body),
            public_key: None,
            signature: None,
        }
    }
}

/// Writes records as lines, hashing them as they go.
struct LineSink<'a> {
    out: &'a mut (dyn std::io::Write + Send),
    digest: Digest,
}

impl LineSink<'_> {
    fn write(&mut self, kind: &str, line: &str) -> Result<(), StoreError> {
        self.digest.line(kind, line);
        writeln!(self.out, "{line}")
            .map_err(|e| StoreError::Invalid(format!("cannot write the export: {e}")))
    }
}

#[async_trait::async_trait]
impl RecordSink for LineSink<'_> {
    async fn put(&mut self, record: Record) -> Result<(), StoreError> {
        if let Record::Audit(a) = &record {
            self.digest.head = Some(ManifestHead {
                seq: a.seq,
                hash: a.hash.clone(),
            });
        }
        self.write(record.kind(), &record.to_line()?)
    }
}

/// What an export wrote.
#[derive(Debug, Clone, Serialize)]
pub struct ExportSummary {
    pub counts: BTreeMap<String, u64>,
    /// The last audit entry exported.
    pub head: Option<i64>,
    /// The key that signed the manifest, when it was signed.
    pub public_key: Option<String>,
}

impl App {
    /// Writes the whole registry to `out` as JSON Lines, from one consistent snapshot; with
    /// `signed`, the manifest is signed by the registry's key. Admins only, reading as one.
    pub async fn export(
        &self,
        actor: &Actor,
        out: &mut (dyn std::io::Write + Send),
        signed: bool,
    ) -> AppResult<ExportSummary> {
        require_whole(actor)?;
        let key = match signed {
            false => None,
            true => Some(self.export_key()?),
        };
        let created_at = self
            .clock
            .now()
            .to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
        let header = Header {
            kind: "header".into(),
            format: FORMAT.into(),
            version: VERSION,
            created_at: created_at.clone(),
        };
        let mut sink = LineSink {
            out,
            digest: Digest::default(),
        };
        let line = serde_json::to_string(&header)
            .map_err(|e| AppError::Invalid(format!("cannot encode the header: {e}")))?;
        sink.write("header", &line)?;
        self.store.export_rows(&mut sink).await?;
        let LineSink { out, digest } = sink;
        let mut manifest = digest.manifest(created_at);
        if let Some(key) = &key {
            manifest.public_key = Some(key.public().to_string());
            manifest.signature = Some(key.sign(&manifest.message()));
        }
        let line = serde_json::to_string(&manifest)
            .map_err(|e| AppError::Invalid(format!("cannot encode the manifest: {e}")))?;
        writeln!(out, "{line}")
            .and_then(|()| out.flush())
            .map_err(|e| AppError::Invalid(format!("cannot write the export: {e}")))?;
        Ok(ExportSummary {
            counts: manifest.counts,
            head: manifest.head.map(|h| h.seq),
            public_key: manifest.public_key,
        })
    }

    fn export_key(&self) -> AppResult<SigningKey> {
        let keys = self.keys.as_ref().ok_or_else(|| {
            AppError::Invalid(
                "a signed export needs the registry's key: set AMPARO_KEY to its path".into(),
            )
        })?;
        SigningKey::load(&keys.key)?.ok_or_else(|| {
            AppError::Invalid(format!(
                "a signed export needs the registry's key, and there is none at {}: `amparo init` makes one",
                keys.key.display()
            ))
        })
    }
}

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
    pub(crate) fn conclude(mut self, key: Option<&PublicKey>) -> ExportCheck {
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
                (Some(signer), Some(_)) => self
                    .check
                    .problem(format!("the export is signed by {signer}, not by {key}")),
                _ => self
                    .check
                    .problem("the export is not signed (`amparo export --signed` signs it)".into()),
            }
            trusted = self
                .check
                .carried_checkpoints()
                .iter()
                .filter(|c| key.signed(c) == Some(true))
                .cloned()
                .collect();
        }
        ExportCheck {
            report: self.check.finish(&trusted),
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
    Ok(reader.conclude(Some(key)))
}
