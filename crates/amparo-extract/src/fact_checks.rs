//! Fact-checks: a claim quoted, labelled or reported, and the verdict that judges it false; the
//! event of such a claim did not happen.

/// A claim quoted and then judged false in its sentence ("\"El diputado X fue detenido ayer\"
/// — FALSO.", "\"X walked free\" — FALSE"): the event of the quote did not happen.
pub(crate) fn quoted_then_false(
    doc: &crate::text::Doc<'_>,
    trigger: &crate::triggers::Trigger,
) -> bool {
    let (start, end) = doc
        .sentence_at(trigger.first)
        .map_or((trigger.first, trigger.last), |s| (s.first, s.last));
    // (The trigger inside a quote: not "charged with spreading \"false information\"", nor
    // "on \"fake news\" charges, was moved to house arrest".)
    let quotes = (start..trigger.first)
        .filter(|&k| matches!(doc.tokens[k].text, "\"" | "“" | "«" | "”" | "»"))
        .count();
    if quotes % 2 == 0 {
        return false;
    }
    // ("🔴 FALSO: \"Detuvieron al exalcalde X en Barcelona\"": the verdict before the quote.)
    if let Some(open) = (start..trigger.first)
        .rev()
        .find(|&k| matches!(doc.tokens[k].text, "\"" | "“" | "«"))
        && (open.saturating_sub(4).max(start)..open).any(|k| verdict_false(doc.f(k)))
    {
        return true;
    }
    let Some(close) = (trigger.last..end).find(|&k| matches!(doc.tokens[k].text, "\"" | "”" | "»"))
    else {
        return false;
    };
    // ("2. \"Detuvieron a X en Maracay\" / FALSO. La dirigente fue citada…": a quote that ends
    // its line, judged by the first word of the next.)
    let next_opens_false = || {
        (close + 1..end).all(|k| doc.tokens[k].kind != crate::text::TokenKind::Word)
            // (A verdict standing as its word, "FALSO.", "False:", "— FAKE", not "Fake charges
            // followed".)
            && doc.sentence_at(end).is_some_and(|n| {
                n.first == end
                    && (n.first..n.last.min(n.first + 2)).any(|k| {
                        verdict_at(doc, k)
                            && (doc.tokens[k].text.chars().all(|c| !c.is_lowercase())
                                || doc.tokens.get(k + 1).is_some_and(|x| {
                                    x.kind != crate::text::TokenKind::Word
                                }))
                    })
            })
    };
    (close + 1..end.min(close + 5)).any(|k| verdict_at(doc, k) || doc.f(k) == "desmentido")
        || next_opens_false()
}

/// A claim under its label, judged false by the verdict that follows it ("CLAIM: A video shows
/// the arrest of X. / VERDICT: False.", "Afirmación: … Calificación: Falso"), or a sentence after
/// the label in its paragraph ("Some versions add that Y 'was arrested in exchange'"): the event
/// of the claim did not happen. A verdict of true leaves it standing.
pub(crate) fn labelled_claim_false(
    doc: &crate::text::Doc<'_>,
    trigger: &crate::triggers::Trigger,
) -> bool {
    let si = doc.sentence_index(trigger.first);
    let Some(s) = doc.sentences.get(si) else {
        return false;
    };
    let labelled = (si.saturating_sub(3)..=si)
        .filter_map(|c| doc.sentences.get(c))
        .any(|x| x.paragraph == s.paragraph && label(doc, x.first, x.last, claim_word).is_some());
    if !labelled && !quoted_line(doc, s.first, s.last) {
        return false;
    }
    // The first verdict after the claim, before the next claim, is this claim's.
    doc.sentences[si + 1..]
        .iter()
        .take(3)
        .take_while(|v| label(doc, v.first, v.last, claim_word).is_none())
        .find_map(|v| label(doc, v.first, v.last, verdict_word).map(|k| (k, v.last)))
        .is_some_and(|(k, last)| (k + 2..last.min(k + 5)).any(|j| verdict_at(doc, j)))
}

/// The label of a fact-check's line among its first words: one of `words` before a colon,
/// numbered or not ("AFIRMACIÓN 1:", "Claim #2:", "VEREDICTO:").
fn label(
    doc: &crate::text::Doc<'_>,
    first: usize,
    last: usize,
    words: fn(&str) -> bool,
) -> Option<usize> {
    (first..last.min(first + 4)).find(|&k| {
        words(doc.f(k))
            && (doc.f(k + 1) == ":"
                || (doc.is_number(k + 1) && doc.f(k + 2) == ":")
                || (doc.f(k + 1) == "#" && doc.is_number(k + 2) && doc.f(k + 3) == ":"))
    })
}

