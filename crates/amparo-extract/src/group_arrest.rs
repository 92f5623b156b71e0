//! The arrest of a counted group told as a whole before its members are named ("…declaró
//! culpables a los siete opositores de Jinotega capturados entre el 18 y el 19 de octubre…", then
//! "El juez impuso 15 años a A, B…", "El séptimo acusado, C, …"): each member named after it, of
//! whom nothing tells an arrest of their own, was taken then.

use crate::day_ranges::start_key;
use crate::discourse::{Findings, GroupEvent, family};
use crate::model::EventType;
use crate::text::Doc;

/// What the walk's end gives from the groups it read: the lede's day (see
/// `walk_dates::lede_day`), then a counted group's arrest to its members named after it.
pub(crate) fn after_walk(
    doc: &Doc<'_>,
    f: &mut Findings,
    groups: &[GroupEvent],
    published: Option<chrono::NaiveDate>,
) {
    crate::walk_dates::lede_day(&mut f.events, groups);
    members_arrest(doc, f, groups, published);
    arrested_alongside(doc, &mut f.events);
}

/// ("Tomás Echenique, who was detained alongside Ortega at the airport", "Officers also detained
/// Karla Bastardo", "Junto a ella fue detenido X"): an arrest told undated, as shared with one
/// taken before, is of the day of the last dated arrest told before it.
fn arrested_alongside(doc: &Doc<'_>, events: &mut [crate::discourse::RawEvent]) {
    const ARRESTED: &[&str] = &[
        "arrested",
        "detained",
        "detenido",
        "detenida",
        "detenidos",
        "capturado",
        "capturada",
        "detuvieron",
        "aprehendido",
        "aprehendida",
    ];
    for i in 0..events.len() {
        let e = &events[i];
        if e.kind != EventType::Arrest || e.date.is_some() || e.certainty.is_some() {
            continue;
        }
        let Some(s) = doc.sentences.get(e.sentence) else {
            continue;
        };
        let them = |x: &str| matches!(x, "him" | "her" | "el" | "ella");
        // (The one named it was shared with: "detained alongside Ortega".)
        let mut partner = None;
        let shared = (s.first..s.last).any(|k| {
            let (w, next) = (doc.f(k), doc.f(k + 1));
            if w == "alongside" && doc.tokens.get(k + 1).is_some_and(|t| t.capitalised) {
                partner = Some(next);
            }
            (w == "alongside" && (them(next) || partner.is_some()))
                || (matches!(w, "with" | "together" | "along")
                    && ARRESTED.contains(&doc.f(k.wrapping_sub(1)))
                    && them(next))
                || (w == "junto" && matches!(next, "a" | "con") && them(doc.f(k + 2)))
                || (matches!(w, "also" | "tambien") && ARRESTED.contains(&next))
        }) && (s.first..s.last).any(|k| ARRESTED.contains(&doc.f(k)))
            // (Not "In an unrelated case, officers also detained X".)
            && !(s.first..s.last).any(|k| matches!(doc.f(k), "unrelated" | "otro" | "separate"));
        // (Nor one with an arrest of their own told elsewhere.)
        let own = events
            .iter()
            .any(|o| o.entity == e.entity && o.kind == EventType::Arrest && o.date.is_some());
        if !shared || own {
            continue;
        }
        // (The last dated event told just before, an arrest of another, of the one named.)
        let named = |o: &crate::discourse::RawEvent| {
            partner.is_none_or(|p| {
                doc.sentences
                    .get(o.sentence)
                    .is_some_and(|x| (x.first..x.last).any(|k| doc.f(k) == p))
            })
        };
        let day = events[..i]
            .iter()
            .rev()
            .filter(|o| o.kind == EventType::Arrest && o.certainty.is_none() && o.date.is_some())
            .find(|o| o.entity != e.entity && named(o))
            .and_then(|o| {
                o.date
                    .filter(|d| matches!(d, crate::dates::PartialDate::Day(_)))
            });
        if let Some(d) = day {
            events[i].date = Some(d);
        }
    }
}

