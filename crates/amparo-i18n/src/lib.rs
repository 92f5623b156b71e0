//! The words amparo shows people, Spanish and English, from one catalogue.
//!
//! Messages are [Fluent](https://projectfluent.org) files, one per language and domain
//! (`locales/es/web.ftl`, `locales/en/web.ftl`, and likewise for every name in [`DOMAINS`]:
//! the web, the reports, the command line's messages and its help), compiled into the
//! binary. [`t`] looks a message up and never panics:
//! a missing key comes back as the key itself, and is logged. [`negotiate`] picks the
//! language from `?lang=`, an `Accept-Language` header or a locale string ("es_VE.UTF-8"),
//! Spanish when nothing tells. [`date_long`] writes dates in words ("8 de enero de 2026",
//! "8 January 2026").

mod catalogue;
mod dates;
mod negotiate;

pub use amparo_text::Lang;
pub use catalogue::{Args, DOMAINS, domain_keys, has, keys, stored_note, t, word};
pub use dates::{date_long, month_year, number, partial_date};
pub use negotiate::{from_accept_language, from_locale, negotiate};

/// Both languages, Spanish (the default) first.
pub const LANGS: [Lang; 2] = [Lang::Es, Lang::En];
