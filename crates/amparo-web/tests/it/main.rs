//! amparo-web integration tests: privacy over every public route, the API and its
//! document, headers and caching, languages, page sizes, a real server, PostgreSQL, and a
//! real browser without JavaScript.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod api;
mod browser;
mod http;
mod list_browser;
mod login;
mod postgres;
mod privacy;
mod server;
mod support;
mod tokens;
mod tokens_registry;
mod webdriver;
mod workspace;
mod workspace_browser;
