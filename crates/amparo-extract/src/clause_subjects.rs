//! The subject of a clause that does not name it: a Spanish clause after a semicolon ("El
//! ingeniero X obtuvo el sobreseimiento de su causa el lunes; salió de Rodeo I esa misma tarde":
//! the one person the clause before named), a relative clause in the singular after a list ("B
//! and C, 74, who will serve the rest of his sentence under house arrest": C alone), "todos"
//! after a source's clause (the group, not the source).

use crate::persons::MentionRef;
use crate::slots::Slot;
use crate::text::Doc;
use crate::triggers::Trigger;

/// Verbs in the third person singular that open a clause with no subject of their own.
const OPENERS: &[&str] = &[
    "salio",
    "murio",
    "fue",
    "quedo",
    "permanece",
    "sigue",
    "paso",
];

/// For each semicolon of sentence `a..b` followed by such a verb, a slot right before the verb
/// for the one person named before the semicolon (not a relative), when no one is named
/// between the semicolon and the verb.
pub(crate) fn after_semicolon(
    doc: &Doc<'_>,
    ms: &[&MentionRef],
    a: usize,
    b: usize,
    relative: &[bool],
) -> Vec<Slot> {
    let mut out = Vec::new();
    for c in a..b.saturating_sub(1) {
        if doc.f(c) != ";" || !OPENERS.contains(&doc.f(c + 1)) {
            continue;
        }
        let mut before: Vec<usize> = ms
            .iter()
            .filter(|m| m.last <= c && m.first >= a)
            .map(|m| m.entity)
            .collect();
        before.dedup();
        if let [e] = before.as_slice()
            && !relative.get(*e).copied().unwrap_or(false)
        {
            out.push(Slot {
                first: c + 1,
                last: c + 1,
                entity: *e,
            });
        }
    }
    out
}

/// ("De acuerdo con la abogada X, que asiste a varias familias, todos salieron con medida
/// cautelar"): "todos" after a clause set off by commas is the group, not the one named before
/// it; not "A, B y C, todos detenidos en 2025", where the names right before it are the group.
pub(crate) fn group_after_clause(doc: &Doc<'_>, slots: &[Slot], t: &Trigger, who: &mut Vec<usize>) {
    if matches!(doc.f(t.first.wrapping_sub(1)), "todos" | "todas")
        && doc.f(t.first.wrapping_sub(2)) == ","
        && who
            .iter()
            .all(|&j| slots.get(j).is_some_and(|s| s.last + 2 < t.first))
    {
        who.clear();
    }
}

/// ("Also freed were B and retired general C, 74, who will serve the rest of his sentence under
/// house arrest", "…y C, quien cumplirá arresto domiciliario"): a relative clause in the singular
/// right after the last of the people `who` holds (past that one's apposition) is about that one
/// alone.
pub(crate) fn singular_relative(doc: &Doc<'_>, slots: &[Slot], t: &Trigger, who: &mut Vec<usize>) {
    let Some(&last) = who
        .iter()
        .max_by_key(|&&j| slots.get(j).map_or(0, |s| s.last))
    else {
        return;
    };
    let Some(s) = slots
        .get(last)
        .filter(|s| who.len() >= 2 && s.last < t.first)
    else {
        return;
    };
    let Some(k) = (s.last..t.first).find(|&k| matches!(doc.f(k), "who" | "quien")) else {
        return;
    };
    let apposed = doc.f(k.wrapping_sub(1)) == ","
        && k - s.last <= 5
        && !slots.iter().any(|o| o.first > s.last && o.first < t.first);
    let singular = doc.f(k) == "quien"
        || (k + 1..t.first).any(|j| matches!(doc.f(j), "his" | "her" | "was" | "is" | "has"));
    if apposed && singular {
        *who = vec![last];
    }
}

/// ("La fiscal X lo acusó de «propaganda» y desde ese día está en reclusión domiciliaria"): the
/// official who acted on "him" is not whom the state told after it is about; the one the
/// sentence's last event befell is.
pub(crate) fn acted_on(
    doc: &Doc<'_>,
    kind: crate::model::EventType,
    slots: &[Slot],
    f: &crate::discourse::Findings,
    last_who: &[usize],
    who: &mut Vec<usize>,
) {
    use crate::model::EventType::{Detention, Disappearance, HouseArrest};
    if matches!(kind, Detention | HouseArrest | Disappearance)
        && !who.is_empty()
        && !last_who.is_empty()
        && who.iter().all(|&j| {
            let s = &slots[j];
            (f.official[s.entity]
                || (s.first.saturating_sub(3)..s.first)
                    .any(|k| crate::offices::is_office(doc.f(k))))
                && !last_who.contains(&j)
                && matches!(
                    doc.f(slots[j].last),
                    "lo" | "la" | "los" | "las" | "le" | "les"
                )
        })
    {
        *who = last_who.to_vec();
    }
}

