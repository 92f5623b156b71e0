//! `amparo restore`: a backup (a SQLite copy) or an export written into an empty registry
//! of either backend, the audit log entry for entry as it was, so that `verify` passes on
//! the restored registry. What is restored is checked as it passes (the chain, every row
//! against its audit entry; for an export, its manifest too), and nothing is written
//! unless all of it holds.

use crate::export::{ExportReader, require_whole};
use crate::keys::PublicKey;
use crate::{Actor, App, AppError, AppResult};
use amparo_sqlite::SqliteStore;
use amparo_store::records::Record;
use amparo_store::sql::verify::RecordChecker;
use amparo_store::{
    Archive as _, RecordSink, RecordSource, RestoreCounts, StoreError, VerifyReport,
};
use serde::Serialize;
use std::io::Read as _;
use std::path::Path;

/// What a restore wrote.
#[derive(Debug, Clone, Serialize)]
pub struct RestoreSummary {
    pub counts: RestoreCounts,
    /// "backup" or "export".
    pub from: &'static str,
    /// What the checks of the restored rows had to say that stopped nothing (a signature
    /// that could not be checked, entries after the last checkpoint).
    pub warnings: Vec<String>,
}

/// Stops a restore whose rows do not verify: the transaction is then rolled back.
fn refuse(report: &VerifyReport) -> StoreError {
    let reasons: Vec<String> = report
        .problems
        .iter()
        .map(|p| match &p.entity {
            Some(entity) => format!("{entity}: {}", p.reason),
            None => p.reason.clone(),
        })
        .collect();
    StoreError::Invalid(format!(
        "what would be restored does not verify, so nothing was restored: {}",
        reasons.join("; ")
    ))
}

/// The lines of an export, checked as they are read; at the end, the manifest too.
struct FromExport<'k, R> {
    reader: Option<ExportReader<R>>,
    key: Option<&'k PublicKey>,
    /// The key was given: the export must be signed by it.
    required: bool,
    warnings: Vec<String>,
}

#[async_trait::async_trait]
impl<R: std::io::BufRead + Send> RecordSource for FromExport<'_, R> {
    async fn next(&mut self) -> Result<Option<Record>, StoreError> {
        let Some(reader) = self.reader.as_mut() else {
            return Ok(None);
        };
        match reader.next_record() {
            Ok(Some(record)) => return Ok(Some(record)),
            Ok(None) => {}
            Err(e) => return Err(StoreError::Invalid(e.to_string())),
        }
        let Some(reader) = self.reader.take() else {
            return Ok(None);
        };
        let check = reader.conclude(self.key, self.required);
        if !check.report.problems.is_empty() {
            return Err(refuse(&check.report));
        }
        self.warnings = check.report.warnings;
        Ok(None)
    }
}

/// Records sent by the export of another store, checked as they pass. A sender that
/// stops without saying it is done (its export failed) fails the restore.
struct FromStore {
    records: tokio::sync::mpsc::Receiver<Option<Record>>,
    check: Option<RecordChecker>,
    warnings: Vec<String>,
}

#[async_trait::async_trait]
impl RecordSource for FromStore {
    async fn next(&mut self) -> Result<Option<Record>, StoreError> {
        match self.records.recv().await {
            Some(Some(record)) => {
                if let Some(check) = self.check.as_mut() {
                    check.record(&record);
                }
                Ok(Some(record))
            }
            Some(None) => {
                if let Some(check) = self.check.take() {
                    let report = check.finish(&[]);
                    if !report.problems.is_empty() {
                        return Err(refuse(&report));
                    }
                    self.warnings = report.warnings;
                }
                Ok(None)
            }
            None => Err(StoreError::Invalid(
                "the backup could not be read to its end: nothing was restored".into(),
            )),
        }
    }
}

struct ToChannel(tokio::sync::mpsc::Sender<Option<Record>>);

#[async_trait::async_trait]
impl RecordSink for ToChannel {
    async fn put(&mut self, record: Record) -> Result<(), StoreError> {
        self.0
            .send(Some(record))
            .await
            .map_err(|_| StoreError::Invalid("the restore stopped".into()))
    }
}

impl App {
    /// Restores `from` (a SQLite backup, or an export) into this registry, which must be
    /// empty. With `key`, the export must be signed by it; otherwise it is checked with the
    /// registry's own key when it was signed by it, and let through with a warning when
    /// not. Admins only, reading as one.
    pub async fn restore(
        &self,
        actor: &Actor,
        from: &Path,
        key: Option<&PublicKey>,
    ) -> AppResult<RestoreSummary> {
        require_whole(actor)?;
        let mut magic = [0u8; 16];
        let is_sqlite = std::fs::File::open(from)
            .and_then(|mut f| f.read_exact(&mut magic))
            .is_ok()
            && &magic == b"SQLite format 3\0";
        if is_sqlite {
            return self.restore_backup(from).await;
        }
        let file = std::fs::File::open(from).map_err(|e| AppError::file("read", from, e))?;
        let own = self.public_key().ok().map(|k| k.public_key);
        let mut source = FromExport {
            reader: Some(ExportReader::new(std::io::BufReader::new(file))),
            key: key.or(own.as_ref()),
            required: key.is_some(),
            warnings: Vec::new(),
        };
        let counts = self.store.restore_rows(&mut source).await?;
        Ok(RestoreSummary {
            counts,
            from: "export",
            warnings: source.warnings,
        })
    }

    /// Restores a SQLite copy: its rows are read (never written) and streamed into this
    /// registry, checked as they pass.
    async fn restore_backup(&self, from: &Path) -> AppResult<RestoreSummary> {
        let backup = SqliteStore::open_existing(from, 1).await?;
        let (tx, rx) = tokio::sync::mpsc::channel(1024);
        let mut sink = ToChannel(tx);
        let mut source = FromStore {
            records: rx,
            check: Some(RecordChecker::default()),
            warnings: Vec::new(),
        };
        let export = async {
            let done = backup.export_rows(&mut sink).await;
            if done.is_ok() {
                // The end, said: a sender dropped without it means the export failed.
                sink.0
                    .send(None)
                    .await
                    .map_err(|_| StoreError::Invalid("the restore stopped".into()))?;
            }
            drop(sink);
            done
        };
        let restore = async {
            let restored = self.store.restore_rows(&mut source).await;
            // A restore that stopped early stops the export that feeds it.
            source.records.close();
            restored
        };
        let (exported, restored) = tokio::join!(export, restore);
        backup.close().await?;
        let counts = match (exported, restored) {
            (_, Err(StoreError::Conflict(e))) => return Err(StoreError::Conflict(e).into()),
            (Err(e), _) => {
                return Err(AppError::Invalid(format!(
                    "the backup {} cannot be read: {e} (a backup made by an older amparo can be brought up to date first with `amparo --db COPY migrate` on a copy)",
                    from.display()
                )));
            }
            (Ok(()), restored) => restored?,
        };
        Ok(RestoreSummary {
            counts,
            from: "backup",
            warnings: source.warnings,
        })
    }
}
