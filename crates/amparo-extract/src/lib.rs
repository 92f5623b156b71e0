//! Reads news text in Spanish or English and extracts who was arrested, held, released (and on
//! what conditions), where and when, plus the counts sources state — as the JSON shape of the
//! project's extraction gold sets. Pure: text in, structured result out; no clock, no I/O
//! except [`score::score_dir`].

pub mod attributes;
pub mod clues;
pub mod counts;
pub mod dates;
pub mod events;
pub mod extract;
pub mod gazetteer;
pub mod lang;
pub mod lexicon;
pub mod model;
pub mod names;
pub mod ner;
pub mod persons;
mod render;
pub mod score;
pub mod slots;
pub mod text;
pub mod triggers;

use std::sync::OnceLock;

pub use chrono::NaiveDate;
pub use dates::PartialDate;
pub use extract::Extractor;
pub use gazetteer::{Entry, EntryKind, Gazetteer, GazetteerError};
pub use lang::Lang;
pub use model::{Certainty, Count, Event, EventType, Extraction, Mention, Person};
pub use names::{PersonFinder, RuleFinder, Span};
pub use ner::NerFinder;
pub use score::{ScoreError, ScoreReport, Scores, score_dir, score_dir_with, score_pairs};

/// Extracts with the bundled gazetteer and the default person finder.
///
/// `published` resolves relative dates ("on Thursday", "ayer"); without it they stay null.
/// `lang` is detected when not given.
pub fn extract(text: &str, published: Option<NaiveDate>, lang: Option<Lang>) -> Extraction {
    static DEFAULT: OnceLock<Extractor> = OnceLock::new();
    DEFAULT
        .get_or_init(Extractor::default)
        .extract(text, published, lang)
}

/// A human-readable rendering of an extraction (the same as its `Display`).
pub fn render_text(extraction: &Extraction) -> String {
    extraction.to_string()
}