fn claim_word(w: &str) -> bool {
    matches!(
        w,
        "claim" | "afirmacion" | "publicacion" | "version" | "asegura" | "circula" | "dice"
    )
}

fn verdict_word(w: &str) -> bool {
    matches!(
        w,
        "verdict" | "veredicto" | "rating" | "calificacion" | "conclusion"
    )
}

/// ("1) \"Liberaron al dirigente X\" / CALIFICACIÓN: FALSO": a line that is all a quote, past
/// its number, is a claim too.)
fn quoted_line(doc: &crate::text::Doc<'_>, first: usize, last: usize) -> bool {
    let open =
        (first..last.min(first + 4)).find(|&k| matches!(doc.tokens[k].text, "\"" | "“" | "«"));
    open.is_some_and(|o| {
        (first..o).all(|k| doc.tokens[k].kind != crate::text::TokenKind::Word)
            && (last.saturating_sub(2)..last)
                .any(|k| matches!(doc.tokens[k].text, "\"" | "”" | "»"))
    })
}

/// Whether a line from `first` to `last` opens on a fact-check's label, a claim's or a
/// verdict's, or is a quoted claim a verdict's label follows: no item of a list of names.
pub(crate) fn labelled_line(doc: &crate::text::Doc<'_>, first: usize, last: usize) -> bool {
    let judged = || {
        let si = doc.sentence_index(first);
        doc.sentences
            .get(si + 1)
            .is_some_and(|v| label(doc, v.first, v.last, verdict_word).is_some())
    };
    label(doc, first, last, claim_word).is_some()
        || label(doc, first, last, verdict_word).is_some()
        || (quoted_line(doc, first, last) && judged())
}

/// A verdict at token `k` that a claim is false: a word of [`verdict_false`], or a picture or
/// quote taken out of its context ("— FUERA DE CONTEXTO", "OUT OF CONTEXT", "sin contexto").
pub(crate) fn verdict_at(doc: &crate::text::Doc<'_>, k: usize) -> bool {
    verdict_false(doc.f(k))
        || (matches!(doc.f(k), "contexto" | "context")
            && k >= 2
            && (matches!(
                (doc.f(k - 2), doc.f(k - 1)),
                ("fuera", "de") | ("out", "of")
            ) || doc.f(k - 1) == "sin"))
}

/// A fact-check's verdict that a claim is false ("FALSO", "FALSE", "ENGAÑOSO", "misleading").
pub(crate) fn verdict_false(folded: &str) -> bool {
    matches!(
        folded,
        "falso"
            | "false"
            | "fake"
            | "enganoso"
            | "misleading"
            | "descontextualizado"
            | "descontextualizada"
            | "decontextualized"
    )
}

/// The words that open a claim ("reports that…", "se difundió que…", "Algunas cuentas reportan
/// que…", "lo que está rodando de que agarraron al concejal X es FALSO").
#[rustfmt::skip]
const CLAIM_CUES: &[&str] = &[
    "reports", "claims", "rumours", "rumors", "versiones", "rumores", "posts", "afirma", "afirman",
    "asegura", "aseguran", "dice", "dicen", "reporta", "reportan", "reportaron", "claim",
    "claimed", "difundio", "difundieron", "circulo", "circularon", "circula", "circulando",
    "rodando",
];

