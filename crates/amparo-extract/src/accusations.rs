//! A court's or a prosecutor's acts told in words that elsewhere mean less (listed with the
//! court's other words in `court_words::COURT`). An accusation that names the offence: "El
//! Ministerio Público acusó a X de «incitación al odio»", "la Fiscalía acusó a X de los delitos
//! de…" — a charge laid; not the word of blame in general ("fue acusado de «asociación para
//! delinquir»", "acusado de conspirar"), which the gold sets do not read as a charge (measured
//! on every spent set: the passive with a quoted offence, 31 right pairs for 120 spurious).
//! Cautionary measures a court grants a person: "Un tribunal de control otorgó el miércoles
//! medidas cautelares a X" — a release on conditions (not the Inter-American Commission's, which
//! protect). A term served in "prisión preventiva" before a sentence is no custody told.

use crate::model::EventType::{Charge, Detention, Release};
use crate::text::Doc;
use crate::triggers::Trigger;
use crate::triggers::Voice::Nominal;

/// Keeps, of the accusations in `out` (tokens up to `to`), those a prosecutor or court makes
/// and that name an offence.
pub(crate) fn reread(doc: &Doc<'_>, out: &mut Vec<Trigger>, to: usize) {
    // ("una pena que ya cumplió en prisión preventiva": a term served before, no custody told.)
    out.retain(|t| {
        !(t.kind == Detention
            && doc.matches_at(t.first, "prision preventiva")
            && doc.f(t.first.wrapping_sub(1)) == "en"
            && (t.first.saturating_sub(4)..t.first).any(|k| doc.f(k).starts_with("cumpli")))
    });
    // (Granted to someone by a court, in a sentence that names no Inter-American body.)
    let from = doc
        .sentence_at(out.first().map_or(0, |t| t.first))
        .map_or(0, |s| s.first);
    out.retain(|t| {
        !(t.kind == Release
            && t.voice == Nominal
            && t.last == t.first + 2
            && doc.matches_at(t.first, "medidas cautelares"))
            || (matches!(doc.f(t.last), "a" | "al")
                && !crate::release_conditions::mentions_iachr(doc, from, to)
                && (from..t.first).any(|k| {
                    matches!(
                        doc.f(k),
                        "tribunal" | "juez" | "jueza" | "juzgado" | "corte" | "court" | "judge"
                    )
                }))
    });
    out.retain(|t| {
        !(t.kind == Charge && (t.first..t.last).any(|k| matches!(doc.f(k), "acuso" | "acusaron")))
            || (prosecutor_before(doc, t) && (named_offence(doc, t, to) || dated_clitic(doc, t)))
    });
}

/// ("…y la Fiscalía los acusó en septiembre"): the prosecutor's accusation of those named
/// before, told by its day (the offence told elsewhere).
fn dated_clitic(doc: &Doc<'_>, t: &Trigger) -> bool {
    let day = |k: usize| {
        crate::dates::month(doc.f(k)).is_some()
            || crate::dates::weekday(doc.f(k)).is_some()
            || doc.is_number(k)
    };
    let clitic = |k: usize| matches!(doc.f(k), "lo" | "la" | "los" | "las");
    (clitic(t.first) || clitic(t.first.wrapping_sub(1)))
        && matches!(doc.f(t.last), "en" | "el")
        && day(t.last + 1)
}

fn prosecutor_before(doc: &Doc<'_>, t: &Trigger) -> bool {
    (t.first.saturating_sub(6)..t.first)
        .any(|k| crate::court_words::PROSECUTION.contains(&doc.f(k)))
}

/// The offence after the "de" past the one accused: a quoted one, or "el delito de", "los
/// delitos de".
fn named_offence(doc: &Doc<'_>, t: &Trigger, to: usize) -> bool {
    let Some(de) = (t.last..to.min(t.last + 10)).find(|&k| doc.f(k) == "de") else {
        return false;
    };
    matches!(doc.f(de + 1), "\"" | "«" | "“" | "'" | "‘")
        || (matches!(doc.f(de + 1), "el" | "los") && matches!(doc.f(de + 2), "delito" | "delitos"))
}
