//! How a text prints its dates: a dateline opening a line ("CARACAS, 18 ene (Agencias) —"),
//! whether its numeric dates put the month first ("Dates are month/day/year"), a hearing's day
//! (the day a record says it is as of is in `as_of`).

use chrono::{Datelike, NaiveDate};

use crate::dates::PartialDate;
use crate::text::{Doc, Token, TokenKind};

/// Whether numeric dates of `text` print the month first: it says so ("month/day/year",
/// "MM/DD/YYYY"), or some date of the form N/N/YYYY can only be read so and none only the other
/// way.
pub(crate) fn month_first(text: &str, tokens: &[Token<'_>]) -> bool {
    let lower = text.to_lowercase();
    if lower.contains("month/day/year") || lower.contains("mm/dd/yyyy") {
        return true;
    }
    let (mut month_first, mut day_first) = (false, false);
    for w in tokens.windows(5) {
        let n = |t: &Token<'_>| {
            (t.kind == TokenKind::Number)
                .then(|| t.text.parse::<u32>().ok())
                .flatten()
        };
        if let (Some(a), "/", Some(b), "/", Some(y)) =
            (n(&w[0]), w[1].text, n(&w[2]), w[3].text, n(&w[4]))
            && (1900..2100).contains(&y)
        {
            month_first |= a <= 12 && b > 12 && b <= 31;
            day_first |= b <= 12 && a > 12 && a <= 31;
        }
    }
    month_first && !day_first
}

/// The dash ending a dateline that starts at token `at` (the first of a line): a word in
/// capitals, then within a dozen tokens a dash standing apart ("MARACAIBO —", "CARACAS, Feb 6
/// (Reuters) -").
pub(crate) fn dateline(text: &str, tokens: &[Token<'_>], at: usize) -> Option<usize> {
    let first = tokens.get(at)?;
    let letters = first.text.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = first.kind == TokenKind::Word
        && letters >= 3
        && first
            .text
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_uppercase());
    // "Caracas, 13 de enero de 2026.- El Comité…": a capitalised town, a date, then ".-".
    let town = first.kind == TokenKind::Word && first.capitalised;
    if !capitals && !town {
        return None;
    }
    let dash = (at + 1..tokens.len().min(at + 14))
        .take_while(|&k| !text[tokens[k - 1].end..tokens[k].start].contains('\n'))
        .find(|&k| {
            let apart = tokens[k].start > tokens[k - 1].end || tokens[k - 1].text == ".";
            matches!(tokens[k].text, "—" | "–" | "-")
                && apart
                && tokens.get(k + 1).is_some_and(|n| n.start > tokens[k].end)
        })?;
    let dated = (at + 1..dash).any(|k| tokens[k].kind == TokenKind::Number);
    // ("JOSÉ MIGUEL ARTEAGA (52) — TOCORÓN", a caption's line: a dateline opens prose, and
    // nothing in lower case follows this dash on its line. A claim's verdict, "AFIRMACIÓN 1:
    // \"…\" — FALSO", is cut off as a dateline is.)
    let prose = (dash + 1..tokens.len())
        .take_while(|&k| !text[tokens[k - 1].end..tokens[k].start].contains('\n'))
        .any(|k| tokens[k].text.chars().any(char::is_lowercase));
    let claim = (at + 1..dash).any(|k| matches!(tokens[k].text, ":" | "\"" | "“" | "”" | "«"));
    if !prose && !claim {
        return None;
    }
    (capitals || (dated && tokens.get(at + 1).is_some_and(|t| t.text == ","))).then_some(dash)
}

/// Day and month of a numeric date printed `a` then `b` with separator `sep`, as the text
/// prints them (day first, as Venezuelan lists write it, unless the text says otherwise).
pub(crate) fn day_month(doc: &Doc<'_>, a: u32, b: u32, sep: &str) -> (u32, u32) {
    if doc.month_first && sep == "/" {
        (b, a)
    } else {
        (a, b)
    }
}

/// Where the clause opens past a date that opens a sentence at `k0` ("El 30 de julio de 2025 la
/// detuvieron en Maiquetía"), when a clitic "lo"/"la" opens it.
pub(crate) fn clitic_after_date(doc: &Doc<'_>, k0: usize, b: usize) -> Option<usize> {
    crate::dates::find(doc, k0, b, None)
        .into_iter()
        .next()
        .filter(|d| d.first == k0 + usize::from(doc.f(k0) == "el"))
        .map(|d| d.last + usize::from(doc.f(d.last) == ","))
        .filter(|&k| matches!(doc.f(k), "lo" | "la"))
}