/// Gives the arrest of a definite counted group ("los siete opositores … capturados", "the four
/// activists arrested in March"), or a counted object's ("a cuatro trabajadores … detenidos"),
/// to the people whose events are told after it, when they are no more than its count and none
/// has an arrest of their own.
fn members_arrest(
    doc: &Doc<'_>,
    f: &mut Findings,
    groups: &[GroupEvent],
    published: Option<chrono::NaiveDate>,
) {
    // (The first such group whose members fit its count.)
    for g in groups {
        // ("Dos de las cinco personas detenidas el pasado sábado… Los cinco fueron capturados al
        // terminar la misa": undated, the day of the same arrest told just before.)
        let told_before = || {
            groups
                .iter()
                .rev()
                .filter(|h| h.sentence < g.sentence && h.sentence + 3 >= g.sentence)
                .filter(|h| h.kind == EventType::Arrest && h.certainty.is_none())
                .find_map(|h| h.date)
                .or_else(|| arrested_on_before(doc, g.sentence, published))
        };
        let g = &GroupEvent {
            date: g.date.or_else(told_before),
            ..g.clone()
        };
        if g.kind == EventType::Arrest
            && g.certainty.is_none()
            && g.date.is_some()
            && let Some(n) = counted_definite(doc, g)
            && give(doc, f, g, n)
        {
            return;
        }
    }
}

/// Gives `g`'s arrest to the members told after it, when they fit its count `n`: whether it did.
fn give(doc: &Doc<'_>, f: &mut Findings, g: &GroupEvent, n: u64) -> bool {
    // (A group whose arrest the text gave its named people already is named: "The three were
    // arrested in separate raids on 5 July 2025" after their names; "a fourth defendant" is
    // none of them.)
    if f.events
        .iter()
        .any(|e| e.kind == EventType::Arrest && e.date == g.date)
    {
        return false;
    }
    let held = |k: EventType| {
        matches!(
            family(k),
            EventType::Sentence
                | EventType::Charge
                | EventType::Detention
                | EventType::HouseArrest
                | EventType::Transfer
                | EventType::Release
        ) || matches!(k, EventType::Exile | EventType::Expulsion)
    };
    // (Up to another story or case: "NOTICIA RELACIONADA", "En otro juicio", "In a separate
    // trial", "Mientras tanto", "por otra causa".)
    let end = (g.sentence + 1..doc.sentences.len())
        .find(|&si| other_story(doc, si))
        .unwrap_or(usize::MAX);
    let mut members: Vec<usize> = Vec::new();
    for e in &f.events {
        if e.sentence > g.sentence
            && e.sentence < end
            && held(e.kind)
            && e.certainty.is_none()
            && !members.contains(&e.entity)
        {
            members.push(e.entity);
        }
    }
    // (Nobody with an arrest of their own, told before or after, nor anything dated before the
    // group's arrest, "excarcelado y desterrado en 2023"; no official or kin.)
    let earlier = |e: &crate::discourse::RawEvent| {
        e.date
            .zip(g.date)
            .is_some_and(|(d, gd)| start_key(d) < start_key(gd))
    };
    let own = |x: usize| {
        f.events.iter().any(|e| {
            e.entity == x
                && (e.kind == EventType::Arrest
                    || e.sentence <= g.sentence
                    || earlier(e)
                    || e.sentence >= end)
        })
    };
    members.retain(|&x| !own(x) && !f.official[x] && !f.relative[x] && !f.out_of_scope[x]);
    // (Those named just before the group are of its count: "A, B and C … The three were
    // arrested in separate raids on 5 July 2025"; "a fourth defendant" after them is none.)
    let mut before: Vec<usize> = f
        .events
        .iter()
        .filter(|e| e.sentence < g.sentence && e.sentence + 2 >= g.sentence)
        .map(|e| e.entity)
        .collect();
    before.sort_unstable();
    before.dedup();
    let room = n.saturating_sub(before.len() as u64);
    if members.is_empty() || members.len() as u64 > room {
        return false;
    }
    for x in members {
        let sentence = f
            .events
            .iter()
            .find(|e| e.entity == x)
            .map_or(g.sentence, |e| e.sentence);
        f.events.push(g.for_member(x, sentence));
    }
    f.events.sort_by_key(|e| e.sentence);
    true
}

