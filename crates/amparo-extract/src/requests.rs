//! Events asked for of someone: not events.

/// ("pidieron al Tribunal Supremo de Justicia su excarcelación"): a noun of the event asked of
/// someone, past the one asked, beyond the reach of the words before it.
pub(crate) fn asked_of(
    doc: &crate::text::Doc<'_>,
    trigger: &crate::triggers::Trigger,
    sentence_first: usize,
) -> bool {
    use crate::model::EventType::{ConditionalRelease, Release};
    let from = trigger.first.saturating_sub(10).max(sentence_first);
    // (The release itself is asked for, as the request's object: not "pidió celeridad tras la
    // excarcelación de X", "exigieron una respuesta sobre el arresto de X".)
    let object = |k: usize| {
        (k + 2..trigger.first).all(|j| {
            !matches!(
                doc.f(j),
                "tras" | "sobre" | "que" | "por" | "despues" | "after" | "about" | "over" | "for"
            )
        })
    };
    // ("called for an international investigation and for the release of X", "pidió una
    // investigación independiente y la liberación de X": a second thing asked for, joined; not
    // "Calls to his family went unanswered and the release…".)
    let joined = (trigger.first.saturating_sub(3)..trigger.first)
        .find(|&k| matches!(doc.f(k), "and" | "y" | "e"))
        .is_some_and(|and| {
            (and.saturating_sub(12).max(sentence_first)..and)
                .rev()
                .take_while(|&k| !matches!(doc.f(k), ";" | ":" | "."))
                .any(|k| DEMANDED.contains(&doc.f(k)) && doc.f(k + 1) != "to")
        });
    matches!(trigger.kind, Release | ConditionalRelease)
        && trigger.voice == crate::triggers::Voice::Nominal
        && (joined
            || (from..trigger.first.saturating_sub(6)).any(|k| {
                matches!(
                    doc.f(k),
                    "pidio"
                        | "pidieron"
                        | "piden"
                        | "solicito"
                        | "solicitaron"
                        | "exigio"
                        | "exigieron"
                        | "reclamaron"
                        | "asked"
                        | "petitioned"
                        | "urged"
                ) && matches!(doc.f(k + 1), "al" | "a" | "ante" | "the")
                    && (k + 1..trigger.first).all(|j| !matches!(doc.f(j), "," | "y" | "and" | ";"))
                    && object(k)
            }))
}

/// An event its people were left out of ("por qué Zambrano y Ostos no fueron incluidos en la
/// boleta de excarcelación", "were not included in the release", "no figuraban en la lista de
/// excarcelados"): not theirs.
pub(crate) fn left_out(
    doc: &crate::text::Doc<'_>,
    trigger: &crate::triggers::Trigger,
    sentence_first: usize,
) -> bool {
    if crate::discourse::family(trigger.kind) != crate::model::EventType::Release {
        return false;
    }
    let from = trigger.first.saturating_sub(7).max(sentence_first);
    (from..trigger.first).any(|k| {
        matches!(doc.f(k), "no" | "not" | "never" | "nunca")
            && (k + 1..(k + 4).min(trigger.first)).any(|j| {
                let w = doc.f(j);
                w.starts_with("incluid")
                    || matches!(
                        w,
                        "included" | "figuraban" | "figuran" | "listed" | "aparecen"
                    )
            })
    })
        // ("Entre los excarcelados no figura X": the group told of, without them.)
        || told_without(doc, trigger.last)
}

/// ("Entre los excarcelados no figura X"): whether token `k` and the next say a group does not
/// hold who is named after them.
#[inline]
pub(crate) fn told_without(doc: &crate::text::Doc<'_>, k: usize) -> bool {
    doc.f(k) == "no"
        && matches!(
            doc.f(k + 1),
            "figura" | "figuran" | "esta" | "estan" | "aparece" | "aparecen"
        )
}

/// Verbs that demand: a release after them ("called for an investigation and for the release
/// of X") or before them ("cuya liberación reclamó su hermana", "whose release his family
/// demanded") is asked for.
#[rustfmt::skip]
pub(crate) const DEMANDED: &[&str] = &["reclamo", "reclaman", "reclamaron", "exigio", "exigen",
    "exigieron", "pidio", "piden", "pidieron", "demanded", "demand", "demands", "sought", "seek",
    "seeks", "called", "calls", "calling", "urged", "urges", "solicitada", "solicitado", "pedida",
    "exigida", "reclamada", "requested"];

