//! Identity resolution for amparo: which records in NGO lists, official announcements and
//! news are the same person. Pure (no database, no async) and fast.
//!
//! # Pipeline
//! 1. **Normalisation** ([`normalize`]): case, accents, punctuation, "SURNAMES, GIVEN"
//!    order, particles (de, del, de la, y), nicknames ([`nickname::NICKNAMES`]: Pepe/Chema →
//!    José, Paco/Pancho → Francisco, Lola → Dolores, ...), initials, cédula digits.
//! 2. **Phonetic keys** ([`phonetic::key`]): Spanish Metaphone-style (b/v, ll/y, c/z/s,
//!    silent h, j/g, qu/k).
//! 3. **Blocking** on several keys (cédula, its halves, phonetic name pairs, birth date,
//!    surname + birth year, address): a pair is compared if it shares any key.
//! 4. **Comparisons**: Jaro-Winkler on names with nickname and initial levels, surnames
//!    compared straight or crossed, birth date with day/month swap and year ±1, cédula
//!    with one typo or transposition.
//! 5. **Fellegi–Sunter** model, unsupervised: u started from random pairs, m, u and the
//!    prior fitted by EM on candidate pairs; term-frequency adjustment on exact name
//!    agreement. Posterior ≥ `match_threshold` is a match, ≥ `review_threshold` review.
//! 6. **Clustering**: strongest links first, never joining groups whose cédulas or birth
//!    dates conflict, so that a common name cannot chain two people together.
//!
//! # Use
//! - CLI: [`dedupe_file`] and [`link_files`] write `left_id,right_id,score` CSV of matches.
//! - Importer: [`Index::build`] over known persons, then [`match_one`] per incoming row.
//! - In memory: [`dedupe`], [`link`] over [`Record`]s.
//! - Reading lists: [`read_records`] recognises FEBRL, the synthetic benchmark layout and
//!   Spanish headers (nombre, apellidos, cédula, fecha de nacimiento); it never reads a
//!   truth column (`entity_id`).
//!
//! ```
//! use amparo_resolve::{Record, ResolveOptions, dedupe};
//! let rec = |id: &str, name: &str, ced: &str| Record {
//!     id: id.into(), full_name: name.into(), national_id: ced.into(), ..Record::default()
//! };
//! let people = [rec("1", "José María Basoa Pérez", "V-12.345.678"),
//!               rec("2", "BASOA PEREZ, JOSE MARIA", "12345678")];
//! let res = dedupe(&people, &ResolveOptions::default());
//! assert_eq!(res.summary.records, 2);
//! ```

mod api;
mod blocking;
mod cluster;
mod compare;
mod error;
mod model;
pub mod nickname;
pub mod normalize;
pub mod phonetic;
mod pipeline;
mod prepare;
mod reader;
mod record;
pub mod similarity;

pub use api::{
    Index, MatchOutcome, blocked_together, dedupe, dedupe_file, link, link_files, match_one,
};
pub use error::ResolveError;
pub use pipeline::{Decision, Pair, Resolution, ResolveOptions, ResolveSummary};
pub use reader::{ColumnMapping, TRUTH_COLUMNS, read_records};
pub use record::{BirthDate, Record, parse_birth_date, record_name};
