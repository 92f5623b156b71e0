//! Headings of a bulletin's blocks: a bare heading of an event ("SIGUEN DETENIDOS",
//! "Nuevas detenciones", a caption "[GC: EXCARCELADOS HOY]") and the lines right under it,
//! whose names it tells of — one name a line, or a paragraph of names set off by semicolons.

use std::ops::Range;

use crate::line_shapes::{content_start, sentence_end, token_range};
use crate::list_names::name_list;
use crate::text::{Doc, TokenKind};

/// A bare heading of an event over the lines below ("Transfers", "Nuevas detenciones",
/// "EXCARCELACIONES"): a few capitalised words, no sentence, and an event among them.
/// ("RELEASED ON 22 APRIL AFTER SEVERAL HOURS OF QUESTIONING": in capitals, a longer one.)
pub(crate) fn event_heading(doc: &Doc<'_>, t: &Range<usize>) -> bool {
    // (A note in brackets after it is no part of it: "SIGUEN DETENIDOS (casos que seguimos de
    // cerca)"; a date in brackets is: "CON ARRESTO DOMICILIARIO (desde el domingo 27/07)".)
    let open = (t.clone()).find(|&k| doc.f(k) == "(");
    let t = &if let Some(open) = open.filter(|&o| {
        doc.f(t.end.wrapping_sub(1)) == ")"
            && (o + 1..t.end - 1).all(|k| {
                doc.tokens[k].kind == TokenKind::Word
                    && !doc.tokens[k].capitalised
                    && crate::dates::weekday(doc.f(k)).is_none()
            })
    }) {
        t.start..open
    } else {
        t.clone()
    };
    let capitals = (t.clone()).all(|k| {
        doc.tokens[k].kind != TokenKind::Word
            || doc.tokens[k].text.chars().all(|c| !c.is_lowercase())
    });
    t.end > t.start
        && (t.end - t.start <= 4 || (capitals && t.end - t.start <= 24))
        && (doc.tokens.get(t.start).is_some_and(|x| x.capitalised) || caption_event(doc, t))
        && !matches!(doc.f(t.end - 1), "." | "!" | "?")
        && !crate::triggers::find(doc, t.start, t.end).is_empty()
}

/// ("STILL DETAINED" / "NEOMAR JOSÉ PRIETO — President"): whether the line before line `li` is
/// the heading that tells an event over it (not the headline, line 0, over its byline).
pub(crate) fn under_heading(
    doc: &Doc<'_>,
    lines: &[Range<usize>],
    li: usize,
    heading: &Option<Range<usize>>,
) -> bool {
    (heading.as_ref().zip(li.checked_sub(1)))
        .is_some_and(|(h, p)| p > 0 && h.start == content_start(doc, &token_range(doc, &lines[p])))
}

/// A caption that heads the name lines below it: "[GENERADOR DE CARACTERES: EXCARCELADOS HOY]",
/// its last colon followed by the participle of its event and at most a word or three of when
/// ("ESTE JUEVES"); not a caption of a scene ("[VIDEO DE ARCHIVO: DETENCIÓN DE MANIFESTANTES EN
/// 2018]") or a headline ("[GC: DESAPARECIDOS: FAMILIARES EXIGEN FE DE VIDA]").
pub(crate) fn caption_event(doc: &Doc<'_>, t: &Range<usize>) -> bool {
    if !(doc.f(t.start) == "[" && doc.f(t.end.saturating_sub(1)) == "]") {
        return false;
    }
    let Some(colon) = (t.clone()).rev().find(|&k| doc.f(k) == ":") else {
        return false;
    };
    t.end - colon <= 5
        && !(colon + 1..t.end).any(|k| doc.is_number(k))
        && crate::triggers::find(doc, colon + 1, t.end)
            .first()
            .is_some_and(|tr| tr.first == colon + 1 && tr.voice == crate::triggers::Voice::Passive)
}

/// "SIGUEN DETENIDOS" over "A, dirigente, en el Rodeo I desde…; B, …; y el estudiante C, …":
/// whether the line `t` (of sentences `line`), opening with the name `name`, names two people or
/// more set off by semicolons — a paragraph of a heading's names.
pub(crate) fn semicolon_names(
    doc: &Doc<'_>,
    line: &Range<usize>,
    t: &Range<usize>,
    name: &Range<usize>,
    in_hit: &[bool],
) -> bool {
    (name.end..t.end).any(|k| doc.f(k) == ";")
        && name_list(
            doc,
            name.start,
            sentence_end(doc, line, name.start, t.end),
            in_hit,
        )
        .len()
            >= 2
}

