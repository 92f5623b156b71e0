//! The custody of a whole group told before a list: its dated arrest, and its stay still in
//! custody, which the people the list names share.

use crate::discourse::GroupEvent;
use crate::layout::Layout;
use crate::model::EventType;
use crate::text::Doc;

/// A dated arrest of a whole group told in the three sentences up to a list's lead, or the four
/// when no one is named between: the arrest of the people the list names.
/// (Not one told before another list's items: "DETENIDOS (viernes 23 de enero) - A - B / CON
/// ARRESTO DOMICILIARIO - C": C was not among those arrested.)
pub(super) fn group_arrest(
    cx: &super::ListContext<'_, '_>,
    groups: &[GroupEvent],
    lead: Option<&GroupEvent>,
    list: usize,
) -> Option<GroupEvent> {
    let (doc, layout) = (cx.doc, cx.layout);
    let lead = lead?;
    // ("…estudiantes detenidos el domingo fueron liberados ayer. Son A, B y C. … MADRID — Tres
    // presos…": an arrest whose people are named before the lead is theirs.)
    let named_between = |g: &GroupEvent| {
        cx.mentions
            .iter()
            .any(|m| m.sentence > g.sentence && m.sentence < lead.sentence)
    };
    // (An item that names no one and opens what follows, "Estos son sus nombres:" read as a list
    // of its own, stands between no arrest and its list.)
    let item = |s: usize| {
        layout.item_of.get(s).copied().flatten().is_some()
            && (layout.named_item(s)
                || doc
                    .sentences
                    .get(s)
                    .is_none_or(|t| doc.f(t.last - 1) != ":"))
    };
    groups
        .iter()
        .rev()
        .filter(|g| g.sentence < list && !(g.sentence + 1..list).any(item))
        // (Nor one an earlier list's item tells: "ASCANIO PÉREZ, Héctor / Fecha de detención:
        // 20/05/2019" is no arrest of those "SIGUEN DETENIDOS" names next.)
        .filter(|g| !item(g.sentence) || layout.list_at(g.sentence) == layout.list_at(list))
        .take_while(|g| g.sentence + 4 >= lead.sentence)
        .find(|g| g.kind == EventType::Arrest && g.date.is_some() && g.certainty.is_none())
        .filter(|g| g.sentence + 3 >= lead.sentence || !named_between(g))
        // ("La mayoría había sido arrestada en agosto de 2024": the arrest of most of them.)
        // (Not "los detenidos son, en su mayoría, delegados": what most of them are.)
        .filter(|g| !of_most(doc, g.sentence))
        // ("Entre el 8 y el 14 de marzo documentamos 9 nuevas detenciones y 6 excarcelaciones"
        // over "EXCARCELADOS (6)": a balance's figures, no arrest of those the list names.)
        .filter(|g| !crate::list_tallies::balance(doc, g.sentence))
        // ("al menos 71 personas siguen encarceladas": a count of those held now.)
        .filter(|g| !crate::lead_asides::held_count(doc, g.sentence) || g.sentence + 2 >= list)
        // ("Since 2014, the organization has registered 18,317 political arrests": a count since
        // a year, no group's arrest.)
        // ("More than 2,000 people have been arrested for political reasons since July 28,
        // 2024": a count since a day, too.)
        .filter(|g| {
            let told = |words: &[&str]| crate::heading_lines::tells_of(doc, g.sentence, words);
            !((matches!(g.date, Some(crate::dates::PartialDate::Year(_)))
                || told(&["people", "personas", "more", "mas"]))
                && told(&["since", "desde"]))
        })
        .cloned()
}

/// Whether a sentence tells, in the past perfect, what most of a group had been: "La mayoría
/// había sido arrestada en agosto de 2024", "Most of them had been detained in 2024" (not "Most
/// were detained by plainclothes agents", the arrest told).
fn of_most(doc: &Doc<'_>, si: usize) -> bool {
    doc.sentences.get(si).is_some_and(|s| {
        (s.first..s.last).any(|k| {
            let most = (matches!(doc.f(k), "mayoria" | "majority")
                && matches!(doc.f(k.wrapping_sub(1)), "la" | "the"))
                || doc.f(k) == "most";
            most && (k + 1..(k + 4).min(s.last))
                .any(|j| matches!(doc.f(j), "habia" | "habian" | "had"))
        })
    })
}

