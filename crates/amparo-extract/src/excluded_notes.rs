//! Notes that keep the people they name out of the record of political detainees.

use crate::text::Doc;

/// A note that keeps its people out of the record ("Nota: X, detenido por hurto de cableado, no
/// forma parte de este registro", "Not included: Lt. X, held after a court-martial…", "We do not
/// track the fraud case against X", "Removed from the list: X", "No guarda relación con las
/// excarcelaciones"): those it names are not the record's political detainees.
pub(crate) fn excluded_note(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    const NOTES: &[&str] = &[
        "no forma parte de este registro",
        "no forma parte de nuestro registro",
        "no forma parte de esta lista",
        "no forma parte de nuestra lista",
        // ("X, procesado por homicidio, quien no forma parte de la lista de presos políticos").
        "no forma parte de la lista de presos politicos",
        "is not on the list of political prisoners",
        "not included :",
        "no incluido :",
        "no incluida :",
        "no incluidos :",
        "we do not track",
        "does not track",
        "removed from the list",
        "retirado de la lista",
        "retirada de la lista",
        "excluido de la lista",
        "excluida de la lista",
        "no guarda relacion con",
        "no incluimos",
        "se excluye de",
        "excluimos de",
        "no es un preso politico",
        "no es un caso politico",
        "is not a political case",
        "no incluye en su registro",
        "no es una presa politica",
        "is not a political prisoner",
        "not political :",
        // ("We have not included X, … because we found no political motive in his case".)
        "have not included",
        "no hemos incluido",
        "no political motive",
        "ningun motivo politico",
        "not part of the case :",
        "outside the scope",
        "a criminal matter",
    ];
    // (Not a note that goes on to include another: "…because we found no political motive, but
    // we have included his cellmate Y, arrested on 1 March".)
    let but_included = |k: usize| {
        (k..last).any(|j| {
            matches!(doc.f(j), "but" | "pero")
                && (j + 1..(j + 5).min(last))
                    .any(|i| doc.f(i).starts_with("includ") || doc.f(i).starts_with("inclui"))
        })
    };
    (first..last)
        .any(|k| doc.matches_any_at(k, NOTES) && !states_word(doc, first, k) && !but_included(k))
}

/// Whether a note at token `k` of the sentence from `first` is the state's word ("The government
/// insists that it is not a political case, but rights groups say…", "El gobierno sostiene que
/// no es un caso político"): not the record's.
pub(crate) fn states_word(doc: &Doc<'_>, first: usize, k: usize) -> bool {
    (first..k).any(|j| {
        matches!(
            doc.f(j),
            "gobierno"
                | "government"
                | "regimen"
                | "regime"
                | "authorities"
                | "autoridades"
                | "fiscalia"
                | "prosecutors"
                | "prosecutor"
                | "fiscal"
                | "ministry"
                | "ministerio"
                | "officials"
                | "funcionarios"
        )
    })
}
