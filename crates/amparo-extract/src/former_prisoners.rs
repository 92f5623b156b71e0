//! Former prisoners who speak or act today: "Former prisoner X, released in 2019, now an adviser
//! to the group, agreed", "Y, excarcelada en 2017 y hoy concejal en el exilio": a custody long
//! over is their past, told to say who they are; they are no detainees of the text. (An undated
//! stay, "spent five years in La Tumba", is not enough: as many writers keep such people.)

use chrono::Datelike;

use crate::discourse::Findings;
use crate::model::EventType;
use crate::text::Doc;

/// Drops the events of each person whose every event is dated three calendar years or more
/// before the publication (two, for one called a former prisoner), one of them a release (or
/// exile, or expulsion), when the person speaks in the text or a sentence of those events tells
/// what they do today ("hoy", "now", "today", "actualmente"); and of each whose death a sentence
/// of those events tells, out of custody.
pub(crate) fn drop_long_past(
    doc: &Doc<'_>,
    mentions: &[crate::persons::MentionRef],
    f: &mut Findings,
    published: Option<chrono::NaiveDate>,
) {
    let Some(published) = published else {
        return;
    };
    let today = |si: usize| {
        doc.sentences.get(si).is_some_and(|s| {
            (s.first..s.last).any(|k| {
                matches!(
                    doc.f(k),
                    "hoy" | "now" | "today" | "actualmente" | "currently" | "nowadays"
                )
            })
        })
    };
    // (One pass over the events: whether each person's are all that old, whether one of them is
    // told with today's words, whether one is a way out.)
    let n = f.source.len();
    let called = called_former(doc, mentions, n, true);
    // ("X, a former political prisoner freed in 2023, said the releases…": one called so who
    // speaks in the sentence that tells the release.)
    let speaks = |si: usize| {
        doc.sentences
            .get(si)
            .is_some_and(|s| (s.first..s.last).any(|k| crate::slots::SPEECH.contains(&doc.f(k))))
    };
    // ("Jalal Mohammadi, a schoolteacher jailed under the Shah in 1976 and who died in 1998":
    // one whose death the sentence of those events tells, long after.)
    // (A year told: "died in 1998"; not "died on Tuesday", maybe in custody.)
    let died = |si: usize| {
        doc.sentences.get(si).is_some_and(|s| {
            (s.first..s.last).any(|k| {
                crate::deaths::DIED.contains(&doc.f(k))
                    && matches!(doc.f(k + 1), "in" | "en")
                    && doc
                        .f(k + 2)
                        .parse::<i32>()
                        .is_ok_and(|y| (1900..=published.year() - 3).contains(&y))
            })
        })
    };
    let (mut past, mut present, mut freed) =
        (vec![None::<bool>; n], f.source.clone(), vec![false; n]);
    let (mut dead, mut died_held) = (vec![false; n], vec![false; n]);
    for r in &f.events {
        let e = r.entity;
        if e >= n {
            continue;
        }
        // (One called a former prisoner: two years before this one.)
        let gap = if called.get(e).copied().unwrap_or(false) {
            2
        } else {
            3
        };
        let old = r
            .date
            .as_ref()
            .is_some_and(|d| d.year() <= published.year() - gap);
        past[e] = Some(past[e].unwrap_or(true) && old);
        present[e] |= today(r.sentence) || (called[e] && speaks(r.sentence));
        dead[e] |= died(r.sentence);
        died_held[e] |= r.kind == EventType::DeathInCustody;
        // (Freed then: one held since 2019 who speaks from prison is held still.)
        freed[e] |= matches!(
            crate::discourse::family(r.kind),
            EventType::Release | EventType::Exile | EventType::Expulsion
        );
    }
    f.events.retain(|r| {
        let e = r.entity;
        !(e < n && past[e] == Some(true) && (present[e] && freed[e] || dead[e] && !died_held[e]))
    });
}

/// Words that call a person a former prisoner ("el médico y exprisionero político X", "former
/// political prisoner X"), folded.
const FORMER: &[&str] = &[
    "expreso",
    "expresa",
    "exprisionero",
    "exprisionera",
    "exprisioneros",
    "ex-prisoner",
    "ex-preso",
    "ex-presa",
];

/// Which of the `n` persons the text calls a former prisoner, before the name ("former political
/// prisoner X") or, with `after`, in an apposition after it ("X, a former political prisoner
/// freed in 2023,").
fn called_former(
    doc: &Doc<'_>,
    mentions: &[crate::persons::MentionRef],
    n: usize,
    after: bool,
) -> Vec<bool> {
    // ("a former Nicaraguan political prisoner": past one word of nationality.)
    let word = |k: usize| {
        FORMER.contains(&doc.f(k))
            || (matches!(doc.f(k), "ex" | "former")
                && (k + 1..k + 3)
                    .any(|j| matches!(doc.f(j), "preso" | "presa" | "prisoner" | "political")))
    };
    let apposition =
        |m: &crate::persons::MentionRef| doc.f(m.last) == "," && (m.last + 1..m.last + 4).any(word);
    let mut former = vec![false; n];
    for m in mentions
        .iter()
        .filter(|m| (m.first.saturating_sub(3)..m.first).any(word) || (after && apposition(m)))
    {
        if let Some(x) = former.get_mut(m.entity) {
            *x = true;
        }
    }
    former
}

/// Drops the undated custody of one the text calls a former prisoner: "El médico y exprisionero
/// político X, que pasó cinco años en cárceles de Camagüey, aseguró…", "former political prisoner
/// X, who spent a decade in Evin" tell who X is, no stay the text reports, when the text tells
/// nothing else of X's custody.
pub(crate) fn drop_former_stays(
    doc: &Doc<'_>,
    mentions: &[crate::persons::MentionRef],
    f: &mut Findings,
) {
    let mut former = called_former(doc, mentions, f.out_of_scope.len(), false);
    // (Not one whose story the text tells: "former prisoner X … spent four years in Belarusian
    // prisons. On September 11, 2025, he was taken … to the Lithuanian border".)
    let stay = |e: &crate::discourse::RawEvent| e.kind == EventType::Detention && e.date.is_none();
    for (entity, x) in former.iter_mut().enumerate() {
        *x = *x && f.events.iter().filter(|e| e.entity == entity).all(stay);
    }
    f.events
        .retain(|e| !(former.get(e.entity).copied().unwrap_or(false) && stay(e)));
}
