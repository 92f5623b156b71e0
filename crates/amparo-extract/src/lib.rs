//! Reads news text in Spanish or English and extracts who was arrested, held, released (and on
//! what conditions), where and when, plus the counts sources state — as the JSON shape of the
//! project's extraction gold sets. Pure: text in, structured result out; no clock, no I/O
//! except [`score::score_dir`].
//!
//! Wiring for the CLI:
//! - `amparo extract FILE|- --published DATE [--text-lang es|en] [--json]`:
//!   [`extract()`]`(&text, published, lang)?` (a text over [`MAX_TEXT_BYTES`] is refused with
//!   [`ExtractError::TooLarge`], a sentence for the user), then `serde_json::to_string_pretty`,
//!   or the CLI's own rendering for a reader (in the reader's language: this crate has no
//!   words for people, only the format's identifiers). A gold-set header line
//!   ("(2026-01-08, notes)") is skipped and its date used when `--published` is absent.
//! - `amparo ingest`: each [`Person`]'s events become proposals (an event with
//!   `certainty: announced` is an authority's unconfirmed statement); each [`Count`] becomes a
//!   claim proposal: `number` or `vague_quantity`, `subject` (held / released / arrested /
//!   other), `modality` (reported / announced / future — a future "would release" is an
//!   announcement of a wave, not a count of releases), `as_of` or `period`, `according_to`,
//!   `excerpt` and its character offsets `start`..`end`.
//! - `amparo eval extract DIR [--json]`: [`score_dir`]`(dir)?`, then the CLI's table for a
//!   reader or `serde_json`. [`ScoreReport`]'s `Display` is the developers' line (one per
//!   language and one overall, as score.py prints), which tools parse.
//! - Extra facilities at run time: `let mut x = Extractor::default();
//!   x.gazetteer_mut().add_csv(&csv_text, EntryKind::Facility)?;` (same columns as
//!   `data/facilities.csv`), then `x.extract(..)`.
//!
//! How a text is read: the tokeniser ([`text`]) makes sentences and lines; the layout
//! ([`layout`]) sets page noise apart (menus, "Lee también:", bylines, captions, datelines) and
//! finds list items (bullets, numbered lines, group lines, flattened tables, name headings), whose
//! names join the person finder's; the sentence walk ([`events`]) attaches triggers to people,
//! and list items inherit the event, date and conditions of the lead sentence before them.
//!
//! Person names come from a [`PersonFinder`]: by default the statistical tagger of
//! `amparo-ner` merged with the rules ([`NerFinder`]); [`Extractor::rules_only`] uses the rules
//! alone. Extraction is linear in the text; texts over [`MAX_TEXT_BYTES`] are refused.

