//! The text toolkit every amparo crate shares, so that a name, a place or a header is
//! matched the same way everywhere: one [`fold`], one [`Lang`] with one [`detect`], one
//! seeded generator ([`SeededRng`]).
//!
//! Written by hand: each piece is a few lines, and one small crate without dependencies on
//! the rest keeps the pure crates (domain, ingest, resolve, extract) free to use it.

mod fold;
mod lang;
mod rng;

pub use fold::{fold, fold_char};
pub use lang::{Lang, detect};
pub use rng::SeededRng;
