//! A correction of a reported arrest ("CORRECTION: Yesterday I wrote that X was detained. That
//! was wrong. She was questioned … and not taken into custody"; "⚠️ CORRECCIÓN: Anoche
//! informamos que X había sido detenido. Su hermana nos aclara que no llegó a ser detenido"): the
//! arrest and the custody told of X up to the correction did not happen. (A correction that
//! denies the event in its own words, "X NO fue trasladada", is `retractions`'.)

use crate::discourse::Findings;
use crate::model::EventType;
use crate::persons::MentionRef;
use crate::text::Doc;

/// Whether sentence `si` opens on a correction's label ("CORRECCIÓN:", "Correction:",
/// "ACLARATORIA").
fn labelled(doc: &Doc<'_>, si: usize) -> bool {
    doc.sentences.get(si).is_some_and(|s| {
        (s.first..s.last.min(s.first + 4)).any(|k| {
            matches!(
                doc.f(k),
                "correccion" | "correction" | "aclaratoria" | "rectificacion" | "erratum"
            )
        })
    })
}

/// Whether tokens `a..b` say the report was wrong and no custody happened.
fn denied(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        doc.matches_any_at(
            k,
            &[
                "was wrong",
                "not taken into custody",
                "never detained",
                "never arrested",
                "was not detained",
                "was not arrested",
                "no llego a ser detenido",
                "no llego a ser detenida",
                "no fue detenido",
                "no fue detenida",
                "nunca fue detenido",
                "nunca fue detenida",
                "no fue arrestado",
                "no fue arrestada",
            ],
        )
    })
}

/// Drops the arrests, custody and disappearance of one a correction says was reported held in
/// error: the name after "informamos que", "I wrote that", "reported that" in the labelled
/// sentence, denied in it or the next.
pub(crate) fn drop_corrected(doc: &Doc<'_>, mentions: &[MentionRef], f: &mut Findings) {
    let mut wrong: Vec<(usize, usize)> = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        if !labelled(doc, si) {
            continue;
        }
        let next_last = doc.sentences.get(si + 1).map_or(s.last, |n| n.last);
        if !denied(doc, s.first, next_last) {
            continue;
        }
        // (What was reported: "…informamos que X había sido detenido", "I wrote that X was
        // detained".)
        let Some(that) = (s.first..s.last).find(|&k| {
            matches!(
                doc.f(k),
                "informamos"
                    | "publicamos"
                    | "dijimos"
                    | "escribimos"
                    | "reportamos"
                    | "wrote"
                    | "reported"
            ) && matches!(doc.f(k + 1), "que" | "that")
        }) else {
            continue;
        };
        for m in mentions
            .iter()
            .filter(|m| m.sentence == si && m.first > that)
        {
            wrong.push((m.entity, si));
        }
    }
    f.events.retain(|r| {
        !(matches!(
            r.kind,
            EventType::Arrest | EventType::Detention | EventType::Disappearance
        ) && wrong
            .iter()
            .any(|&(e, si)| r.entity == e && r.sentence <= si + 1))
    });
}
