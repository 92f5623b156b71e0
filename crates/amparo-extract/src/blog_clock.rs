//! A live blog's entries stamped with the time alone ("11:58 p. m.", "00:10"), read across
//! midnight: in a blog newest first, a time later than the entry above it ("00:10 a. m." over
//! "11:58 p. m.") is the day before; oldest first, an earlier time the day after.

use chrono::{Days, NaiveDate};

use crate::text::Doc;

/// The minutes past midnight a line of sentence `first..last` is, when it is a time alone:
/// "01:40 a. m.", "11:58 p.m.", "23:58", "9:05 pm".
fn clock_minutes(doc: &Doc<'_>, first: usize, last: usize) -> Option<u32> {
    if last < first + 3 || doc.f(first + 1) != ":" {
        return None;
    }
    let hours: u32 = doc.f(first).parse().ok()?;
    let minutes: u32 = doc.f(first + 2).parse().ok()?;
    if doc.f(first + 2).len() != 2 || hours > 23 || minutes > 59 {
        return None;
    }
    let rest: Vec<&str> = (first + 3..last).map(|k| doc.f(k)).collect();
    let pm = rest.iter().any(|w| matches!(*w, "p" | "pm" | "p.m"));
    let am = rest.iter().any(|w| matches!(*w, "a" | "am" | "a.m"));
    let only_clock = rest.iter().all(|w| {
        matches!(
            *w,
            "a" | "p" | "m" | "." | "am" | "pm" | "a.m" | "p.m" | "h" | "hrs" | "hs"
        )
    });
    if !only_clock || (am || pm) && hours > 12 {
        return None;
    }
    let hours = match (am, pm) {
        (true, _) if hours == 12 => 0,
        (_, true) if hours < 12 => hours + 12,
        _ => hours,
    };
    Some(hours * 60 + minutes)
}

/// The day of each entry a time alone heads, by its sentence, in a text whose entries cross
/// midnight; none where they do not (their day is the publication's, as any other line's).
pub(crate) fn entry_days(doc: &Doc<'_>, published: Option<NaiveDate>) -> Vec<(usize, NaiveDate)> {
    let Some(published) = published else {
        return Vec::new();
    };
    let clocks: Vec<(usize, u32)> = doc
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| s.line_start)
        .filter_map(|(si, s)| clock_minutes(doc, s.first, s.last).map(|m| (si, m)))
        .collect();
    if clocks.len() < 3 {
        return Vec::new();
    }
    // (A step of more than twelve hours is midnight crossed: up, the day before; down, after.)
    let steps: Vec<i64> = clocks
        .windows(2)
        .map(|w| i64::from(w[1].1) - i64::from(w[0].1))
        .map(|d| {
            if d > 720 {
                -1
            } else if d < -720 {
                1
            } else {
                0
            }
        })
        .collect();
    let forward = steps.iter().filter(|&&s| s > 0).count();
    let backward = steps.iter().filter(|&&s| s < 0).count();
    if forward + backward == 0 || forward > 0 && backward > 0 {
        return Vec::new();
    }
    // (The first entry is the publication's day: the newest, newest first, where the blog is
    // dated by its update; the oldest, oldest first, where it is dated by its opening.)
    let mut day = Some(published);
    let mut out = Vec::new();
    for (i, &(si, _)) in clocks.iter().enumerate() {
        if i > 0 {
            day = match steps[i - 1] {
                1 => day.and_then(|d| d.checked_add_days(Days::new(1))),
                -1 => day.and_then(|d| d.checked_sub_days(Days::new(1))),
                _ => day,
            };
        }
        if let Some(d) = day {
            out.push((si, d));
        }
    }
    out
}
