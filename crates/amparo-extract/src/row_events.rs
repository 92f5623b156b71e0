//! The events a table row's cells tell: its status (dated by the row's date, the status's own
//! date, else the list's) and the columns named by an event with a date.

use crate::clues;
use crate::dates::{self, PartialDate};
use crate::discourse::family;
use crate::lists::ListContext;
use crate::model::EventType;
use crate::table::Column;
use crate::triggers::{self, Modality};

/// A record of several people: the events of person `e`'s own part of its status (see
/// `row_of`); `at` the item's first sentence and whether its list gives conditions.
pub(crate) fn person_plan(
    cx: &ListContext<'_, '_>,
    item: &crate::layout::Item,
    e: usize,
    (at, conditional): (usize, bool),
    list_date: Option<PartialDate>,
    row_date: &dyn Fn(Column) -> Option<PartialDate>,
) -> Option<Vec<(EventType, Option<PartialDate>)>> {
    let row = item.row.as_ref().filter(|r| !r.others.is_empty())?;
    let which = item
        .names
        .iter()
        .position(|n| crate::lists::entity_at(cx.mentions, n.start) == Some(e))?;
    let mine = row_of(cx.doc, row, &item.names, which);
    Some(row_events(cx, &mine, at, conditional, list_date, row_date))
}

/// Whom a part of a record's status is about.
#[derive(Clone, Copy)]
enum Told {
    /// Everyone the record names.
    All,
    /// One of them.
    One(usize),
    /// All but one ("Los otros dos…" after one was named).
    AllBut(usize),
    /// The others than the one named before.
    Others,
}