/// Whether sentence `s` is a section's heading in capitals, four words at most on a line of its
/// own ("CONDENAS", "OTRAS NOTICIAS", "NEW DETENTIONS"); not a group's terms ("CON RÉGIMEN DE
/// PRESENTACIÓN"), a prison's name over its people ("RODEO I"), nor a court record's parts
/// ("FISCALÍA PROVINCIAL", "CONCLUSIONES PROVISIONALES").
pub(crate) fn section_heading(doc: &Doc<'_>, s: usize) -> bool {
    doc.sentences.get(s).is_some_and(|x| {
        x.line_start
            && x.last - x.first <= 4
            && !matches!(doc.f(x.first), "con" | "with" | "sin" | "without")
            && (x.first..x.last).all(|k| {
                doc.tokens[k].kind == TokenKind::Word
                    && !doc.tokens[k].text.chars().any(char::is_lowercase)
                    && !crate::custody_phrases::custody_place_at(doc, k)
                    && !matches!(
                        doc.f(k),
                        "fiscalia" | "conclusiones" | "tribunal" | "juzgado" | "court"
                    )
            })
    })
}

/// A heading that names a kind of people, by nationality, sex, age or trade ("BELARUSIAN
/// CITIZENS", "FOREIGN NATIONALS", "MUJERES", "ESTUDIANTES Y DOCENTES"): a group of the list
/// below it, not a new section.
pub(crate) fn people_heading(doc: &Doc<'_>, s: usize) -> bool {
    section_heading(doc, s)
        && doc.sentences.get(s).is_some_and(|x| {
            (x.first..x.last).all(|k| {
                let w = doc.f(k);
                !crate::lexicon::nationalities(w).is_empty()
                    || !crate::lexicon::roles(w).is_empty()
                    || !crate::lexicon::roles(w.strip_suffix('s').unwrap_or(w)).is_empty()
                    || matches!(
                        w,
                        "citizens"
                            | "nationals"
                            | "ciudadanos"
                            | "extranjeros"
                            | "foreign"
                            | "women"
                            | "men"
                            | "mujeres"
                            | "hombres"
                            | "adolescentes"
                            | "menores"
                            | "militares"
                            | "civiles"
                            | "y"
                            | "and"
                            // ("UNION LEADERS", "MILITARY OFFICERS", "DIRIGENTES SINDICALES",
                            // "DEFENSORES DE DERECHOS HUMANOS": kinds of people too.)
                            | "union"
                            | "leaders"
                            | "lideres"
                            | "dirigentes"
                            | "sindicales"
                            | "officers"
                            | "oficiales"
                            | "military"
                            | "political"
                            | "politicos"
                            | "politicas"
                            | "workers"
                            | "trabajadores"
                            | "defensores"
                            | "defenders"
                            | "human"
                            | "rights"
                            | "derechos"
                            | "humanos"
                            | "de"
                            | "of"
                    )
            })
        })
}

/// A group's header without its colon inside a list of name lines ("Estos son sus nombres:" /
/// "Periodistas y trabajadores de prensa" / "Gerardo Lucena, locutor" / "Yohana Marcano,
/// camarógrafa" / "" / "Dirigentes políticos" / …): a short line that names no one and ends with
/// no stop, over a line that opens with a name and is no sentence of prose.
pub(crate) fn bare_group_header(
    doc: &Doc<'_>,
    lines: &[Range<usize>],
    li: usize,
    t: &Range<usize>,
    in_hit: &[bool],
) -> bool {
    let words = t
        .clone()
        .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
        .count();
    let stop = |r: &Range<usize>| matches!(doc.f(r.end.saturating_sub(1)), "." | ":" | "!" | "?");
    let next = lines.get(li + 1).map(|l| token_range(doc, l));
    (1..=6).contains(&words)
        && t.len() <= 8
        && !stop(t)
        && crate::list_names::line_name(doc, t, in_hit).is_none()
        // (Not a sentence of prose under a heading: "NUEVAS DETENCIONES" / "Además de Palmar, la
        // federación documentó otras dos detenciones.")
        && next.is_some_and(|r| crate::list_names::line_name(doc, &r, in_hit).is_some() && !stop(&r))
}

/// Whether sentence `si` ends with one of `marks` ("." "!" "?" for a stop, ":" for a line that
/// opens what follows).
pub(crate) fn ends_with(doc: &Doc<'_>, si: usize, marks: &[&str]) -> bool {
    doc.sentences
        .get(si)
        .is_some_and(|s| marks.contains(&doc.f(s.last.wrapping_sub(1))))
}

/// Whether sentence `si` holds one of the folded `words`.
pub(crate) fn tells_of(doc: &Doc<'_>, si: usize, words: &[&str]) -> bool {
    doc.sentences
        .get(si)
        .is_some_and(|s| (s.first..s.last).any(|k| words.contains(&doc.f(k))))
}

