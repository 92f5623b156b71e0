//! A list whose lead tells a banishment under a headline that told the release with it
//! ("Régimen excarcela y destierra a Guatemala a 19 presos políticos" over "…fueron sacadas en la
//! madrugada de ayer martes de los penales … y subidas a un vuelo"): its items were released too,
//! on the lead's day.

use crate::dates::PartialDate;
use crate::discourse::{GroupEvent, family};
use crate::lists::ListContext;
use crate::model::EventType;

/// The release the headline before a banishment's `lead` told with it, dated as the lead (whose
/// missing day is the one its sentence tells past its dateline).
pub(crate) fn release(
    cx: &ListContext<'_, '_>,
    groups: &[GroupEvent],
    lead: Option<&mut GroupEvent>,
) -> Option<GroupEvent> {
    let l = lead.filter(|l| {
        matches!(l.kind, EventType::Exile | EventType::Expulsion) && l.certainty.is_none()
    })?;
    let freed = groups.iter().find(|g| {
        g.sentence < l.sentence
            && g.sentence + 2 >= l.sentence
            && family(g.kind) == EventType::Release
            && crate::leaving_words::freed_and_banished_headline(cx.doc, g.sentence)
    })?;
    if l.date.is_none() {
        l.date = sentence_day(cx, l.sentence);
    }
    Some(GroupEvent {
        date: l.date.or(freed.date),
        ..freed.clone()
    })
}

/// The banishment the article's headline told of the group whose release a list's `lead` tells
/// ("…: estos son los presos políticos desterrados a Guatemala" over "Estos son algunos de los
/// nombres…"): each item's too, on the release's day. A headline: a line of its own without a
/// stop, before any prose, that tells no release.
pub(crate) fn banished_headline(
    cx: &ListContext<'_, '_>,
    groups: &[GroupEvent],
    lead: Option<&GroupEvent>,
    also: &[GroupEvent],
) -> Option<GroupEvent> {
    let l = lead.filter(|l| family(l.kind) == EventType::Release && l.certainty.is_none())?;
    // (Not the release of others told after the story's: "El lunes, otros dos presos políticos
    // fueron excarcelados y enviados a sus casas:".)
    let others = cx.doc.sentences.get(l.sentence).is_some_and(|s| {
        (s.first..s.last).any(|k| matches!(cx.doc.f(k), "otros" | "otras" | "others" | "other"))
    });
    if others
        || also
            .iter()
            .any(|g| matches!(g.kind, EventType::Exile | EventType::Expulsion))
    {
        return None;
    }
    let doc = cx.doc;
    let stop = |p: usize| crate::heading_lines::ends_with(doc, p, &[".", "!", "?"]);
    let headline = (0..l.sentence)
        .filter(|&p| !cx.layout.is_noise(p))
        .take_while(|&p| doc.sentences.get(p).is_some_and(|s| s.line_start) && !stop(p))
        .collect::<Vec<_>>();
    // (Not a headline that tells a release beside the leaving of some: "52 political prisoners
    // pardoned; 16 taken to Lithuania", "…frees more political prisoners, expels foreigners".)
    // (Nor one of several clauses or topics: "Nueve presos políticos dejan la cárcel; dos
    // extranjeros son expulsados", "Asunto: Boletín n.º 112 | Una salida con destierro y…".)
    let freed = |si: usize| {
        doc.sentences.get(si).is_some_and(|s| {
            (s.first..s.last).any(|k| matches!(doc.f(k), ";" | "|"))
                || crate::triggers::find(doc, s.first, s.last)
                    .iter()
                    .any(|t| family(t.kind) == EventType::Release)
        })
    };
    let g = groups.iter().find(|g| {
        headline.contains(&g.sentence)
            && g.certainty.is_none()
            && matches!(g.kind, EventType::Exile | EventType::Expulsion)
            && !freed(g.sentence)
    })?;
    Some(GroupEvent {
        date: l.date.or(g.date),
        ..g.clone()
    })
}

