//! The pipeline: parse, find names and gazetteer entries, walk the sentences, assemble the
//! [`Extraction`].

use chrono::NaiveDate;

use crate::counts::{self, CountContext};
use crate::dates::{self, PartialDate};
use crate::events::{Findings, RawEvent, Walk};
use crate::gazetteer::{EntryKind, Gazetteer, Hit};
use crate::lang::{self, Lang};
use crate::model::{Count, Event, EventType, Extraction, Mention, Person};
use crate::names::{PersonFinder, RuleFinder};
use crate::persons::{self, Entity, MentionRef};
use crate::text::{self, Doc};
use crate::triggers;

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

const ORG_HEADS: &[&str] = &[
    "foro",
    "government",
    "gobierno",
    "assembly",
    "asamblea",
    "ministry",
    "ministerio",
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
    pub fn extract(
        &self,
        text: &str,
        published: Option<NaiveDate>,
        lang: Option<Lang>,
    ) -> Extraction {
        let (offset, header_date) = split_header(text);
        let body = text.get(offset..).unwrap_or("");
        let published = published.or(header_date);
        let doc = text::parse(body);
        let lang = lang.unwrap_or_else(|| lang::detect(&doc));
        let hits = self.gazetteer.find(&doc);
        let spans = self.finder.persons(&doc);
        let (entities, mentions) = persons::build(&doc, &spans, &hits);
        let walk = Walk {
            doc: &doc,
            gazetteer: &self.gazetteer,
            hits: &hits,
            mentions: &mentions,
            entities: entities.len(),
            published,
        };
        let findings = walk.run();
        let orgs = organizations(&doc, &self.gazetteer, &hits);
        let mut counts = self.counts(
            &doc,
            &orgs,
            &mentions,
            &entities,
            &findings.source,
            published,
        );
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
        assemble(
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
        )
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

    fn counts(
        &self,
        doc: &Doc<'_>,
        orgs: &[(usize, String)],
        mentions: &[MentionRef],
        entities: &[Entity],
        speakers: &[bool],
        published: Option<NaiveDate>,
    ) -> Vec<Count> {
        let mut out = Vec::new();
        for (si, s) in doc.sentences.iter().enumerate() {
            let trig = triggers::find(doc, s.first, s.last);
            let mut sources: Vec<(usize, String)> = orgs
                .iter()
                .filter(|(k, _)| *k >= s.first && *k < s.last)
                .cloned()
                .collect();
            sources.extend(
                mentions
                    .iter()
                    .filter(|m| {
                        m.sentence == si && speakers.get(m.entity).copied().unwrap_or(false)
                    })
                    .filter_map(|m| entities.get(m.entity).map(|e| (m.first, e.name.clone()))),
            );
            sources.sort();
            let ctx = CountContext {
                sources,
                as_of: dates::find(doc, s.first, s.last, published)
                    .first()
                    .map(|d| d.date.to_string()),
                release: trig
                    .iter()
                    .any(|t| matches!(t.kind, EventType::Release | EventType::ConditionalRelease)),
                arrest: trig
                    .iter()
                    .any(|t| matches!(t.kind, EventType::Arrest | EventType::Detention)),
                any_trigger: trig
                    .iter()
                    .any(|t| triggers::modality(doc, t, s.first) != triggers::Modality::NotAnEvent),
            };
            out.extend(counts::in_sentence(doc, s.first, s.last, &ctx));
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
    let mut i = 0;
    while i < doc.tokens.len() {
        if !doc.tokens[i].capitalised || hits.iter().any(|h| h.first <= i && i < h.last) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < doc.tokens.len()
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

/// Byte-to-character offset conversion over the whole text.
struct CharOffsets {
    starts: Vec<usize>,
}

impl CharOffsets {
    fn new(text: &str) -> Self {
        Self {
            starts: text.char_indices().map(|(b, _)| b).collect(),
        }
    }

    fn char_at(&self, byte: usize) -> usize {
        self.starts.partition_point(|&b| b < byte)
    }
}

#[allow(clippy::too_many_arguments)]
fn assemble(
    doc: &Doc<'_>,
    offset: usize,
    chars: &CharOffsets,
    entities: &[Entity],
    mentions: &[MentionRef],
    f: Findings,
    counts: Vec<Count>,
    orgs: Vec<(usize, String)>,
    places: Vec<String>,
    published: Option<NaiveDate>,
    lang: Lang,
) -> Extraction {
    let mut persons = Vec::new();
    let mut not_detainees = Vec::new();
    let mut out_of_scope = Vec::new();
    let mut order: Vec<usize> = Vec::new();
    for m in mentions {
        if !order.contains(&m.entity) {
            order.push(m.entity);
        }
    }
    for e in order {
        let Some(entity) = entities.get(e) else {
            continue;
        };
        let events: Vec<&RawEvent> = f.events.iter().filter(|r| r.entity == e).collect();
        if f.out_of_scope.get(e).copied().unwrap_or(false) {
            out_of_scope.push(Mention {
                name: entity.name.clone(),
                why: "held by a foreign state, not a political detainee of the state concerned"
                    .into(),
            });
            continue;
        }
        if events.is_empty() {
            let why = if f.relative[e] {
                "relative"
            } else if f.official[e] {
                "official"
            } else if f.source[e] {
                "source"
            } else {
                "mentioned, no custody event in the text"
            };
            not_detainees.push(Mention {
                name: entity.name.clone(),
                why: why.into(),
            });
            continue;
        }
        let mut out_events: Vec<Event> = Vec::new();
        for r in events {
            let sentence = &doc.sentences[r.sentence];
            let (a, b) = doc.sentence_span(sentence);
            let date = r.date.map(|d: PartialDate| d.to_string());
            if let Some(prev) = out_events.iter_mut().find(|x| {
                family_eq(x.kind, r.kind) && compatible_dates(x.date.as_deref(), date.as_deref())
            }) {
                // The same event told twice, once with its date: one event.
                // Keep the more precise of two compatible dates ("2025-09" and "2025-09-15").
                if date.as_ref().map_or(0, String::len) > prev.date.as_ref().map_or(0, String::len)
                {
                    prev.date = date.clone();
                }
                if r.kind == EventType::ConditionalRelease {
                    prev.kind = r.kind;
                    prev.conditions = prev.conditions.take().or(r.conditions.clone());
                }
                prev.place = prev.place.take().or(r.place.clone());
                prev.charges = prev.charges.take().or(r.charges.clone());
                continue;
            }
            out_events.push(Event {
                kind: r.kind,
                date,
                place: r.place.clone(),
                conditions: r.conditions.clone(),
                charges: r.charges.clone(),
                certainty: r.certainty,
                excerpt: doc.text.get(a..b).unwrap_or("").to_string(),
                start: chars.char_at(offset + a),
                end: chars.char_at(offset + b),
            });
        }
        persons.push(Person {
            name: entity.name.clone(),
            name_variants_in_text: entity
                .variants
                .iter()
                .filter(|v| **v != entity.name)
                .cloned()
                .collect(),
            nationality: f.nationality[e].clone(),
            roles: f.roles[e].clone(),
            events: out_events,
        });
    }
    let mut organizations: Vec<String> = Vec::new();
    for (_, name) in orgs {
        if !organizations.contains(&name) {
            organizations.push(name);
        }
    }
    Extraction {
        published: published.map(|d| d.format("%Y-%m-%d").to_string()),
        language: lang.code().to_string(),
        persons,
        not_detainees,
        out_of_scope_mentions: out_of_scope,
        counts,
        organizations,
        places,
    }
}

fn family_eq(a: EventType, b: EventType) -> bool {
    let fam = |k| {
        if k == EventType::ConditionalRelease {
            EventType::Release
        } else {
            k
        }
    };
    fam(a) == fam(b)
}

/// Two dates that may tell the same event: equal, one missing, or one a prefix of the other.
fn compatible_dates(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.starts_with(b) || b.starts_with(a),
        _ => true,
    }
}