/// A charge of a whole group told in the prose just before a list, no other list's items
/// between: "Todos fueron imputados por terrorismo… Estos son los casos:", "…la audiencia de
/// nueve personas, a quienes el Ministerio Público acusa de conspiración. … Esta es la relación
/// de los procesados:". With the crimes its sentence names.
pub(super) fn group_charge(
    cx: &super::ListContext<'_, '_>,
    groups: &[GroupEvent],
    list: usize,
) -> Option<(GroupEvent, Option<String>)> {
    let (doc, layout) = (cx.doc, cx.layout);
    let item = |s: usize| layout.item_of.get(s).copied().flatten().is_some();
    let words = |si: usize, list: &[&str]| crate::heading_lines::tells_of(doc, si, list);
    // ("Quedaron en libertad plena, sin cargos, el mismo día:" over the names: not charged.)
    let uncharged = [list.checked_sub(1), Some(list)]
        .into_iter()
        .flatten()
        .any(|h| {
            words(h, &["sin", "without", "sobreseida", "sobreseido", "plena"])
                && words(h, &["cargos", "charges", "charge", "causa", "libertad"])
        });
    if uncharged {
        return None;
    }
    let mut prose = 0;
    let mut si = list;
    while si > 0 && prose < 5 {
        si -= 1;
        if item(si) {
            return None;
        }
        if !layout.is_prose(si) {
            continue;
        }
        prose += 1;
        let told = groups
            .iter()
            .rev()
            .skip_while(|g| g.sentence > si)
            .take_while(|g| g.sentence == si)
            .find(|g| g.kind == EventType::Charge && g.certainty.is_none());
        let s = doc.sentences.get(si)?;
        // (A line that heads the names is their lead, read as such, and does not reach the
        // names under the list's later headers: "…imputados por terrorismo y trasladados a
        // Boleíta:" then "Quedaron en libertad:".)
        if (told.is_none() && !formal_accusation(doc, si))
            || crate::heading_lines::ends_with(doc, si, &[":"])
        {
            continue;
        }
        // The sentence before, in prose: "…la audiencia preliminar de nueve personas, a quienes
        // el Ministerio Público acusa de conspiración. La jueza admitió la acusación contra los
        // nueve procesados."
        let before = si
            .checked_sub(1)
            .filter(|&p| layout.is_prose(p))
            .and_then(|p| doc.sentences.get(p));
        // ("Otros tres fueron imputados por…": the others, not the list's people; "Todos fueron
        // presentados ante un tribunal": a hearing that names no crime charges no one; "siguen
        // imputados por…": a state, no charge told.)
        // (A court's word without the crimes, "admitió la acusación presentada por el fiscal",
        // leaves them to the prose before it.)
        let Some(crimes) = crate::clues::charges(doc, s.first, s.last)
            .or_else(|| before.and_then(|t| crate::clues::charges(doc, t.first, t.last)))
        else {
            if told.is_none() {
                continue;
            }
            return None;
        };
        let still = (s.first..s.last).any(|k| {
            matches!(
                doc.f(k),
                "sigue" | "siguen" | "continua" | "continuan" | "remain" | "remains"
            ) && ["imputad", "acusad", "procesad", "charged", "accused"]
                .iter()
                .any(|w| doc.f(k + 1).starts_with(w))
        });
        // ("Fue presentado y está imputado por…": of one the sentence does not name.)
        let one = words(
            si,
            &["imputado", "imputada", "acusado", "acusada", "le", "lo"],
        ) && !words(
            si,
            &[
                "imputados",
                "imputadas",
                "acusados",
                "acusadas",
                "todos",
                "les",
            ],
        );
        if still || one || crate::others::about_others(doc, s.first, s.last) {
            return None;
        }
        // ("La audiencia se celebró ayer lunes… El Ministerio Público imputó a todos…": the day
        // of the hearing told there or just before; of several, the latest.)
        let latest = |first: usize, last: usize| {
            crate::dates::find(doc, first, last, cx.published)
                .into_iter()
                .filter(|d| !d.since)
                .map(|d| d.date)
                .max_by_key(ToString::to_string)
        };
        // (Not a day the sentence gives another event: "…dictó sentencia el viernes en el juicio
        // contra cuatro personas detenidas en mayo de 2025 y acusadas de…".)
        let alone = !groups.iter().any(|g| g.sentence == si);
        let date = told
            .and_then(|g| g.date)
            .or_else(|| {
                (told.is_none() && alone)
                    .then(|| latest(s.first, s.last))
                    .flatten()
            })
            .or_else(|| before.and_then(|t| latest(t.first, t.last)));
        let g = GroupEvent {
            kind: EventType::Charge,
            date,
            sentence: si,
            conditions: None,
            certainty: None,
        };
        return Some((g, Some(crimes)));
    }
    None
}