/// The day of a list's `lead` told in a headline without one ("Régimen destierra a 48 presos
/// políticos a Guatemala: esta es la lista" over "Un avión … aterrizó ayer jueves … con 48
/// personas…"): the one day the first sentence of prose under the headline tells.
pub(crate) fn headline_day(cx: &ListContext<'_, '_>, lead: &GroupEvent) -> Option<PartialDate> {
    let doc = cx.doc;
    let s = doc.sentences.get(lead.sentence)?;
    let stop = |p: usize| crate::heading_lines::ends_with(doc, p, &[".", "!", "?"]);
    // (A headline: a line of its own without a stop, no prose told before it.)
    let headline = s.line_start
        && !stop(lead.sentence)
        && (0..lead.sentence).all(|p| !cx.layout.is_prose(p) || !stop(p));
    if lead.date.is_some() || !headline {
        return None;
    }
    // (Past the page's noise: a byline, a photo's caption.)
    let next = (lead.sentence + 1..doc.sentences.len())
        .filter(|&p| !cx.layout.is_noise(p))
        .take(3)
        .find(|&p| cx.layout.is_prose(p) && stop(p))?;
    // (Only a day: "en marzo" under the headline is the background, not the news.)
    // (Nor one told in the pluperfect: "La oposición había pedido su libertad el 5 de enero".)
    let background = pluperfect(doc, next);
    sentence_day(cx, next).filter(|d| matches!(d, PartialDate::Day(_)) && !background)
}

/// The day of an undated release `lead` of a whole story: the one day its lede, the first
/// sentence of prose, tells ("Treinta y un presos políticos fueron sacados de sus celdas en la
/// madrugada de este jueves… subidos a un avión…" over "…los excarcelados podrán solicitar
/// ingreso…" and the names), when the lede tells no release of another day.
pub(crate) fn lede_day(cx: &ListContext<'_, '_>, lead: &GroupEvent) -> Option<PartialDate> {
    let doc = cx.doc;
    if lead.date.is_some() || family(lead.kind) != EventType::Release || lead.certainty.is_some() {
        return None;
    }
    let stop = |p: usize| crate::heading_lines::ends_with(doc, p, &[".", "!", "?"]);
    // (Past a dek that gives no day: "A priest, a journalist and a student leader were among
    // those expelled." over "Nicaragua on Wednesday released 19 political prisoners…".)
    let lede = (0..=lead.sentence)
        .filter(|&p| cx.layout.is_prose(p) && stop(p))
        .take(3)
        .find(|&p| sentence_day(cx, p).is_some())?;
    let s = doc.sentences.get(lede)?;
    let background = pluperfect(doc, lede);
    // (A lede of the leaving, not of arrests told with it: "…denuncia la detención y
    // desaparición de tres personas durante la madrugada del sábado 16 de agosto, así como la
    // excarcelación de otras dos".)
    // (Nor a lede of background, "Desde la ola de excarcelaciones que comenzó el 8 de enero…",
    // or of a report's period: it tells the leaving as a deed.)
    let found = crate::triggers::find(doc, s.first, s.last);
    let leaving = |t: &crate::triggers::Trigger| {
        matches!(
            family(t.kind),
            EventType::Release | EventType::Transfer | EventType::Exile | EventType::Expulsion
        )
    };
    let told = found
        .iter()
        .any(|t| leaving(t) && t.voice != crate::triggers::Voice::Nominal);
    let other = found.iter().any(|t| !leaving(t));
    sentence_day(cx, lede)
        .filter(|d| matches!(d, PartialDate::Day(_)) && !background && told && !other)
}

/// Whether sentence `si` tells its news in the pluperfect, as background ("La oposición había
/// pedido su libertad el 5 de enero"); not in a relative clause about the people ("A plane
/// carrying five Americans who had been imprisoned in Venezuela landed late Wednesday night").
pub(super) fn pluperfect(doc: &crate::text::Doc<'_>, si: usize) -> bool {
    doc.sentences.get(si).is_some_and(|s| {
        (s.first..s.last).any(|k| {
            matches!(doc.f(k), "habia" | "habian" | "had")
                && !matches!(
                    doc.f(k.wrapping_sub(1)),
                    "who" | "que" | "quien" | "quienes" | "which" | "that"
                )
        })
    })
}

/// The one day sentence `si` tells past its dateline ("San José, 22 de octubre de 2025 — …
/// fueron sacadas en la madrugada de ayer martes…"), if it tells one.
fn sentence_day(cx: &ListContext<'_, '_>, si: usize) -> Option<PartialDate> {
    let doc = cx.doc;
    let s = doc.sentences.get(si)?;
    // (A dateline's day ends at its dash, near the line's start.)
    let dateline = |d: &crate::dates::DateMention| {
        d.first < s.first + 14 && matches!(doc.f(d.last), "—" | "–" | "-")
    };
    let found: Vec<PartialDate> = crate::dates::find(doc, s.first, s.last, cx.published)
        .into_iter()
        .filter(|d| !d.since && !d.of_statement && !dateline(d))
        // ("38 nicaragüenses que hasta el miércoles permanecían en cárceles": until then.)
        .filter(|d| {
            !(d.first.saturating_sub(2)..d.first).any(|k| matches!(doc.f(k), "hasta" | "until"))
        })
        .map(|d| d.date)
        .collect();
    let first = *found.first()?;
    found.iter().all(|d| *d == first).then_some(first)
}

