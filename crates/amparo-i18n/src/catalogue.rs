//! The compiled-in Fluent catalogue: one bundle per language holding every domain's file,
//! and the lookup every front end calls.

use crate::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::LazyLock;

/// The catalogue's domains, each a file per language under `locales/LANG/`: the web pages,
/// the reports (with the words of the registry's categories, which the command line also
/// uses), the command line's messages and its help. One bundle holds them all, so a key is unique across domains.
pub const DOMAINS: [&str; 4] = ["web", "report", "cli", "help"];

/// The files of one language, in [`DOMAINS`] order.
fn sources(lang: Lang) -> [&'static str; 4] {
    match lang {
        Lang::Es => [
            include_str!("../locales/es/web.ftl"),
            include_str!("../locales/es/report.ftl"),
            include_str!("../locales/es/cli.ftl"),
            include_str!("../locales/es/help.ftl"),
        ],
        Lang::En => [
            include_str!("../locales/en/web.ftl"),
            include_str!("../locales/en/report.ftl"),
            include_str!("../locales/en/cli.ftl"),
            include_str!("../locales/en/help.ftl"),
        ],
    }
}

struct Catalogue {
    es: FluentBundle<FluentResource>,
    en: FluentBundle<FluentResource>,
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = match lang {
        Lang::Es => unic_langid::langid!("es"),
        Lang::En => unic_langid::langid!("en"),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // The text goes into HTML and JSON, not into bidirectional layouts: no isolation marks.
    bundle.set_use_isolating(false);
    for (domain, text) in DOMAINS.iter().zip(sources(lang)) {
        let resource = match FluentResource::try_new(text.to_owned()) {
            Ok(r) => r,
            Err((partial, errors)) => {
                tracing::error!(
                    lang = lang.code(),
                    domain,
                    ?errors,
                    "catalogue file has syntax errors"
                );
                partial
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!(
                lang = lang.code(),
                domain,
                ?errors,
                "catalogue file repeats keys"
            );
        }
    }
    bundle
}

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(|| Catalogue {
    es: bundle(Lang::Es),
    en: bundle(Lang::En),
});

fn of(lang: Lang) -> &'static FluentBundle<FluentResource> {
    match lang {
        Lang::Es => &CATALOGUE.es,
        Lang::En => &CATALOGUE.en,
    }
}

/// A value given to a message.
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Text(String),
    Number(f64),
}

/// The arguments of a message: `Args::new().text("name", "Ana").num("count", 3)`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Args(Vec<(&'static str, Value)>);

impl Args {
    /// No arguments.
    pub fn new() -> Args {
        Args::default()
    }

    /// A text argument (also used for selectors such as `$sex`).
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Args {
        self.0.push((name, Value::Text(value.into())));
        self
    }

    /// A number argument: plural selectors read it.
    pub fn num(mut self, name: &'static str, value: impl Into<f64>) -> Args {
        self.0.push((name, Value::Number(value.into())));
        self
    }

    fn fluent(&self) -> FluentArgs<'_> {
        let mut args = FluentArgs::new();
        for (name, value) in &self.0 {
            match value {
                Value::Text(s) => args.set(*name, FluentValue::from(s.as_str())),
                Value::Number(n) => args.set(*name, FluentValue::from(*n)),
            }
        }
        args
    }
}

/// The message `key` in `lang` with `args`. Never panics: a key missing from the catalogue
/// comes back as the key (and is logged), a missing argument as its name in braces.
pub fn t(lang: Lang, key: &str, args: &Args) -> String {
    let bundle = of(lang);
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        tracing::warn!(
            lang = lang.code(),
            key,
            "message missing from the catalogue"
        );
        return key.to_owned();
    };
    let mut errors = Vec::new();
    let fluent_args = args.fluent();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    if !errors.is_empty() {
        tracing::warn!(
            lang = lang.code(),
            key,
            ?errors,
            "message formatted with errors"
        );
    }
    text.into_owned()
}

/// The word for an identifier of a category (`custody`, `role`...): the message
/// `PREFIX-ID` without arguments, or `id` itself when the catalogue has no such key, so that
/// an identifier newer than the catalogue is shown rather than lost.
pub fn word(lang: Lang, prefix: &str, id: &str) -> String {
    let key = format!("{prefix}-{id}");
    if has(lang, &key) {
        t(lang, &key, &Args::new())
    } else {
        id.to_owned()
    }
}

/// A note stored with a record as a catalogue key, with at most one value after a colon
/// ("note-count-stated:released"), in `lang`. Text that is not a key (notes written by
/// people, or by older versions in English) comes back as it is.
pub fn stored_note(lang: Lang, stored: &str) -> String {
    let (key, value) = stored.split_once(':').unwrap_or((stored, ""));
    if !key.starts_with("note-") || !has(lang, key) {
        return stored.to_owned();
    }
    t(lang, key, &Args::new().text("value", value.to_owned()))
}

/// Whether `key` is in the catalogue of `lang`.
pub fn has(lang: Lang, key: &str) -> bool {
    of(lang).has_message(key)
}

/// Every key of `lang`'s catalogue, sorted (for the test that both languages have all).
pub fn keys(lang: Lang) -> Vec<String> {
    let mut keys: Vec<String> = DOMAINS
        .iter()
        .flat_map(|domain| domain_keys(lang, domain))
        .collect();
    keys.sort();
    keys
}

/// The keys of one domain's file in `lang`, sorted; none for a domain not in [`DOMAINS`]
/// or a file that does not parse.
pub fn domain_keys(lang: Lang, domain: &str) -> Vec<String> {
    let Some(text) = DOMAINS
        .iter()
        .position(|d| *d == domain)
        .and_then(|i| sources(lang).get(i).copied())
    else {
        return Vec::new();
    };
    let Ok(resource) = FluentResource::try_new(text.to_owned()) else {
        return Vec::new();
    };
    let mut keys: Vec<String> = resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect();
    keys.sort();
    keys
}
