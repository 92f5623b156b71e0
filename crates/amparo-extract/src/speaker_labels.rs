//! A transcript's speaker labels ("DORIS ESCALONA: A mi hijo se lo llevaron…", "ANA RÍOS
//! (MODERADORA):", "DAVID HART, HOST:"): the one who speaks, not the one the turn is about.

use crate::persons::MentionRef;
use crate::text::Doc;

/// Whether a mention is a transcript's speaker label: at the start of its sentence (past a
/// timestamp), followed by a colon, by a bracketed role and a colon, or by a comma, a role of up
/// to three words and a colon.
pub(crate) fn speaker_label(doc: &Doc<'_>, m: &MentionRef, a: usize) -> bool {
    let starts = (a..m.first).all(|k| crate::line_shapes::stamp_mark(doc, k));
    // ("PREGUNTA (Luisa Fernanda Ríos, Radio Valle): ¿Qué se sabe…?": the asker in brackets.)
    let asker = m.first > a + 1
        && doc.f(m.first - 1) == "("
        // ("[00:00:09] HOST (NADIA FORSBERG): Welcome…": past a timestamp too.)
        && (a..m.first - 1).all(|k| {
            doc.tokens.get(k).is_some_and(|t| {
                (t.kind == crate::text::TokenKind::Word
                    && t.text.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()))
                    || t.kind == crate::text::TokenKind::Number
                    || matches!(t.text, "[" | "]" | ":" | "—" | "-")
            })
        });
    let starts = starts || asker;
    let colon_within = |from: usize, n: usize| {
        (from..from + n)
            .find(|&k| doc.f(k) == ":")
            .is_some_and(|c| {
                (from..c).all(|k| {
                    doc.tokens
                        .get(k)
                        .is_some_and(|t| t.kind == crate::text::TokenKind::Word)
                        || matches!(doc.f(k), ")" | ".")
                })
            })
    };
    starts
        && match doc.f(m.last) {
            // ("Ramón Cedeño: arresto domiciliario.": a list's status, not a speaker's words.)
            // (Nor a headline's quote: "Fabiola Mujica: \"En El Helicoide aprendí…\"" heads
            // what the text tells of her.)
            // (After a chat's stamp, "[17/6/26, 00:31] Ana Ríos: Se llevaron a papá", a sender.)
            // (In a broadcast's transcript a name in capitals is a turn's, whatever follows:
            // "LOCUTORA: ¿Y hoy dónde está? / RUBÉN FERRER: Sigue en Rodeo I.")
            ":" => {
                (m.first > a + 2 && doc.f(a) == "[")
                    || (crate::list_status::colon_status(doc, m.last).is_none()
                        || (crate::surname_first::in_capitals(doc, m.first) && doc.broadcast))
                        && !matches!(
                            doc.tokens.get(m.last + 1).map(|t| t.text),
                            Some("\"" | "“" | "«")
                        )
            }
            // ("Luis Coronel Bastidas, ingeniero civil: 16 años por conspiración.": a described
            // name's status.)
            // ("James Whitcombe (Minister for the Middle East):": an office of a few words.)
            "(" | "," => {
                colon_within(m.last + 1, if doc.f(m.last) == "(" { 8 } else { 5 })
                    && (m.last + 1..m.last + 9)
                        .find(|&k| doc.f(k) == ":")
                        .is_none_or(|c| crate::list_status::colon_status(doc, c).is_none())
            }
            // ("PRESENTADORA (ANDREA VILLEGAS): Vamos a Turquía…")
            ")" => asker && doc.f(m.last + 1) == ":",
            _ => false,
        }
}

/// Whether a line of the text opens on a broadcast's or an interview's turn in capitals
/// ("LOCUTORA:", "PRESENTADOR:", "HOST:", "ANCHOR:", "PREGUNTA:"); read once, into
/// `Doc::broadcast`.
pub(crate) fn broadcast(doc: &Doc<'_>) -> bool {
    doc.sentences.iter().any(|s| {
        s.line_start
            && doc.f(s.first + 1) == ":"
            && crate::surname_first::in_capitals(doc, s.first)
            && matches!(
                doc.f(s.first),
                "locutor"
                    | "locutora"
                    | "presentador"
                    | "presentadora"
                    | "entrevistador"
                    | "entrevistadora"
                    | "moderador"
                    | "moderadora"
                    | "pregunta"
                    | "host"
                    | "anchor"
                    | "presenter"
                    | "interviewer"
                    | "moderator"
            )
    })
}