/// What a list's release `lead` tells besides the release, each item's too: the leaving of its
/// sentence, of a sentence shortly before that freed and sent them out in one breath, or of a
/// headline just before that told both.
pub(crate) fn lead_also(
    cx: &ListContext<'_, '_>,
    groups: &[GroupEvent],
    lead: Option<&GroupEvent>,
) -> Vec<GroupEvent> {
    lead.filter(|l| family(l.kind) == EventType::Release)
        .map(|l| {
            let breath = crate::leaving_words::list_breath(cx.doc, groups, l);
            groups
                .iter()
                .filter(|g| {
                    // (Or a headline's just before, that told the release and the
                    // leaving together: "Excarcelan y destierran a doce presos".)
                    (g.sentence == l.sentence
                        // (Not a past one: "En febrero de 2023 … excarceló y
                        // desterró a 222 presos. Este jueves … liberaron a otros
                        // tres:".)
                        || (Some(g.sentence) == breath
                            && g.date.zip(l.date).is_none_or(|(a, b)| a == b))
                        || (g.sentence + 2 >= l.sentence
                            && g.sentence < l.sentence
                            && crate::leaving_words::freed_and_banished_headline(
                                cx.doc, g.sentence,
                            )))
                        && g.certainty.is_none()
                        && matches!(g.kind, EventType::Exile | EventType::Expulsion)
                        // ("Los liberados habían sido trasladados el lunes … al centro de
                        // detención de la KGB en Minsk": the group's dated move before it; not
                        // of a part counted apart, "Diez fueron excarcelados y dos trasladados".)
                        || (g.sentence == l.sentence
                            && g.kind == EventType::Transfer
                            && g.date.is_some()
                            && g.certainty.is_none()
                            && !counted(cx.doc, g.sentence))
                })
                .map(|g| GroupEvent {
                    // (A headline's day is the release's.)
                    date: if g.sentence == l.sentence {
                        g.date.or(l.date)
                    } else {
                        l.date.or(g.date)
                    },
                    ..g.clone()
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Whether sentence `si` counts people in words or figures ("Diez fueron excarcelados y dos…").
fn counted(doc: &crate::text::Doc<'_>, si: usize) -> bool {
    doc.sentences
        .get(si)
        .is_some_and(|s| (s.first..s.last).any(|k| crate::count_words::count_at(doc, k)))
}

/// ("…fueron sacados de La Modelo y enviados en un vuelo a Guatemala. / Los excarcelados son:"):
/// whether the lead `l`, a leaving, is the freed's too under the header of sentence `si`
/// (tokens `first..last`) that names their release: told in the prose sentence right before it
/// (not a headline's "four forced out" over "Released and at home:"), done (not "no fueron
/// enviados", "serán enviados"), this year, of the whole group (not "cuatro fueron enviados"),
/// and the header not of those at home ("Excarcelados y en sus casas:").
pub(crate) fn leaving_before(
    cx: &ListContext<'_, '_>,
    l: &GroupEvent,
    si: usize,
    (first, last): (usize, usize),
) -> bool {
    let doc = cx.doc;
    let Some(s) = doc.sentences.get(l.sentence) else {
        return false;
    };
    let words = || (s.first..s.last).map(|k| doc.f(k));
    let undone = words().any(|w| {
        matches!(
            w,
            "no" | "not" | "ni" | "nunca" | "never" | "will" | "would" | "sera" | "seran"
        )
    });
    let part = (s.first..s.last).any(|k| {
        crate::count_words::count_at(doc, k)
            && (matches!(doc.f(k + 1), "fueron" | "were")
                || (matches!(doc.f(k + 1), "de" | "of")
                    && matches!(
                        doc.f(k + 2),
                        "ellos" | "ellas" | "los" | "las" | "them" | "the"
                    )))
    });
    let this_year = l
        .date
        .zip(cx.published)
        .is_none_or(|(d, p)| d.year() == chrono::Datelike::year(&p));
    let home = (first..last).any(|k| matches!(doc.f(k), "casa" | "casas" | "home" | "hogares"));
    matches!(l.kind, EventType::Exile | EventType::Expulsion)
        && l.certainty.is_none()
        && l.sentence + 1 == si
        && doc.f(s.last - 1) == "."
        && !undone
        && !part
        && this_year
        && !home
}
