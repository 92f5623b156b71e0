//! The counts of a document: each sentence's numbers and vague quantities with what the rest of
//! the text tells of them — who states them (organisations and speakers of the sentence), as
//! of when, and whether the sentence reports, announces or promises.

use chrono::NaiveDate;

use crate::counts::{self, CountContext};
use crate::dates;
use crate::layout::Layout;
use crate::model::{Count, CountModality, EventType};
use crate::persons::{Entity, MentionRef};
use crate::text::Doc;
use crate::triggers;

/// What the counts of a document are read with.
pub(crate) struct Sources<'a, 'd> {
    pub(crate) doc: &'a Doc<'d>,
    /// Organisations named: (first token, name), in text order.
    pub(crate) orgs: &'a [(usize, String)],
    pub(crate) mentions: &'a [MentionRef],
    pub(crate) entities: &'a [Entity],
    /// Per person: speaks or is quoted.
    pub(crate) speakers: &'a [bool],
    pub(crate) published: Option<NaiveDate>,
    pub(crate) layout: &'a Layout,
}

/// The counts of every sentence that is not page noise.
pub(crate) fn document_counts(x: &Sources<'_, '_>) -> Vec<Count> {
    let (doc, orgs, mentions, entities, speakers, published, layout) = (
        x.doc,
        x.orgs,
        x.mentions,
        x.entities,
        x.speakers,
        x.published,
        x.layout,
    );
    let mut out = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        if layout.is_noise(si) {
            continue;
        }
        let trig = triggers::find(doc, s.first, s.last);
        // Organisations and mentions are in text order: the sentence's are one run each.
        let (o_lo, o_hi) = (
            orgs.partition_point(|(k, _)| *k < s.first),
            orgs.partition_point(|(k, _)| *k < s.last),
        );
        let mut sources: Vec<(usize, String)> = orgs[o_lo..o_hi].to_vec();
        let (m_lo, m_hi) = (
            mentions.partition_point(|m| m.sentence < si),
            mentions.partition_point(|m| m.sentence <= si),
        );
        sources.extend(
            mentions[m_lo..m_hi]
                .iter()
                .filter(|m| speakers.get(m.entity).copied().unwrap_or(false))
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
            release_at: trig
                .iter()
                .filter(|t| matches!(t.kind, EventType::Release | EventType::ConditionalRelease))
                .map(|t| t.first)
                .collect(),
            // (Not a clitic's, whose subject is the agents: "Dos hombres la obligaron a subir a
            // una patrulla" counts no one held; unless the count is its object, "a cinco
            // estudiantes los detuvieron".)
            arrest: trig.iter().any(|t| {
                matches!(t.kind, EventType::Arrest | EventType::Detention)
                    && (t.voice != triggers::Voice::Clitic
                        || (s.first..t.first).any(|k| {
                            matches!(doc.f(k), "a" | "al")
                                && (doc.is_number(k + 1)
                                    || crate::counts::number_word(doc.f(k + 1)).is_some())
                        }))
            }),
            any_trigger: trig
                .iter()
                .any(|t| triggers::modality(doc, t, s.first) != triggers::Modality::NotAnEvent),
            modality: if trig.iter().any(|t| triggers::is_future(doc, t, s.first)) {
                CountModality::Future
            } else if trig.iter().any(|t| {
                matches!(
                    triggers::modality(doc, t, s.first),
                    triggers::Modality::Announced(_)
                )
            }) {
                CountModality::Announced
            } else {
                CountModality::Reported
            },
        };
        out.extend(counts::in_sentence(doc, s.first, s.last, &ctx));
    }
    dedupe(out)
}

/// The same number of the same people told twice (the headline and the lead): one count, with
/// the source and date either telling gives.
fn dedupe(counts: Vec<Count>) -> Vec<Count> {
    let mut out: Vec<Count> = Vec::with_capacity(counts.len());
    for c in counts {
        // A number is the same count whatever the two tellings call its people ("Tribunales
        // otorgan medidas a 9 presos políticos" / "fueron excarcelados nueve presos políticos").
        let same = out.iter_mut().rev().take(8).find(|o| {
            o.modality == c.modality
                && match (o.number, c.number) {
                    (Some(a), Some(b)) => a == b,
                    (None, None) => o.subject == c.subject && o.vague_quantity == c.vague_quantity,
                    _ => false,
                }
        });
        match same {
            Some(o) => {
                if o.according_to.is_none() && o.as_of.is_none() {
                    // The later telling says more (the lead after the headline): keep it whole.
                    *o = c;
                } else {
                    o.according_to = o.according_to.take().or(c.according_to);
                    o.as_of = o.as_of.take().or(c.as_of);
                }
            }
            None => out.push(c),
        }
    }
    out
}
