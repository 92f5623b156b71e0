//! A verdict of false that opens the sentence after a report ("Eso NO es cierto: …", "Falso, dice
//! su hermano", "Esa información es falsa").

/// Whether the sentence from token `k` opens with a verdict of false on what was just told ("Eso
/// NO es cierto: …", "Falso, dice su hermano", "FALSO."), not on a claim of its own after it ("Es
/// falso que haya cometido algún delito", "No es cierto lo que dice la policía", "No es cierto, como
/// dice el régimen, que…").
pub(crate) fn opens_verdict(doc: &crate::text::Doc<'_>, k: usize) -> bool {
    // (Past "Eso", "Esa información", "That report".)
    let k =
        k + usize::from(matches!(
            doc.f(k),
            "eso" | "esto" | "esa" | "esta" | "that" | "this"
        )) + usize::from(matches!(
            doc.f(k + 1),
            "informacion" | "noticia" | "version" | "report"
        ));
    let stop = doc.sentence_at(k).map_or(k, |s| s.last);
    let end = [
        "no es cierto",
        "no es verdad",
        "es falso",
        "es falsa",
        "is not true",
        "is false",
    ]
    .iter()
    .find(|p| doc.matches_at(k, p))
    .map(|p| k + p.split(' ').count())
    .or_else(|| matches!(doc.f(k), "falso" | "falsa" | "false").then_some(k + 1));
    // (Past an aside too: "No es cierto, como dice el régimen, que estuvieran armados".)
    end.is_some_and(|e| {
        !matches!(doc.f(e), "lo" | "de")
            && !(e..stop.min(e + 8)).any(|j| matches!(doc.f(j), "que" | "that"))
    })
}