/// A court's accusation of a whole group that names no one, which the triggers leave alone
/// ("acusado de" is more often the state's word than a charge laid): "Cuatro laicos y su
/// párroco fueron acusados el pasado miércoles en los Juzgados … por los delitos de…", "…la
/// fiscal, que imputó a todos los delitos de…".
fn formal_accusation(doc: &Doc<'_>, si: usize) -> bool {
    let Some(s) = doc.sentences.get(si) else {
        return false;
    };
    let words = |list: &[&str]| crate::heading_lines::tells_of(doc, si, list);
    // (Of a group, not "le imputó…" of one: "les imputó", "imputó a todos", "a quienes acusa".)
    let of_group = (s.first..s.last).any(|k| match doc.f(k) {
        "acusados" | "acusadas" => true,
        "imputo" => {
            doc.f(k.wrapping_sub(1)) == "les"
                || (doc.f(k + 1) == "a"
                    && matches!(doc.f(k + 2), "todos" | "todas" | "los" | "las"))
        }
        "acusa" | "acusan" => {
            matches!(doc.f(k.wrapping_sub(1)), "les" | "los" | "las")
                || doc.f(k.wrapping_sub(2)) == "quienes"
        }
        _ => false,
    });
    // ("La Fiscalía presentó el 14 de abril una acusación contra los once por…": the crimes
    // follow the group's word.)
    let against_all = (s.first..s.last).any(|k| {
        doc.f(k) == "acusacion"
            && doc.f(k + 1) == "contra"
            && matches!(
                doc.f(k + 2),
                "los" | "las" | "todos" | "todas" | "ellos" | "ellas"
            )
    });
    // ("La jueza admitió la precalificación de la Fiscalía: incitación al odio, terrorismo…":
    // the charge of those presented before her.)
    let admitted = words(&["admitio"]) && words(&["precalificacion", "imputacion", "acusacion"]);
    (of_group && words(&["delitos", "delito"]) || against_all || admitted)
        && words(&[
            "tribunal",
            "juzgados",
            "juzgado",
            "fiscal",
            "fiscalia",
            "audiencia",
            "jueza",
            "juez",
        ])
}

/// A dated stay in custody of a whole group told in the sentence before a lead, just before the
/// list, that is the group's arrest: the people the list names are still held.
/// (Told in prose before the list: not an item's "Sigue presa, solo que en la casa".)
pub(super) fn group_held(
    groups: &[GroupEvent],
    layout: &Layout,
    lead: Option<&GroupEvent>,
    list: usize,
) -> Option<GroupEvent> {
    let lead = lead.filter(|l| l.kind == EventType::Arrest && l.sentence + 2 >= list)?;
    let prose = |s: usize| layout.item_of.get(s).copied().flatten().is_none();
    groups
        .iter()
        .rev()
        .filter(|g| g.sentence < list && prose(g.sentence) && prose(lead.sentence))
        .take_while(|g| g.sentence + 1 >= lead.sentence)
        .find(|g| g.kind == EventType::Detention && g.date.is_some() && g.certainty.is_none())
        .cloned()
}

/// Gives the group's charge (see `group_charge`) to the members an item names, even beside a
/// row's own dates: "Todos fueron imputados por terrorismo…" over a table of their arrests and
/// releases. (Not to one of whom the list tells nothing else: "⚠️ Circula que detuvieron a la
/// poeta X. FALSO" among a thread's posts.)
pub(super) fn give_charge(
    charge: Option<&(GroupEvent, Option<String>)>,
    members: &[usize],
    item: &crate::layout_queries::Item,
    f: &mut crate::discourse::Findings,
) {
    let Some((g, crimes)) = charge else {
        return;
    };
    for &e in members {
        let told = f.events.iter().filter(|r| r.entity == e);
        if told.clone().any(|r| r.kind == g.kind) || told.count() == 0 {
            continue;
        }
        let mut r = g.for_member(e, item.sentences.start);
        r.charges = crimes.clone();
        f.events.push(r);
    }
}
