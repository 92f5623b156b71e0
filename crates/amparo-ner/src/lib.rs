//! Offline named-entity recognition (person, organisation, place, other) for Spanish and
//! English news text: a tokenizer, a hashed-feature structured perceptron decoded with
//! Viterbi, bundled weights trained on CoNLL-2002/2003, and a CoNLL-style evaluator.
//!
//! Written by hand rather than wrapping a crate because no maintained Rust crate ships a
//! small, offline, Spanish-capable tagger; the model is a few megabytes of `i16` weights
//! loaded with `include_bytes!`, so the binary needs no files or network at run time.
//!
//! ```
//! use amparo_ner::{EntityLabel, Lang, Tagger, detect};
//!
//! let text = "La abogada Marta Quintero Salas fue detenida por el SEBIN en Caracas.";
//! let tagger = Tagger::bundled(detect(text))?;
//! let people: Vec<_> = tagger
//!     .entities(text)
//!     .into_iter()
//!     .filter(|e| e.label == EntityLabel::Per)
//!     .map(|e| e.text)
//!     .collect();
//! assert_eq!(people, ["Marta Quintero Salas"]);
//! # Ok::<(), amparo_ner::NerError>(())
//! ```

mod context;
mod error;
pub mod eval;
mod features;
mod gazetteer;
mod lexicon;
mod model;
mod tagger;
mod tags;
mod tokenize;
pub mod train;

pub use amparo_text::detect;
pub use error::NerError;
pub use eval::{
    EvalReport, Scores, Sentence, conll_language, evaluate, evaluate_sentences, parse_conll,
};
pub use model::Model;
pub use tagger::Tagger;
pub use tags::{Entity, EntityLabel, Lang, Tag, spans};
pub use tokenize::{Token, tokenize};
