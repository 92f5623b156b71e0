//! The public lookup: an in-memory index of what the public may know of each person, built
//! from one [`Snapshot`] so that a search never reads the database.
//!
//! It holds only what a public reader may see. Hidden persons are not in it at all.
//! Persons shown by initials are in it by their initials only: a search by their name or
//! their cédula does not find them. National ids are not kept: only a keyed hash of their
//! digits (keys drawn afresh for every index), enough to find a person by an exact number
//! without holding the number. Contacts, health, notes and private sources are never read.

mod names;
mod query;

use crate::{App, AppError, AppResult, Snapshot};
use amparo_domain::{
    Access, CountryCode, CustodyEvent, CustodyState, NationalId, PartialDate, Person, PersonId,
    ReleaseMeasure, Sex, SourceId, Verification, Visibility, custody_status,
};
use chrono::NaiveDate;
use names::{NameWords, Vocabulary};
use query::Query;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use std::hash::{BuildHasher, RandomState};
use std::sync::Arc;

/// Results a lookup returns at most.
pub const MAX_RESULTS: usize = 10;
/// The score below which a person is not a result.
const MIN_SCORE: f32 = 0.55;

/// A person's status as the public sees it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicStatus {
    pub state: CustodyState,
    /// Since when; `None` when no source dates the change.
    pub since: Option<PartialDate>,
    /// The date of the list that reported the change, when it gave no date of its own.
    pub observed_by: Option<PartialDate>,
    pub facility: Option<String>,
    pub measures: Vec<ReleaseMeasure>,
    /// A release was announced and not confirmed.
    pub release_announced: bool,
    /// How many disagreements between sources the derivation saw.
    pub conflicts: usize,
}

impl PublicStatus {
    fn of(events: &[CustodyEvent], as_of: NaiveDate) -> PublicStatus {
        PublicStatus::from_status(&custody_status(events, as_of))
    }

    /// The public part of a derived status.
    pub fn from_status(s: &amparo_domain::CustodyStatus) -> PublicStatus {
        let s = s.clone();
        PublicStatus {
            state: s.state,
            since: s.since,
            observed_by: s.observed_by,
            facility: s.facility,
            measures: s.measures,
            release_announced: s.release_announced.is_some(),
            conflicts: s.conflicts.len(),
        }
    }
}

/// One person as the public lookup shows them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicEntry {
    pub id: PersonId,
    /// The name, or initials ("R. E. M.") for a person shown by initials.
    pub name: String,
    pub initials_only: bool,
    pub sex: Option<Sex>,
    pub nationalities: Vec<CountryCode>,
    pub status: PublicStatus,
    /// The latest date of a fact the organisation verified, if any.
    pub last_verified: Option<PartialDate>,
    /// Distinct sources the person's custody facts cite (private ones counted, not named).
    pub sources: usize,
    /// Publishers of the public sources among them.
    pub publishers: Vec<String>,
}

/// A result: the entry and how well it matched.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LookupHit {
    #[serde(flatten)]
    pub entry: PublicEntry,
    pub score: f32,
}

/// What a lookup found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LookupResult {
    /// The query was a national id: the page must not show it back.
    pub by_national_id: bool,
    /// The query had nothing to search by (no word of two letters, no id).
    pub too_short: bool,
    pub hits: Vec<LookupHit>,
}

/// The public lookup index at one point of the registry's history.
pub struct PublicIndex {
    /// The audit head of the snapshot it was built from.
    pub head: i64,
    /// The day statuses were derived for.
    pub as_of: NaiveDate,
    entries: Vec<PublicEntry>,
    by_id: HashMap<PersonId, u32>,
    /// Each entry's names as word ids (empty for initials-only persons).
    names: Vec<Vec<NameWords>>,
    vocabulary: Vocabulary,
    /// Folded initials ("rem") → entries shown by initials.
    initials: HashMap<String, Vec<u32>>,
    /// Keyed hash of a national id's digits → entries.
    national_ids: HashMap<u64, Vec<u32>>,
    keys: RandomState,
}

/// The person as the public may see them, or `None` (hidden). Applies the store's rules
/// ([`Person::redacted_for`] with [`Access::Public`]).
fn public_view(person: &Person) -> Option<Person> {
    person.redacted_for(Access::Public)
}

impl PublicIndex {
    /// Builds the index from a snapshot, naming publishers from `public_sources` (sources
    /// read as the public: private ones are absent). Statuses are as of `as_of`.
    pub fn build(
        snapshot: &Snapshot,
        public_sources: &HashMap<SourceId, String>,
        as_of: NaiveDate,
    ) -> PublicIndex {
        let keys = RandomState::new();
        let mut index = PublicIndex {
            head: snapshot.head,
            as_of,
            entries: Vec::new(),
            by_id: HashMap::new(),
            names: Vec::new(),
            vocabulary: Vocabulary::default(),
            initials: HashMap::new(),
            national_ids: HashMap::new(),
            keys,
        };
        for record in snapshot.registry.people() {
            let Some(shown) = public_view(&record.person) else {
                continue;
            };
            let n = index.entries.len() as u32;
            let initials_only = shown.visibility == Visibility::Initials;
            if initials_only {
                let key: String = names::words(shown.display_name()).concat();
                index.initials.entry(key).or_default().push(n);
                index.names.push(Vec::new());
            } else {
                let words = shown
                    .names
                    .iter()
                    .map(|name| index.vocabulary.add(n, name.as_str()))
                    .filter(|w| !w.is_empty())
                    .collect();
                index.names.push(words);
                if let Some(id) = &record.person.national_id {
                    let h = index.keys.hash_one(id.digits());
                    index.national_ids.entry(h).or_default().push(n);
                }
            }
            index.by_id.insert(shown.id, n);
            index
                .entries
                .push(entry(&shown, &record.custody, public_sources, as_of));
        }
        index
    }

