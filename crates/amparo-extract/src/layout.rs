//! The layout of a page as it is published: which lines are page noise (menus, "Lee también:",
//! captions, bylines, datelines, advertisements) and which are list items — bullets, numbered
//! lines, group lines ("Mujeres: A, B y C."), rows of a flattened table, a name heading over
//! its paragraph — with the names each item is about. Items belong to lists; a list inherits
//! its event, date and conditions from the lead sentence before it (see `lists`). Written by
//! hand: it reads the line shapes (`line_shapes`) of the text the tokeniser already made.

use std::ops::Range;

use crate::gazetteer::Hit;
pub use crate::layout_queries::{Item, Layout};
use crate::line_shapes::{
    alone_name, content_start, is_bullet, is_dateline, lines, sentence_end, token_range,
};
use crate::list_names::{heading, line_name, name_list};
use crate::noise::is_noise_line;
use crate::noise_words::RELATED_OPENERS;
use crate::surname_first::read_item_name;
use crate::table;
use crate::text::Doc;

/// Reads the layout of a document.
pub fn read(doc: &Doc<'_>, hits: &[Hit]) -> Layout {
    let n = doc.sentences.len();
    let mut in_hit = vec![false; doc.tokens.len()];
    for h in hits {
        for slot in in_hit.iter_mut().take(h.last).skip(h.first) {
            *slot = true;
        }
    }
    let mut layout = Layout {
        noise: vec![false; n],
        items: Vec::new(),
        item_of: vec![None; n],
    };
    let lines = lines(doc);
    let tables = table::find(doc, &lines, &in_hit);
    let mut list = 0;
    let mut in_list = false;
    // After "Read more:" the next lines without a full stop are headlines of other articles.
    let mut related_block = false;
    // The header of the group of lines being read ("Con arresto domiciliario:").
    let mut pending_header: Option<Range<usize>> = None;
    // The last line read ended with a colon ("They are:"), and the last item was a line that
    // opens with a name: such lines go on the list.
    let mut after_colon = false;
    let mut name_lines = false;
    // (An interview's dash turns are speech, not a list's items.)
    let dialogue = crate::line_shapes::is_dialogue(doc, &lines);
    let transcript = crate::line_shapes::is_transcript(doc, &lines);
    let mut li = 0;
    while li < lines.len() {
        let line = lines[li].clone();
        let whole = token_range(doc, &line);
        let t = content_start(doc, &whole)..whole.end;
        let opens_with_name = line_name(doc, &t, &in_hit);
        let next_alone = lines
            .get(li + 1)
            .and_then(|next| line_name(doc, &token_range(doc, next), &in_hit))
            .is_some_and(|(_, alone)| alone);
        let was_after_colon =
            std::mem::replace(&mut after_colon, doc.f(t.end.saturating_sub(1)) == ":");
        let was_name_lines = std::mem::replace(&mut name_lines, false);
        let new_paragraph = li > 0
            && doc.sentences.get(line.start).map(|s| s.paragraph)
                != doc.sentences.get(lines[li - 1].start).map(|s| s.paragraph);
        let under_heading =
            !new_paragraph && crate::heading_lines::under_heading(doc, &lines, li, &pending_header);
        if new_paragraph {
            related_block = false;
        }
        let last_word = doc.f(t.end.saturating_sub(1));
        if let Some(row) = tables.iter().find(|r| r.line == li) {
            if !in_list {
                list += 1;
                in_list = true;
            }
            let end = row.end_line.clamp(li + 1, lines.len());
            layout.items.push(Item {
                sentences: line.start..lines[end - 1].end,
                header: layout.row_header(list),
                list,
                names: row.name.iter().chain(&row.others).cloned().collect(),
                row: Some(row.clone()),
                ..Item::default()
            });
            if end > li + 1 {
                li = end;
                continue;
            }
        } else if tables.iter().any(|r| r.header_line == li) {
            for si in line.clone() {
                layout.noise[si] = true;
            }
        } else if (is_noise_line(doc, &t) && !crate::line_shapes::life_title(doc, &t))
            || (related_block && !matches!(last_word, "." | "!" | "?"))
            || (line.len() == 1 && is_dateline(doc, line.start))
            || crate::signatures::addressee(doc, &lines, li, &in_hit)
        {
            related_block |= RELATED_OPENERS.iter().any(|o| doc.matches_at(t.start, o));
            for si in line.clone() {
                layout.noise[si] = true;
            }
        } else if let Some((name, end)) = matches!(doc.f(t.start), "*" | "#")
            .then(|| heading(doc, &lines, li, &in_hit))
            .flatten()
        {
            if !in_list {
                list += 1;
                in_list = true;
            }
            layout.items.push(Item {
                sentences: line.start..lines[end - 1].end,
                list,
                names: vec![name],
                ..Item::default()
            });
            li = end;
            continue;
        } else if opens_with_name.as_ref().is_some_and(|(_, alone)| {
            // (Right under the headline, in title case: names in capitals over paragraphs list.)
            let capitals = doc.tokens.get(t.start).is_some_and(|x| {
                x.text
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(|c| c.is_uppercase())
            });
            let under_headline = (1..=2).contains(&li)
                && lines[..li].iter().all(|l| {
                    let r = token_range(doc, l);
                    !matches!(doc.f(r.end.saturating_sub(1)), "." | ":")
                });
            (*alone && under_headline && !capitals && !was_after_colon && !next_alone && !in_list)
                || (*alone && crate::stamp_lines::post_author(doc, &lines, li))
        }) {
            // "Presos que no son todos iguales / Gerardo Villafañe": the byline under a headline.
            for si in line.clone() {
                layout.noise[si] = true;
            }
        } else if opens_with_name.as_ref().is_some_and(|(_, alone)| *alone)
            && (!(in_list || was_after_colon)
                || crate::signatures::signed_below(doc, &lines, li)
                || crate::signatures::closing(doc, &lines, li))
            && lines
                .get(li + 1)
                .is_some_and(|next| crate::signatures::is_title_line(doc, &token_range(doc, next)))
        {
            // (A signature under a statement: see `is_title_line`.)
            layout.noise[line.start..lines[li + 1].end].fill(true);
            li += 2;
            continue;
        } else if let Some((name, _)) = opens_with_name.clone().filter(|(n, alone)| {
            // (Under a heading, "NAME — role", not a byline "Rodrigo Bencomo, correspondent".)
            let dashed = crate::line_shapes::dash_past_age(doc, n.end);
            // (Or a paragraph of names set off by semicolons under an event's heading: "SIGUEN
            // DETENIDOS" over "A, dirigente, en el Rodeo I desde…; B, …; y el estudiante C, …".)
            // (Past a blank line too: "SIGUEN DETENIDOS" / "" / "A, …; B, …".)
            let semicolons = crate::heading_lines::under_heading(doc, &lines, li, &pending_header)
                && !*alone
                && crate::heading_lines::semicolon_names(doc, &line, &t, n, &in_hit);
            // (Not a name in capitals over its paragraph, first under "…la identidad de cuatro
            // de los excarcelados:": that paragraph is the item's; see `heading`.)
            let over_paragraph =
                *alone && was_after_colon && heading(doc, &lines, li, &in_hit).is_some();
            (was_after_colon && !over_paragraph)
                || was_name_lines
                || (under_heading && (dashed || crate::heading_lines::aged(doc, n.end, &t)))
                || semicolons
                || (*alone && next_alone)
        }) {
            // "Estos son sus nombres:" then one name a line, or "Hernán Tovar Leal, 41, a
            // journalist…" lines under "They are:".
            if !in_list {
                list += 1;
                in_list = true;
            }
            name_lines = true;
            // "Jesús Tovar (Ingeniería, UC), Daniela Lugo (Derecho, UCV) y …" under a header:
            // a line of several names.
            let several = name_list(
                doc,
                name.start,
                sentence_end(doc, &line, name.start, t.end),
                &in_hit,
            )
            .into_iter()
            .filter(|_| !alone_name(doc, &t, &name))
            .collect::<Vec<_>>();
            let leads = several.len() >= 2 && several.first().map(|r| r.start) == Some(name.start);
            let names = if leads { several } else { vec![name] };
            layout.items.push(Item {
                sentences: line.clone(),
                list,
                names,
                header: pending_header.clone(),
                ..Item::default()
            });
        } else if let Some(after) = is_bullet(doc, t.start)
            .filter(|_| !(dialogue && crate::line_shapes::is_dash(doc, t.start)))
            .or_else(|| crate::line_shapes::numbered_item(doc, &t, &in_hit))
            .or_else(|| crate::line_shapes::ordinal_item(doc, t.start))
        {
            if !in_list {
                list += 1;
                in_list = true;
            }
            let start = crate::line_shapes::item_name_start(doc, after, t.end, &in_hit);
            // "- Ana Pérez y Luis Rojas, hermanos, …": an item may name several, in its first
            // sentence ("- X, concejal: sigue detenido. Su abogada, Y, denunció…" names one).
            let first_end = start.map_or(t.end, |k| sentence_end(doc, &line, k, t.end));
            let single = start.and_then(|k| read_item_name(doc, k, t.end, &in_hit).map(|e| k..e));
            // ("PÉREZ ROJAS, Ana María" is one name read across its comma, not two.)
            // ("• Adriana Pérez — reporter, Voz del Llano TV": after a dash or a bracket the
            // item describes its one person.)
            // (Not an age in brackets before the next name: "A (23) y B (25), hermanos".)
            let describes = single.as_ref().is_some_and(|r| {
                matches!(doc.f(r.end), "—" | "–" | "-" | "(" | ":" | "|")
                    && !(doc.is_number(r.end + 1) && matches!(doc.f(r.end + 3), "y" | ","))
            });
            let several = start
                .map(|k| name_list(doc, k, first_end, &in_hit))
                .filter(|n| n.len() >= 2 && n.first().map(|r| r.start) == start && !describes)
                .filter(|n| n.first().map(|r| r.end) >= single.as_ref().map(|r| r.end));
            let siblings =
                start.and_then(|k| crate::name_prep::siblings_item(doc, k, first_end, &in_hit));
            let mut names = siblings
                .or(several)
                .unwrap_or_else(|| single.into_iter().collect());
            names.extend(crate::line_shapes::numbered_on(doc, &names, t.end, &in_hit));
            let mut header = pending_header.clone();
            // "✅ Excarcelados desde Rodeo I:" over the lines below; "⚠️ Trasladado a Tocorón: Ana
            // Pérez.": a header of its own, and the names after its colon.
            if names.is_empty()
                && let Some(colon) = (after..t.end.min(after + 20)).find(|&k| doc.f(k) == ":")
            {
                if colon + 1 >= t.end {
                    pending_header = Some(after..colon);
                    header.clone_from(&pending_header);
                } else {
                    // The names end with the colon's sentence; what follows speaks of them.
                    let end = sentence_end(doc, &line, colon, t.end);
                    let colon = crate::header_colon::second_colon(doc, colon, end);
                    names = name_list(doc, colon + 1, end, &in_hit);
                    header = Some(after..colon);
                }
            }
            if names.is_empty()
                && header == pending_header
                && crate::heading_lines::marked_header(doc, &lines, li, &(after..t.end), &in_hit)
            {
                pending_header = Some(after..t.end);
                header.clone_from(&pending_header);
            }
            if names.is_empty() {
                names = crate::header_colon::late_names(doc, &line, after, t.end, &in_hit);
            }
            let end = crate::layout_queries::run_on_end(doc, &lines, li)
                .max(crate::layout_queries::fields_end(doc, &lines, li, &names))
                .max(crate::layout_queries::case_paragraph_end(
                    doc, &lines, li, &names,
                ));
            layout.items.push(Item {
                sentences: line.start..lines[end - 1].end,
                list,
                names,
                header,
                ..Item::default()
            });
            li = end;
            continue;
        } else if let Some((name, end)) = heading(doc, &lines, li, &in_hit).filter(|_| {
            // ("Graham Tilney:" over a minister's answer: a speaker's label.)
            !crate::line_shapes::speaker_colon(doc, t.start, t.end.saturating_sub(1), transcript)
        }) {
            if !in_list {
                list += 1;
                in_list = true;
            }
            layout.items.push(Item {
                sentences: line.start..lines[end - 1].end,
                list,
                names: crate::heading_lines::heading_names(doc, name, &in_hit),
                header: pending_header.clone(),
                ..Item::default()
            });
            li = end;
            continue;
        } else if let Some(colon) = (t.clone()).find(|&k| {
            // ("\"We have seen this before: promises, lists…,\" said X": a colon inside a quote
            // opens no list; "MS MERCER-BOYD: Good afternoon…", "PREGUNTA:": a speaker's label
            // opens a turn of a transcript, not a list.)
            let label = crate::line_shapes::speaker_colon(doc, t.start, k, transcript);
            let quoted = (t.start..k).filter(|&j| doc.f(j) == "\"").count() % 2 == 1;
            doc.f(k) == ":" && !label && !quoted && !crate::noise::marker_colon(doc, t.start, k)
        }) {
            // "Mujeres: A, B y C." (a group line of a list) or "…el miércoles: A, B y C." (a list
            // inside a sentence); the names end with the colon's sentence.
            // ("…seguía en Rodeo I: según su abogado, Joel Sanabria, la boleta…": a source after
            // the colon, no list; nor an editor's note, see `editors_note`.)
            let prose = matches!(doc.f(colon + 1), "segun" | "according")
                || crate::headings::editors_note(doc, t.start, colon);
            let end = sentence_end(doc, &line, colon, t.end);
            let (day, colon) = (colon, crate::header_colon::second_colon(doc, colon, end));
            let names = if prose {
                Vec::new()
            } else {
                crate::header_colon::names_after(doc, colon, end, &in_hit)
            };
            let group_line = (colon - t.start <= 6 || day < colon) && colon > t.start;
            // "Salieron con régimen de presentación cada 30 días:" over a line of names: a
            // longer header, read as a group's.
            // (Or over bullets: "Con régimen de presentación cada 30 días:" then "- A".)
            let lone = line.len() == 1 && crate::header_colon::names_next(doc, &lines, li, &in_hit);
            let header_only = colon + 1 >= t.end
                && (group_line
                    || (lone && crate::header_colon::short_or_terms(doc, t.start, colon)));
            if header_only {
                // "Con arresto domiciliario:" over the lines that follow: an item of its own that
                // names nobody, whose header the next items carry.
                if !in_list {
                    list += 1;
                    in_list = true;
                }
                pending_header = Some(t.start..colon);
                layout
                    .items
                    .push(Item::group_header(line.clone(), list, t.start..colon));
            } else if names.is_empty() {
                in_list = in_list && group_line;
            } else {
                let inline = !group_line;
                if inline || !in_list {
                    list += 1;
                }
                in_list = !inline;
                // A list inside a running sentence is that sentence only.
                let sentences = if inline {
                    line.clone()
                        .find(|&si| {
                            doc.sentences
                                .get(si)
                                .is_some_and(|s| s.first <= colon && colon < s.last)
                        })
                        .map_or(line.clone(), |si| si..si + 1)
                } else {
                    line.clone()
                };
                layout.items.push(Item {
                    sentences,
                    list,
                    header: Some(t.start..colon),
                    names,
                    inline,
                    ..Item::default()
                });
            }
        } else if let Some(names) = (was_after_colon || (in_list && was_name_lines))
            .then(|| crate::header_colon::described_names(doc, &line, &t, &in_hit))
            .flatten()
        {
            if !in_list {
                list += 1;
                in_list = true;
            }
            name_lines = true;
            let header = pending_header.clone();
            layout.items.push(Item {
                sentences: line.clone(),
                list,
                names,
                header,
                described: true,
                ..Item::default()
            });
        } else if (was_after_colon || (in_list && was_name_lines))
            && crate::heading_lines::bare_group_header(doc, &lines, li, &t, &in_hit)
        {
            // ("Periodistas y trabajadores de prensa" over its names: "Mujeres:" without colon.)
            if !in_list {
                list += 1;
                in_list = true;
            }
            after_colon = true;
            pending_header = Some(t.clone());
            layout
                .items
                .push(Item::group_header(line.clone(), list, t.clone()));
        } else if !matches!(doc.f(t.start), ":") {
            in_list = false;
        }
        if !in_list {
            pending_header = crate::heading_lines::event_heading(doc, &t).then(|| t.clone());
        }
        li += 1;
    }
    layout.mark_credits(doc);
    crate::profiles::add(doc, &lines, &mut layout, &in_hit);
    layout.index_items();
    layout
}