/// A report or claim of the event that its sentence judges false: "Reports that the lawyer X had
/// been arrested turned out to be false", "Otro contenido falso: en las cadenas se afirma que
/// también fue arrestada la diputada X". The claim must govern the event ("that", "que"):
/// "Despite false reports, X was arrested" stands.
pub(crate) fn reported_then_false(
    doc: &crate::text::Doc<'_>,
    trigger: &crate::triggers::Trigger,
    sentence_first: usize,
) -> bool {
    let s_last = doc
        .sentence_at(trigger.first)
        .map_or(trigger.last, |s| s.last);
    let end = (trigger.last..s_last.min(trigger.last + 20))
        .find(|&j| matches!(doc.f(j), "." | ";"))
        .unwrap_or(s_last.min(trigger.last + 20));
    if corrected(doc, trigger, sentence_first) {
        return true;
    }
    let Some(cue) = (sentence_first..trigger.first).rev().find(|&j| {
        CLAIM_CUES.contains(&doc.f(j))
            || (doc.f(j) == "dijo" && doc.f(j.wrapping_sub(1)) == "se")
            // ("una cuenta anónima informó que también habían detenido a X. Es FALSO."; not a
            // ministry's word, which a denial leaves disputed.)
            || (doc.f(j) == "informo"
                && (j.saturating_sub(4)..j).any(|k| {
                    matches!(doc.f(k), "cuenta" | "anonima" | "usuario" | "perfil" | "canal")
                }))
    }) else {
        return false;
    };
    // (The event inside the claim: no comma between its "that" and the event; "posts on X claim
    // student leader X was freed" governs without "that"; "Circularon rumores de la excarcelación
    // de X", "rumours of his release": a rumour's object, which is no fact.)
    let rumour = matches!(doc.f(cue), "rumores" | "rumours" | "rumors" | "versiones")
        && matches!(doc.f(cue + 1), "de" | "of" | "sobre" | "about")
        && cue + 5 >= trigger.first;
    // ("reports of the arrest of X were \"fake news\"": reports of the event, judged below.)
    let reports_of = doc.f(cue) == "reports" && doc.f(cue + 1) == "of" && cue + 4 >= trigger.first;
    let governs = (cue + 1..trigger.first)
        .rfind(|&j| matches!(doc.f(j), "que" | "that"))
        .or(
            (matches!(doc.f(cue), "claim" | "claims" | "claimed") && cue + 10 >= trigger.first)
                .then_some(cue),
        )
        // ("Rodando en WhatsApp: 'agarraron al profe X'": the claim after its colon.)
        .or((cue + 1..cue + 4).find(|&c| doc.f(c) == ":" && c + 8 >= trigger.first))
        .is_some_and(|t| (t..trigger.first).all(|j| doc.f(j) != ","));
    let false_word = |w: &str| {
        verdict_false(w)
            || matches!(
                w,
                "untrue" | "unfounded" | "falsa" | "falsos" | "falsas" | "infundada"
            )
    };
    // The verdict on the claim ("turned out to be false", "resultó falso", "es falso"), or a
    // heading's before the claim ("Otro contenido falso: …"); not the charge's own words
    // ("acusado de difundir noticias falsas", "por cargos falsos").
    let judged = (trigger.last..end).any(|j| {
        false_word(doc.f(j))
            && (j.saturating_sub(3)..j).any(|i| {
                matches!(
                    doc.f(i),
                    "be" | "was"
                        | "were"
                        | "is"
                        | "are"
                        | "es"
                        | "son"
                        | "fue"
                        | "resulto"
                        | "resultaron"
                        | "proved"
                )
            })
    }) || (sentence_first..cue).any(|j| false_word(doc.f(j)) && doc.f(j + 1) == ":")
        // (Or the next sentence's: "His lawyer tells us that is false", "No es cierto"; of a
        // plain report, "Familiares reportan que X fue detenido", only a verdict opening it,
        // not "Es falso que haya cometido algún delito".)
        || doc.sentence_at(trigger.first).is_some_and(|s| {
            let next_end = doc.sentence_at(s.last).map_or(s.last, |n| n.last);
            // (Not of the state's own report, "La policía reporta que detuvo a X. Eso no es
            // cierto: X es periodista", nor by the state's word, "Eso no es cierto, dice la
            // policía": a denial that only disputes.)
            if matches!(doc.f(cue), "reporta" | "reportan" | "reportaron") {
                return crate::verdicts::opens_verdict(doc, s.last)
                    && !crate::motives::state_among(doc, sentence_first, cue)
                    && !crate::motives::state_says(doc, s.last, next_end);
            }
            (s.last..next_end).any(|j| {
                (false_word(doc.f(j)) && matches!(doc.f(j.wrapping_sub(1)), "is" | "es"))
                    || doc.matches_any_at(j, &["no es cierto", "no es verdad", "not true"])
                    // ("Su abogada lo desmiente", "His lawyer denied it".)
                    || matches!(
                        doc.f(j),
                        "desmiente" | "desmintio" | "desmienten" | "desmintieron" | "denied"
                            | "denies"
                    )
            })
        })
        // ("En redes se dijo que también detuvieron al padre X. / OCANDO: Eso lo verificamos. …
        // No está detenido. Falso.": a verdict standing alone a few sentences on.)
        // (Of hearsay only, "se dijo", "se difundió", "circularon", "dicen", and before the next
        // claim quoted.)
        || {
            let si = doc.sentence_index(trigger.first);
            let hearsay = matches!(
                doc.f(cue),
                "dijo" | "difundio" | "difundieron" | "circulo" | "circularon" | "dicen"
            );
            let quoted = |k: usize| matches!(doc.tokens[k].text, "\"" | "“" | "«");
            hearsay
                && doc
                    .sentences
                    .iter()
                    .skip(si + 1)
                    .take(4)
                    .take_while(|n| !(n.first..n.last).any(quoted))
                    .any(|n| {
                        let words: Vec<usize> = (n.first..n.last)
                            .filter(|&k| doc.tokens[k].kind == crate::text::TokenKind::Word)
                            .collect();
                        matches!(words.as_slice(), [k] if verdict_false(doc.f(*k)))
                    })
        };
    rumour || ((governs || reports_of) && judged)
}