    /// Persons in the index.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether nobody is in it.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry of a person the public may see.
    pub fn entry(&self, id: PersonId) -> Option<&PublicEntry> {
        self.by_id
            .get(&id)
            .and_then(|&i| self.entries.get(i as usize))
    }

    /// Up to [`MAX_RESULTS`] persons for a typed name, initials, or national id.
    pub fn search(&self, text: &str) -> LookupResult {
        let text = text.trim();
        if looks_like_national_id(text) {
            let hits = NationalId::parse(text)
                .ok()
                .and_then(|id| self.national_ids.get(&self.keys.hash_one(id.digits())))
                .map(|found| {
                    found
                        .iter()
                        .filter_map(|&i| self.entries.get(i as usize))
                        .map(|e| LookupHit {
                            entry: e.clone(),
                            score: 1.0,
                        })
                        .collect()
                })
                .unwrap_or_default();
            return LookupResult {
                by_national_id: true,
                too_short: false,
                hits,
            };
        }
        let typed = names::words(text);
        if typed.len() >= 2 && typed.iter().all(|w| w.len() == 1) {
            let hits = self
                .initials
                .get(&typed.concat())
                .into_iter()
                .flatten()
                .filter_map(|&i| self.entries.get(i as usize))
                .take(MAX_RESULTS)
                .map(|e| LookupHit {
                    entry: e.clone(),
                    score: 1.0,
                })
                .collect();
            return LookupResult {
                by_national_id: false,
                too_short: false,
                hits,
            };
        }
        let Some(query) = Query::parse(&self.vocabulary, text) else {
            return LookupResult {
                by_national_id: false,
                too_short: true,
                hits: Vec::new(),
            };
        };
        let mut scored: Vec<(f32, u32)> = query
            .candidates(&self.vocabulary)
            .into_iter()
            .filter_map(|i| {
                let names = self.names.get(i as usize)?;
                let best = names
                    .iter()
                    .filter_map(|n| query.score(&self.vocabulary, n))
                    .fold(f32::MIN, f32::max);
                (best >= MIN_SCORE).then_some((best, i))
            })
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let hits = scored
            .into_iter()
            .take(MAX_RESULTS)
            .filter_map(|(score, i)| {
                Some(LookupHit {
                    entry: self.entries.get(i as usize)?.clone(),
                    score,
                })
            })
            .collect();
        LookupResult {
            by_national_id: false,
            too_short: false,
            hits,
        }
    }
}

/// A query that is a national id: digits (dots, dashes, spaces allowed), at most a letter
/// before them.
fn looks_like_national_id(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    digits >= 4 && letters <= 1
}

fn entry(
    person: &Person,
    custody: &[CustodyEvent],
    public_sources: &HashMap<SourceId, String>,
    as_of: NaiveDate,
) -> PublicEntry {
    let counted = custody.iter().filter(|e| e.accepted && !e.retracted);
    let sources: BTreeSet<SourceId> = counted.clone().filter_map(|e| e.source).collect();
    let publishers: BTreeSet<String> = sources
        .iter()
        .filter_map(|s| public_sources.get(s).cloned())
        .collect();
    let last_verified = counted
        .filter(|e| e.verification == Verification::Verified && e.date.first_day() <= as_of)
        .map(|e| e.date)
        .max_by_key(|d| d.first_day());
    PublicEntry {
        id: person.id,
        name: person.display_name().to_owned(),
        initials_only: person.visibility == Visibility::Initials,
        sex: person.sex,
        nationalities: person.nationalities.clone(),
        status: PublicStatus::of(custody, as_of),
        last_verified,
        sources: sources.len(),
        publishers: publishers.into_iter().collect(),
    }
}

impl App {
    /// Publishers of the sources the public may see, by source.
    pub async fn public_publishers(&self) -> AppResult<HashMap<SourceId, String>> {
        Ok(self
            .store
            .sources(Access::Public)
            .await?
            .into_iter()
            .map(|s| (s.id, s.publisher))
            .collect())
    }

    /// The public lookup index of the registry as it is now, statuses as of today. Built
    /// off the async workers; a server keeps the last one and rebuilds when the head moves.
    pub async fn public_index(&self) -> AppResult<Arc<PublicIndex>> {
        let snapshot = self.snapshot().await?;
        let publishers = self.public_publishers().await?;
        let today = self.today();
        tokio::task::spawn_blocking(move || {
            Arc::new(PublicIndex::build(&snapshot, &publishers, today))
        })
        .await
        .map_err(AppError::Task)
    }
}

#[cfg(test)]
mod tests;