/// The day of a hearing's record, from its field among its first twelve lines ("Tipo de acto:
/// Audiencia preliminar … Fecha: miércoles 11 de junio de 2025, 9:40 a. m."), before the
/// publication: what the court decided without a day of its own was decided then.
pub(crate) fn hearing_day(doc: &Doc<'_>, published: Option<NaiveDate>) -> Option<String> {
    let hearing = doc.sentences[..doc.sentences.len().min(12)]
        .iter()
        .any(|s| (s.first..s.last).any(|k| matches!(doc.f(k), "audiencia" | "hearing")));
    if !hearing {
        return None;
    }
    // ("Fecha: miércoles 11 de junio de 2025", or an act's opening, "En el día de hoy, martes
    // veintidós (22) de abril de dos mil veinticinco (2025)": its day written out, not "hoy".)
    let field = |s: &&crate::text::Sentence| {
        s.line_start && matches!(doc.f(s.first), "fecha" | "date") && doc.f(s.first + 1) == ":"
    };
    let today = |s: &&crate::text::Sentence| {
        ["en", "el", "dia", "de", "hoy"]
            .iter()
            .enumerate()
            .all(|(j, w)| doc.f(s.first + j) == *w)
    };
    // ("Caracas, lunes 2 de febrero de 2026" over the act: its day.)
    let place_dated = doc.sentences[..doc.sentences.len().min(12)]
        .iter()
        .filter(|s| s.line_start)
        .find_map(|s| place_dated_line(doc, s.first, s.last, published));
    if let Some(PartialDate::Day(d)) = place_dated {
        return Some(d.format("%Y-%m-%d").to_string());
    }
    doc.sentences[..doc.sentences.len().min(16)]
        .iter()
        .filter(|s| field(s) || today(s))
        .find_map(|s| {
            crate::dates::find(doc, s.first + 2, s.last.min(s.first + 16), published)
                .iter()
                .find_map(|m| match m.date {
                    PartialDate::Day(d) if published.is_none_or(|p| d < p) => {
                        Some(d.format("%Y-%m-%d").to_string())
                    }
                    _ => None,
                })
        })
}

/// What a hearing's record tells the court decided, without a day or as of the publication, it
/// decided on the hearing's day (`hearing_day`).
pub(crate) fn decided_at_hearing(
    events: &mut [crate::model::Event],
    hearing: Option<&str>,
    published: Option<NaiveDate>,
) {
    let Some(day) = hearing else {
        return;
    };
    let printed = published.map(|d| d.format("%Y-%m-%d").to_string());
    for x in events.iter_mut().filter(|x| {
        (x.date.is_none() || x.date == printed)
            && !matches!(
                x.kind,
                crate::model::EventType::Arrest | crate::model::EventType::Detention
            )
    }) {
        x.date = Some(day.to_string());
    }
}

/// "12/2024 — Ochoa recibe…", "desde 01/2025": a month and its year at token `i` (not the end
/// of a day's date, "03/12/2024"), and the token after it.
pub(crate) fn month_of_year(
    doc: &Doc<'_>,
    i: usize,
    to: usize,
) -> Option<(usize, crate::dates::PartialDate)> {
    let m = crate::dates::number(doc, i).filter(|m| (1..=12).contains(m))?;
    let y = crate::dates::number(doc, i + 2).filter(|y| (1950..=2100).contains(y))?;
    let y = i32::try_from(y).ok()?;
    // (Opening its line or after a preposition: not "el Informe 2/2025", "Resolución 21/2024".)
    let opens = doc.sentence_at(i).is_some_and(|s| s.first == i)
        || matches!(
            doc.f(i.wrapping_sub(1)),
            "en" | "el"
                | "desde"
                | "hasta"
                | "de"
                | "in"
                | "since"
                | "from"
                | "until"
                | "("
                | "-"
                | ","
                | "|"
        );
    (doc.f(i + 1) == "/" && i + 3 <= to && doc.f(i + 3) != "/" && opens)
        .then_some((i + 3, crate::dates::PartialDate::Month(y, m)))
}