/// A group's header set off by a bullet-like mark, without its colon ("▶ *Con régimen de
/// presentación cada 30 días*", "▶ *Arresto domiciliario*"; the words from `after` to the line's
/// end): a few words that name no one, end with no stop and tell an event or a release's terms,
/// over a line that is a list's item.
pub(crate) fn marked_header(
    doc: &Doc<'_>,
    lines: &[Range<usize>],
    li: usize,
    words: &Range<usize>,
    in_hit: &[bool],
) -> bool {
    let next = lines.get(li + 1).map(|l| token_range(doc, l));
    words.len() <= 10
        && !words.is_empty()
        && !matches!(doc.f(words.end - 1), "." | "!" | "?" | ":")
        && next.is_some_and(|r| crate::line_shapes::is_bullet(doc, r.start).is_some())
        && crate::list_names::line_name(doc, words, in_hit).is_none()
        && (!crate::triggers::find(doc, words.start, words.end).is_empty()
            || crate::clues::conditions(doc, words.start, words.end).is_some())
}

/// Whether an age follows the name ending at `k` on a line `t` that tells no event of its own:
/// "Deniz Karaca, 22, a student", "Mert Gil, 23 años, estudiante" (not "X, 58, a nurse, was
/// sentenced on Wednesday…", a paragraph).
pub(crate) fn aged(doc: &Doc<'_>, k: usize, t: &Range<usize>) -> bool {
    doc.f(k) == ","
        && doc.is_number(k + 1)
        && doc
            .f(k + 1)
            .parse::<u32>()
            .is_ok_and(|n| (14..100).contains(&n))
        && matches!(doc.f(k + 2), "," | "anos" | "years" | "-" | "")
        && crate::triggers::find(doc, k, t.end).is_empty()
}

/// ("MILITARY DETAINEES", "ALERTA LABORAL N.º 03", "NUEVAS CAPTURAS"): whether tokens `r`, two
/// or more, are a heading in capitals of words the text writes in lower case elsewhere and no
/// name or surname is, no one's name.
pub(crate) fn common_heading(doc: &Doc<'_>, r: std::ops::Range<usize>) -> bool {
    r.len() >= 2
        && r.clone().all(|k| {
            let t = &doc.tokens[k];
            !t.text.chars().any(char::is_lowercase)
                && (t.kind != TokenKind::Word
                    || t.text.chars().count() == 1
                    || crate::count_words::PEOPLE.contains(&t.folded.as_str())
                    || (doc.lower_elsewhere(&t.folded)
                        && !crate::lexicon::is_given_name(&t.folded)
                        && !crate::lexicon::is_surname(&t.folded)))
        })
        && r.clone().any(|k| doc.tokens[k].text.chars().count() > 3)
        // (Words of custody or people, not "JOY MASON" over her story where "joy" and "mason" are
        // written in lower case too.)
        && r.clone().any(|k| {
            let w = doc.f(k);
            crate::count_words::PEOPLE.contains(&w)
                || crate::word_index::is_event_word(w)
                || !crate::lexicon::roles(w).is_empty()
                || matches!(
                    w,
                    "capturas" | "detenciones" | "arrestos" | "excarcelaciones" | "liberaciones"
                        | "traslados" | "casos" | "alerta" | "arrests" | "releases" | "cases"
                        | "appeal" | "verdict" | "alert" | "laboral" | "nuevas" | "new"
                )
        })
}

