//! The day a record says it is as of ("actualizado al 18 de enero de 2026", "Situación al
//! 19/04/2026", "Corte: 12 de marzo de 2026", a register's "Actualizado: 21/11/2025"): when the
//! statuses of its list hold.

use chrono::NaiveDate;

use crate::dates::PartialDate;
use crate::text::Doc;

/// The day a record says it is as of ("actualizado al 18 de enero de 2026", "as of January 18",
/// "corte al 18/01/2026", "Situación al 19/04/2026"), told in the fifteen sentences up to
/// sentence `at` or at the top of the document: when a list's "Detenido" holds.
pub fn document_as_of(
    doc: &Doc<'_>,
    at: usize,
    published: Option<NaiveDate>,
) -> Option<PartialDate> {
    let near = (at.saturating_sub(15)..=at).rev();
    let top = 0..8.min(doc.sentences.len());
    near.chain(top)
        .filter_map(|i| doc.sentences.get(i))
        .find_map(|s| as_of_in(doc, s, published))
}

/// The day sentence `s` says a record is as of ("Situación al 19/04/2026", "as of January 18").
pub(crate) fn as_of_in(
    doc: &Doc<'_>,
    s: &crate::text::Sentence,
    published: Option<NaiveDate>,
) -> Option<PartialDate> {
    (s.first..s.last).find_map(|k| {
        // ("Situación al 19/04/2026", a table's column: the day its statuses hold.)
        let cue = matches!(
            doc.f(k),
            "actualizado"
                | "actualizada"
                | "actualizados"
                | "actualizadas"
                | "corte"
                | "updated"
                | "situacion"
                | "estatus"
        ) && matches!(doc.f(k + 1), "al" | "el" | "on" | "as")
            // ("Al corte del 31 de enero de 2026, la Coalición contabiliza…")
            || (doc.f(k) == "corte" && doc.f(k + 1) == "del")
            || (doc.f(k) == "as" && doc.f(k + 1) == "of")
            // ("LISTADO AL 21/04/2026", "Presos políticos registrados al 18/01/2026", "Cifras al
            // 27 de noviembre de 2026".)
            || (matches!(
                doc.f(k),
                "listado" | "lista" | "registrados" | "registradas" | "datos" | "cifras"
            ) && doc.f(k + 1) == "al")
            // ("Corte: 12 de marzo de 2026", "Fecha de corte: …", "Cutoff: …": a record's own day;
            // not a page's "Actualizado: …".)
            || (matches!(doc.f(k), "corte" | "cutoff" | "cut-off")
                && doc.f(k + 1) == ":")
            // ("Data cut-off: 31/03/2026", "Cut-off date: 30 September 2026", the hyphen its
            // own token.)
            || (doc.f(k) == "off"
                && doc.f(k.wrapping_sub(1)) == "-"
                && doc.f(k.wrapping_sub(2)) == "cut"
                && (doc.f(k + 1) == ":" || (doc.f(k + 1) == "date" && doc.f(k + 2) == ":")));
        if !cue {
            return None;
        }
        crate::dates::find(doc, k + 1, s.last.min(k + 8), published)
            .first()
            .filter(|d| matches!(d.date, PartialDate::Day(_)))
            .map(|d| d.date)
    })
}

/// The day a record's heading says it is as of, on a short line of its own among its first eight
/// ("Situación al 31 de octubre de 2025", "Datos con corte al lunes 25 de agosto de 2025"),
/// when that is before its publication and within two months of it. (Not a count's day in a
/// sentence of the text, "389 people remain imprisoned as of February 27": the gold sets date
/// those held on the publication.)
pub(crate) fn record_day(doc: &Doc<'_>, published: Option<NaiveDate>) -> Option<String> {
    let published = published?;
    let ends_line = |i: usize| doc.sentences.get(i + 1).is_none_or(|n| n.line_start);
    // ("El documento está actualizado al 15/09/2025": the list's own day, told in a sentence.)
    // ("… actualizó su registro con corte al sábado 31 de enero": so is a cut-off's.)
    let list_updated = |s: &crate::text::Sentence| {
        (s.first..s.last).any(|k| {
            (doc.f(k) == "corte"
                && (doc.f(k + 1) == "al" || (doc.f(k + 1) == "del" && k <= s.first + 1)))
                // ("El listado fue elaborado … con datos actualizados al viernes 3 de octubre")
                || matches!(
                    doc.f(k),
                    "actualizado" | "actualizada" | "actualizados" | "actualizadas"
                ) && doc.f(k + 1) == "al"
                    && (k.saturating_sub(3).max(s.first)..k).any(|j| {
                        matches!(
                            doc.f(j),
                            "documento" | "lista" | "listado" | "tabla" | "registro" | "datos"
                        )
                    })
        })
    };
    doc.sentences
        .iter()
        .enumerate()
        .take(16)
        // (Not a page's stamp of its last edit: "Actualizado el 8 de noviembre", "Updated on".)
        .filter(|&(i, s)| {
            // ("VENEZUELA WATCH — Weekly Bulletin (as of 16 February 2025)": or the rest of
            // the first line.)
            (i < 8
                // (Or a short last sentence of a line: "Boletín de movimientos. Datos al
                // 12/04/2026".)
                && (s.line_start
                    || (1..=i).all(|j| !doc.sentences[j].line_start)
                    || s.last - s.first <= 8)
                && ends_line(i)
                && s.last - s.first <= 24
                && !(s.first..s.last).any(|k| {
                    matches!(doc.f(k), "actualizado" | "actualizada" | "updated")
                        && matches!(doc.f(k + 1), "el" | "on")
                }))
                || list_updated(s)
        })
        .find_map(|(i, s)| {
            match as_of_in(doc, s, Some(published)).or_else(|| stamp_day(doc, i))? {
                PartialDate::Day(d) if d < published && (published - d).num_days() <= 62 => {
                    Some(d.format("%Y-%m-%d").to_string())
                }
                _ => None,
            }
        })
}

/// ("Registro de trabajadores de la prensa privados de libertad / Actualizado: 21/11/2025"): the
/// day the line "Actualizado:" or "Last updated:" under a record's title (a register, a list, a
/// roster, a tracker) gives, with no time of day (a page's stamp of its last edit tells the hour:
/// "Actualizado: 8 de enero de 2026, 23:55"; nor is a stamp over prose a record's day).
fn stamp_day(doc: &Doc<'_>, i: usize) -> Option<PartialDate> {
    let s = &doc.sentences[i];
    let titled = i
        .checked_sub(1)
        .and_then(|t| doc.sentences.get(t))
        .is_some_and(|t| {
            (t.first..t.last).any(|k| {
                matches!(
                    doc.f(k),
                    "registro" | "lista" | "listado" | "roster" | "tracker" | "registry" | "list"
                )
            })
        });
    if !titled {
        return None;
    }
    let k = (s.first..s.last.min(s.first + 3))
        .find(|&k| matches!(doc.f(k), "actualizado" | "actualizada" | "updated"))?;
    let timed = (s.first..s.last)
        .any(|j| doc.f(j) == ":" && j > k + 1 && doc.f(j - 1).bytes().all(|b| b.is_ascii_digit()));
    if doc.f(k + 1) != ":" || timed {
        return None;
    }
    crate::dates::find(doc, k + 2, s.last, None)
        .first()
        .filter(|d| matches!(d.date, PartialDate::Day(_)))
        .map(|d| d.date)
}