/// An event a correction says was told wrongly before: "A correction: earlier we reported that
/// X had been released", "Correction: An earlier post said X had been freed", "CORRECCIÓN: en una
/// entrada anterior informamos que X había sido excarcelado".
fn corrected(
    doc: &crate::text::Doc<'_>,
    trigger: &crate::triggers::Trigger,
    sentence_first: usize,
) -> bool {
    // (From the sentence's start, before a clause's colon: "A correction: earlier…")
    let from = doc
        .sentence_at(trigger.first)
        .map_or(sentence_first, |s| s.first.min(sentence_first));
    let cue = |j: usize| matches!(doc.f(j), "correction" | "correccion" | "erratas");
    // (Or a heading of its own just before: "✏️ CORRECTION. Earlier a post said X was freed…")
    let before = doc
        .sentence_index(from)
        .checked_sub(1)
        .and_then(|p| doc.sentences.get(p))
        .filter(|p| p.last <= from && p.last - p.first <= 4);
    let Some(c) = (from..trigger.first).find(|&j| cue(j)).or_else(|| {
        before
            .and_then(|p| (p.first..p.last).find(|&j| cue(j)))
            .map(|_| from)
    }) else {
        return false;
    };
    (c + 1..trigger.first)
        .rfind(|&j| {
            matches!(
                doc.f(j),
                "said"
                    | "stated"
                    | "reported"
                    | "wrote"
                    | "posted"
                    | "informamos"
                    | "dijimos"
                    | "publicamos"
                    | "escribimos"
                    | "informo"
                    | "dijo"
                    | "afirmo"
                    | "aseguro"
                    | "claimed"
            )
        })
        .is_some_and(|v| (v..trigger.first).all(|j| !matches!(doc.f(j), "," | ";" | ":")))
}

/// Whether sentence `si` calls what was told false in words of its own ("said that this was
/// untrue", "dijo que es falso", "no es cierto", "that is not true"); not a charge of "false news"
/// or "información falsa".
pub(crate) fn called_false(doc: &crate::text::Doc<'_>, si: usize) -> bool {
    let Some(s) = doc.sentences.get(si) else {
        return false;
    };
    (s.first..s.last).any(|k| {
        let w = doc.f(k);
        let charge = matches!(
            doc.f(k + 1),
            "news" | "information" | "informacion" | "noticias" | "noticia"
        ) || matches!(
            doc.f(k.wrapping_sub(1)),
            "informacion" | "noticias" | "noticia"
        );
        (matches!(w, "untrue" | "falso" | "falsa" | "false") && !charge)
            || (w == "cierto"
                && doc.f(k.wrapping_sub(1)) == "es"
                && doc.f(k.wrapping_sub(2)) == "no")
            || (w == "true" && doc.f(k.wrapping_sub(1)) == "not")
    })
}

/// An event told as hearsay only, in the word before it: "la supuesta detención de X": no event
/// the text tells as done. (Not the reporting conditional, "habría sido arrestado", nor "his
/// alleged arrest", "the alleged enforced disappearance": the spent sets' writers take them as
/// told more often than not.)
pub(crate) fn hearsay_only(doc: &crate::text::Doc<'_>, trigger: &crate::triggers::Trigger) -> bool {
    matches!(
        doc.f(trigger.first.wrapping_sub(1)),
        "supuesta" | "supuesto"
    )
}
