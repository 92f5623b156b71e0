//! The wire's lead that names no one ("A Venezuelan opposition activist held for more than a year
//! at the Rodeo I prison died on Monday…", "Un hombre detenido desde enero murió el miércoles…"),
//! whose person the next sentence names first, with an apposition ("Jairo Mendible, 57, a former
//! local coordinator…", "Eleazar Quevedo, de 47 años, técnico electricista, …"): the lead's
//! events are that person's.

use crate::discourse::{Findings, GroupEvent};
use crate::persons::MentionRef;
use crate::text::{Doc, TokenKind};

/// The events of a lead that named no one, waiting for the next sentence.
#[derive(Default)]
pub(crate) struct AnonymousLead {
    /// The range of the lead's group events, and its sentence.
    pending: Option<(usize, usize, usize)>,
}

impl AnonymousLead {
    /// After sentence `si`, opening at `a`: keeps the group events it told (`groups`, a range of
    /// them) when it opens on one unnamed person ("A Venezuelan priest…", "Una periodista…").
    /// (A lead that names someone, "A second hunger striker, Rosmary Urbina, ended…", is not one.)
    pub(crate) fn read(
        &mut self,
        doc: &Doc<'_>,
        a: usize,
        si: usize,
        named: bool,
        groups: (usize, usize),
    ) {
        let (from, to) = groups;
        self.pending = (to > from && !named && opens_on_someone(doc, a)).then_some((from, to, si));
    }

    /// At the sentence after the lead (opening at `a`): hands the lead's events to the person
    /// named first, when an apposition follows the name (", 57,", ", de 47 años,", ", a former…").
    pub(crate) fn name(
        &mut self,
        doc: &Doc<'_>,
        ms: &[&MentionRef],
        a: usize,
        groups: &[GroupEvent],
        f: &mut Findings,
    ) {
        let Some((from, to, lead)) = self.pending.take() else {
            return;
        };
        let Some(m) = ms.first().filter(|m| m.first == a && doc.f(m.last) == ",") else {
            return;
        };
        // (Nor one who acts for the family: "Pedro Lira, de 52 años, abogado de la familia".)
        let acts = f.roles[m.entity].iter().any(|r| r == "lawyer")
            || (m.last..m.last + 8).any(|k| {
                crate::lexicon::roles(doc.f(k)).contains(&"lawyer")
                    || crate::slots::RELATIONS.contains(&doc.f(k))
            });
        if f.official[m.entity] || f.source[m.entity] || f.relative[m.entity] || acts {
            return;
        }
        for g in groups.get(from..to).unwrap_or(&[]) {
            f.events.push(g.for_member(m.entity, lead));
        }
    }
}

/// Whether a sentence opens on an indefinite article and words without a capital but a
/// nationality's, up to a word of custody or a verb: one person, unnamed.
fn opens_on_someone(doc: &Doc<'_>, a: usize) -> bool {
    if !matches!(doc.f(a), "a" | "an" | "un" | "una") {
        return false;
    }
    // ("A Venezuelan court on Tuesday sentenced…", "Un tribunal…": a body, no person.)
    const NOT_PEOPLE: &[&str] = &[
        "court",
        "tribunal",
        "judge",
        "juez",
        "jueza",
        "group",
        "grupo",
        "rights",
        "government",
        "gobierno",
        "spokesman",
        "spokeswoman",
        "vocero",
        "vocera",
        "lawyer",
        "abogado",
        "abogada",
        "nonprofit",
        "ong",
        "organization",
        "organizacion",
        "source",
        "fuente",
        "official",
        "funcionario",
        "funcionaria",
        "relative",
        "familiar",
        "total",
        "day",
        "dia",
        "year",
        "ano",
        "week",
        "semana",
        "month",
        "mes",
        "number",
        "numero",
        "list",
        "lista",
    ];
    let words: Vec<usize> = (a + 1..a + 6)
        .take_while(|&k| doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word))
        .collect();
    // (No event or thing heads them: "A police raid on a house…", "Una ola de detenciones…".)
    let thing = |w: &str| {
        matches!(
            w,
            "raid"
                | "redada"
                | "operation"
                | "operativo"
                | "operacion"
                | "protest"
                | "protesta"
                | "march"
                | "marcha"
                | "crackdown"
                | "wave"
                | "ola"
                | "series"
                | "serie"
                | "report"
                | "informe"
                | "statement"
                | "comunicado"
                | "video"
                | "photo"
                | "police"
                | "policia"
                | "house"
                | "casa"
                | "car"
                | "carro"
                | "bus"
                | "autobus"
        )
    };
    !words.iter().any(|&k| thing(doc.f(k)))
        && !words.is_empty()
        && words.iter().all(|&k| {
            let t = &doc.tokens[k];
            !NOT_PEOPLE.contains(&doc.f(k))
                && (!t.capitalised || !crate::lexicon::nationalities(doc.f(k)).is_empty())
        })
}