/// The day of an arrest a participle tells in the three sentences before `si` ("Dos de las cinco
/// personas detenidas el pasado sábado…"), when the group's own sentence tells none.
fn arrested_on_before(
    doc: &Doc<'_>,
    si: usize,
    published: Option<chrono::NaiveDate>,
) -> Option<crate::dates::PartialDate> {
    (si.saturating_sub(3)..si).rev().find_map(|x| {
        let s = doc.sentences.get(x)?;
        crate::dates::find(doc, s.first, s.last, published)
            .into_iter()
            .find(|d| {
                (d.first.saturating_sub(3).max(s.first)..d.first).any(|k| {
                    let w = doc.f(k);
                    w.starts_with("detenid") || w.starts_with("capturad") || w == "arrested"
                })
            })
            .map(|d| d.date)
    })
}

/// The count of a definite group the sentence of `g` names before its arrest: "los siete
/// opositores de Jinotega capturados", "the four activists arrested"; or right after the verb of
/// arrest, "police detained 11 people".
fn counted_definite(doc: &Doc<'_>, g: &GroupEvent) -> Option<u64> {
    let s = doc.sentences.get(g.sentence)?;
    // (The largest: "a nueve de los 14 dirigentes vecinales aprehendidos" is of the fourteen.)
    (s.first..s.last)
        .filter_map(|k| {
            // (Or the counted object of a verb: "las condenas impuestas a cuatro trabajadores …,
            // detenidos el 30 de junio".)
            let definite = matches!(doc.f(k), "los" | "las" | "the" | "a");
            let n = crate::count_words::parse_number(doc, k + 1)
                .or_else(|| crate::count_words::number_word(doc.f(k + 1)))?;
            // (An arrest's word within the next eight, past a bracket: "capturados", "arrested",
            // "…de la Siderúrgica del Orinoco (Sidor), detenidos".)
            let bracket = (k + 2..(k + 10).min(s.last))
                .find(|&j| doc.f(j) == "(")
                .and_then(|o| {
                    (o..(o + 6).min(s.last))
                        .find(|&c| doc.f(c) == ")")
                        .map(|c| c + 1 - o)
                })
                .unwrap_or(0);
            let arrested = (k + 2..(k + 10 + bracket).min(s.last)).any(|j| {
                let w = doc.f(j);
                w.starts_with("captur")
                    || w.starts_with("detenid")
                    || w.starts_with("arrestad")
                    || w.starts_with("aprehendid")
                    || matches!(w, "arrested" | "detained")
            });
            // ("Turkish police detained 11 people, among them five lawyers…", "la policía detuvo
            // a 11 personas": the counted object right after the verb of arrest.)
            let object = matches!(
                doc.f(k),
                "detained"
                    | "arrested"
                    | "detuvo"
                    | "detuvieron"
                    | "arresto"
                    | "arrestaron"
                    | "capturo"
                    | "capturaron"
            ) || (doc.f(k) == "a"
                && matches!(
                    doc.f(k.wrapping_sub(1)),
                    "detuvo" | "detuvieron" | "arresto" | "arrestaron" | "capturo" | "capturaron"
                ));
            ((definite && arrested) || object)
                .then_some(n)
                .filter(|&n| n > 1)
        })
        .max()
}

/// Whether sentence `si` opens another story or case: "Noticia relacionada", "Read more", "En
/// otro juicio", "In a separate trial", "Mientras tanto", "Meanwhile", "por otra causa". (Not a
/// heading in capitals, which a list of the same story may have.)
fn other_story(doc: &Doc<'_>, si: usize) -> bool {
    let Some(s) = doc.sentences.get(si) else {
        return false;
    };
    (s.first..s.last).any(|k| {
        doc.matches_any_at(
            k,
            &[
                "otro juicio",
                "otra causa",
                "otro caso",
                "otro proceso",
                "mientras tanto",
                "separate trial",
                "separate case",
                "another case",
                "another trial",
                "meanwhile",
                "noticia relacionada",
                "related",
                "lee tambien",
                "read more",
            ],
        )
    })
}
