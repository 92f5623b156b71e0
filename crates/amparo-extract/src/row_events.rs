//! The events a table row's cells tell: its status (dated by the row's date, the status's own
//! date, else the list's) and the columns named by an event with a date.

use crate::clues;
use crate::dates::{self, PartialDate};
use crate::discourse::family;
use crate::lists::ListContext;
use crate::model::EventType;
use crate::table::Column;
use crate::triggers::{self, Modality};

/// The events a row's cells tell: the events its status names (dated by the row's date, the
/// status's own date, else the list's), and those of columns named by an event with a date.
pub(crate) fn row_events(
    cx: &ListContext<'_, '_>,
    row: &crate::table::TableRow,
    at: usize,
    conditional: bool,
    list_date: Option<PartialDate>,
    row_date: &dyn Fn(Column) -> Option<PartialDate>,
) -> Vec<(EventType, Option<PartialDate>)> {
    let doc = cx.doc;
    let mut out: Vec<(EventType, Option<PartialDate>)> = Vec::new();
    let release = |with_conditions: bool| {
        if with_conditions {
            EventType::ConditionalRelease
        } else {
            EventType::Release
        }
    };
    for (column, cell) in &row.cells {
        let cell_date = || {
            dates::find(doc, cell.start, cell.end, cx.published)
                .first()
                .map(|d| d.date)
        };
        match column {
            Column::Status => {
                let bare = cell.end - cell.start == 1;
                let mut said: Vec<EventType> = triggers::find(doc, cell.start, cell.end)
                    .into_iter()
                    .filter(|t| triggers::modality(doc, t, cell.start) != Modality::NotAnEvent)
                    // ("Situación: Detenido": a state, held as of the page.)
                    .map(|t| {
                        if bare && t.kind == EventType::Arrest {
                            EventType::Detention
                        } else {
                            t.kind
                        }
                    })
                    .collect();
                // ("Situación: Desconocido — la familia no sabe dónde está desde el 11/01"):
                // whereabouts unknown.
                if said.is_empty()
                    && matches!(
                        doc.f(cell.start),
                        "desconocido"
                            | "desconocida"
                            | "desaparecido"
                            | "desaparecida"
                            | "unknown"
                            | "missing"
                            | "disappeared"
                    )
                {
                    said.push(EventType::Disappearance);
                }
                // ("Event: Transfer", "Exile", "Traslado", "Exilio": the nouns alone in a cell.)
                if said.is_empty() {
                    match doc.f(cell.start) {
                        "transfer" | "traslado" => said.push(EventType::Transfer),
                        "exile" | "exilio" => said.push(EventType::Exile),
                        "expulsion" | "deportation" | "deportacion" => {
                            said.push(EventType::Expulsion);
                        }
                        _ => {}
                    }
                }
                let with_conditions =
                    conditional || clues::conditions(doc, cell.start, cell.end).is_some();
                // "Medida: régimen de presentación cada 30 días": conditions alone are a release.
                let said = if said.is_empty() && with_conditions {
                    vec![EventType::ConditionalRelease]
                } else {
                    said
                };
                for k in said {
                    let k = if family(k) == EventType::Release {
                        release(with_conditions)
                    } else {
                        k
                    };
                    let date = match k {
                        // "Remains detained; hearing postponed to 14/04/2026": held as of the page.
                        EventType::Detention => {
                            crate::printed_dates::document_as_of(doc, at, cx.published)
                                .or(cx.published.map(PartialDate::Day))
                        }
                        _ if family(k) == EventType::Release => row_date(Column::ReleaseDate)
                            .or(row_date(Column::Date))
                            .or_else(cell_date)
                            .or(list_date),
                        _ => cell_date().or(row_date(Column::Date)).or(list_date),
                    };
                    if !out.iter().any(|(x, _)| family(*x) == family(k)) {
                        out.push((k, date));
                    }
                }
            }
            Column::Event(k) => {
                if let Some(d) = cell_date()
                    && !out.iter().any(|(x, _)| x == k)
                {
                    out.push((*k, Some(d)));
                }
            }
            _ => {}
        }
    }
    // "Excarcelado: 09/03/2026" (and no status that said otherwise): released that day.
    if let Some(d) = row_date(Column::ReleaseDate)
        && !out
            .iter()
            .any(|(x, _)| family(*x) == EventType::Release || *x == EventType::HouseArrest)
    {
        out.push((release(conditional), Some(d)));
    }
    out
}