/// The row as one of the people a record names sees it, when it names several ("Imputados:
/// CONTRERAS BLANCO, Eleazar José; MARCANO, Luisana del Valle" then "Resultado: Se acordó
/// medida cautelar sustitutiva para Marcano… Salió del Rodeo I esa misma noche. Para Contreras
/// Blanco se mantiene la medida privativa de libertad"): the status's sentences (or parts set
/// off by semicolons) that name one of them are that one's, and so are those after it until
/// another is named; those before any is named are everyone's.
fn row_of(
    doc: &crate::text::Doc<'_>,
    row: &crate::table::TableRow,
    names: &[std::ops::Range<usize>],
    which: usize,
) -> crate::table::TableRow {
    // The surnames of a name (the words before its comma, else its last word) and its other
    // words.
    let parts = |r: &std::ops::Range<usize>| -> (Vec<&str>, Vec<&str>) {
        let words = |from: usize, to: usize| (from..to).map(|k| doc.f(k)).collect::<Vec<_>>();
        match r.clone().find(|&k| doc.f(k) == ",") {
            Some(c) => (words(r.start, c), words(c + 1, r.end)),
            None => (
                words(r.end.saturating_sub(1), r.end),
                words(r.start, r.end.saturating_sub(1)),
            ),
        }
    };
    let all: Vec<(Vec<&str>, Vec<&str>)> = names.iter().map(parts).collect();
    // Who a part of the status names: one of them (by surnames, all of them in a row when they
    // share one, else with a given name), several ("Ambos…", two named), the others than the
    // one named before ("Los otros dos…"), or nobody.
    let named = |seg: &std::ops::Range<usize>| -> Option<Told> {
        let folded: Vec<&str> = seg.clone().map(|k| doc.f(k)).collect();
        let words: Vec<&str> = seg
            .clone()
            .filter(|&k| doc.tokens[k].capitalised && !names.iter().any(|n| n.contains(&k)))
            .map(|k| doc.f(k))
            .collect();
        let run = |seq: &[&str]| !seq.is_empty() && folded.windows(seq.len()).any(|w| w == seq);
        let group = |w: &[&str]| folded.iter().any(|f| w.contains(f));
        if group(&["otros", "otras", "other", "others", "demas", "resto"]) {
            return Some(Told::Others);
        }
        let both = group(&["ambos", "ambas", "both", "todos", "todas"])
            || folded
                .windows(2)
                .any(|w| matches!(w[0], "los" | "las") && matches!(w[1], "dos" | "tres"));
        let hits: Vec<usize> = (0..all.len())
            .filter(|&i| all[i].0.iter().any(|w| words.contains(w)))
            .collect();
        let whole: Vec<usize> = hits.iter().copied().filter(|&i| run(&all[i].0)).collect();
        let pool = if whole.is_empty() { &hits } else { &whole };
        let given: Vec<usize> = pool
            .iter()
            .copied()
            .filter(|&i| all[i].1.iter().any(|w| words.contains(w)))
            .collect();
        match (pool.len(), given.len()) {
            _ if both => Some(Told::All),
            (0, _) => None,
            (1, _) => Some(Told::One(pool[0])),
            (_, 1) => Some(Told::One(given[0])),
            _ => Some(Told::All),
        }
    };
    let mut out = row.clone();
    out.cells.clear();
    for (column, cell) in &row.cells {
        if *column != Column::Status {
            out.cells.push((*column, cell.clone()));
            continue;
        }
        let mut owner = Told::All;
        let mut start = cell.start;
        for k in cell.clone() {
            let last = k + 1 == cell.end;
            let ends = doc.f(k) == ";" || doc.sentence_at(k + 1).is_some_and(|s| s.first == k + 1);
            if !(ends || last) {
                continue;
            }
            let seg = start..k + 1;
            start = k + 1;
            match (named(&seg), owner) {
                (Some(Told::Others), Told::One(i) | Told::AllBut(i)) => owner = Told::AllBut(i),
                (Some(Told::Others), _) => owner = Told::All,
                (Some(told), _) => owner = told,
                (None, _) => {}
            }
            let mine = match owner {
                Told::All | Told::Others => true,
                Told::One(i) => i == which,
                Told::AllBut(i) => i != which,
            };
            if mine {
                out.cells.push((Column::Status, seg));
            }
        }
    }
    out
}

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
    // ("KRASNOV, Vadim (in absentia) | … | Guilty in absentia. 8 years": never held.)
    let name_on = row.name.as_ref().map(|r| r.start..r.end + 4);
    if (row
        .cells
        .iter()
        .filter(|(c, _)| *c == Column::Status)
        .map(|(_, c)| c.clone()))
    .chain(name_on)
    .any(|r| crate::court_words::in_absentia(doc, r.start, r.end))
    {
        return out;
    }
    let release = |with_conditions: bool| {
        if with_conditions {
            EventType::ConditionalRelease
        } else {
            EventType::Release
        }
    };
    // (A court's record without its hearing's day: the day told before it.)
    let court_day = || {
        row_date(Column::Date).or_else(|| {
            row.court
                .then(|| crate::records::hearing_day(doc, at, cx.published))
                .flatten()
        })
    };
    for (column, cell) in &row.cells {
        // (A court's record dates its decision in the decision's own sentence: "sentenced to 7
        // years. Volkov has been in SIZO-1 since his arrest on 14 March 2024.")
        let decision_end = (cell.clone())
            .find(|&k| doc.sentence_at(k + 1).is_some_and(|s| s.first == k + 1))
            .map_or(cell.end, |k| k + 1);
        // (The cell's days, read once.)
        // ("house arrest until June 15": the end of a measure dates nothing.)
        let mut found = dates::find(doc, cell.start, cell.end, cx.published);
        found.retain(|d| !matches!(doc.f(d.first.wrapping_sub(1)), "until" | "hasta"));
        let cell_date_to = |end: usize| found.iter().find(|d| d.last <= end).map(|d| d.date);
        let cell_date = || cell_date_to(cell.end);
        match column {
            Column::Status => {
                let bare = cell.end - cell.start == 1;
                let mut said: Vec<EventType> = triggers::find(doc, cell.start, cell.end)
                    .into_iter()
                    .filter(|t| triggers::modality(doc, t, cell.start) != Modality::NotAnEvent)
                    // ("Se sustituye la privativa de libertad por medida cautelar": the custody
                    // ends in what replaces it.)
                    .filter(|t| !crate::court_words::replaced_custody(doc, t))
                    // ("en la residencia del imputado": the accused, named by his part.)
                    .filter(|t| {
                        t.kind != EventType::Charge
                            || !matches!(
                                doc.f(t.first.saturating_sub(1)),
                                "del" | "al" | "el" | "la" | "los" | "las" | "the"
                            )
                    })
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
                // ("Situación al 30/11/2025: En prisión, Combinado del Este", "Prisión
                // provisional, Kilo 5 y medio": held, as of the table's day.)
                if said.is_empty()
                    && doc.matches_any_at(
                        cell.start,
                        &[
                            "en prision",
                            "en la carcel",
                            "prision provisional",
                            "prision preventiva",
                            "in prison",
                            "in jail",
                        ],
                    )
                {
                    said.push(EventType::Detention);
                }
                if crate::table_cells::accused_alone(doc, cell, row) {
                    said.push(EventType::Charge);
                }
                // ("Condena: 12 años (sedición)": a term the person was sentenced to.)
                let term = said.is_empty() && crate::records::term_cell(doc, cell.start, cell.end);
                if term {
                    said.push(EventType::Sentence);
                }
                // ("Event: Transfer", "Exile", "Traslado", "Exilio": the nouns alone in a cell.)
                if said.is_empty() {
                    match doc.f(cell.start) {
                        "transfer" | "traslado" => said.push(EventType::Transfer),
                        "fallecimiento" | "muerte" | "death" => {
                            said.push(EventType::DeathInCustody);
                        }
                        "exile" | "exilio" => said.push(EventType::Exile),
                        "expulsion" | "deportation" | "deportacion" => {
                            said.push(EventType::Expulsion);
                        }
                        _ => {}
                    }
                }
                // ("Ruling 20.08.2025: guilty; 14 years in a strict-regime colony": a court's
                // record tells its conviction in a word.)
                let guilty = ["guilty", "culpable", "culpables", "convicted"];
                let found_guilty = |k: usize| {
                    guilty.contains(&doc.f(k))
                        && !matches!(doc.f(k.wrapping_sub(1)), "not" | "no" | "nor" | "ni")
                };
                if row.court
                    && !said.contains(&EventType::Sentence)
                    && cell.clone().any(found_guilty)
                {
                    said.push(EventType::Sentence);
                }
                // ("In custody since 11.03.2024": held since the day of the arrest.)
                let since = found.iter().find(|d| d.since);
                if let Some(d) = since
                    && said.contains(&EventType::Detention)
                    && !out.iter().any(|(x, _)| *x == EventType::Arrest)
                {
                    out.push((EventType::Arrest, Some(d.date)));
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
                        EventType::Detention => crate::as_of::document_as_of(doc, at, cx.published)
                            .or(cx.published.map(PartialDate::Day)),
                        // ("Audiencia: 16/01/2026" then "Salieron del Helicoide el sábado
                        // 17": the status's own day before the row's.)
                        // ("Detained 11.03.2024; released on bail 15.03.2024": the day after the
                        // release's word.)
                        _ if family(k) == EventType::Release => row_date(Column::ReleaseDate)
                            .or_else(|| {
                                let word = (cell.clone()).find(|&j| {
                                    let w = doc.f(j);
                                    ["releas", "liberad", "excarcel", "freed"]
                                        .iter()
                                        .any(|p| w.starts_with(p))
                                })?;
                                found.iter().find(|d| d.first >= word).map(|d| d.date)
                            })
                            .or_else(cell_date)
                            .or_else(court_day)
                            .or(list_date),
                        // (A term alone in its cell, a charge in a status's, is not dated by
                        // the list: "Situación procesal: Acusado".)
                        EventType::Sentence if term => cell_date(),
                        EventType::Charge if !row.court => cell_date(),
                        EventType::Sentence if row.court => {
                            cell_date_to(decision_end).or_else(court_day).or(list_date)
                        }
                        _ => cell_date().or_else(court_day).or(list_date),
                    };
                    if !out.iter().any(|(x, _)| family(*x) == family(k)) {
                        out.push((k, date));
                    }
                }
            }
            // ("Imputados: …" then "Delitos: traición a la patria": charged, at the hearing the
            // record tells or on the list's day; a status table's "Charges" column only says
            // what a case is about.)
            Column::Event(EventType::Charge)
                if row.court
                    && !cell.is_empty()
                    && !out.iter().any(|(x, _)| *x == EventType::Charge) =>
            {
                out.push((EventType::Charge, court_day().or(list_date)));
            }
            Column::Event(EventType::Charge) => {}
            Column::Event(k) => {
                if let Some(d) = cell_date()
                    && !out.iter().any(|(x, _)| x == k)
                    && crate::table_cells::told_of_prisoners(doc, *k, at)
                {
                    out.push((*k, Some(d)));
                }
            }
            _ => {}
        }
    }
    crate::table_cells::sent_home_not_moved(doc, row, &mut out);
    // ("Delitos: sabotaje" then "Sanción: 10 años de privación de libertad": the charges are
    // the sentence's.)
    if out.iter().any(|(x, _)| *x == EventType::Sentence) {
        out.retain(|(x, _)| *x != EventType::Charge);
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

/// The place a table row's "Lugar de reclusión" / "Prison" column names, as the gazetteer knows
/// it or as written.
pub(crate) fn row_place(cx: &ListContext<'_, '_>, item: &crate::layout::Item) -> Option<String> {
    let doc = cx.doc;
    let (_, cell) = item
        .row
        .as_ref()?
        .cells
        .iter()
        .find(|(c, _)| *c == Column::Place)?;
    crate::list_lead::place(doc, cx.gazetteer, cx.hits, cell.start, cell.end).or_else(|| {
        doc.text
            .get(doc.tokens.get(cell.start)?.start..doc.tokens.get(cell.end.checked_sub(1)?)?.end)
            .map(str::to_string)
    })
}
