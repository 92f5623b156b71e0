//! What `verify` finds, collected rather than thrown so that one run names every problem:
//! the audit chain, each row against the content hash the log holds for it, the log against
//! the signed checkpoints, and tables that are missing. The same checker reads a registry
//! (`verify`) and an export (`verify-export`).

use super::verify::{RawAudit, parse_audit};
use crate::archive::{Checkpoint, SignedHead};
use crate::rows::SourceRow;
use crate::{Problem, VerifyReport};
use amparo_domain::{EntityKind, Sha256};
use std::collections::{HashMap, HashSet};

/// Collects what `verify` finds.
#[derive(Default)]
pub struct Checker {
    /// The latest content hash the log holds for each entity, and the entry that holds it.
    expected: HashMap<(EntityKind, String), (i64, Sha256)>,
    seen: HashSet<(EntityKind, String)>,
    /// Each entry's hash, by sequence number, for the checkpoints.
    hashes: Vec<(i64, Sha256)>,
    /// The audit log could not be read: rows cannot be checked against it.
    no_log: bool,
    /// Kinds whose table is missing: their rows are not each reported as deleted.
    lost: HashSet<EntityKind>,
    entries: u64,
    rows: u64,
    problems: Vec<Problem>,
    warnings: Vec<String>,
    signed: Option<SignedHead>,
}

impl Checker {
    /// Checks the chain and learns the expected content hashes.
    pub fn audit(&mut self, rows: Vec<RawAudit>) {
        let mut entries = Vec::with_capacity(rows.len());
        for row in rows {
            let seq = row.0;
            match parse_audit(row) {
                Ok(e) => entries.push(e),
                Err(reason) => {
                    self.problems.push(Problem {
                        seq: Some(seq),
                        entity: None,
                        reason: format!("audit entry {seq} is unreadable: {reason}"),
                    });
                    break;
                }
            }
        }
        match amparo_domain::check_chain(&entries) {
            Ok(n) => self.entries = n,
            Err(b) => {
                self.problems.insert(0, Problem::from(b.clone()));
                self.entries = b.seq.max(1) as u64 - 1;
            }
        }
        self.hashes = entries.iter().map(|e| (e.seq, e.hash)).collect();
        for e in entries {
            self.expected
                .insert((e.entity, e.entity_id.clone()), (e.seq, e.content_hash));
        }
    }

    /// A problem that concerns no entry or row (a table, the schema).
    pub fn problem(&mut self, reason: String) {
        self.problems.push(Problem {
            seq: None,
            entity: None,
            reason,
        });
    }

    /// Something worth saying that is not a sign of alteration.
    pub fn warn(&mut self, warning: String) {
        self.warnings.push(warning);
    }

    /// A table that cannot be read as amparo made it (`missing` when it is gone), holding
    /// the rows of `kind`.
    pub fn table_altered(
        &mut self,
        table: &str,
        kind: Option<EntityKind>,
        missing: bool,
        detail: &str,
    ) {
        match kind {
            Some(kind) => {
                self.lost.insert(kind);
            }
            None if table == "audit" => self.no_log = true,
            None => {}
        }
        self.problem(if missing {
            format!("the table {table} is missing: the registry was altered")
        } else {
            format!(
                "the table {table} does not have the columns amparo made: the registry was altered ({detail})"
            )
        });
    }

    /// Checks a source row, including its original bytes against its hash.
    pub fn source(&mut self, row: SourceRow) {
        if let (Some(bytes), Some(hash)) = (&row.original, &row.sha256)
            && Sha256::of(bytes).to_string() != *hash
        {
            self.problems.push(Problem {
                seq: None,
                entity: Some(format!("source {}", row.id)),
                reason: "its original bytes do not match their SHA-256".into(),
            });
        }
        self.row(EntityKind::Source, &row.id, row.content_hash());
    }

    /// Checks a fact's derived custody column against its data.
    pub fn derived(&mut self, row: &crate::rows::FactRow) {
        let expected = row
            .fact()
            .ok()
            .and_then(|f| crate::rows::custody_of(&f).ok())
            .flatten();
        if expected != row.custody {
            self.problems.push(Problem {
                seq: None,
                entity: Some(format!("fact {}", row.id)),
                reason: "its custody column does not match its data: it was altered".into(),
            });
        }
    }

