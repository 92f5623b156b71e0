//! The pipeline: parse, find names and gazetteer entries, walk the sentences, assemble the
//! [`Extraction`].

use chrono::NaiveDate;

use crate::assemble::{CharOffsets, assemble};
use crate::claims;
use crate::events::Walk;
use crate::gazetteer::{EntryKind, Gazetteer, Hit};
use crate::layout;
use crate::model::Extraction;
use crate::names::{PersonFinder, RuleFinder};
use crate::persons;
use crate::text::{self, Doc};
use amparo_text::Lang;

/// The longest text the extractor reads, in bytes (2 MiB: some hundreds of pages, far more than
/// any article or NGO list). Extraction is linear in the text (about a second per megabyte on
/// one core); the limit keeps one request from holding a server for long.
pub const MAX_TEXT_BYTES: usize = 2 * 1024 * 1024;

/// Why a text was not read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExtractError {
    /// The text is longer than [`MAX_TEXT_BYTES`]; it is refused before any work is done.
    #[error(
        "the text is {bytes} bytes long; extraction reads at most {limit} bytes: split it into articles or lists"
    )]
    TooLarge {
        /// Length of the text in bytes.
        bytes: usize,
        /// The limit in bytes.
        limit: usize,
    },
}

/// An extractor: a gazetteer and a person finder.
pub struct Extractor {
    gazetteer: Gazetteer,
    finder: Box<dyn PersonFinder>,
}

impl std::fmt::Debug for Extractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extractor")
            .field("gazetteer_entries", &self.gazetteer.entries().len())
            .finish()
    }
}

impl Default for Extractor {
    /// The bundled gazetteer and the statistical tagger combined with the rules (the rules
    /// alone if the tagger's bundled weights cannot be read).
    fn default() -> Self {
        let finder: Box<dyn PersonFinder> = match crate::ner::NerFinder::bundled() {
            Ok(ner) => Box::new(ner),
            Err(_) => Box::new(RuleFinder),
        };
        Self::new(Gazetteer::bundled().unwrap_or_default(), finder)
    }
}

impl Extractor {
    /// The bundled gazetteer and the rule-based person finder only (no model, fastest).
    pub fn rules_only() -> Self {
        Self::new(
            Gazetteer::bundled().unwrap_or_default(),
            Box::new(RuleFinder),
        )
    }
}

/// Splits off the gold-set header line ("(2026-01-08, AP)" or "URL (…)" then a blank line):
/// returns the body's byte offset and a date found in the header.
pub fn split_header(text: &str) -> (usize, Option<NaiveDate>) {
    let Some(nl) = text.find('\n') else {
        return (0, None);
    };
    let first = text[..nl].trim();
    let rest = &text[nl + 1..];
    let blank = rest.split('\n').next().is_some_and(|l| l.trim().is_empty());
    if !(blank && (first.starts_with('(') || first.starts_with("http"))) {
        return (0, None);
    }
    let date = first
        .char_indices()
        .filter(|(_, c)| c.is_ascii_digit())
        .find_map(|(i, _)| {
            first
                .get(i..i + 10)
                .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        });
    (nl + 1, date)
}

pub(crate) const ORG_HEADS: &[&str] = &[
    "foro",
    "government",
    "gobierno",
    "assembly",
    "asamblea",
    "ministry",
    "ministerio",
    "migracion",
    "observatory",
    "observatorio",
    "university",
    "universidad",
    "commission",
    "comision",
    "committee",
    "comite",
    "court",
    "tribunal",
    "fiscalia",
    "police",
    "policia",
    "guard",
    "guardia",
    "union",
    "sindicato",
    "colegio",
    "mission",
    "mision",
    "watch",
    "amnesty",
    "amnistia",
    "foundation",
    "fundacion",
    "institute",
    "instituto",
    "council",
    "consejo",
    "party",
    "partido",
    "service",
    "servicio",
    "coalition",
    "coalicion",
    "network",
    "red",
    "press",
    "agency",
];

impl Extractor {
    /// An extractor with the given gazetteer and person finder.
    pub fn new(gazetteer: Gazetteer, finder: Box<dyn PersonFinder>) -> Self {
        Self { gazetteer, finder }
    }

    /// The gazetteer, to add entries at run time.
    pub fn gazetteer_mut(&mut self) -> &mut Gazetteer {
        &mut self.gazetteer
    }

    /// Extracts from a text. `published` is the only "now" relative dates are resolved against
    /// (taken from the gold-set header line when not given); the language is detected when not given.
    /// A text over [`MAX_TEXT_BYTES`] is refused at once with [`ExtractError::TooLarge`].
    pub fn extract(
        &self,
        text: &str,
        published: Option<NaiveDate>,
        lang: Option<Lang>,
    ) -> Result<Extraction, ExtractError> {
        if text.len() > MAX_TEXT_BYTES {
            return Err(ExtractError::TooLarge {
                bytes: text.len(),
                limit: MAX_TEXT_BYTES,
            });
        }
        Ok(self.read(text, published, lang))
    }