/// ("Yunior Barrios fue arrestado el martes. El fiscal provincial, X, le imputa «desacato»"): a
/// charge laid on "him" in a sentence that names only officials is on the one the text is about
/// (`focus`).
pub(crate) fn charged_by_official(
    doc: &Doc<'_>,
    t: &Trigger,
    only_officials: bool,
    focus: Option<usize>,
) -> Option<usize> {
    (t.voice == crate::triggers::Voice::Clitic
        && t.kind == crate::model::EventType::Charge
        && matches!(doc.f(t.first), "le" | "lo" | "la")
        && only_officials
        // (Not "un tribunal le imputó traición a su hermano menor": the one it names after.)
        && !(t.last..doc.tokens.len().min(t.last + 6)).any(|k| matches!(doc.f(k), "a" | "al")))
    .then_some(focus)
    .flatten()
}

/// Who a participle joined by "y"/"and" to what came before is about: the people of the
/// sentence's last event (`last_who`); else, when no event came before ("X fue sacado de la Zona
/// 7 entre la noche del viernes y la madrugada de hoy y llevado a su casa…"), the one person the
/// sentence named before it, if that one neither speaks, holds office nor is a relative.
pub(crate) fn joined(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &Trigger,
    f: &crate::discourse::Findings,
    last_who: &[usize],
) -> Option<Vec<usize>> {
    if !last_who.is_empty() {
        // ("Fue detenido junto a Castillo y excarcelado el viernes": not the one along.)
        let own: Vec<usize> = (last_who.iter().copied())
            .filter(|&j| !crate::companions::along(doc, &slots[j]))
            .collect();
        return Some(if own.is_empty() {
            last_who.to_vec()
        } else {
            own
        });
    }
    let before: Vec<usize> = (0..slots.len())
        .filter(|&i| slots[i].last <= t.first)
        .collect();
    match before[..] {
        [i] if {
            let e = slots[i].entity;
            !f.official[e] && !f.source[e] && !f.relative[e]
        } =>
        {
            Some(vec![i])
        }
        _ => None,
    }
}

/// Whether the words `from..to` between "and" and a leaving bring in no subject of their own
/// ("y un venezolano exiliado" does; "y los expulsó", "and driven straight" do not).
pub(crate) fn one_subject(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    to - from <= 3
        && (from..to).all(|k| {
            let clitic = k + 1 == to && matches!(doc.f(k), "los" | "las" | "them" | "lo" | "la");
            clitic
                || !(matches!(
                    doc.f(k),
                    "un" | "una"
                        | "unos"
                        | "unas"
                        | "otro"
                        | "otra"
                        | "otros"
                        | "otras"
                        | "el"
                        | "la"
                        | "los"
                        | "las"
                        | "a"
                        | "an"
                        | "the"
                        | "another"
                        | "other"
                ) || crate::counts::number_word(doc.f(k)).is_some())
        })
}

/// Whether tokens `from..to`, before a participle with no auxiliary, name who acted: "Maduro's
/// government arrested…" is an agent, "de policía" is not, nor "a women's rights defender".
pub(crate) fn agent_between(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    (from..to).any(|k| {
        doc.f(k.wrapping_sub(1)) != "de"
            && AGENT_WORDS.contains(&doc.f(k))
            && (doc.f(k) != "'"
                || doc
                    .tokens
                    .get(k.wrapping_sub(1))
                    .is_some_and(|t| t.capitalised))
    })
}

/// Words before a participle with no auxiliary that name who acted ("Maduro's government
/// arrested…"), so a name right before it is no patient.
pub(crate) const AGENT_WORDS: &[&str] = &[
    "'",
    "government",
    "gobierno",
    "police",
    "policia",
    "authorities",
    "autoridades",
    "agents",
    "agentes",
    "officers",
    "funcionarios",
    "forces",
    "fuerzas",
    "regime",
    "regimen",
    "administration",
    "court",
    "tribunal",
    "judge",
    "juez",
];

/// "…; quien fue arrestado el lunes en Puerto Ordaz es su colega X", "the one who was detained
/// was his brother, X": a clause that opens with "quien" (or "the one who") and no one before it
/// tells of the one named after its "es"/"was".
pub(crate) fn cleft_after(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &crate::triggers::Trigger,
    clause: usize,
    s_last: usize,
) -> Option<usize> {
    let open = (clause.saturating_sub(1)..t.first).find(|&k| {
        matches!(doc.f(k), "quien" | "quienes")
            || (doc.f(k) == "who" && doc.f(k.wrapping_sub(1)) == "one")
    })?;
    let opens_clause = open <= clause + 2
        && matches!(
            doc.f(open.wrapping_sub(1)),
            ";" | "." | "" | "one" | "y" | "pero" | "but"
        );
    if !opens_clause || t.first > open + 3 {
        return None;
    }
    let copula = (t.last..s_last.min(t.last + 12))
        .find(|&k| matches!(doc.f(k), "es" | "era" | "fue" | "son" | "was" | "is"))?;
    slots
        .iter()
        .position(|s| s.first > copula && s.first <= copula + 5)
}

