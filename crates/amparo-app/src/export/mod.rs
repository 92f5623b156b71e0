//! `amparo export`: the whole registry as JSON Lines (a header, every row as stored — the
//! audit log, sources with their originals in base64, persons, facts, retractions,
//! proposals, facilities, announcements, claims, checkpoints — and a manifest of hashes,
//! signed with the registry's key when asked). Reading one back, as `amparo verify-export`
//! and `amparo restore` do, is in `check.rs`.

mod check;

pub(crate) use check::ExportReader;
pub use check::{ExportCheck, verify_export};

use crate::actor::Role;
use crate::keys::SigningKey;
use crate::{Action, Actor, App, AppError, AppResult};
use amparo_domain::Access;
use amparo_store::records::Record;
use amparo_store::{RecordSink, StoreError};
use serde::{Deserialize, Serialize};
use sha2::Digest as _;
use std::collections::BTreeMap;

pub(crate) const FORMAT: &str = "amparo-export";
pub(crate) const VERSION: u32 = 1;

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
pub(crate) struct Header {
    #[serde(rename = "type")]
    pub(crate) kind: String,
    pub(crate) format: String,
    pub(crate) version: u32,
    pub(crate) created_at: String,
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
pub(crate) struct Digest {
    body: sha2::Sha256,
    types: BTreeMap<String, (sha2::Sha256, u64)>,
    pub(crate) head: Option<ManifestHead>,
}

impl Digest {
    pub(crate) fn line(&mut self, kind: &str, line: &str) {
        self.body.update(line.as_bytes());
        self.body.update(b"\n");
        if kind != "header" {
            let (hash, count) = self.types.entry(kind.to_owned()).or_default();
            hash.update(line.as_bytes());
            hash.update(b"\n");
            *count += 1;
        }
    }

    pub(crate) fn manifest(self, created_at: String) -> Manifest {
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
