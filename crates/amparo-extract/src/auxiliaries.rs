//! Auxiliary verbs around a trigger's participle: those that make it a state ("sigue detenido",
//! "remains detained") and those that make it passive ("fue excarcelado", "was freed").

/// Words before "detained"/"detenido" that make it a state (detention) rather than an arrest.
pub(crate) const STATE_AUX: &[&str] = &[
    "remains",
    "remain",
    "still",
    "is",
    "are",
    "been",
    "being",
    "permanece",
    "permanecen",
    "sigue",
    "siguen",
    "continua",
    "continuan",
    "aun",
    "todavia",
    "esta",
    "estan",
    "encuentra",
    "encuentran",
    "estaba",
    "estaban",
    "lleva",
    "llevan",
    "mantiene",
    "mantienen",
    "seguia",
    "seguian",
    "permanecia",
    "permanecian",
];

/// Auxiliaries that make a participle passive ("was freed", "fue excarcelado").
pub const PASSIVE_AUX: &[&str] = &[
    "was", "were", "been", "being", "be", "got", "fue", "fueron", "sido", "ha", "han", "habia",
    "habian", "is", "are",
];

/// Object clitics of the third person before a verb ("lo soltaron", "les imputaron").
pub(crate) const CLITICS: &[&str] = &["lo", "la", "le", "los", "las", "les"];

/// Object clitics of the speaker or the one spoken to ("me detuvieron", "nos soltaron"): no
/// named person's.
pub(crate) const SPEAKER_CLITICS: &[&str] = &["me", "nos", "te"];

/// Whether a trigger opens with a plural object clitic, past a "se" before it ("les imputó",
/// "los detuvieron", "se los llevaron").
pub(crate) fn plural_clitic(doc: &crate::text::Doc<'_>, t: &crate::triggers::Trigger) -> bool {
    let k = if doc.f(t.first) == "se" {
        t.first + 1
    } else {
        t.first
    };
    matches!(doc.f(k), "les" | "los" | "las")
}

/// Whether `w` may stand between a subject and its custody's participle: a passive's auxiliary,
/// a perfect's or a state's ("has been held", "ha estado detenido", "está preso", "sigue preso",
/// "still held").
pub(crate) fn before_state(w: &str) -> bool {
    PASSIVE_AUX.contains(&w)
        || matches!(
            w,
            "has"
                | "have"
                | "had"
                | "esta"
                | "estan"
                | "estaba"
                | "estado"
                | "sigue"
                | "siguen"
                | "still"
                | "remains"
        )
}
