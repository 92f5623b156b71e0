//! Section headings of a chronicle told day by day ("LUNES 12 DE ENERO", "Martes 27:"): the
//! day each section's events happened.

use chrono::{Datelike, NaiveDate};

use crate::dates::{PartialDate, month, number, weekday};
use crate::stamp_lines::{dotted_stamp, whole_date_line};
use crate::text::{Doc, TokenKind};

/// A section heading of a chronicle told day by day ("LUNES 26 | Tres salidas en Uribana",
/// "Martes 27:"): `Some(date)` for a heading with a weekday and a day of the month (the last such
/// day on or before the publication), `Some(None)` for a heading in capitals without one (a new
/// section with no date), `None` for any other line.
pub fn heading_date(
    doc: &Doc<'_>,
    from: usize,
    to: usize,
    published: Option<NaiveDate>,
) -> Option<Option<PartialDate>> {
    heading_of(doc, from, to, published).map(|(d, _)| d)
}

/// Whether sentence `si` is a line that stamps a post ("[20.03.25 21:14]", "14 Feb 2026, 10:12").
pub(crate) fn post_stamp(doc: &Doc<'_>, si: usize) -> bool {
    doc.sentences.get(si).is_some_and(|s| {
        s.line_start
            && heading_of(doc, s.first, s.last, None)
                .is_some_and(|(d, stamped)| stamped && d.is_some())
    })
}

/// A line without the rule's marks around it ("▬▬ December 10 ▬▬", "=== 12 de enero ===").
fn undecorated(doc: &Doc<'_>, from: usize, to: usize) -> (usize, usize) {
    let rule = |k: usize| {
        doc.tokens[k].kind == TokenKind::Punct
            && doc.tokens[k]
                .text
                .chars()
                .all(|c| matches!(c, '▬' | '=' | '━' | '─' | '*' | '~' | '—' | '–' | '■' | '•'))
    };
    let (mut from, mut to) = (from, to);
    if to > from + 2 && rule(from) && rule(to - 1) {
        while from < to && rule(from) {
            from += 1;
        }
        while to > from && rule(to - 1) {
            to -= 1;
        }
    }
    (from, to)
}