/// Words that are events only as a heading ("Transfers", "Traslados:", "Nuevas detenciones"), not
/// inside a name ("Centro de Arrestos y Detenciones Preventivas", "Behind Bars Weekly") or a
/// phrase, and a term only as a list's status (see [`crate::list_status::term_after_colon`]).
pub(crate) fn heading_only(doc: &Doc<'_>, i: usize, words: &str) -> bool {
    if crate::list_status::is_term(words) {
        return !crate::list_status::term_after_colon(doc, i);
    }
    if crate::told_now_words::noun_at(doc, i, words) {
        return true;
    }
    // (Troops who detain a group they count, in a timeline's present: "Aug. 12 — … troops detain
    // the seven", "soldiers detain 40 protesters"; not "Troops detain the brother of leader X,
    // Y", whose object the count does not settle.)
    if matches!(words, "troops detain" | "soldiers detain" | "troops arrest") {
        let j = i + 2 + usize::from(matches!(doc.f(i + 2), "the" | "all"));
        return crate::counts::number_word(doc.f(j)).is_none() && !doc.is_number(j);
    }
    // ("— Mary Okafor, Behind Bars Weekly reader": a title, inside its sentence.)
    if words == "behind bars" {
        return (i..i + 3).all(|k| doc.tokens.get(k).is_some_and(|t| t.capitalised));
    }
    // (A measure alone, right after an item's name or age and its dash or colon, is the item's
    // status: "4. COLINA ESCALONA, MARÍA — RÉGIMEN DE PRESENTACIÓN", "- Ana Pérez (31):
    // régimen de presentación."; elsewhere it is the terms of a release told by its verb.)
    if words == "regimen de presentacion" {
        let named = doc
            .tokens
            .get(i.wrapping_sub(2))
            .is_some_and(|t| t.text == ")" || (t.capitalised && t.kind == TokenKind::Word));
        return !(matches!(doc.f(i.wrapping_sub(1)), "-" | ":") && named);
    }
    // ("NUEVOS INGRESOS" of a prison's admissions, in a text of prisoners; not of a hospital, a
    // school, nor "INGRESOS Y EGRESOS".)
    if words == "ingresos"
        && (!(0..i).any(|k| {
            matches!(
                doc.f(k),
                "presos" | "presas" | "detenidos" | "detenidas" | "carcel" | "prision"
            )
        }) || doc
            .sentence_at(i)
            .is_some_and(|s| (s.first..s.last).any(|k| doc.f(k).starts_with("egreso"))))
    {
        return true;
    }
    matches!(words, "transfers" | "traslados" | "detenciones" | "ingresos")
        && !doc
            .sentence_at(i)
            // (A section's number before it: "2. NUEVAS DETENCIONES (selección)", "NUEVOS
            // INGRESOS (MAYO 2025)", those newly imprisoned.)
            .is_some_and(|s| {
                (s.first..i).all(|k| {
                    matches!(doc.f(k), "nuevas" | "nuevos")
                        || doc
                            .tokens
                            .get(k)
                            .is_some_and(|t| t.kind != TokenKind::Word)
                })
            })
        // ("Lo que sabemos de las detenciones de ayer jueves en la protesta": the arrests of a
        // day, told as the news.)
        && !(words == "detenciones"
            && doc.f(i.wrapping_sub(1)) == "las"
            && doc.f(i + 1) == "de"
            && (matches!(doc.f(i + 2), "ayer" | "anoche" | "hoy" | "este" | "esta")
                || crate::dates::weekday(doc.f(i + 2)).is_some()))
        // ("registramos dos nuevas detenciones …: la del concejal A y la de su asistente, B")
        && !(words == "detenciones"
            && doc.f(i.wrapping_sub(1)) == "nuevas"
            && (crate::counts::number_word(doc.f(i.wrapping_sub(2))).is_some()
                || doc.is_number(i.wrapping_sub(2))))
}

/// ("GERARDO Y LUIS ALFONSO PEÑA COLMENARES" over "Los hermanos, comerciantes de Barquisimeto,
/// fueron excarcelados…"): a line of given names in capitals joined by "y" before one full name,
/// siblings who share its surnames: the whole line (see [`heading_names`]).
pub(crate) fn siblings_heading(
    doc: &Doc<'_>,
    t: &std::ops::Range<usize>,
    in_hit: &[bool],
) -> Option<std::ops::Range<usize>> {
    let y = (t.start + 1..t.end.min(t.start + 4)).find(|&k| doc.f(k) == "y")?;
    let given = (t.start..y).all(|k| {
        crate::surname_first::in_capitals(doc, k) && crate::lexicon::is_given_name(doc.f(k))
    });
    let second = crate::list_names::name_heading(doc, &(y + 1..t.end), in_hit)?;
    // (A full name after it, a given name and a surname at least: not "MARÍA LÓPEZ Y HIJA".)
    let full = second.len() >= 2
        && crate::lexicon::is_given_name(doc.f(second.start))
        && !second
            .clone()
            .any(|k| crate::slots::RELATIONS.contains(&doc.f(k)));
    (given && full && crate::surname_first::in_capitals(doc, y + 1) && second.end == t.end)
        .then_some(t.start..t.end)
}

/// The names of a heading (see `list_names::heading`): one, or the siblings
/// [`siblings_heading`] reads, split at their "y".
pub(crate) fn heading_names(
    doc: &Doc<'_>,
    name: std::ops::Range<usize>,
    in_hit: &[bool],
) -> Vec<std::ops::Range<usize>> {
    let siblings = siblings_heading(doc, &name, in_hit).is_some_and(|r| r == name);
    match name.clone().find(|&k| doc.f(k) == "y").filter(|_| siblings) {
        Some(y) => vec![name.start..y, y + 1..name.end],
        None => vec![name],
    }
}