/// Words that ask for a release, not for any event ("Exigimos la libertad plena de Guevara y
/// Rengifo", "acordó recomendar … medidas sustitutivas"); "Exigimos saber por qué fue detenido"
/// keeps its arrest.
/// Whether token `k` asks for a release (see [`ASKS_FOR_RELEASE`]), or does so in the perfect:
/// "La cónsul, X, ha pedido en tres ocasiones su liberación" (not the noun, "por pedido de su
/// defensa"), "has requested his release".
pub(crate) fn asks_at(doc: &crate::text::Doc<'_>, k: usize) -> bool {
    let w = doc.f(k);
    ASKS_FOR_RELEASE.contains(&w)
        || (matches!(
            w,
            "pedido" | "solicitado" | "exigido" | "reclamado" | "requested"
        ) && matches!(
            doc.f(k.wrapping_sub(1)),
            "ha" | "han" | "habia" | "habian" | "he" | "hemos" | "has" | "have" | "had"
        ))
}

pub(crate) const ASKS_FOR_RELEASE: &[&str] = &[
    "exigimos",
    "exijo",
    "exigiendo",
    "pedimos",
    "pido",
    "pidiendo",
    "reclamamos",
    "reclamando",
    "solicitamos",
    "demandamos",
    "recomendar",
    "recomendo",
    "recomienda",
    "recommended",
    "recommends",
    "recommend",
    // ("working without pause for the release of X", "gestiones para la liberación de X")
    "working",
    "works",
    "efforts",
    "effort",
    "trabajando",
    "trabaja",
    "gestiones",
    "esfuerzos",
    // ("His sister appeals publicly for his release", "pleaded for the release of", "aboga por
    // la liberación de")
    "appeal",
    "appeals",
    "appealed",
    "appealing",
    "pleaded",
    "pleads",
    "pleading",
    "lobbied",
    "lobbying",
    "aboga",
    "abogan",
    "abogo",
    "abogaron",
    "clama",
    "claman",
    "clamo",
    // ("¿Qué gestiones ha realizado la Comisión … para obtener la liberación de X?", "to secure
    // the release of X": a release sought.)
    "obtener",
    "lograr",
    "conseguir",
    "obtain",
    "secure",
    "securing",
];

/// ("his only wish is to see Aleh freed", "su único deseo es ver a X liberado", "We hope to
/// see X released soon"): an event one longs to see, not one seen.
pub(crate) fn longed_for(
    doc: &crate::text::Doc<'_>,
    trigger: &crate::triggers::Trigger,
    sentence_first: usize,
) -> bool {
    let from = trigger.first.saturating_sub(8).max(sentence_first);
    let Some(see) = (from..trigger.first)
        .rev()
        .find(|&k| matches!(doc.f(k), "see" | "ver" | "verlo" | "verla" | "verlos"))
    else {
        return false;
    };
    (see.saturating_sub(5).max(sentence_first)..see).any(|k| {
        matches!(
            doc.f(k),
            "wish"
                | "wishes"
                | "hope"
                | "hopes"
                | "hoping"
                | "want"
                | "wants"
                | "wanted"
                | "longs"
                | "dream"
                | "dreams"
                | "deseo"
                | "desea"
                | "deseamos"
                | "desean"
                | "quiere"
                | "queremos"
                | "quieren"
                | "quisiera"
                | "espera"
                | "esperamos"
                | "esperan"
                | "esperanza"
                | "sueno"
                | "suena"
                | "anhelo"
                | "ojala"
        )
    })
}

/// Whether the sentence of a release asked for says it was done after the noun ("La excarcelación
/// solicitada por la defensa de X se concretó el viernes", "The release requested by Washington
/// took place on Friday").
pub(crate) fn told_done(doc: &crate::text::Doc<'_>, t: &crate::triggers::Trigger) -> bool {
    doc.sentence_at(t.first).is_some_and(|s| {
        (t.last..s.last).any(|k| {
            matches!(
                doc.f(k),
                "concreto" | "materializo" | "took" | "efectiva" | "happened"
            )
        })
    })
}