mod abbreviations;
mod abroad_words;
mod accusations;
mod agent_bodies;
mod agents;
mod among;
mod anaphoric_dates;
mod announced;
mod anonymous_lead;
mod as_of;
mod assemble;
mod attempts;
pub mod attributes;
mod attributive;
mod auxiliaries;
mod back_to_prison;
mod banished;
mod blog_clock;
mod booking;
mod borders;
mod cell_dates;
mod cited_after;
mod claims;
mod clause_breaks;
mod clause_subjects;
mod clitic_focus;
pub mod clues;
mod companions;
mod condition_words;
mod coordination;
mod corrections;
mod count_totals;
mod count_words;
mod counted_back;
mod counted_groups;
pub mod counts;
mod court_words;
mod credits;
mod crime_context;
mod crime_words;
mod cue_exceptions;
mod custody_phrases;
mod date_assign;
pub mod dates;
mod day_ranges;
mod deaths;
mod demonyms;
mod denials;
mod destinations;
mod discourse;
mod elided;
mod elided_state;
mod emphasis;
mod ended_custody;
mod entry_dates;
pub mod events;
mod excluded_notes;
pub mod extract;
mod fact_checks;
mod false_reports;
mod flights;
mod former_prisoners;
mod fronted_along;
mod gapped;
pub mod gazetteer;
mod gender_names;
mod genders;
mod given_alone;
mod given_names;
mod granted;
mod group_arrest;
mod group_members;
mod group_nouns;
mod group_parts;
mod habits;
mod hard_wrap;
mod header_colon;
mod heading_lines;
mod headings;
mod hearings;
mod held_lists;
mod held_now;
mod held_words;
mod holidays;
mod home_country;
mod hostages;
mod house_arrest_steps;
mod item_custody;
mod item_people;
mod item_plan;
mod item_segments;
mod keycaps;
mod kin_object;
mod kin_subjects;
mod later_conditions;
pub mod layout;
mod layout_queries;
mod lead_asides;
mod leaving_words;
mod legend_words;
mod let_go;
pub mod lexicon;
mod line_shapes;
mod list_agents;
mod list_give;
mod list_lead;
mod list_names;
mod list_status;
mod list_tallies;
mod lists;
mod measure_words;
mod member_cues;
mod modality;
mod modality_words;
pub mod model;
mod motives;
mod name_aliases;
mod name_prep;
pub mod named_after;
mod named_after_words;
mod names;
mod narrator;
pub mod ner;
mod no_custody_words;
mod noise;
mod noise_words;
mod offices;
mod others;
mod out_of_scope;
mod owners;
mod participles;
mod person_spans;
pub mod persons;
mod phrase_triggers;
mod printed_dates;
mod profiles;
mod pronoun_crimes;
mod prose_capitals;
mod quantifiers;
mod questions;
mod rank_marks;
pub mod read_out;
mod records;
mod references;
mod relations;
mod relative_dates;
mod release_conditions;
mod requests;
mod retractions;
mod returned_home;
mod role_references;
mod row_events;
mod salience;
mod scene_words;
pub mod score;
mod score_report;
mod self_named;
mod sent_out;
mod sentence_dates;
mod sentence_leads;
mod sentence_phrases;
mod shared_nouns;
mod signatures;
pub mod slots;
mod some_of;
mod spaced_table;
mod span_places;
mod speaker_labels;
mod speakers;
mod speech_words;
mod stamp_lines;
mod stamps_below;
mod stays;
mod still_held;
mod story_release;
mod subject_after;
mod subject_before;
mod summons;
mod surname_first;
mod table;
mod table_cells;
mod taking_words;
mod telegraphic;
pub mod text;
mod the_rest;
mod title_names;
mod told_now_words;
mod transfer_phrases;
mod trigger_readings;
mod trigger_words;
pub mod triggers;
mod unnamed_groups;
mod untold_whereabouts;
mod vehicles;
mod verb_nouns;
mod verdict_day;
mod verdicts;
mod vocatives;
mod walk_dates;
mod walk_out;
mod walk_people;
mod walk_rules;
mod whereabouts_reading;
mod whereabouts_words;
mod word_index;

use std::sync::OnceLock;

pub use amparo_text::Lang;
pub use chrono::NaiveDate;
pub use dates::PartialDate;
pub use extract::{ExtractError, Extractor, MAX_TEXT_BYTES};
pub use gazetteer::{
    Entry, EntryKind, Gazetteer, GazetteerError, GazetteerRow, bundled_facilities, read_rows,
};
pub use model::{
    Certainty, Count, CountModality, CountSubject, Event, EventType, Extraction, Mention, Person,
};
pub use names::{PersonFinder, RuleFinder, Span};
pub use ner::NerFinder;
pub use score::{ScoreError, ScoreReport, Scores, score_dir, score_dir_with, score_pairs};

/// Extracts with the bundled gazetteer and the default person finder.
///
/// `published` resolves relative dates ("on Thursday", "ayer"); without it they stay null.
/// `lang` is detected when not given.
/// A text over [`MAX_TEXT_BYTES`] is refused at once with [`ExtractError::TooLarge`].
pub fn extract(
    text: &str,
    published: Option<NaiveDate>,
    lang: Option<Lang>,
) -> Result<Extraction, ExtractError> {
    static DEFAULT: OnceLock<Extractor> = OnceLock::new();
    DEFAULT
        .get_or_init(Extractor::default)
        .extract(text, published, lang)
}
