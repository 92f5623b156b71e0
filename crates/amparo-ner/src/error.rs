//! The error type of the recogniser: malformed model bytes, malformed CoNLL input, bad arguments.

use thiserror::Error;

/// Why a model could not be loaded, a corpus could not be read, or training could not run.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum NerError {
    /// The model bytes do not start with the amparo-ner magic number.
    #[error("not an amparo-ner model (bad magic number)")]
    BadMagic,
    /// The model was written by a format version this build cannot read.
    #[error("unsupported amparo-ner model version {0}")]
    UnsupportedVersion(u32),
    /// The model bytes end before a section they announce.
    #[error("truncated amparo-ner model: {0} is incomplete")]
    Truncated(&'static str),
    /// The model bytes hold a value outside its allowed range.
    #[error("corrupt amparo-ner model: {0}")]
    Corrupt(String),
    /// A line of a CoNLL file that is not `index<TAB>token<TAB>tag`.
    #[error("malformed CoNLL line {line}: {reason}")]
    MalformedConll {
        /// 1-based line number in the input.
        line: usize,
        /// What is wrong with the line.
        reason: String,
    },
    /// Training was asked for with no usable sentences or impossible settings.
    #[error("cannot train: {0}")]
    Training(String),
}
