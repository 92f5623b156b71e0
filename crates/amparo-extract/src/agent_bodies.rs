//! Bodies of people who act (a delegation, a committee, a court): their members are never the
//! group held.

use crate::text::Doc;

/// Bodies of people who act — visit, negotiate, judge, report — whose members are never the
/// group held.
const AGENT_BODIES: &[&str] = &[
    "delegation",
    "delegacion",
    "comitiva",
    "commission",
    "comision",
    "mission",
    "mision",
    "panel",
    "committee",
    "comite",
    "team",
    "equipo",
    "board",
    "junta",
    "mesa",
    "jury",
    "jurado",
    "tribunal",
    "court",
    "negotiators",
    "negociadores",
    "signatories",
    "firmantes",
];

/// Whether a body that acts stands a few words before token `k` of the sentence from `first`
/// ("The delegation, which also included MEP X"); not a body that made a list ("La lista
/// difundida por la Mesa de Reconocimiento … incluye además a A, B y C").
pub(crate) fn agent_body_before(doc: &Doc<'_>, first: usize, k: usize) -> bool {
    (k.saturating_sub(8).max(first)..k).any(|j| {
        AGENT_BODIES.contains(&doc.f(j))
            && !(j.saturating_sub(2)..j).any(|b| matches!(doc.f(b), "por" | "by"))
    })
}