/// "on Palm Sunday, March 29", "el domingo, 29 de marzo": a weekday right before the day's date
/// printed at token `i`, set off by a comma, is that date, not the last such weekday before the
/// publication: the weekday's mention goes.
pub(crate) fn drop_weekday_before(
    doc: &Doc<'_>,
    out: &mut Vec<crate::dates::DateMention>,
    i: usize,
) {
    if out.last().is_some_and(|d| {
        d.last + 1 == i
            && doc.f(d.last) == ","
            && (d.first..d.last).any(|k| crate::dates::weekday(doc.f(k)).is_some())
    }) {
        out.pop();
    }
}

/// A day written with dots, day first ("20.03.2025"; "20.03.25" when `short_year`, as a chat's
/// stamp writes it).
pub(crate) fn dotted_day(text: &str, short_year: bool) -> Option<NaiveDate> {
    let parts: Vec<&str> = text.split('.').collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    let y: i32 = match y.len() {
        4 => y.parse().ok()?,
        2 if short_year => 2000 + y.parse::<i32>().ok()?,
        _ => return None,
    };
    NaiveDate::from_ymd_opt(y, m.parse().ok()?, d.parse().ok()?)
}

/// The last `month` (and `day`) on or before the publication date.
pub(crate) fn last_occurrence(
    published: NaiveDate,
    month: u32,
    day: Option<u32>,
) -> Option<PartialDate> {
    let mut year = published.year();
    let probe = |y: i32| NaiveDate::from_ymd_opt(y, month, day.unwrap_or(1));
    if probe(year)? > published {
        year -= 1;
    }
    Some(match day {
        Some(d) => PartialDate::Day(NaiveDate::from_ymd_opt(year, month, d)?),
        None => PartialDate::Month(year, month),
    })
}

/// A day and month without the year ("el 8/1"): the last such day, but in a table's cell ("| 25/11
/// 09:00 |") the nearest, up to two months ahead, as a schedule's day may come after the
/// publication.
pub(crate) fn day_month_only(
    doc: &Doc<'_>,
    i: usize,
    published: NaiveDate,
    m: u32,
    d: u32,
) -> Option<PartialDate> {
    let cell = doc.f(i.wrapping_sub(1)) == "|";
    match NaiveDate::from_ymd_opt(published.year(), m, d) {
        Some(day) if cell && day <= published + chrono::Duration::days(61) => {
            Some(PartialDate::Day(day))
        }
        _ => last_occurrence(published, m, Some(d)),
    }
}

/// Whether "May" at token `k` is the month ("arrested in May 2024", "since May"), not the verb.
pub(crate) fn may_the_month(doc: &crate::text::Doc<'_>, k: usize) -> bool {
    doc.f(k) == "may"
        && doc.tokens.get(k).is_some_and(|t| t.capitalised)
        && (crate::dates::number(doc, k + 1).is_some()
            // ("arrested on 12 May and released two days later": the day before it.)
            || crate::dates::number(doc, k.wrapping_sub(1)).is_some()
            || matches!(
                doc.f(k.wrapping_sub(1)),
                "in" | "since" | "of" | "early" | "late" | "mid" | "last" | "until" | "by"
            ))
}

/// A line that opens with a place and gives a whole day before the publication ("Caracas,
/// lunes 2 de febrero de 2026", "Tocorón, 14 de enero de 2026" over an act or a letter): the
/// document's own day.
pub(crate) fn place_dated_line(
    doc: &Doc<'_>,
    from: usize,
    to: usize,
    published: Option<NaiveDate>,
) -> Option<PartialDate> {
    let comma = (from + 1..(from + 5).min(to)).find(|&k| doc.f(k) == ",")?;
    let place = (from..comma).all(|k| {
        doc.tokens[k].kind == TokenKind::Word
            && (doc.tokens[k].capitalised || matches!(doc.f(k), "de" | "del" | "la" | "el"))
    }) && doc.tokens[from].capitalised
        && crate::dates::month(doc.f(from)).is_none()
        && crate::dates::weekday(doc.f(from)).is_none();
    if !place || to - comma > 10 {
        return None;
    }
    let found = crate::dates::find(doc, comma + 1, to, published);
    let [m] = found.as_slice() else {
        return None;
    };
    // (The day and its year, to the line's end: "lunes 2 de febrero de 2026", "2 de febrero de
    // 2026.")
    let to_end = (m.last..to).all(|k| matches!(doc.f(k), "." | ","));
    let year = (m.first..m.last).any(|k| doc.f(k).len() == 4 && doc.is_number(k));
    match m.date {
        PartialDate::Day(d) if to_end && year && published.is_none_or(|p| d < p) => Some(m.date),
        _ => None,
    }
}