    fn read(&self, text: &str, published: Option<NaiveDate>, lang: Option<Lang>) -> Extraction {
        let (offset, header_date) = split_header(text);
        let body = text.get(offset..).unwrap_or("");
        let published = published.or(header_date);
        let doc = text::parse(body);
        let lang = lang.unwrap_or_else(|| amparo_text::detect(body));
        let hits = self.gazetteer.find(&doc);
        let mut layout = layout::read(&doc, &hits);
        crate::person_spans::drop_named_after(&doc, &mut layout);
        let mut spans =
            crate::person_spans::person_spans(&doc, &layout, self.finder.persons(&doc, lang));
        crate::span_places::cut_at_places(&doc, &self.gazetteer, &hits, &mut spans);
        let (entities, mut mentions) = persons::build(&doc, &spans, &hits);
        mentions.extend(crate::given_names::alone(&doc, &entities, &mentions, &hits));
        mentions.sort_by_key(|m| m.first);
        let prisons = crate::item_custody::item_prisons(
            &doc,
            &layout,
            &hits,
            &self.gazetteer,
            &mentions,
            entities.len(),
        );
        let walk = Walk {
            doc: &doc,
            gazetteer: &self.gazetteer,
            hits: &hits,
            mentions: &mentions,
            entities: entities.len(),
            published,
            layout: &layout,
        };
        let mut findings = walk.run();
        crate::former_prisoners::drop_long_past(&doc, &mentions, &mut findings, published);
        crate::former_prisoners::drop_former_stays(&doc, &mentions, &mut findings);
        crate::verdict_day::date_sentences(&doc, &mut findings, published);
        let orgs = organizations(&doc, &self.gazetteer, &hits);
        let mut counts = claims::document_counts(&claims::Sources {
            doc: &doc,
            orgs: &orgs,
            mentions: &mentions,
            entities: &entities,
            speakers: &findings.source,
            published,
            layout: &layout,
        });
        // "NGO: 863 detained", "the group counted…": the organisation the text names elsewhere.
        let named_ngo = hits
            .iter()
            .filter_map(|h| self.gazetteer.entry(h.entry))
            .find(|e| e.kind == EntryKind::Organization && e.category.as_deref() == Some("ngo"))
            .map(|e| e.name.clone());
        for c in counts.iter_mut().filter(|c| c.according_to.is_none()) {
            let words = text::fold(&c.excerpt);
            let generic = words.split(' ').any(|w| {
                matches!(
                    w,
                    "ngo" | "ong" | "group" | "organizacion" | "organization" | "grupo"
                )
            });
            if generic {
                c.according_to.clone_from(&named_ngo);
            }
        }
        let chars = CharOffsets::new(text);
        for c in &mut counts {
            // Byte offsets in the body until here: characters in the whole text from here on.
            c.start = chars.char_at(offset + c.start);
            c.end = chars.char_at(offset + c.end);
        }
        {
            let mut x = assemble(
                &doc,
                offset,
                &chars,
                &entities,
                &mentions,
                findings,
                counts,
                orgs,
                self.places(&hits),
                published,
                lang,
                &prisons,
            );
            x.source = header_url(text);
            x
        }
    }

    fn places(&self, hits: &[Hit]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for h in hits {
            if let Some(e) = self
                .gazetteer
                .entry(h.entry)
                .filter(|e| matches!(e.kind, EntryKind::Facility | EntryKind::Place))
                && !out.contains(&e.name)
            {
                out.push(e.name.clone());
            }
        }
        out
    }
}

/// Organisations: gazetteer organisations and agencies, and capitalised sequences with an
/// organisation head word ("Foro Penal", "Venezuelan Observatory"): (first token, name).
fn organizations(doc: &Doc<'_>, gazetteer: &Gazetteer, hits: &[Hit]) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = hits
        .iter()
        .filter_map(|h| {
            gazetteer
                .entry(h.entry)
                .filter(|e| matches!(e.kind, EntryKind::Organization | EntryKind::Agency))
                .map(|e| (h.first, e.name.clone()))
        })
        .collect();
    let mut in_hit = vec![false; doc.tokens.len()];
    for h in hits {
        for slot in in_hit.iter_mut().take(h.last).skip(h.first) {
            *slot = true;
        }
    }
    let mut i = 0;
    while i < doc.tokens.len() {
        // A capitalised function word opening a sentence ("Según", "Para") is no part of a name.
        let opener = matches!(
            doc.f(i),
            "segun"
                | "para"
                | "por"
                | "con"
                | "en"
                | "tras"
                | "ante"
                | "from"
                | "for"
                | "with"
                | "after"
        );
        if opener || !doc.tokens[i].capitalised || in_hit.get(i).copied().unwrap_or(true) {
            i += 1;
            continue;
        }
        let mut j = i;
        // ("el sargento de la Guardia Nacional Jhonny Rafael Cova": a person's name after the
        // body's own words is no part of it.)
        let person_after = |j: usize| {
            (i..j).any(|k| ORG_HEADS.contains(&doc.f(k)))
                && crate::lexicon::is_given_name(doc.f(j))
                && doc.tokens.get(j + 1).is_some_and(|t| t.capitalised)
        };
        while j < doc.tokens.len()
            && !person_after(j)
            && (doc.tokens[j].capitalised
                || (matches!(doc.f(j), "de" | "del" | "of" | "la" | "para")
                    && doc.tokens.get(j + 1).is_some_and(|t| t.capitalised)))
        {
            j += 1;
        }
        if (i..j).any(|k| ORG_HEADS.contains(&doc.f(k))) && j > i + 1 {
            let name = doc
                .text
                .get(doc.tokens[i].start..doc.tokens[j - 1].end)
                .unwrap_or("")
                .to_string();
            out.push((i, name));
        }
        i = j.max(i + 1);
    }
    out.sort();
    out
}

/// The URL at the start of a gold-set header line ("https://… (date, notes)").
fn header_url(text: &str) -> Option<String> {
    let first = text.lines().next()?.trim();
    first
        .starts_with("http")
        .then(|| first.split_whitespace().next().unwrap_or("").to_string())
}
