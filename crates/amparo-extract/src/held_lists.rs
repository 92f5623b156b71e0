//! A list of people held, told by what is above it: a title that names them political prisoners
//! ("LISTADO DE PRESOS POLÍTICOS AL 31 DE DICIEMBRE DE 2025"), or a count of political prisoners
//! the list's own line opens ("El Observatorio documenta 86 mujeres privadas de libertad por
//! razones políticas, con corte al 30 de noviembre. Publicamos a continuación los casos…:").

use crate::dates::PartialDate;
use crate::layout::Layout;
use crate::model::EventType;
use crate::text::Doc;

/// ("LISTADO DE PRESOS POLÍTICOS AL 31 DE DICIEMBRE DE 2025" over "1. A – Rodeo I", "Political
/// prisoners as of 12 May:"): whether the line right above the list that sentence `si` is an item
/// of names its people as political prisoners, with no event word: held; or whether that line
/// opens the list with a colon after a sentence that counts political prisoners (see
/// [`counted_held`]).
/// Their day: the one the title or the count gives ("… AL 31 DE DICIEMBRE DE 2025", "con corte
/// al 30 de noviembre"), else the publication's.
pub(crate) fn held_title(
    doc: &Doc<'_>,
    layout: &Layout,
    si: usize,
    published: Option<chrono::NaiveDate>,
) -> Option<Option<crate::dates::PartialDate>> {
    // (The list's own header, an item that names no one, may be the title: "Presos políticos
    // en Ramo Verde:" over its names.)
    // (Past page noise and a table's header row: "Presos políticos en riesgo" over "Nombre |
    // Prisión | Condena" and its rows.)
    let read = |s: &usize| !layout.noise.get(*s).copied().unwrap_or(false);
    let own_header = (si.saturating_sub(12)..si)
        .rev()
        .filter(read)
        .find(|&s| !layout.named_item(s));
    let at = (si.saturating_sub(12)..si)
        .rev()
        .filter(read)
        .find(|&s| layout.item_of.get(s).copied().flatten().is_none())
        .or(own_header)?;
    let title = doc.sentences.get(at)?;
    // (Not a channel's name in a forwarded message: "Reenviado desde: Presos Políticos Aragua".)
    let no_event =
        |s: &crate::text::Sentence| crate::triggers::find(doc, s.first, s.last).is_empty();
    let held_at = |title: &crate::text::Sentence| {
        title.line_start
            && title.last - title.first <= 14
            && !(title.first..title.last.saturating_sub(1)).any(|k| doc.f(k) == ":")
            && political_prisoners(doc, title, false)
            && no_event(title)
            // (Not a title of those who hold them: "FUNCIONARIOS SANCIONADOS POR PERSECUCIÓN A
            // PRESOS POLÍTICOS".)
            && !(title.first..title.last).any(|k| crate::held_lists::agents_word(doc.f(k)))
    };
    let own_header = own_header
        .filter(|&s| s != at)
        .and_then(|s| doc.sentences.get(s))
        .filter(|h| held_at(h));
    let held = held_at(title);
    let title = own_header.unwrap_or(title);
    let held = held || own_header.is_some();
    // ("…documenta 86 mujeres privadas de libertad por razones políticas, con corte al 30 de
    // noviembre. … Publicamos a continuación los casos cuyos familiares autorizaron la
    // difusión:")
    // (The line that opens the list may be its header: "Publicamos a continuación los
    // casos…:" over the items.)
    let opens = |k: usize| {
        doc.sentences
            .get(k)
            .is_some_and(|x| doc.f(x.last.wrapping_sub(1)) == ":" && no_event(x))
    };
    let head = [at + 1, at].into_iter().find(|&k| k < si && opens(k));
    let counted = head
        .filter(|_| !held)
        .and_then(|h| {
            (h.saturating_sub(4)..h)
                .rev()
                .find(|&s| counted_held(doc, s))
        })
        .and_then(|s| doc.sentences.get(s));
    let dated = if held { Some(title) } else { counted };
    dated.map(|d| {
        crate::dates::find(doc, d.first, d.last, published)
            .into_iter()
            .find(|x| matches!(doc.f(x.first.wrapping_sub(1)), "al" | "of"))
            .map(|x| x.date)
            .or(published.map(crate::dates::PartialDate::Day))
    })
}