/// ("Released 02/04 from Yare III", "Transferred on 04/04", "Arrested 01/04 in Puerto
/// Ayacucho"): an English day and month without the year after "on" or an event's participle,
/// in a text that prints its numeric dates day first (a Venezuelan NGO's English edition) — not
/// where it says month first.
pub(crate) fn english_day_first(doc: &Doc<'_>, i: usize) -> bool {
    let prev = doc.f(i.wrapping_sub(1));
    !doc.month_first
        && doc.tokens.get(i).is_some_and(|t| t.text.len() == 2)
        && doc.tokens.get(i + 2).is_some_and(|t| t.text.len() == 2)
        && (matches!(prev, "on" | "since" | "from")
            || matches!(
                prev,
                "released" | "arrested" | "detained" | "transferred" | "freed" | "moved"
            ))
}

/// A day and month printed without the year, ending before token `end`: in the year the end of
/// its range prints (see `range_end_year`), else the last such day on or before the publication.
pub(crate) fn without_year(
    doc: &Doc<'_>,
    end: usize,
    (m, day): (u32, u32),
    published: Option<NaiveDate>,
) -> Option<(usize, PartialDate)> {
    match range_end_year(doc, end)
        .or_else(|| crate::anaphoric_dates::same_day_year(doc, end, (m, day)))
        .or_else(|| crate::headings::year_heading_over(doc, end))
        .or_else(|| crate::anaphoric_dates::story_year(doc, end, (m, Some(day)), published))
    {
        Some(y) => NaiveDate::from_ymd_opt(y, m, day).map(|d| (end, PartialDate::Day(d))),
        None => published
            .and_then(|p| last_occurrence(p, m, Some(day)))
            .map(|d| (end, d)),
    }
}

/// A month named at token `i` without its year ("en agosto", "last March"): the year of a
/// chronicle's heading over it, else the last such month on or before the publication.
pub(crate) fn month_without_year(
    doc: &Doc<'_>,
    i: usize,
    m: u32,
    published: Option<NaiveDate>,
) -> Option<(usize, PartialDate)> {
    match crate::headings::year_heading_over(doc, i)
        .or_else(|| crate::anaphoric_dates::story_year(doc, i, (m, None), published))
    {
        Some(y) => Some((i + 1, PartialDate::Month(y, m))),
        None => published
            .and_then(|p| last_occurrence(p, m, None))
            .map(|d| (i + 1, d)),
    }
}

/// ("between March 11 and April 2, 2024", "entre el 11 de marzo y el 2 de abril de 2024"): the
/// year the end of a range of days prints, for its start at token `k` onward.
fn range_end_year(doc: &Doc<'_>, k: usize) -> Option<i32> {
    if !matches!(
        doc.f(k),
        "and" | "to" | "through" | "until" | "-" | "–" | "y" | "al" | "hasta"
    ) {
        return None;
    }
    let mut j = k + 1;
    if matches!(doc.f(j), "el" | "the") {
        j += 1;
    }
    // ("April 2, 2024" | "2 de abril de 2024" | "2 April 2024")
    let year = |e: usize| year_after(doc, e);
    if crate::dates::month(doc.f(j)).is_some() && crate::dates::number(doc, j + 1).is_some() {
        return year(j + 2);
    }
    if crate::dates::number(doc, j).is_some() {
        let m = if doc.f(j + 1) == "de" { j + 2 } else { j + 1 };
        if crate::dates::month(doc.f(m)).is_some() {
            return year(m + 1);
        }
    }
    None
}

/// The year printed at token `k`, past a comma or a "de"/"del"/"of" before it ("April 2, 2024",
/// "2 de abril de 2024", "julio del 2024", "July of 2024", "2 April 2024").
pub(crate) fn year_after(doc: &Doc<'_>, k: usize) -> Option<i32> {
    let k = k + usize::from(matches!(doc.f(k), "," | "de" | "del" | "of"));
    crate::dates::year_at(doc, k)
}
