//! Coordinated names share the describing words before the first ("Spanish citizens A, B and
//! C"), and the rule of the state named after them ("el régimen de Daniel Ortega y Rosario
//! Murillo").

use crate::attributes::{describe, ruler};
use crate::discourse::Findings;
use crate::discourse::merge;
use crate::slots::Slot;
use crate::slots::list_around;
use crate::text::Doc;

/// Coordinated names share the noun phrase before the first ("Spanish citizens A, B and C"), of
/// the sentence `a..b`.
pub(crate) fn share_nouns(doc: &Doc<'_>, slots: &[Slot], a: usize, b: usize, f: &mut Findings) {
    for i in 0..slots.len() {
        let list = list_around(doc, slots, i);
        if list.len() > 1 && list.first() == Some(&i) {
            let mut d = describe(doc, slots[i].first, slots[i].last, a, b);
            for (n, &j) in list.iter().enumerate() {
                // ("el francés A y el alemán B": a name with its own noun keeps its own; so do
                // those a counted trade names, however long: "A y dos estudiantes de la
                // Universidad Estatal de Bielorrusia, B y C".)
                let from = n
                    .checked_sub(1)
                    .map_or(slots[j].first, |p| slots[list[p]].last)
                    .max(slots[j].first.saturating_sub(12));
                let near = slots[j]
                    .first
                    .saturating_sub(3)
                    .max(from.min(slots[j].first));
                let counted_trade = (from..slots[j].first)
                    .any(|k| crate::count_words::number_word(doc.f(k)).is_some_and(|n| n > 1));
                let window = if counted_trade { from } else { near };
                let own = j != i
                    && (window..slots[j].first).any(|k| {
                        !crate::lexicon::nationalities(doc.f(k)).is_empty()
                            || !crate::lexicon::roles(doc.f(k)).is_empty()
                    });
                // (And the names after it share its noun when it counts them, not the
                // first's: "Peruvian businessman A and two students, B and C"; "A, el pastor
                // B, C y D" share none.)
                if own && window < near {
                    // (A long counted trade: its own words, for all it counts.)
                    d = Default::default();
                    for k in window..slots[j].first {
                        let codes = crate::lexicon::nationalities(doc.f(k));
                        let roles = crate::lexicon::roles(doc.f(k));
                        merge(
                            &mut d.nationality,
                            &codes.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
                        );
                        merge(
                            &mut d.roles,
                            &roles.iter().map(|r| r.to_string()).collect::<Vec<_>>(),
                        );
                    }
                } else if own {
                    let counted = (window..slots[j].first)
                        .any(|k| crate::count_words::number_word(doc.f(k)).is_some_and(|n| n > 1));
                    d = if counted {
                        describe(doc, slots[j].first, slots[j].last, a, b)
                    } else {
                        Default::default()
                    };
                    continue;
                }
                merge(&mut f.nationality[slots[j].entity], &d.nationality);
                merge(&mut f.roles[slots[j].entity], &d.roles);
                // ("integrado por las magistradas A y B": a bench named in the plural, all of it.)
                let bench = ["magistrados", "magistradas", "jueces", "juezas", "judges"];
                // (Not a bench the sentence arrests: "Los jueces A y B fueron detenidos".)
                let end = list.last().map_or(b, |&l| slots[l].last);
                let held = || {
                    crate::triggers::find(doc, end, b).first().is_some_and(|t| {
                        t.voice == crate::triggers::Voice::Passive
                            && matches!(
                                t.kind,
                                crate::model::EventType::Arrest
                                    | crate::model::EventType::Detention
                            )
                    })
                };
                if d.high_office && d.words.iter().any(|w| bench.contains(&w.as_str())) && !held() {
                    f.official[slots[j].entity] = true;
                    f.high_office[slots[j].entity] = true;
                }
                // ("El régimen de Daniel Ortega y Rosario Murillo": both rule; not "las víctimas
                // del régimen de Ortega, A y B", a list of others after it.)
                let pair = list.len() == 2
                    && slots[list[1]].first == slots[list[0]].last + 1
                    && matches!(doc.f(slots[list[0]].last), "y" | "and" | "e");
                let victims = (slots[i].first.saturating_sub(6)..slots[i].first).any(|k| {
                    matches!(
                        doc.f(k),
                        "victimas"
                            | "presos"
                            | "victims"
                            | "prisoners"
                            | "opositores"
                            | "opponents"
                    )
                });
                if pair && !victims && ruler(doc, slots[i].first) {
                    f.official[slots[j].entity] = true;
                    f.high_office[slots[j].entity] = true;
                }
            }
        }
    }
}