/// ("Among those forced out were A, B, and C, a former schoolteacher arrested in 2021", "A and
/// B, a pensioner jailed for comments"): a participle on the noun set off after the last name
/// describes that one alone, not the list.
pub(crate) fn own_apposition(doc: &Doc<'_>, slots: &[Slot], t: &Trigger, who: &mut Vec<usize>) {
    if who.len() < 2 {
        return;
    }
    let Some(&last) = who
        .iter()
        .filter(|&&j| slots[j].last <= t.first)
        .max_by_key(|&&j| slots[j].last)
    else {
        return;
    };
    let s = &slots[last];
    let described = doc.f(s.last) == ","
        && matches!(doc.f(s.last + 1), "a" | "an" | "un" | "una")
        // (Not the preposition, "a quienes imputó", "a los que detuvieron"; nor a noun of two or
        // of time, "A and B, a couple arrested in Apure", "an hour after they were detained".)
        && !matches!(
            doc.f(s.last + 2),
            "quien"
                | "quienes"
                | "los"
                | "las"
                | "la"
                | "el"
                | "lo"
                | "couple"
                | "pair"
                | "pareja"
                | "matrimonio"
                | "group"
                | "grupo"
                | "hour"
                | "day"
                | "week"
                | "month"
                | "year"
                | "few"
        )
        && t.first <= s.last + 6
        && (s.last + 2..t.first).all(|k| {
            doc.tokens[k].kind == crate::text::TokenKind::Word && !doc.tokens[k].capitalised
        });
    if described {
        who.retain(|&j| j == last);
    }
}

/// ("Marcano y Lugo no corrieron la misma suerte: el 16 de septiembre fueron trasladados a
/// Caracas"): a passive clause after a colon, with no name of its own, whose clause before the
/// colon tells no event, goes on about the names that open the sentence. They must end before a
/// verb of theirs ("Confirmado por su esposa, X: salió…", "Yeni Rojas: …" name a source or a
/// speaker), and no one of them speaks ("Cordero lo explicó así:").
pub(crate) fn past_colon(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &Trigger,
    (s_first, clause): (usize, usize),
) -> bool {
    let Some(colon) = clause
        .checked_sub(1)
        .filter(|&c| c > s_first && doc.f(c) == ":")
    else {
        return false;
    };
    let elided = t.voice == crate::triggers::Voice::Passive
        && (clause..t.first)
            .all(|k| !doc.tokens[k].capitalised || crate::dates::month(doc.f(k)).is_some());
    let named_after = slots
        .iter()
        .any(|s| s.first >= clause && s.first < t.last + 12);
    let before: Vec<&Slot> = slots
        .iter()
        .filter(|s| s.first >= s_first && s.last <= colon)
        .collect();
    // (A subject of one or several names joined by "y" or commas, then a verb of theirs.)
    let joined = before
        .windows(2)
        .all(|w| (w[0].last..w[1].first).all(|k| matches!(doc.f(k), "y" | "e" | "," | "and")));
    let opening = before.first().is_some_and(|s| s.first <= s_first + 1)
        && before.last().is_some_and(|s| s.last + 1 < colon)
        && joined;
    // ("Cordero lo explicó así:", "Camacho agregó un dato:".)
    let speaks =
        (s_first..colon).any(|k| crate::slots::SPEECH.contains(&doc.f(k)) || doc.f(k) == "asi");
    elided
        && !named_after
        && opening
        && !speaks
        && crate::triggers::find(doc, s_first, colon).is_empty()
}

/// ("En la marcha, convocada por el dirigente X, fueron detenidas A y B"): past an aside's
/// comma right before "fue"/"fueron", the names right after the verb are its subject, not the
/// name that closes the aside (`before`).
pub(crate) fn past_aside(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &Trigger,
    before: Option<usize>,
    s_last: usize,
) -> Option<usize> {
    use crate::subject_after::{first_after, skip_describers};
    let i = before?;
    let aside = doc.f(slots[i].last) == "," && slots[i].last + 2 >= t.first;
    (aside && matches!(doc.f(t.first.wrapping_sub(1)), "fue" | "fueron"))
        .then(|| first_after(doc, slots, skip_describers(doc, t.last, s_last), 2, s_last))
        .flatten()
}
