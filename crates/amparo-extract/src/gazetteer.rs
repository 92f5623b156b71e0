//! Places, detention facilities, agencies and organisations known by name and alias.
//!
//! The bundled data (`data/*.csv`) is compiled in; a documenter can add entries at run time
//! from CSV text in the same layout ([`Gazetteer::add_csv`]) without a new release.

use std::collections::HashMap;

use crate::text::{Doc, fold};

/// What a gazetteer entry names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// A prison or detention centre.
    Facility,
    /// A state security or judicial agency (SEBIN, DGCIM, PNB, ...).
    Agency,
    /// An NGO, union, international body or state institution.
    Organization,
    /// A town, city, state or country.
    Place,
}

/// One named thing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Canonical name.
    pub name: String,
    /// What it is.
    pub kind: EntryKind,
    /// Town, for facilities.
    pub town: Option<String>,
    /// Operator, for facilities.
    pub operator: Option<String>,
    /// The CSV's `kind` column: "prison", "ngo", "city", ...
    pub category: Option<String>,
}

/// A gazetteer hit in a document: token range and entry index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// First token.
    pub first: usize,
    /// Index after the last token.
    pub last: usize,
    /// Index into [`Gazetteer::entries`].
    pub entry: usize,
}

/// Errors reading gazetteer CSV.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    /// The CSV text could not be read.
    #[error("gazetteer CSV is malformed: {0}")]
    Csv(#[from] csv::Error),
    /// A row has no name.
    #[error("gazetteer row {0} has an empty name")]
    EmptyName(usize),
}

/// Names and aliases, matched as folded token sequences (longest match wins).
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    by_first: HashMap<String, Vec<(Vec<String>, usize)>>,
}

const FACILITIES: &str = include_str!("../data/facilities.csv");
const AGENCIES: &str = include_str!("../data/agencies.csv");
const ORGANIZATIONS: &str = include_str!("../data/organizations.csv");
const PLACES: &str = include_str!("../data/places.csv");

/// One row of a gazetteer CSV, as every reader of the bundled files gets it: the extractor
/// builds its matcher from these, the registry seeds its facilities from them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GazetteerRow {
    /// The canonical name: the `acronym` column when there is one, else `name`.
    pub name: String,
    /// Other names: the long `name` of an acronym, then the `aliases` column (`|`-separated).
    pub aliases: Vec<String>,
    /// The `kind` column: "prison", "ngo", "city", ...
    pub category: Option<String>,
    /// Who runs it, for facilities.
    pub operator: Option<String>,
    /// Town, for facilities.
    pub town: Option<String>,
    /// State, for facilities.
    pub state: Option<String>,
}

/// Reads gazetteer CSV text with a header row. Columns are found by name: `name` (or
/// `acronym`), `aliases`, `kind`, `operator`, `town`, `state`; others are ignored.
pub fn read_rows(csv_text: &str) -> Result<Vec<GazetteerRow>, GazetteerError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(csv_text.as_bytes());
    let headers = reader.headers()?.clone();
    let col = |name: &str| headers.iter().position(|h| h.trim() == name);
    let (name_col, acronym_col) = (col("name"), col("acronym"));
    let (aliases_col, category_col) = (col("aliases"), col("kind"));
    let (operator_col, town_col, state_col) = (col("operator"), col("town"), col("state"));
    let mut rows = Vec::new();
    for (row, record) in reader.records().enumerate() {
        let record = record?;
        let get = |c: Option<usize>| {
            c.and_then(|c| record.get(c))
                .map(str::trim)
                .filter(|s| !s.is_empty())
        };
        let (name, mut aliases): (&str, Vec<String>) = match (get(acronym_col), get(name_col)) {
            (Some(acronym), Some(long)) => (acronym, vec![long.to_owned()]),
            (Some(acronym), None) => (acronym, vec![]),
            (None, Some(name)) => (name, vec![]),
            (None, None) => return Err(GazetteerError::EmptyName(row + 1)),
        };
        if let Some(a) = get(aliases_col) {
            aliases.extend(
                a.split('|')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned),
            );
        }
        rows.push(GazetteerRow {
            name: name.to_owned(),
            aliases,
            category: get(category_col).map(str::to_owned),
            operator: get(operator_col).map(str::to_owned),
            town: get(town_col).map(str::to_owned),
            state: get(state_col).map(str::to_owned),
        });
    }
    Ok(rows)
}

/// The bundled detention facilities, for a registry to start its own list from.
pub fn bundled_facilities() -> Result<Vec<GazetteerRow>, GazetteerError> {
    read_rows(FACILITIES)
}

impl Gazetteer {
    /// The gazetteer compiled into the crate.
    pub fn bundled() -> Result<Self, GazetteerError> {
        let mut g = Self::default();
        g.add_csv(FACILITIES, EntryKind::Facility)?;
        g.add_csv(AGENCIES, EntryKind::Agency)?;
        g.add_csv(ORGANIZATIONS, EntryKind::Organization)?;
        g.add_csv(PLACES, EntryKind::Place)?;
        Ok(g)
    }

    /// Adds entries from CSV text in the layout [`read_rows`] reads; agencies also get
    /// their long `name` as an alias of the acronym.
    pub fn add_csv(&mut self, csv_text: &str, kind: EntryKind) -> Result<usize, GazetteerError> {
        let rows = read_rows(csv_text)?;
        let added = rows.len();
        for row in rows {
            let aliases: Vec<&str> = row.aliases.iter().map(String::as_str).collect();
            self.add(
                Entry {
                    name: row.name,
                    kind,
                    town: row.town,
                    operator: row.operator,
                    category: row.category,
                },
                &aliases,
            );
        }
        Ok(added)
    }

    /// Adds one entry with its aliases.
    pub fn add(&mut self, entry: Entry, aliases: &[&str]) {
        let index = self.entries.len();
        for form in std::iter::once(entry.name.as_str()).chain(aliases.iter().copied()) {
            let words: Vec<String> = fold(form)
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect();
            if let Some(first) = words.first() {
                self.by_first
                    .entry(first.clone())
                    .or_default()
                    .push((words, index));
            }
        }
        self.entries.push(entry);
    }

    /// All entries.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Entry by index.
    pub fn entry(&self, index: usize) -> Option<&Entry> {
        self.entries.get(index)
    }

    /// Longest matches over a document's tokens (punctuation other than "." is not skipped).
    pub fn find(&self, doc: &Doc<'_>) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut i = 0;
        while i < doc.tokens.len() {
            let mut best: Option<Hit> = None;
            if let Some(candidates) = self.by_first.get(doc.tokens[i].folded.as_str()) {
                for (words, entry) in candidates {
                    if let Some(last) = match_words(doc, i, words) {
                        // Single short lower-case words ("fenix", "yare") must be written capitalised.
                        let needs_capital = words.len() == 1 && !doc.tokens[i].capitalised;
                        if !needs_capital && best.is_none_or(|b| last > b.last) {
                            best = Some(Hit {
                                first: i,
                                last,
                                entry: *entry,
                            });
                        }
                    }
                }
            }
            match best {
                Some(hit) => {
                    hits.push(hit);
                    i = hit.last;
                }
                None => i += 1,
            }
        }
        hits
    }
}

/// Matches folded words from token `i`, letting word-internal dots ("EE.UU.") pass.
fn match_words(doc: &Doc<'_>, i: usize, words: &[String]) -> Option<usize> {
    let mut t = i;
    for w in words {
        while doc.tokens.get(t).is_some_and(|x| x.text == ".") && t > i {
            t += 1;
        }
        if doc.f(t) != w {
            return None;
        }
        t += 1;
    }
    Some(t)
}