/// The heading's date as `heading_date` reads it, and whether it is a whole line's date with a
/// number, a post's stamp ("14 Feb 2026, 10:12", "[20.03.25 21:14]"), not a weekday's ("MONDAY
/// —"): each way of reading the line says so as it reads it.
fn heading_of(
    doc: &Doc<'_>,
    from: usize,
    to: usize,
    published: Option<NaiveDate>,
) -> Option<(Option<PartialDate>, bool)> {
    let (from, to) = undecorated(doc, from, to);
    // (A post's stamp with a name and a handle is longer: "Lianet Ferrer @lianetferrer_cu · 11
    // abr. 2026, 08:14".)
    let handle = crate::stamp_lines::handle_in(doc, from, to);
    if to <= from || to - from > if handle { 20 } else { 12 } {
        return None;
    }
    // ("[20.03.25 21:14]", a chat's or a channel's stamp: the post's day.)
    if let Some(d) = dotted_stamp(doc, from, to, published) {
        return Some((Some(PartialDate::Day(d)), true));
    }
    // ("[11 jul. 2025 · 08:12]": a thread's stamp in brackets heads its post, on the day of
    // the publication too.)
    if doc.f(from) == "[" && doc.f(to - 1) == "]" && to > from + 2 {
        return whole_date_line(doc, from + 1, to - 1, published)
            .map(|d| (Some(d), true))
            .or_else(|| heading_of(doc, from + 1, to - 1, published));
    }
    let numbered = || (from..to).any(|k| doc.is_number(k));
    let whole_line = || whole_date_line(doc, from, to, published).is_some();
    let capitals = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.text.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && t.text
                    .chars()
                    .all(|c| !c.is_alphabetic() || c.is_uppercase())
        })
    };
    if weekday(doc.f(from)).is_some()
        && doc.tokens.get(from).is_some_and(|t| t.capitalised)
        && let Some(day) = number(doc, from + 1).filter(|d| (1..=31).contains(d))
        // ("Domingo 1 de febrero de 2026" under a masthead is the date, no section;
        // "LUNES 12 DE ENERO" over the day's names is one.)
        && !(month(doc.f(from + 3)).is_some() && matches!(doc.f(from + 4), "de" | ","))
        && !(month(doc.f(from + 2)).is_some() && number(doc, from + 3).is_some())
    {
        let p = published?;
        let named = month(doc.f(from + 2)).or_else(|| {
            (doc.f(from + 2) == "de")
                .then(|| month(doc.f(from + 3)))
                .flatten()
        });
        let mut date = match named {
            Some(m) => NaiveDate::from_ymd_opt(p.year(), m, day),
            None => NaiveDate::from_ymd_opt(p.year(), p.month(), day),
        };
        if date.is_none_or(|d| d > p) {
            date = match named {
                Some(m) => NaiveDate::from_ymd_opt(p.year() - 1, m, day),
                None => {
                    let prev = p.checked_sub_months(chrono::Months::new(1))?;
                    NaiveDate::from_ymd_opt(prev.year(), prev.month(), day)
                }
            };
        }
        return Some((date.map(PartialDate::Day), date.is_some() && whole_line()));
    }
    // ("MONDAY — A mayor in handcuffs", "MARTES: cuatro excarcelados": a digest's day, the
    // last such weekday on or before the publication.)
    if let Some(wd) = weekday(doc.f(from)).filter(|_| capitals(from))
        && matches!(doc.f(from + 1), "—" | "–" | "-" | ":")
    {
        let p = published?;
        let back = (p.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
        let d = p
            .checked_sub_days(chrono::Days::new(u64::from(back)))
            .map(PartialDate::Day);
        return Some((d, d.is_some() && numbered() && whole_line()));
    }
    // ("August 4, 2024", "12 de enero de 2026", "March 2025" on a line of its own: a
    // timeline's entry heading, the day of what follows; not the page's own day. One of several
    // such lines: a letter's single date over its opening is no timeline's.)
    if let Some(d) = whole_date_line(doc, from, to, published)
        .filter(|d| published.is_none_or(|p| *d != PartialDate::Day(p)))
    {
        let i = doc.sentences.partition_point(|s| s.first < from);
        let another = (i.saturating_sub(15)..(i + 16).min(doc.sentences.len()))
            .filter(|&j| j != i)
            .any(|j| {
                let s = &doc.sentences[j];
                let (a, b) = undecorated(doc, s.first, s.last);
                s.line_start && whole_date_line(doc, a, b, published).is_some()
            });
        // (A post's stamp with its time, "14 Feb 2026, 10:12", heads its post alone too.)
        // (So does a post's handle: "Martí Noticias @martinoticias · 3 dic. 2024".)
        let timed = (from..to).any(|k| doc.f(k) == ":") && (from..to).any(|k| doc.is_number(k))
            || (from..to).any(|k| doc.tokens[k].text.starts_with('@'));
        if another || timed {
            return Some((Some(d), numbered()));
        }
    }
    let words = (from..to)
        .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
        .count();
    let all_capitals = (from..to)
        .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
        .all(|k| capitals(k) || doc.tokens[k].text.chars().count() <= 2);
    (words >= 2 && all_capitals && !matches!(doc.f(to - 1), "." | ",")).then_some((None, false))
}

/// The dates of the part of a text being read: the section's, in a chronicle told day by day,
/// and the date a timeline's entry opens with ("Jan. 15, 2025 — Police raid the office. Pacheco
/// and Ocanto are arrested."), for the rest of its paragraph.
#[derive(Default)]
pub(crate) struct Sections {
    pub(crate) section: Option<PartialDate>,
    /// The section's date is a whole line's ("14 Feb 2026, 10:12"), not a weekday's ("MONDAY —").
    stamped: bool,
    entry: Option<(usize, PartialDate)>,
    /// The date of the last timeline entry, whose year an entry without one goes on in, and
    /// the token it opens with.
    last_entry: Option<(usize, PartialDate)>,
    /// Where the stamp below the post being read stands (see `stamps_below`).
    post_end: Option<usize>,
    /// The paragraph of the last stamp of a post with a handle ("Ana Ríos @anarios · 11 abr.
    /// 2026, 08:14"), whose day ends with it.
    handle_paragraph: Option<usize>,
    /// The sentence of the last dated section's heading: a group told before it is another
    /// day's.
    pub(crate) opened: usize,
    /// The days of a live blog's entries headed by a time alone, across midnight (see
    /// `blog_clock`), read once.
    clock: Option<Vec<(usize, NaiveDate)>>,
    /// The section being read is such an entry.
    clocked: bool,
}

