//! Integration tests of the domain: custody status derivation and its rules.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod custody;
mod explain;
mod observation;
mod rules;
mod same_day;
mod support;
