//! Some of a group, unnamed: "most of them arrested", "la mayoría de ellos", "nueve de los doce",
//! "una de las presas de la lista": what a trigger tells of part of a group no list inherits.

/// Whether the words just before trigger `at` (back to the sentence's first token `a`) make it
/// of some of a group only: "most of them arrested", "la mayoría de ellos detenidos", "many
/// of whom", "algunos de ellos".
fn of_some(doc: &crate::text::Doc<'_>, at: usize, a: usize) -> bool {
    // ("Todos quedaron con régimen de presentación, salvo uno que pasó a arresto domiciliario":
    // the one excepted, unnamed.)
    let excepted = (at.saturating_sub(6).max(a)..at).any(|k| {
        matches!(doc.f(k), "salvo" | "excepto" | "menos" | "except" | "but")
            && crate::counts::number_word(doc.f(k + 1)).is_some()
            && matches!(doc.f(k + 2), "que" | "quien" | "quienes" | "who")
    });
    excepted || fewer_of(doc, at, a) || quantified(doc, at, a)
}

/// Whether a count before trigger `at` takes fewer than the group it names: "al menos nueve de
/// los doce nombrados salieron", "nine of the twelve were freed". Not "seis de los siete
/// detenidos en la protesta": the participle tells of the seven.
fn fewer_of(doc: &crate::text::Doc<'_>, at: usize, a: usize) -> bool {
    let participle = ["ados", "idos", "adas", "idas", "ed"]
        .iter()
        .any(|e| doc.f(at).ends_with(e))
        && !(crate::auxiliaries::PASSIVE_AUX.contains(&doc.f(at.saturating_sub(1)))
            || crate::auxiliaries::STATE_AUX.contains(&doc.f(at.saturating_sub(1))));
    // ("Dos de los tres estudiantes fueron liberados el martes: A y B": the list names them.)
    let names_follow = doc
        .sentence_at(at)
        .is_some_and(|s| (at..s.last).any(|k| doc.f(k) == ":"));
    !participle
        && !names_follow
        && (at.saturating_sub(8).max(a)..at).any(|k| {
            let n = crate::counts::number_word(doc.f(k));
            let m = crate::counts::number_word(doc.f(k + 3));
            matches!(doc.f(k + 1), "de" | "of")
                && matches!(doc.f(k + 2), "los" | "las" | "the")
                && n.zip(m).is_some_and(|(n, m)| n < m)
        })
}

/// "most of them arrested", "algunos de ellos": a quantifier of some before trigger `at`.
fn quantified(doc: &crate::text::Doc<'_>, at: usize, a: usize) -> bool {
    // ("La mayoría salió de Rodeo I…; dos lo hicieron en la madrugada de hoy", "Most were freed
    // on Sunday": most of the group as the subject.)
    let most = (at.saturating_sub(3).max(a)..at).any(|k| {
        ((doc.f(k) == "mayoria" && k == a + 1 && doc.f(a) == "la")
            || (doc.f(k) == "most" && k == a))
            && (k + 1..at).all(|j| {
                matches!(
                    doc.f(j),
                    "were" | "was" | "have" | "had" | "been" | "fue" | "fueron"
                )
            })
    });
    // ("…siguen presos, la mayoría detenidos tras…", "…, most arrested": most, in an aside.)
    let b = |n: usize| doc.f(at.wrapping_sub(n));
    let aside = (b(1), b(2), b(3)) == ("mayoria", "la", ",") || (b(1), b(2)) == ("most", ",");
    most || aside || (at.saturating_sub(6).max(a)..at).any(|k| {
        (crate::group_members::SOME.contains(&doc.f(k)) || matches!(doc.f(k), "many" | "muchos" | "muchas"))
            && matches!(doc.f(k + 1), "of" | "de")
            && matches!(
                doc.f(k + 2),
                "them" | "whom" | "those" | "ellos" | "ellas" | "quienes" | "los" | "las"
            )
            // ("Muchos de ellos celebraron la liberación…": the quantifier is the subject of
            // another verb, not of the event.)
            && (k + 3..at).all(|j| {
                matches!(
                    doc.f(j),
                    "were" | "had" | "been" | "have" | "fueron" | "habian" | "sido" | "han"
                )
            })
    })
}

/// Whether trigger `at` is of some of a group, unnamed: "…17 workers, most of them arrested"
/// (no one found for it, `who` empty), or "…al menos nueve de los doce nombrados salieron" (some
/// of the list the sentence refers to, none of them named in it: `ms`, the sentence's mentions).
pub(crate) fn unnamed_part(
    doc: &crate::text::Doc<'_>,
    at: usize,
    a: usize,
    who: &[usize],
    ms: &[&crate::persons::MentionRef],
) -> bool {
    (who.is_empty() && of_some(doc, at, a))
        || one_of_them(doc, at, a)
        // (One unnamed, whoever else the sentence names: "Durante la salida de un detenido…, la
        // abogada X habló con la prensa"; not one named right after, "de un detenido, X,".)
        || (one_unnamed(doc, at, a) && !ms.iter().any(|m| m.first > at && m.first <= at + 2))
        || (fewer_of(doc, at, a) && !who.iter().any(|e| ms.iter().any(|m| m.entity == *e)))
}

/// "…durante la salida de un detenido por un caso de hurto", "the release of a prisoner": one
/// person, unnamed, inside the sentence (not a lead that opens on it, "Un detenido murió…"),
/// whose event no list or group inherits.
fn one_unnamed(doc: &crate::text::Doc<'_>, at: usize, a: usize) -> bool {
    let w = doc.f(at);
    // (A person's word, not an act's: "the scene of an arrest" dates the arrest told next.)
    let person = ["ado", "ada", "ido", "ida"].iter().any(|e| w.ends_with(e))
        || matches!(
            w,
            "preso" | "presa" | "recluso" | "reclusa" | "prisoner" | "detainee"
        );
    person
        && at >= a + 2
        && matches!(doc.f(at - 1), "un" | "una" | "a" | "an")
        && matches!(
            doc.f(at - 2),
            "de" | "del" | "of" | "a" | "por" | "to" | "for"
        )
}

/// ("Según familiares, una de las presas de la lista fue bajada del autobús … y devuelta a su
/// celda", "…, pero una de las presas fue devuelta"): one of them, unnamed, as the subject of
/// the clause of trigger `at` (from the sentence's first token `a`), whoever else it names.
fn one_of_them(doc: &crate::text::Doc<'_>, at: usize, a: usize) -> bool {
    (a..at).any(|k| {
        matches!(doc.f(k), "una" | "uno" | "one")
            && matches!(doc.f(k + 1), "de" | "of")
            && matches!(
                doc.f(k + 2),
                "las" | "los" | "the" | "them" | "ellos" | "ellas"
            )
            && (k == a || matches!(doc.f(k - 1), "," | "pero" | "but" | "y" | "and"))
            && (k + 3..at).any(|j| matches!(doc.f(j), "fue" | "was"))
            && !(k + 3..at).any(|j| matches!(doc.f(j), "," | ";" | ":"))
    })
}