impl Sections {
    /// Before sentence `si` is read.
    pub(crate) fn enter(&mut self, doc: &Doc<'_>, si: usize, published: Option<NaiveDate>) {
        let s = &doc.sentences[si];
        // (A post whose stamp is printed below it: its day is that stamp's, and the stamp's
        // line itself heads nothing.)
        if self.post_end.is_some_and(|e| si >= e) {
            (self.post_end, self.section, self.stamped) = (None, None, false);
        }
        if self.post_end.is_none()
            && let Some((end, day)) = crate::stamps_below::post_stamp_below(doc, si, published)
        {
            (self.post_end, self.section, self.stamped) =
                (Some(end), Some(PartialDate::Day(day)), true);
        }
        if !s.line_start || self.post_end.is_some() {
            return;
        }
        let handle = crate::stamp_lines::handle_in(doc, s.first, s.last);
        if let Some((d, stamped)) = heading_of(doc, s.first, s.last, published) {
            self.section = d;
            self.stamped = stamped;
            if d.is_some() {
                self.opened = si;
            }
            self.handle_paragraph = (stamped && handle).then_some(s.paragraph);
        } else if self
            .handle_paragraph
            .is_some_and(|p| p != s.paragraph && self.stamped)
        {
            // (The article's own text after an embedded post: its days are the publication's.)
            (self.section, self.stamped, self.handle_paragraph) = (None, false, None);
        } else if self.stamped
            && (s.first..s.last).any(|k| doc.f(k) == "·")
            && published.is_some_and(|p| {
                whole_date_line(doc, s.first, s.last, published) == Some(PartialDate::Day(p))
            })
        {
            // ("Clara Meneses · Sep 11" after "… · Sep 10, 2025": a later post of the
            // publication's day ends the earlier one's.)
            (self.section, self.stamped) = (None, false);
        }
        // ("11:58 p. m." under "00:10 a. m.", newest first: the entry's day is the day before.)
        let clock = self
            .clock
            .get_or_insert_with(|| crate::blog_clock::entry_days(doc, published));
        if let Some(&(_, d)) = clock.iter().find(|(at, _)| *at == si) {
            (self.section, self.stamped, self.opened) = (Some(PartialDate::Day(d)), true, si);
            self.clocked = true;
        }
        // ("12 de febrero de 2025 — Funcionarios… / 5 de marzo — Es imputada…": an entry
        // without its year goes on in the year of the one before, when so it follows it.)
        // (So after a line opening with a date and its time: "12 de febrero de 2025, 5:30 a.m.
        // — …".)
        let opening = crate::entry_dates::line_date(doc, s.first, s.last, published).map(
            |(d, printed, entry)| {
                let d = match self.last_entry {
                    Some((_, before)) if !printed => {
                        crate::entry_dates::in_year_of(d, before, published)
                    }
                    _ => d,
                };
                self.last_entry = Some((s.first, d));
                (d, entry)
            },
        );
        self.entry = opening
            .filter(|&(_, entry)| entry)
            .map(|(d, _)| (s.paragraph, d));
    }

    /// The day a state told in the present is as of: a post's under its stamp ("15 Feb 2026,
    /// 21:30 … She remains in the IVS"), else the publication's.
    pub(crate) fn now(&self, published: Option<NaiveDate>) -> Option<NaiveDate> {
        match self.section {
            Some(PartialDate::Day(d)) if self.stamped && published.is_some_and(|p| d < p) => {
                Some(d)
            }
            _ => published,
        }
    }