    /// Checks a person's derived columns (search names, visibility) against its data: a
    /// hidden person made public by editing the column alone would leak.
    pub fn derived_person(&mut self, row: &crate::rows::PersonRow) {
        let expected = row
            .person()
            .ok()
            .map(|p| crate::rows::PersonDerived::of(&p));
        if expected.as_ref() != Some(&row.derived) {
            self.problems.push(Problem {
                seq: None,
                entity: Some(format!("person {}", row.id)),
                reason: "its search or visibility column does not match its data: it was altered"
                    .into(),
            });
        }
    }

    /// Checks one row against the latest hash the log holds for it.
    pub fn row(&mut self, entity: EntityKind, id: &str, actual: Sha256) {
        self.rows += 1;
        if self.no_log {
            return;
        }
        let key = (entity, id.to_owned());
        match self.expected.get(&key) {
            None => self.problems.push(Problem {
                seq: None,
                entity: Some(format!("{entity} {id}")),
                reason: "the row has no audit entry: it was written outside amparo".into(),
            }),
            Some((seq, expected)) if *expected != actual => self.problems.push(Problem {
                seq: Some(*seq),
                entity: Some(format!("{entity} {id}")),
                reason: format!("the row does not match the content hash recorded by audit entry {seq}: it was altered"),
            }),
            Some(_) => {}
        }
        self.seen.insert(key);
    }

    /// Checks the log against checkpoints whose signatures were checked: each must name an
    /// entry that is still there with the hash it had. A rewritten chain (rows altered and
    /// every hash after them recomputed) no longer matches; entries deleted from the end, or
    /// an emptied registry, leave a checkpoint beyond the log's end.
    pub fn checkpoints(&mut self, trusted: &[Checkpoint]) {
        let mut sorted: Vec<&Checkpoint> = trusted.iter().collect();
        sorted.sort_by_key(|c| c.seq);
        let last = self.hashes.last().map_or(0, |(seq, _)| *seq);
        let hash_of = |seq: i64| {
            self.hashes
                .binary_search_by_key(&seq, |(s, _)| *s)
                .ok()
                .map(|i| self.hashes[i].1)
        };
        let mut matched: Option<&Checkpoint> = None;
        let mut mismatch = None;
        for cp in sorted.iter().filter(|c| c.seq <= last) {
            match hash_of(cp.seq) {
                Some(hash) if hash.to_string() == cp.hash => matched = Some(cp),
                found => {
                    let after = matched.map_or(0, |m| m.seq);
                    let what = if found.is_some() {
                        "does not match"
                    } else {
                        "is missing, yet it is recorded by"
                    };
                    mismatch = Some(Problem {
                        seq: Some(cp.seq),
                        entity: None,
                        reason: format!(
                            "audit entry {} {what} the checkpoint signed at {}: the log was rewritten after entry {after}",
                            cp.seq, cp.at
                        ),
                    });
                    break;
                }
            }
        }
        if let Some(p) = mismatch {
            self.problems.push(p);
        } else if let Some(m) = matched {
            self.signed = Some(SignedHead {
                seq: m.seq,
                at: m.at.clone(),
            });
        }
        if let Some(beyond) = sorted.last().filter(|c| c.seq > last) {
            let reason = if last == 0 {
                format!(
                    "the audit log is empty, but the checkpoint signed at {} records {} entries: the registry was emptied",
                    beyond.at, beyond.seq
                )
            } else {
                format!(
                    "the audit log ends at entry {last}, but the checkpoint signed at {} records entry {}: entries were deleted from its end (or an older copy was restored)",
                    beyond.at, beyond.seq
                )
            };
            self.problems.push(Problem {
                seq: Some(beyond.seq),
                entity: None,
                reason,
            });
        }
        match &self.signed {
            Some(head) if head.seq < last => self.warnings.push(format!(
                "audit entries {} to {last} were written after the last signed checkpoint ({}): no signature covers them yet",
                head.seq + 1,
                head.at
            )),
            _ => {}
        }
    }

