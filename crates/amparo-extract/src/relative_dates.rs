//! Dates told relative to the publication date: "ayer", "overnight", "el pasado martes",
//! "esta madrugada", "last week", "hace tres días", "hace un año".

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::dates::{PartialDate, weekday};
use crate::text::Doc;

pub(crate) fn relative(
    doc: &Doc<'_>,
    i: usize,
    w: &str,
    published: NaiveDate,
) -> Option<(usize, PartialDate)> {
    let day = |d: NaiveDate| PartialDate::Day(d);
    let minus = |n: u64| published.checked_sub_days(Days::new(n));
    // ("The day before yesterday", "antes de ayer")
    if w == "day" && doc.f(i + 1) == "before" && doc.f(i + 2) == "yesterday" {
        return minus(2).map(|d| (i + 3, day(d)));
    }
    if w == "antes" && doc.f(i + 1) == "de" && doc.f(i + 2) == "ayer" {
        return minus(2).map(|d| (i + 3, day(d)));
    }
    if let Some(found) =
        anniversary(doc, i, w, published).or_else(|| crate::holidays::feast_day(doc, i, published))
    {
        return Some(found);
    }
    // ("excarceló ayer jueves", a dispatch of the day before reprinted: the weekday says which
    // day, the "ayer" was the dispatch's.)
    if matches!(w, "yesterday" | "ayer")
        && let Some(wd) = weekday(doc.f(i + 1))
    {
        return (1..=7)
            .filter_map(minus)
            .find(|d| d.weekday() == wd)
            .map(|d| (i + 2, day(d)));
    }
    // ("the regional newspaper Hrodna Today", "Diario de Hoy": a name's word after a capital.)
    let named = matches!(w, "today" | "hoy")
        && doc.tokens.get(i).is_some_and(|t| t.capitalised)
        && doc.tokens.get(i.wrapping_sub(1)).is_some_and(|t| {
            t.capitalised && t.kind == crate::text::TokenKind::Word && !doc.line_break_before(i)
        });
    // (In prose, not a headline in title case: "Venezuela Frees 20 Prisoners Today".)
    let prose = || {
        doc.sentence_at(i).is_some_and(|x| {
            let words =
                (x.first..x.last).filter(|&k| doc.tokens[k].kind == crate::text::TokenKind::Word);
            let (n, small) = words.fold((0, 0), |(n, small), k| {
                (n + 1, small + usize::from(!doc.tokens[k].capitalised))
            });
            small * 3 > n * 2
        })
    };
    if named && prose() {
        return None;
    }
    match w {
        "yesterday" | "ayer" => return minus(1).map(|d| (i + 1, day(d))),
        "anteayer" | "antier" | "anteanoche" => return minus(2).map(|d| (i + 1, day(d))),
        "overnight" | "anoche" => return minus(1).map(|d| (i + 1, day(d))),
        "today" | "hoy" | "tonight" => return Some((i + 1, day(published))),
        _ => {}
    }
    if let Some(wd) = weekday(w) {
        let prev = doc.f(i.wrapping_sub(1));
        let next = doc.f(i + 1);
        if matches!(prev, "ese" | "aquel" | "that")
            && let Some(d) = crate::anaphoric_dates::that_weekday(doc, i, wd, published)
        {
            return Some((i + 1, day(d)));
        }
        if matches!(prev, "next" | "proximo" | "coming") || next == "proximo" || next == "next" {
            return None;
        }
        // "el miércoles 18": the day of the month says which Wednesday; "el martes 3 de marzo"
        // is read from its number on.
        // ("last Wednesday, the 18th", "On Thursday the 19th": past a comma and "the", an
        // ordinal.)
        let (at, the) = match (doc.f(i + 1), doc.f(i + 2)) {
            (",", "the") => (i + 3, true),
            ("the", _) => (i + 2, true),
            _ => (i + 1, false),
        };
        // ("El lunes 14 manifestantes fueron detenidos": a count after the weekday, not a day.)
        let counted = !the
            && doc.tokens.get(at + 1).is_some_and(|t| {
                t.kind == crate::text::TokenKind::Word
                    && !t.capitalised
                    && !matches!(
                        doc.f(at + 1),
                        "de" | "en"
                        | "a"
                        | "al"
                        | "del"
                        | "por"
                        | "y"
                        | "desde"
                        | "cuando"
                        | "in"
                        | "on"
                        | "at"
                        | "and"
                        | "when"
                        | "from"
                        // ("El pasado miércoles 18 fue trasladado": a verb or a clitic.)
                        | "fue"
                        | "fueron"
                        | "was"
                        | "were"
                        | "se"
                        | "lo"
                        | "la"
                        | "le"
                        | "los"
                        | "las"
                        | "les"
                        // ("también fue detenido el jueves 19 tras denunciar…")
                        | "tras"
                        | "after"
                        | "despues"
                        | "antes"
                        | "before"
                        | "con"
                        | "sin"
                        | "para"
                        | "mientras"
                        | "durante"
                    )
            });
        // (An ordinal's suffix, a token of its own: "the 18th".)
        let suffix = usize::from(the && matches!(doc.f(at + 1), "st" | "nd" | "rd" | "th"));
        if let Some(n) = crate::dates::number(doc, at)
            .filter(|n| (1..=31).contains(n) && !doc.line_break_before(at) && !counted)
        {
            let i = at - 1 + suffix;
            let k = if doc.f(i + 2) == "de" { i + 3 } else { i + 2 };
            if crate::dates::month(doc.f(k)).is_some() {
                return None;
            }
            // The one day of the last two months with both that weekday and that number; else
            // the weekday alone.
            if let Some(d) = (0..62u64)
                .filter_map(minus)
                .find(|d| d.day() == n && d.weekday() == wd)
            {
                return Some((i + 2, day(d)));
            }
        }
        let mut back =
            (published.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
        // "el pasado martes", "last Tuesday" said on a Tuesday: a week ago, not today.
        if back == 0 && matches!(prev, "pasado" | "last") {
            back = 7;
        }
        return minus(u64::from(back)).map(|d| (i + 1, day(d)));
    }
    let two = (w, doc.f(i + 1));
    let week_span = |monday: NaiveDate, end: NaiveDate| {
        if monday.month() == end.month() {
            Some(PartialDate::Month(end.year(), end.month()))
        } else if monday.year() == end.year() {
            Some(PartialDate::Year(end.year()))
        } else {
            None
        }
    };
    let monday = minus(u64::from(published.weekday().num_days_from_monday()))?;
    let last_month = published.checked_sub_months(Months::new(1))?;
    // "el pasado fin de semana", "over the weekend": the last Saturday and Sunday (this one when
    // the text is of a weekend day and does not say "pasado"), as precise as they agree.
    let weekend_end = if two == ("fin", "de") && doc.f(i + 2) == "semana" {
        Some(i + 3)
    } else if w == "weekend" {
        Some(i + 1)
    } else {
        None
    };
    if let Some(end) = weekend_end {
        let past = (i.saturating_sub(2)..i).any(|k| matches!(doc.f(k), "pasado" | "last"));
        let from_sunday = (published.weekday().num_days_from_monday() + 1) % 7;
        let sunday = match (published.weekday().num_days_from_monday(), past) {
            (5, false) => published.checked_add_days(Days::new(1))?,
            (6, false) => published,
            (6, true) => minus(7)?,
            _ => minus(u64::from(from_sunday))?,
        };
        let saturday = sunday.checked_sub_days(Days::new(1))?;
        return week_span(saturday, sunday).map(|d| (end, d));
    }
    match two {
        ("this", "week") | ("esta", "semana") => week_span(monday, published).map(|d| (i + 2, d)),
        ("esta", "madrugada" | "manana" | "tarde" | "noche")
        | ("this", "morning" | "afternoon" | "evening")
        | ("earlier", "today") => Some((i + 2, day(published))),
        // ("CONFIRMED released last night", "let out late last night")
        // (Not "on the last night of the 2017 protests".)
        ("last", "night" | "evening") if !matches!(doc.f(i + 2), "of" | "de") => {
            minus(1).map(|d| (i + 2, day(d)))
        }
        ("last", "week") => week_span(
            monday.checked_sub_days(Days::new(7))?,
            monday.checked_sub_days(Days::new(1))?,
        )
        .map(|d| (i + 2, d)),
        // "los excarcelados de la última semana", "in the past week": the seven days up to
        // the publication.
        ("ultima", "semana") | ("past", "week") | ("ultimos", "siete")
            if matches!(doc.f(i.wrapping_sub(1)), "la" | "the" | "los") =>
        {
            let end = if w == "ultimos" { i + 3 } else { i + 2 };
            week_span(minus(7)?, published).map(|d| (end, d))
        }
        ("semana", "pasada") if doc.f(i.wrapping_sub(1)) == "la" => week_span(
            monday.checked_sub_days(Days::new(7))?,
            monday.checked_sub_days(Days::new(1))?,
        )
        .map(|d| (i + 2, d)),
        ("this", "month") | ("este", "mes") => Some((
            i + 2,
            PartialDate::Month(published.year(), published.month()),
        )),
        ("last", "month") => Some((
            i + 2,
            PartialDate::Month(last_month.year(), last_month.month()),
        )),
        ("mes", "pasado") => Some((
            i + 2,
            PartialDate::Month(last_month.year(), last_month.month()),
        )),
        ("this", "year") | ("este", "ano") => Some((i + 2, PartialDate::Year(published.year()))),
        ("last", "year") | ("ano", "pasado") => {
            Some((i + 2, PartialDate::Year(published.year() - 1)))
        }
        ("hace", _) => {
            let n = small_number(doc.f(i + 1))?;
            match doc.f(i + 2) {
                "dias" | "dia" => minus(n).map(|d| (i + 3, day(d))),
                // "hace dos semanas": fourteen days back, as the writers of news count them.
                // ("hace dos semanas y media": a guess, left undated.)
                "semana" | "semanas" if doc.f(i + 3) != "y" => {
                    minus(7 * n).map(|d| (i + 3, day(d)))
                }
                // ("fue detenido hace 16 meses": the month it falls in; "hace dos años", too
                // vague to date anything, is never guessed.)
                "meses" | "mes" if doc.f(i + 3) != "y" => published
                    .checked_sub_months(chrono::Months::new(u32::try_from(n).ok()?))
                    .map(|d| (i + 3, PartialDate::Month(d.year(), d.month()))),
                _ => None,
            }
        }
        _ => {
            // ("about three weeks ago", "nearly two weeks ago": a guess, left undated.)
            let rough = matches!(
                doc.f(i.wrapping_sub(1)),
                "about" | "around" | "nearly" | "almost" | "some" | "over" | "than" | "roughly"
            );
            let unit = match doc.f(i + 1) {
                "days" | "day" => 1,
                "weeks" | "week" => 7,
                _ => return None,
            };
            if doc.f(i + 2) == "ago" && !(rough && unit == 7) {
                let n = if matches!(w, "a" | "one") {
                    1
                } else {
                    small_number(w)?
                };
                return minus(unit * n).map(|d| (i + 3, day(d)));
            }
            None
        }
    }
}

fn small_number(w: &str) -> Option<u64> {
    crate::counts::number_word(w).or_else(|| w.parse().ok())
}

/// "Hoy se cumple un año de la detención de X", "se cumplen 100 días del arresto", "Today
/// marks 100 days since X was arrested": the day that many days, months or years before.
fn anniversary(
    doc: &Doc<'_>,
    i: usize,
    w: &str,
    published: NaiveDate,
) -> Option<(usize, PartialDate)> {
    if !matches!(w, "cumple" | "cumplen" | "marks" | "mark") {
        return None;
    }
    let n = match doc.f(i + 1) {
        "un" | "una" | "one" | "a" => 1,
        x => small_number(x)?,
    };
    let after = doc.f(i + 3);
    let event = |k: usize| {
        matches!(
            doc.f(k),
            "detencion" | "arresto" | "captura" | "desaparicion" | "encarcelamiento"
        )
    };
    let of_the_arrest = (after == "since")
        || (after == "del" && event(i + 4))
        || (matches!(after, "de" | "desde")
            && matches!(doc.f(i + 4), "la" | "el" | "su")
            && event(i + 5));
    if !of_the_arrest {
        return None;
    }
    let n32 = u32::try_from(n).ok()?;
    let date = match doc.f(i + 2) {
        "dias" | "days" => published.checked_sub_days(Days::new(n)),
        "meses" | "mes" | "months" | "month" => {
            published.checked_sub_months(chrono::Months::new(n32))
        }
        "ano" | "anos" | "year" | "years" => {
            published.checked_sub_months(chrono::Months::new(12 * n32))
        }
        _ => None,
    }?;
    Some((i + 3, PartialDate::Day(date)))
}

/// The length of a time set off by commas at `k` (", el pasado miércoles,", ", on Tuesday,",
/// ", este lunes 3 de marzo,"), commas included; else 0.
/// (Past the state whose custody it was: "Falleció bajo custodia del Estado, el pasado
/// miércoles, el dirigente X".)
pub(crate) fn time_aside(doc: &Doc<'_>, k: usize) -> usize {
    if doc.f(k) == "del" && doc.f(k + 1) == "estado" && doc.f(k + 2) == "," {
        return 2 + time_aside(doc, k + 2);
    }
    if doc.f(k) != "," {
        return 0;
    }
    let close = (k + 2..k + 8).find(|&j| doc.f(j) == ",");
    let timed = |j: usize| {
        let w = doc.f(j);
        crate::dates::weekday(w).is_some() || crate::dates::month(w).is_some() || doc.is_number(j)
    };
    let plain = |j: usize| {
        timed(j)
            || matches!(
                doc.f(j),
                "el" | "la"
                    | "pasado"
                    | "pasada"
                    | "este"
                    | "esta"
                    | "de"
                    | "del"
                    | "on"
                    | "last"
                    | "this"
                    | "ayer"
                    | "anoche"
                    | "yesterday"
                    | "noche"
                    | "manana"
                    | "tarde"
                    | "madrugada"
                    | "por"
                    | "en"
                    | "early"
                    | "late"
                    | "night"
                    | "morning"
            )
    };
    close
        .filter(|&c| (k + 1..c).any(timed) && (k + 1..c).all(plain))
        .map_or(0, |c| c + 1 - k)
}

/// Whether a span counted back from the publication starts at token `k` ("hace tres días",
/// "two weeks ago").
pub(crate) fn counted_back_at(doc: &Doc<'_>, k: usize) -> bool {
    const SPANS: &[&str] = &["dias", "semanas", "horas", "days", "weeks", "hours"];
    (doc.f(k) == "hace" && SPANS.contains(&doc.f(k + 2)))
        || (SPANS.contains(&doc.f(k + 1)) && doc.f(k + 2) == "ago")
}
