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

/// ("Junto a A salió también B, procesado por homicidio, quien no forma parte de la lista de presos
/// políticos"): takes out of the record the one a sentence says is not on the list of political
/// prisoners, the last named before it, when the clause from the name tells an ordinary crime.
/// Not one whose case is "todavía" under review, nor one not on the list of the freed ("…de la
/// lista de presos políticos excarcelados"); nor the others the sentence names.
pub(crate) fn drop_off_the_list(
    doc: &Doc<'_>,
    mentions: &[crate::persons::MentionRef],
    f: &mut crate::discourse::Findings,
) {
    const OFF: &[&str] = &[
        "no forma parte de la lista de presos politicos",
        "no figura en la lista de presos politicos",
        "is not on the list of political prisoners",
    ];
    for (si, s) in doc.sentences.iter().enumerate() {
        let Some((k, o)) = (s.first..s.last)
            .find_map(|k| OFF.iter().find(|o| doc.matches_at(k, o)).map(|o| (k, o)))
        else {
            continue;
        };
        let after = doc.f(k + o.split(' ').count());
        let pending = (k.saturating_sub(2)..k).any(|j| matches!(doc.f(j), "todavia" | "aun"));
        let of_freed = ["excarcel", "liberad", "releas", "freed"]
            .iter()
            .any(|p| after.starts_with(p));
        let Some(m) = mentions.iter().rfind(|m| m.sentence == si && m.last <= k) else {
            continue;
        };
        if pending || of_freed || !crate::out_of_scope::ordinary_crime(doc, m.first, k) {
            continue;
        }
        if let Some(slot) = f.out_of_scope.get_mut(m.entity) {
            *slot = true;
        }
        f.events.retain(|r| r.entity != m.entity);
    }
}

/// ("No se incluyen en el registro personas detenidas por delitos comunes, como el caso de X,
/// recluido en Tocorón", "people held for ordinary crimes, such as X"): the ones named as
/// examples right after people held for an ordinary crime are held for it too, out of scope.
pub(crate) fn examples_of_crime(
    doc: &Doc<'_>,
    mentions: &[crate::persons::MentionRef],
    f: &mut crate::discourse::Findings,
) {
    const AS: &[&str] = &[
        "como el caso de",
        "como los casos de",
        "como",
        "such as",
        "like",
    ];
    for (si, s) in doc.sentences.iter().enumerate() {
        let Some((k, end)) = (s.first..s.last).find_map(|k| {
            if !matches!(doc.f(k), "como" | "such" | "like") {
                return None;
            }
            let cue = AS.iter().find(|a| doc.matches_at(k, a))?;
            let end = k + cue.split(' ').count();
            (doc.f(k.wrapping_sub(1)) == ",").then_some((k, end))
        }) else {
            continue;
        };
        let held = (s.first..k).any(|j| {
            let w = doc.f(j);
            w.starts_with("detenid")
                || w.starts_with("recluid")
                || w.starts_with("pres")
                || matches!(w, "held" | "jailed" | "prisoners" | "inmates" | "reclusos")
        });
        let common = (s.first..k).any(|j| COMMON.iter().any(|c| doc.matches_at(j, c)));
        // (Not political prisoners charged as common ones: "imputa delitos comunes a presos
        // políticos, como…", "como si fueran detenidos por delitos comunes, como…".)
        let political = (s.first..k).any(|j| {
            doc.f(j).starts_with("politic") || (doc.f(j) == "como" && doc.f(j + 1) == "si")
        });
        if political || !held || !(common || crate::out_of_scope::ordinary_crime(doc, s.first, k)) {
            continue;
        }
        // (The examples run on while names follow names: "como A, B y C".)
        let mut reach = end;
        for m in mentions
            .iter()
            .filter(|m| m.sentence == si && m.first >= end)
        {
            if m.first > reach + 2 {
                break;
            }
            reach = m.last;
            if let Some(slot) = f.out_of_scope.get_mut(m.entity) {
                *slot = true;
            }
            f.events.retain(|r| r.entity != m.entity);
        }
    }
}

/// Words for crimes of no political kind, or those held for them.
const COMMON: &[&str] = &[
    "delitos comunes",
    "delito comun",
    "presos comunes",
    "delitos ordinarios",
    "common crimes",
    "ordinary crimes",
    "common criminals",
];
