//! Identity resolution for amparo: which records in NGO lists, official announcements and
//! news are the same person. Pure (no database, no async) and fast.
//!
//! # Pipeline
//! 1. **Normalisation** ([`normalize`], on `amparo_text::fold`; bounded: names are read up
//!    to [`normalize::MAX_NAME_BYTES`], tokens cut to [`normalize::MAX_TOKEN_BYTES`], so
//!    every later step is linear or bounded whatever the input): case, accents, punctuation, "SURNAMES, GIVEN"
//!    order, particles (de, del, de la, y), nicknames ([`nickname::NICKNAMES`]: Pepe/Chema →
//!    José, Paco/Pancho → Francisco, Lola → Dolores, ...), initials, cédula digits. Records
//!    are kept only as interned token ids (about 40 bytes each); files are streamed.
//! 2. **Phonetic keys** ([`phonetic::key`]): Spanish Metaphone-style (b/v, ll/y, c/z/s,
//!    silent h, j/g, qu/k), on tokens first mapped to their most frequent spelling one
//!    edit away (typo correction over the vocabulary, SymSpell-style).
//! 3. **Blocking** on several keys (cédula and its one-deletion variants, given name with
//!    either surname, both surnames, birth date with a name initial, address, postcode): a
//!    pair is compared if it shares any key, once. Blocks over `max_block` records (very
//!    common names) are split by birth year, second given name or second surname.
//! 4. **Comparisons**: Jaro-Winkler on names (memoised per token pair) with nickname and
//!    initial levels, surnames compared straight or crossed, birth date with day/month
//!    swap and year ±1, cédula with one typo or transposition.
//! 5. **Fellegi–Sunter** model, unsupervised: u from random pairs; m by EM in sessions
//!    (pairs sharing a national id, namesakes, pairs born the same day), each leaving out
//!    the fields that selected it, as Splink does; the prior as the fixed point of the
//!    expected number of matches. Term-frequency adjustment on exact name agreement.
//!    Posterior ≥ `match_threshold` is a match, ≥ `review_threshold` review.
//! 6. **Policy**: equal national ids (by digits, whatever the prefix, dots or spaces; five
//!    digits or more) are a certain match, unless the birth dates conflict outright, the
//!    names share nothing or a part of them is another name (a one-digit typo in a dense
//!    range of cédulas is someone else's number) — then the pair goes to review, and with
//!    a name part against it, nothing else agreeing, never to a merge. A conflicting
//!    cédula or birth date blocks an automatic merge when fewer than two other fields (id,
//!    birth date, postcode, locality, street) agree, so a common name plus one coincidence
//!    never merges two people. Cédulas one edit apart are a typo only under names that
//!    agree part by part (`name_agreement`): cédulas are issued in sequence, so under
//!    names that differ they are two people's neighbouring numbers, a conflict; and
//!    different names with different cédulas, nothing else agreeing, are two persons, not
//!    a pair for review. Under agreeing names a near cédula is weak evidence: at least
//!    review.
//! 7. **Clustering**: strongest links first, never joining groups that hold two records
//!    the veto keeps apart, so that a common name cannot chain two people together.
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
mod name_agreement;
pub mod nickname;
pub mod normalize;
pub mod phonetic;
mod pipeline;
mod prepare;
mod reader;
mod record;
pub mod similarity;
mod typo;

pub use api::{
    Index, MatchOutcome, blocked_together, dedupe, dedupe_file, link, link_files, match_one,
};
pub use error::ResolveError;
pub use pipeline::{Decision, Pair, Resolution, ResolveOptions, ResolveSummary};
pub use reader::{ColumnMapping, RecordReader, TRUTH_COLUMNS, read_records};
pub use record::{BirthDate, Record, parse_birth_date, record_name};