/// A table row under a title of political prisoners whose cells tell what became of its person
/// without ending the custody ("Presos políticos en riesgo" over "Nombre | Prisión | Condena"
/// and "A | Combinado del Este | 9 años": sentenced, and held now): held on the title's day too;
/// not when a cell tells the term served ("10 años (cumplida en agosto de 2024)").
pub(crate) fn still_held(
    doc: &Doc<'_>,
    item: &crate::layout::Item,
    plan: &mut Vec<(EventType, Option<PartialDate>)>,
    held_title: Option<Option<PartialDate>>,
) {
    let Some(row) = item.row.as_ref() else {
        return;
    };
    let served = row.cells.iter().any(|(_, cell)| {
        cell.clone().any(|k| {
            matches!(
                doc.f(k),
                "cumplida" | "cumplido" | "cumplio" | "served" | "completed" | "extinguida"
            )
        })
    });
    let ends = |k: EventType| {
        crate::discourse::family(k) == EventType::Release
            || matches!(
                k,
                EventType::Detention
                    | EventType::HouseArrest
                    | EventType::Exile
                    | EventType::Expulsion
                    | EventType::DeathInCustody
                    | EventType::Disappearance
            )
    };
    // ("16 | A | Militar | Sin información | Ramo Verde | Sin información" under a title of
    // political prisoners: a row that tells nothing but its prison is held too.)
    let prison = row.cells.iter().any(|(c, cell)| {
        *c == crate::table::Column::Place
            && doc.tokens.get(cell.start).is_some_and(|t| t.capitalised)
            && !matches!(
                doc.f(cell.start),
                "sin" | "no" | "n" | "s" | "desconocido" | "unknown"
            )
    });
    if let Some(day) = held_title
        && !served
        && (!plan.is_empty() || prison)
        && !plan.iter().any(|(k, _)| ends(*k))
    {
        plan.push((EventType::Detention, day));
    }
}

/// Whether sentence `si` counts people held for politics and tells no event: "El Observatorio
/// documenta 86 mujeres privadas de libertad por razones políticas", "Foro Penal contabiliza 812
/// presos políticos", "the group counts 812 political prisoners".
fn counted_held(doc: &Doc<'_>, si: usize) -> bool {
    let Some(s) = doc.sentences.get(si) else {
        return false;
    };
    political_prisoners(doc, s, true)
        && (s.first..s.last).any(|k| doc.is_number(k))
        && crate::triggers::find(doc, s.first, s.last).is_empty()
}

/// Whether sentence `s` names political prisoners ("presos políticos", "political prisoners"),
/// or, when `deprived`, people "privadas de libertad" for politics.
fn political_prisoners(doc: &Doc<'_>, s: &crate::text::Sentence, deprived: bool) -> bool {
    let has = |w: &[&str]| (s.first..s.last).any(|k| w.contains(&doc.f(k)));
    (has(&["presos", "presas", "prisoners"])
        || (deprived
            && (s.first..s.last).any(|k| {
                matches!(doc.f(k), "privados" | "privadas") && doc.matches_at(k + 1, "de libertad")
            })))
        && has(&["politicos", "politicas", "political"])
}

/// Words of those who hold or judge prisoners, in a list's title ("funcionarios sancionados",
/// "officials", "jueces").
pub(crate) fn agents_word(w: &str) -> bool {
    matches!(
        w,
        "funcionarios"
            | "sancionados"
            | "officials"
            | "sanctioned"
            | "responsables"
            | "perpetrators"
            | "perpetradores"
            | "represores"
            | "jueces"
            | "judges"
            | "fiscales"
            | "prosecutors"
            | "carceleros"
            | "guards"
    )
}
