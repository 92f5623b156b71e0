//! A line of facts about the one it opens with, each fact a participle with no subject
//! ("Aliaksandr Shupenia, 41, Mahiliou. Detained 3 June. Held in SIZO-4.").

use crate::discourse::Findings;
use crate::text::Doc;
use crate::triggers::Trigger;

/// A line of facts about the one it opens with, each a participle with no subject ("Aliaksandr
/// Shupenia, 41, Mahiliou. Detained 3 June. Held in SIZO-4.", "Aníbal Quintero, 41, Barquisimeto.
/// Detenido el 3 de junio."): the person who opens the nearest sentence before it that is not
/// such a participle's, when that sentence opens its line and holds only the name and its
/// particulars.
pub(crate) fn telegraphic_subject(
    doc: &Doc<'_>,
    t: &Trigger,
    refs: &crate::references::References,
    f: &Findings,
) -> Option<usize> {
    // (Singular: "Detenidos el 3 de junio" goes on about a group.)
    let participle = |k: usize| {
        let w = doc.f(k);
        ["ed", "ado", "ada", "ido", "ida"]
            .iter()
            .any(|x| w.ends_with(x))
            || matches!(
                w,
                "held" | "taken" | "sent" | "kept" | "preso" | "presa" | "puesto" | "puesta"
            )
    };
    let si = doc.sentence_index(t.first);
    let s = doc.sentences.get(si)?;
    if let Some(e) = record_subject(doc, t, si, refs, f) {
        return Some(e);
    }
    // (A participle with what follows it: "Detained 3 June", "Released January 12", "Held in",
    // "Detenida el…", "Moved from Rodeo I to house arrest".)
    // (Or a participle that opens the sentence and leads to the trigger: "Moved from El Helicoide
    // to house arrest in Caracas".)
    let opener = if t.first > s.first
        && t.first <= s.first + 8
        && matches!(
            doc.f(s.first),
            "moved" | "sent" | "trasladado" | "trasladada"
        )
        && (s.first..t.first).all(|k| doc.f(k) != ",")
    {
        s.first
    } else {
        t.first
    };
    let after = if opener == t.first {
        t.last
    } else {
        opener + 1
    };
    let next = doc.tokens.get(after).map(|x| (x.kind, doc.f(after)));
    let leads = match next {
        Some((crate::text::TokenKind::Number, _)) => true,
        Some((_, w)) if crate::dates::month(w).is_some() => true,
        Some((_, w)) => matches!(
            w,
            "on" | "in"
                | "from"
                | "at"
                | "under"
                | "with"
                | "to"
                | "since"
                | "for"
                | "by"
                | "el"
                | "en"
                | "desde"
                | "por"
                | "bajo"
                | "a"
                | "al"
                | "durante"
                | "tras"
                | "."
                | ","
                | ";"
        ),
        None => false,
    };
    // (Not a heading over a list: "RELEASED ON SATURDAY, FROM INOF:", "Released since our last
    // report (September 30):".)
    let heading = (s.first..s.last).any(|k| doc.f(k) == ":")
        || doc.text[doc.tokens[opener].start..doc.tokens[opener].end]
            .chars()
            .all(|c| c.is_uppercase());
    // (A month after the participle, or a participle before the trigger, only in a sentence
    // ended by its stop: "Released January 12" alone between entries heads the next one.)
    let month_lead = next.is_some_and(|(_, w)| crate::dates::month(w).is_some());
    let loose = (month_lead || opener != t.first) && doc.f(s.last - 1) != ".";
    if heading
        || loose
        || t.voice != crate::triggers::Voice::Passive
        || s.first != opener
        || !participle(opener)
        || !leads
    {
        return None;
    }
    let j = (si.saturating_sub(4)..si)
        .rev()
        .find(|&j| !participle(doc.sentences[j].first))?;
    let before = &doc.sentences[j];
    let from = refs.seen.partition_point(|&(_, k)| k < before.first);
    let &(e, at) = refs.seen.get(from)?;
    // (The name's line is a name and its particulars, "A, 41, Mahiliou.": no one who speaks, no
    // kin, no one else named — not "Olga Zhuk, the prisoner's mother, said…", "Carmen Ruiz
    // (left) and her son Mikhail.")
    let others = refs.seen[from..]
        .iter()
        .take_while(|&&(_, k)| k < before.last)
        .any(|&(x, _)| x != e);
    let particulars = (before.first..before.last).all(|k| {
        !crate::slots::SPEECH.contains(&doc.f(k)) && !crate::slots::RELATIONS.contains(&doc.f(k))
    }) && !others;
    // (Nor a participle whose own subject follows it: "Detenido el 14 de febrero, su hermano
    // Ramón…", "Detained on 3 June, his neighbour remains…".)
    let own_subject = (t.last..s.last).any(|k| {
        doc.f(k) == ","
            && matches!(
                doc.f(k + 1),
                "su" | "sus" | "his" | "her" | "their" | "el" | "la" | "los" | "las" | "the"
            )
    });
    (before.line_start
        && at == before.first
        && particulars
        && !own_subject
        && !f.relative[e]
        && !f.source[e]
        && !f.official[e])
        .then_some(e)
}

/// A docket's record, a line of pipes naming the one it is of, then the facts without subject
/// ("Mon 16 Feb | Moscow City Court | Yegor Rudnev / Charge: … / In custody since June 2024. /
/// Outcome: sentenced to 12 years…"): the one the paragraph's first line names after a pipe, for
/// a trigger that opens its sentence or follows its label ("Outcome:", "Resultado:").
fn record_subject(
    doc: &Doc<'_>,
    t: &Trigger,
    si: usize,
    refs: &crate::references::References,
    f: &Findings,
) -> Option<usize> {
    let s = doc.sentences.get(si)?;
    let labelled = doc.f(s.first + 1) == ":"
        && t.first == s.first + 2
        && matches!(
            doc.f(s.first),
            "outcome"
                | "result"
                | "verdict"
                | "status"
                | "resultado"
                | "decision"
                | "situacion"
                | "estatus"
        );
    // ("Under house arrest since October 2025.")
    let under = t.first == s.first + 1 && matches!(doc.f(s.first), "under" | "bajo");
    if t.voice != crate::triggers::Voice::Passive || !(t.first == s.first || labelled || under) {
        return None;
    }
    // (The paragraph's first line, or its second under a court's: "Moscow City Court, hall 312 /
    // Case 01-0123/2026 | VORONINA, Tatyana Sergeyevna | CC 207.3 | Judge I. P. Krylov".)
    let start = (si.saturating_sub(10)..si)
        .rev()
        .take_while(|&j| doc.sentences[j].paragraph == s.paragraph)
        .last()?;
    if start > 0 && doc.sentences[start - 1].paragraph == s.paragraph {
        return None;
    }
    let piped = |j: &usize| {
        let x = &doc.sentences[*j];
        (x.first..x.last).any(|k| doc.f(k) == "|")
    };
    let h = &doc.sentences[(start..si.min(start + 2)).find(piped)?];
    let from = refs.seen.partition_point(|&(_, k)| k < h.first);
    let named: Vec<(usize, usize)> = refs.seen[from..]
        .iter()
        .take_while(|&&(_, k)| k < h.last)
        .copied()
        .filter(|&(x, _)| !f.official[x])
        .collect();
    let [(e, at)] = named.as_slice() else {
        return None;
    };
    (doc.f(at.wrapping_sub(1)) == "|" && !f.relative[*e] && !f.source[*e]).then_some(*e)
}
