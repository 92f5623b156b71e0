//! The `amparo` binary end to end: issue 2's acceptance scenario, errors, tampering.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod accounts;
mod concurrency;
mod errors;
mod import;
mod language;
mod leaks;
mod logs;
mod news;
mod news_words;
mod opening;
mod record;
mod report;
mod restore;
mod scenario;
mod support;
mod tamper;
mod trust;