    /// The report, with entities the log knows but the tables lost.
    pub fn finish(mut self) -> VerifyReport {
        let mut missing: Vec<_> = self
            .expected
            .iter()
            // Accounts belong to the installation: exports do not carry them, so a restored
            // registry holds their entries without their rows. A row changed or written by
            // hand is still found (`row`); a deleted account only loses its access.
            .filter(|(k, _)| {
                !self.seen.contains(*k) && !self.lost.contains(&k.0) && k.0 != EntityKind::Account
            })
            .map(|((entity, id), (seq, _))| Problem {
                seq: Some(*seq),
                entity: Some(format!("{entity} {id}")),
                reason: format!(
                    "audit entry {seq} records this row but it is gone: it was deleted"
                ),
            })
            .collect();
        missing.sort_by_key(|p| p.seq);
        self.problems.extend(missing);
        VerifyReport {
            entries: self.entries,
            rows: self.rows,
            problems: self.problems,
            signed: self.signed,
            warnings: self.warnings,
        }
    }
}

/// Checks an export as it is read, as `verify` checks a registry: the audit records come
/// first and are chained, then each row is checked against them.
#[derive(Default)]
pub struct RecordChecker {
    checker: Checker,
    audit: Vec<RawAudit>,
    rows_started: bool,
    checkpoints: Vec<Checkpoint>,
}

impl RecordChecker {
    /// Takes the next record of the export.
    pub fn record(&mut self, record: &crate::records::Record) {
        use crate::records::Record;
        if let Record::Audit(a) = record {
            if self.rows_started {
                self.checker.problem(format!(
                    "audit entry {} comes after the rows: the export was reordered",
                    a.seq
                ));
            } else {
                self.audit.push(a.clone().raw());
            }
            return;
        }
        if !self.rows_started {
            self.rows_started = true;
            self.checker.audit(std::mem::take(&mut self.audit));
        }
        let check = &mut self.checker;
        match record {
            Record::Audit(_) => {}
            Record::Source(s) => check.source(SourceRow {
                id: s.id.clone(),
                sha256: s.sha256.clone(),
                data: s.data.get().to_owned(),
                original: s.original.clone(),
            }),
            Record::Person(p) => {
                let row = crate::rows::PersonRow {
                    id: p.id.clone(),
                    display_name: p.display_name.clone(),
                    search_names: p.search_names.clone(),
                    national_id: p.national_id.clone(),
                    merged_into: p.merged_into.clone(),
                    data: p.data.get().to_owned(),
                    derived: crate::rows::PersonDerived {
                        search_folded: String::new(),
                        visibility: String::new(),
                    },
                };
                check.row(EntityKind::Person, &row.id, row.content_hash());
            }
            Record::Fact(f) => check.row(EntityKind::Fact, &f.id, f.bare_row().content_hash()),
            Record::Retraction(r) => {
                check.row(EntityKind::Retraction, &r.id, r.row().content_hash())
            }
            Record::Facility(r) => check.row(EntityKind::Facility, &r.id, r.row().content_hash()),
            Record::Announcement(r) => {
                check.row(EntityKind::Announcement, &r.id, r.row().content_hash());
            }
            Record::Claim(r) => check.row(EntityKind::Claim, &r.id, r.row().content_hash()),
            Record::Proposal(p) => {
                let hash = crate::rows::proposal_hash(&p.id, &p.source_id, &p.state, p.data.get());
                check.row(EntityKind::Proposal, &p.id, hash);
            }
            Record::Checkpoint(c) => self.checkpoints.push(c.clone()),
        }
    }

    /// The checkpoints the export carries, unchecked.
    pub fn carried_checkpoints(&self) -> &[Checkpoint] {
        &self.checkpoints
    }

    /// The audit log's last entry as the export holds it.
    pub fn head(&self) -> Option<(i64, Sha256)> {
        self.checker.hashes.last().copied()
    }

    /// Ends the check (an export of an empty log has no row to start it); `trusted` are
    /// the checkpoints whose signatures the caller checked.
    pub fn finish(mut self, trusted: &[Checkpoint]) -> VerifyReport {
        self.close_log();
        self.checker.checkpoints(trusted);
        self.checker.finish()
    }

    /// Chains the audit records read so far when no row followed them.
    pub fn close_log(&mut self) {
        if !self.rows_started {
            self.rows_started = true;
            self.checker.audit(std::mem::take(&mut self.audit));
        }
    }

    /// A problem found outside the records (the manifest, a signature).
    pub fn problem(&mut self, reason: String) {
        self.checker.problem(reason);
    }
}
