//! Denied clauses: "The Interior Ministry has denied reports that X was arrested", "negó que X
//! haya sido detenido", "NO es cierto que X haya sido detenido": whether the event is shown false
//! or stands, disputed.

use crate::text::Doc;
use crate::triggers::{Trigger, Voice};

/// How a clause is denied.
pub(crate) enum Denial {
    /// Shown false: a check that says so ("NO es cierto que…"), a rumour ("circuló que…"), or a
    /// denial the text backs with the person free ("…denied reports that X was arrested. His
    /// father says he is at home").
    False,
    /// Denied by the state alone ("the ministry denied that X had been arrested, hours after
    /// rights groups said agents took her"): the event stands, disputed.
    ByTheState,
}

/// Whether and how the clause of a trigger is denied: "The Interior Ministry has denied
/// reports that X was arrested", "negó que X haya sido detenido", "NO es cierto que X haya sido
/// detenido", "circuló en redes sociales que había sido detenido".
pub(crate) fn denied(doc: &Doc<'_>, trigger: &Trigger, sentence_first: usize) -> Option<Denial> {
    if crate::fact_checks::reported_then_false(doc, trigger, sentence_first) {
        return Some(Denial::False);
    }
    let mut k = trigger.first;
    while k > sentence_first {
        k -= 1;
        let w = doc.f(k);
        // ("denied reports that journalist X, arrested in January, was among those released":
        // past an apposition set off by commas after a name.)
        if w == "," {
            let open = (k.saturating_sub(8).max(sentence_first + 1)..k)
                .rev()
                .find(|&j| doc.f(j) == ",")
                .filter(|&j| {
                    doc.tokens[j - 1].capitalised
                        && doc.tokens[j - 1].kind == crate::text::TokenKind::Word
                        && (j + 1..k).all(|i| {
                            !doc.tokens[i].capitalised
                                || crate::dates::month(doc.f(i)).is_some()
                                || crate::dates::weekday(doc.f(i)).is_some()
                        })
                });
            if let Some(j) = open {
                k = j;
                continue;
            }
        }
        if matches!(w, ";" | ":" | "." | "," | "pero" | "but" | "sino") {
            return None;
        }
        let state = matches!(
            w,
            "nego" | "negaron" | "niega" | "niegan" | "negar" | "denied" | "denies" | "deny"
        );
        let shown_false = matches!(
            w,
            "desmintio"
                // ("publicó un video … para desmentir su arresto")
                | "desmentir"
                | "desmintieron"
                | "desmiente"
                | "desmienten"
                | "circulo"
                | "circularon"
                | "circula"
                | "circulan"
                // ("informamos por error que X había sido detenido")
                | "error"
                | "erroneously"
                | "erroneamente"
                // ("Viral post falsely claims jailed journalist X was freed")
                | "falsely"
                | "falsamente"
                | "rumores"
                | "rumors"
                | "rumours"
                // ("Se rumora en redes que X habría sido excarcelado anoche")
                | "rumora"
                | "rumoran"
                | "especula"
                | "especulan"
        ) || (w == "cierto" && matches!(doc.f(k.wrapping_sub(2)), "no" | "not"))
            || (matches!(w, "falso" | "false")
                && matches!(doc.f(k.wrapping_sub(1)), "es" | "is" | "was" | "era"));
        if !(state || shown_false) {
            continue;
        }
        // The denial governs a clause ("that", "que") or reports of the event.
        let governs = (k + 1..trigger.first.min(k + 6)).any(|j| {
            matches!(
                doc.f(j),
                "que" | "that" | "reports" | "claims" | "versiones"
            )
        }) || (trigger.voice == Voice::Nominal
            // ("…para desmentir su arresto", "denied his arrest": the noun itself.)
            && (k + 1..trigger.first).all(|j| {
                matches!(doc.f(j), "su" | "sus" | "his" | "her" | "their" | "la" | "el" | "the")
            }));
        if !governs {
            return None;
        }
        // (The state that holds someone denying their release is believed: "The prison ministry
        // has denied reports that X was among those released".)
        let release = crate::discourse::family(trigger.kind) == crate::model::EventType::Release;
        return Some(if shown_false || release || free_after(doc, trigger.last) {
            Denial::False
        } else {
            Denial::ByTheState
        });
    }
    None
}

/// Whether the rest of the sentence at `from` and the next one say someone is free: "is at
/// home", "publicó un video desde su casa", "está en libertad".
/// (Not the denier's own words after it: "…negó que X haya sido detenida. «Esa muchacha no está
/// detenida, seguramente está en su casa», dijo.")
pub(crate) fn free_after(doc: &crate::text::Doc<'_>, from: usize) -> bool {
    let here = doc.sentence_index(from);
    let denier = |s: &crate::text::Sentence| {
        let end = s.last - usize::from(doc.f(s.last - 1) == ".");
        end > s.first + 2
            && matches!(doc.f(s.first), "\"" | "«" | "“")
            && crate::slots::SPEECH.contains(&doc.f(end - 1))
            && matches!(doc.f(end - 2), "," | "\"" | "»" | "”")
    };
    let next_end = doc.sentences.get(here + 1).map_or(doc.tokens.len(), |s| {
        if denier(s) { s.first } else { s.last }
    });
    (from..next_end).any(|k| {
        doc.matches_any_at(
            k,
            &["at home", "su casa", "en libertad", "is free", "estoy bien"],
        )
    })
}