    /// The dates of the sentence `from..to`, its "this morning", "today", "yesterday" counted
    /// from the day of the dated section being read ("14 Feb 2026, 10:12" over a post) when
    /// there is one before the publication; its weekdays and all else from the publication
    /// ("MONDAY — … Heredia was let go on Tuesday"), as are a weekday section's ("FRIDAY — …
    /// were detained … yesterday" in Saturday's newsletter).
    pub(crate) fn dates(
        &self,
        doc: &Doc<'_>,
        from: usize,
        to: usize,
        published: Option<NaiveDate>,
    ) -> Vec<crate::dates::DateMention> {
        let mut found = crate::dates::find(doc, from, to, published);
        // (The entry's own date, in the year it goes on in.)
        if let Some((at, d)) = self.last_entry
            && let Some(m) = found.iter_mut().find(|m| m.first == at)
        {
            m.date = d;
        }
        let day = match self.now(published) {
            Some(d) if Some(d) != published => d,
            _ => return found,
        };
        let deictic = |k: usize| {
            matches!(
                doc.f(k),
                "today"
                    | "tonight"
                    | "yesterday"
                    | "morning"
                    | "hoy"
                    | "ayer"
                    | "anoche"
                    | "manana"
                    | "noche"
                    | "tarde"
                    | "madrugada"
                    | "afternoon"
                    | "evening"
                    | "night"
                    | "overnight"
            )
        };
        if !found.iter().any(|m| (m.first..m.last).any(deictic)) {
            return found;
        }
        let from_day = crate::dates::find(doc, from, to, Some(day));
        for m in found.iter_mut().filter(|m| (m.first..m.last).any(deictic)) {
            if let Some(x) = from_day
                .iter()
                .find(|x| x.first == m.first && x.last == m.last)
            {
                m.date = x.date;
            }
        }
        found
    }

    /// The section's day for an event of `kind` told without one: not, in a live blog's entry
    /// stamped with a time alone (see `blog_clock`), for a sentence or a charge recalled in it.
    pub(crate) fn section_for(&self, kind: crate::model::EventType) -> Option<PartialDate> {
        use crate::model::EventType::{Charge, Sentence};
        self.section
            .filter(|_| !(self.clocked && matches!(kind, Sentence | Charge)))
    }

    /// The date of the timeline's entry paragraph `paragraph` belongs to, if any.
    pub(crate) fn entry(&self, paragraph: usize) -> Option<PartialDate> {
        self.entry.filter(|(p, _)| *p == paragraph).map(|(_, d)| d)
    }
}

/// "Nota de la redacción:", "Editor's note:", "Note from the editor:": the label of an editor's
/// note, whose prose after the colon is no list of names ("Nota de la redacción: Briceño Valera,
/// exdirector de una cooperativa, llevaba detenido…").
pub(crate) fn editors_note(doc: &Doc<'_>, start: usize, colon: usize) -> bool {
    matches!(doc.f(start), "nota" | "note" | "editor")
        && (start + 1..colon).any(|k| matches!(doc.f(k), "redaccion" | "editor" | "note"))
}

/// ("2018 / El 14 de julio … lo bajaron de un bus. En agosto lo trasladaron…", a chronicle
/// told by years under headings of one year alone): the year of the heading over token `i`, a
/// date printed without its year being of that year; none under a span of years ("2020–2022"),
/// nor when the text heads fewer than two sections so.
pub(crate) fn year_heading_over(doc: &Doc<'_>, i: usize) -> Option<i32> {
    let line = |si: usize| {
        let s = doc.sentences.get(si)?;
        let n = s.last - s.first;
        (s.line_start && (1..=3).contains(&n) && doc.is_number(s.first)).then_some(s)
    };
    let year = |si: usize| {
        line(si)
            .filter(|s| s.last - s.first == 1 || doc.f(s.first + 1) == ":")
            .and_then(|s| crate::dates::year_at(doc, s.first))
    };
    // (Not a day told from the publication, "el pasado 2 de marzo", "this March 5".)
    if (i.saturating_sub(6)..i + 2).any(|k| {
        matches!(
            doc.f(k),
            "pasado" | "pasada" | "last" | "este" | "esta" | "this"
        )
    }) {
        return None;
    }
    // (Nor past another heading: "Situación actual".)
    let heading = |x: usize| {
        doc.sentences.get(x).is_some_and(|s| {
            s.line_start && s.last - s.first <= 6 && !matches!(doc.f(s.last - 1), "." | ":")
        })
    };
    let si = doc.sentence_index(i);
    let over = (si.saturating_sub(12)..si).rev().find(|&x| heading(x))?;
    let y = year(over)?;
    let headings = (0..doc.sentences.len())
        .filter(|&x| year(x).is_some())
        .take(2);
    (headings.count() == 2).then_some(y)
}
