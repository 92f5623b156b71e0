//! Words that tell no event of anyone in particular: a list's legend, which defines its marks
//! ("\"HA\" means the person was moved to house arrest"), and what is said of anyone at all ("la
//! salud de toda persona privada de libertad").

/// Whether the trigger is in a list's legend, which defines a mark rather than telling an event:
/// "\"HA\" means the person was moved to house arrest", "AD significa arresto domiciliario",
/// "(*) stands for released with conditions".
pub(crate) fn legend(
    doc: &crate::text::Doc<'_>,
    trigger: &crate::triggers::Trigger,
    sentence_first: usize,
) -> bool {
    // (Of a mark: at most three words before the cue, one a mark — a word of up to four
    // capitals, a quote, a symbol or its name —; not "This means X, arrested on January 9,
    // remains in Rodeo I".)
    let mark = |k: usize| {
        capital_mark(&doc.tokens[k])
            || matches!(
                doc.f(k),
                "\"" | "'"
                    | "*"
                    | "("
                    | "—"
                    | "-"
                    | "+"
                    | "dash"
                    | "asterisk"
                    | "guion"
                    | "asterisco"
            )
    };
    // ("Leyenda: ✅ excarcelado ⛔ sigue detenido 🏠 arresto domiciliario": a line so labelled.)
    // (Marks and their words only: not "Leyenda: …; Pedro Yanes fue excarcelado el 2 de
    // marzo", a name told of.)
    let end = doc
        .sentence_at(sentence_first)
        .map_or(sentence_first, |s| s.last);
    let labelled = matches!(
        doc.f(sentence_first),
        "leyenda" | "legend" | "simbologia" | "key"
    ) && doc.f(sentence_first + 1) == ":"
        && (sentence_first + 2..end)
            .all(|k| !doc.tokens[k].capitalised || capital_mark(&doc.tokens[k]));
    labelled
        || (sentence_first..trigger.first.min(sentence_first + 6)).any(|k| {
            cue_words(doc.f(k), doc.f(k + 1)).is_some()
                && k - sentence_first <= 3
                && (sentence_first..k).any(mark)
        })
}

/// The marks a legend defines: a short word in capitals, quoted or not, opening "means",
/// "significa", "stands for" or "quiere decir" ("\"HA\" means …", "AD significa …"), with the
/// token the definition starts at.
pub(crate) fn legend_marks<'a>(tokens: &[crate::text::Token<'a>]) -> Vec<(&'a str, usize)> {
    let f = |k: usize| tokens.get(k).map_or("", |t| t.folded.as_str());
    let mut marks = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        if !capital_mark(t) {
            continue;
        }
        let close = k + usize::from(matches!(f(k + 1), "\"" | "'"));
        let Some(n) = cue_words(f(close + 1), f(close + 2)) else {
            continue;
        };
        marks.push((t.text, close + 1 + n));
    }
    marks
}

/// Whether the trigger tells of anyone at all, not of someone: "la salud de toda persona privada
/// de libertad", "any person detained must be brought before a judge".
pub(crate) fn anyone(
    doc: &crate::text::Doc<'_>,
    trigger: &crate::triggers::Trigger,
    sentence_first: usize,
) -> bool {
    let k = trigger.first;
    // ("La desaparición forzada no es una medida de seguridad: es un crimen", "Arbitrary
    // detention is a crime": the kind of deed named as a subject and judged, no one's.)
    let judged = trigger.voice == crate::triggers::Voice::Nominal
        && k <= sentence_first + 2
        && (sentence_first..k).all(|j| matches!(doc.f(j), "la" | "el" | "\"" | "arbitrary"))
        && (matches!(
            doc.f(trigger.last),
            "es" | "is" | "constituye" | "constitutes"
        ) || (matches!(doc.f(trigger.last), "no" | "not") && doc.f(trigger.last + 1) == "es"));
    // ("Si tu familiar fue excarcelado, escríbenos", "If your relative was released, write to
    // us": a reader's relative, whoever it is.)
    let readers = (k.saturating_sub(6).max(sentence_first)..k).any(|j| {
        matches!(doc.f(j), "si" | "if")
            && matches!(doc.f(j + 1), "tu" | "your" | "usted")
            && (crate::slots::RELATIONS.contains(&doc.f(j + 2))
                || matches!(doc.f(j + 2), "familiar" | "relative" | "loved"))
    });
    judged
        || readers
        || k >= sentence_first + 2
            && matches!(
                (doc.f(k - 2), doc.f(k - 1)),
                ("toda" | "cualquier", "persona")
                | ("todo", "ciudadano" | "preso" | "detenido")
                // (Not "every prisoner released on Sunday, including A and B".)
                | ("any", "person" | "prisoner" | "detainee" | "citizen")
            )
}

/// A word a legend defines: up to four capitals ("HA", "AD").
fn capital_mark(t: &crate::text::Token<'_>) -> bool {
    t.text.len() <= 4
        && t.text.chars().all(|c| c.is_ascii_uppercase())
        && t.kind == crate::text::TokenKind::Word
}

/// How many words a legend's cue takes at the words `a`, `b`: "means", "significa", "denotes";
/// "stands for", "quiere decir".
fn cue_words(a: &str, b: &str) -> Option<usize> {
    match (a, b) {
        ("means" | "significa" | "denotes", _) => Some(1),
        ("stands", "for") | ("quiere", "decir") => Some(2),
        _ => None,
    }
}
