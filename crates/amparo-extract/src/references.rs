//! References to people within and across sentences: names, "his brother" and "the mother
//! of X", pronouns and null subjects, "both"/"ambos"; who the discourse is about.

use crate::persons::MentionRef;
use crate::slots::{RELATIONS, SPEECH, Slot, relation_at};
use crate::text::Doc;

/// What earlier sentences say about who is who.
#[derive(Debug, Clone, Default)]
pub struct References {
    /// (owner, relation noun, person): "Pedro … his brother Franklin".
    pub relations: Vec<(Option<usize>, String, usize)>,
    /// The person last introduced as someone's relative, with its sentence.
    pub last_relative: Option<(usize, usize)>,
    /// The person the discourse is about (last given an event, or last subject).
    pub focus: Option<usize>,
    /// The people of the last sentence with events ("Both", "Ambos").
    pub focus_group: Vec<usize>,
}

impl References {
    /// Person slots of sentence `si` (tokens `a..b`), in order, and the people introduced in it
    /// as someone's relative; marks relatives in `relative`.
    pub fn slots(
        &mut self,
        doc: &Doc<'_>,
        ms: &[&MentionRef],
        si: usize,
        a: usize,
        b: usize,
        relative: &mut [bool],
    ) -> (Vec<Slot>, Vec<usize>) {
        let mut slots: Vec<Slot> = ms
            .iter()
            .map(|m| Slot {
                first: m.first,
                last: m.last,
                entity: m.entity,
            })
            .collect();
        let mut relation_targets: Vec<usize> = Vec::new();
        for k in a..b {
            if let Some(rel) = relation_at(doc, k) {
                let next = if doc.f(k + 2) == "," { k + 3 } else { k + 2 };
                let owner = ms.iter().rev().find(|o| o.last <= k).map(|o| o.entity);
                if let Some(m) = ms.iter().find(|m| m.first == next) {
                    self.relations.push((
                        owner.filter(|o| *o != m.entity),
                        rel.to_string(),
                        m.entity,
                    ));
                    self.last_relative = Some((m.entity, si));
                    // ("Pedro … hoping to hug his brother Franklin as he waited outside": the one
                    // held is the relation's person; "Afuera lo esperaba su madre, Y": Y, the
                    // subject after the verb of waiting, is the one who waits.)
                    let waiter =
                        owner.is_none() && (a..b).any(|j| crate::clues::is_waiting(doc.f(j)));
                    if !waiter {
                        relation_targets.push(m.entity);
                    }
                    relative[m.entity] = true;
                } else {
                    // "his sister" said by someone introduced as her brother: the owner of that relation;
                    // else the last person introduced with the same relation noun.
                    let reciprocal = owner.and_then(|o| {
                        self.relations
                            .iter()
                            .rev()
                            .find(|(_, _, t)| *t == o)
                            .and_then(|(own, _, _)| *own)
                    });
                    let same_noun = self
                        .relations
                        .iter()
                        .rev()
                        .find(|(_, n, _)| n == rel)
                        .map(|(_, _, t)| *t);
                    let recent = self
                        .last_relative
                        .filter(|(_, at)| si - at <= 2)
                        .map(|(e, _)| e);
                    // ("según su madre, X, … que su hijo había sido trasladado": her son is not
                    // X herself.)
                    if let Some(e) = reciprocal
                        .or(same_noun)
                        .or(recent)
                        .filter(|e| Some(*e) != owner || !relative[*e])
                    {
                        slots.push(Slot {
                            first: k,
                            last: k + 2,
                            entity: e,
                        });
                    }
                }
            }
            // "the mother of X": X is the one held, the speaker a relative.
            if RELATIONS.contains(&doc.f(k)) && matches!(doc.f(k + 1), "of" | "de" | "del") {
                // "La madre de Daniela, Gladys Urdaneta, contó…": the name set off after the
                // relation phrase is the relative herself, not the one held.
                let apposed = ms.iter().find(|m| {
                    m.first >= k + 3
                        && m.first <= k + 7
                        && doc.f(m.first - 1) == ","
                        && (k + 2..m.first - 1).all(|j| doc.f(j) != ",")
                        && matches!(
                            doc.f(k.wrapping_sub(1)),
                            "la" | "el" | "the" | "su" | "his" | "her"
                        )
                });
                if let Some(m) = apposed {
                    relative[m.entity] = true;
                }
                if let Some(m) = ms.iter().find(|m| {
                    m.first >= k + 2
                        && m.first <= k + 5
                        && Some(m.entity) != apposed.map(|x| x.entity)
                }) {
                    relation_targets.push(m.entity);
                    self.last_relative = Some((m.entity, si));
                }
                if let Some(owner) = ms.iter().rev().find(|o| o.last <= k && k - o.last <= 3) {
                    relative[owner.entity] = true;
                }
            }
            // "The lawyer of X, Y, says…", "La abogada de X, Y, denunció…": Y acts for X.
            if crate::relations::ASSOCIATES.contains(&doc.f(k))
                && matches!(doc.f(k + 1), "of" | "de" | "del")
                && matches!(
                    doc.f(k.wrapping_sub(1)),
                    "la" | "el" | "the" | "su" | "his" | "her"
                )
                && let Some(held) = ms.iter().find(|m| m.first >= k + 2 && m.first <= k + 4)
                && let Some(m) = ms.iter().find(|m| {
                    m.first > held.last && m.first <= held.last + 2 && doc.f(m.first - 1) == ","
                })
            {
                relative[m.entity] = true;
            }
        }
        // A sentence opening with a pronoun or a Spanish verb without subject is about the self.focus.
        // ("Authorities have not acknowledged her detention and her whereabouts remain
        // unknown": in a sentence that names no one, "her whereabouts" is the focus's.)
        if ms.is_empty()
            && let Some(e) = self.focus
            && let Some(k) = (a..b).find(|&k| {
                matches!(doc.f(k), "his" | "her")
                    && matches!(doc.f(k + 1), "whereabouts" | "paradero")
            })
        {
            slots.push(Slot {
                first: k,
                last: k + 1,
                entity: e,
            });
        }
        let opener = (a..b).find(|&k| !matches!(doc.f(k), "\"" | "'" | "-"));
        // ("Según su familia, sigue recluido en Tocorón", "As far as we know, he is still held":
        // after a lead that names nobody and ends with a comma, the clause opens as a sentence.)
        let clause = opener
            .filter(|&k0| doc.matches_any_at(k0, ATTRIBUTION_LEADS))
            .and_then(|k0| (k0 + 1..b.min(k0 + 10)).find(|&k| doc.f(k) == ","))
            .filter(|&c| ms.is_empty() && c + 1 < b)
            .map(|c| c + 1);
        for k in opener.into_iter().chain(clause) {
            let Some(e) = self.focus else { break };
            let raw = doc.tokens[k].text;
            let pronoun = matches!(raw, "He" | "She" | "Él" | "Ella")
                || (Some(k) == clause && matches!(raw, "he" | "she" | "él" | "ella"));
            // ("Fue detenido el lunes el dirigente campesino X": the subject after the verb,
            // set off by an article and a role.)
            // (Not past a comma, a verb of telling or a companion's "junto a": "Fue trasladada a
            // El Helicoide, confirmó la abogada X", "Fue detenida junto a la activista X".)
            let inverted = ms.iter().find(|m| m.first > k).is_some_and(|m| {
                (m.first.saturating_sub(4).max(k)..m.first).any(|j| {
                    matches!(doc.f(j), "el" | "la")
                        && !crate::lexicon::roles(doc.f(j + 1)).is_empty()
                        && (k..j).all(|i| {
                            !SPEECH.contains(&doc.f(i))
                                && !matches!(doc.f(i), "," | "junto" | "con" | "por" | "a")
                        })
                })
            });
            // (After a lead, a state only: "Según la policía, fue detenido un hombre…" tells of
            // someone else.)
            let verbs: &[&str] = if Some(k) == clause {
                &["permanece", "sigue", "continua"]
            } else {
                &["fue", "habia", "permanece", "sigue", "estuvo"]
            };
            let null_subject =
                verbs.contains(&doc.f(k)) && ms.iter().all(|m| m.first > k + 3) && !inverted;
            // ("Lo agarraron en Ureña en 2025", "La detuvieron en su casa": a clitic opening the
            // sentence is the one the text is about; its slot stands before the verb.)
            // (A verb of theirs done to the person, not "La noche del martes…".)
            let clitic = matches!(raw, "Lo" | "La")
                && ms.is_empty()
                && ["aron", "ieron"].iter().any(|e| doc.f(k + 1).ends_with(e));
            if pronoun || null_subject || clitic {
                slots.push(Slot {
                    first: k,
                    last: if clitic { k } else { k + 1 },
                    entity: e,
                });
            }
        }
        // (Or the clause after a lead that names nobody: "Según el fiscal, todos fueron…".)
        for k in opener.into_iter().chain(clause) {
            let before = slots.len();
            let article = matches!(doc.f(k), "the" | "los" | "las");
            // ("All four had been held…", "Los cuatro siguen…": the people just listed.)
            let plural = matches!(
                doc.f(k),
                "both" | "ambos" | "ambas" | "they" | "ellos" | "ellas"
            ) || ((article || matches!(doc.f(k), "all" | "todos" | "todas"))
                && crate::counts::number_word(doc.f(k + 1)).is_some_and(|n| n > 1))
                // ("Habían sido arrestados en noviembre": a plural verb without subject.)
                || (matches!(
                    doc.f(k),
                    "habian" | "fueron" | "permanecen" | "siguen" | "estuvieron"
                ) && ms.iter().all(|m| m.first > k + 3))
                // ("All those sentenced to prison, except Cabrera, were taken…": the people just
                // listed, but those excepted.)
                || (matches!(doc.f(k), "all" | "todos" | "todas")
                    && matches!(doc.f(k + 1), "those" | "the" | "los" | "las")
                    && participle(doc.f(k + 2)))
                // ("Según el fiscal, todos fueron detenidos durante las protestas de marzo".)
                || (matches!(doc.f(k), "all" | "todos" | "todas")
                    && matches!(
                        doc.f(k + 1),
                        "fueron" | "habian" | "siguen" | "permanecen" | "estan" | "were" | "had"
                            | "are" | "remain"
                    ));
            // ("They put my father's name on a list to look good, but he is still in Yare": the
            // ones who act, beside one held; not the people just listed.)
            // ("…, he said": one who speaks, not one held.)
            let one_held_beside = matches!(doc.f(k), "they" | "ellos")
                && (k + 1..b)
                    .any(|j| matches!(doc.f(j), "he" | "she") && !SPEECH.contains(&doc.f(j + 1)));
            if plural && self.focus_group.len() > 1 && !one_held_beside {
                let len = if crate::counts::number_word(doc.f(k + 1)).is_some() {
                    2
                } else {
                    1
                };
                let (group, len) = ends_of(doc, k + 1, &self.focus_group)
                    .map(|(g, n)| (g, n + 1))
                    .unwrap_or((self.focus_group.as_slice(), len));
                slots.extend(group.iter().map(|&e| Slot {
                    first: k,
                    last: k + len,
                    entity: e,
                }));
            }
            // ("The last two remain in Rodeo I": the last named.)
            else if matches!(doc.f(k), "the" | "los" | "las")
                && self.focus_group.len() > 1
                && let Some((group, len)) = ends_of(doc, k + 1, &self.focus_group)
            {
                slots.extend(group.iter().map(|&e| Slot {
                    first: k,
                    last: k + 1 + len,
                    entity: e,
                }));
            }
            if slots.len() > before {
                break;
            }
        }
        // "said the two remain in custody": a plural reference inside the sentence.
        for k in a + 1..b {
            // ("Según la Cancillería, los cuatro habían sido arrestados…": as many as were named.)
            let pair = matches!(doc.f(k), "the" | "los" | "las")
                && (matches!(doc.f(k + 1), "two" | "dos")
                    || crate::counts::number_word(doc.f(k + 1))
                        .is_some_and(|n| n > 2 && n as usize == self.focus_group.len()));
            if pair && self.focus_group.len() > 1 && !slots.iter().any(|s| s.first == k) {
                slots.extend(self.focus_group.iter().map(|&e| Slot {
                    first: k,
                    last: k + 2,
                    entity: e,
                }));
            }
        }
        // "her sister said she is being held": a pronoun after a verb of saying is the focus, or
        // else the person the sentence named last before it ("…announced the release of X, but
        // his family said that he was still in Tocuyito").
        for k in a + 1..b {
            let pronoun = matches!(doc.tokens[k].text, "he" | "she");
            let named_before = ms
                .iter()
                .rev()
                .find(|m| m.last <= k && !relative.get(m.entity).copied().unwrap_or(false))
                .map(|m| m.entity);
            // ("The family of Gen. X says it has not heard from him since he was detained":
            // after a conjunction of time, the person just named.)
            let temporal = matches!(
                doc.f(k - 1),
                "since" | "when" | "after" | "until" | "because" | "before"
            );
            let referent = if temporal {
                named_before.or(self.focus)
            } else {
                self.focus.or(named_before)
            };
            if let Some(e) = referent
                && pronoun
                // ("As far as we know he is still held": what is known of him.)
                && (SPEECH.contains(&doc.f(k - 1))
                    || matches!(doc.f(k - 1), "that" | "know" | "believe" | "understand")
                    || temporal)
                && !slots.iter().any(|s| s.first == k)
            {
                slots.push(Slot {
                    first: k,
                    last: k + 1,
                    entity: e,
                });
            }
        }
        // ("…, except Cabrera, were taken to Kilo 7", "salvo Ana Pérez, todos siguen presos"): one
        // excepted is none of the sentence's people.
        let excepted: Vec<usize> = ms
            .iter()
            .filter(|m| {
                // (Not one the rest of the sentence tells of: "…, except for Yunior Pacheco, who
                // was moved Wednesday to Kilo 8", "excepto X, de 70 años, a quien se le otorgó…".)
                // (Nor one after "al menos", at least.)
                let own_clause = doc.f(m.last) == ","
                    && ((m.last + 1..(m.last + 8).min(b))
                        .take_while(|&k| doc.f(k) != ".")
                        .any(|k| matches!(doc.f(k), "who" | "quien" | "whom"))
                        || matches!(doc.f(m.last + 1), "que" | "which" | "that")
                        || participle(doc.f(m.last + 1)));
                let before = doc.f(m.first.wrapping_sub(1));
                !own_clause
                    && (matches!(before, "except" | "excepto" | "salvo")
                        || (before == "menos" && doc.f(m.first.wrapping_sub(2)) != "al")
                        || (before == "for" && doc.f(m.first.wrapping_sub(2)) == "except"))
            })
            .map(|m| m.entity)
            .collect();
        slots.retain(|s| !excepted.contains(&s.entity));
        // ("Todos fueron liberados el lunes, salvo Pedro Soto, que sigue preso": one excepted
        // with a clause of their own keeps their name's slot, not the group's.)
        let own: Vec<(usize, usize)> = ms
            .iter()
            .filter(|m| {
                let before = doc.f(m.first.wrapping_sub(1));
                (matches!(before, "except" | "excepto" | "salvo")
                    || (before == "for" && doc.f(m.first.wrapping_sub(2)) == "except"))
                    && !excepted.contains(&m.entity)
            })
            .map(|m| (m.entity, m.first))
            .collect();
        slots.retain(|s| {
            !own.iter()
                .any(|&(e, first)| s.entity == e && s.first != first)
        });
        slots.sort_by_key(|s| s.first);
        (slots, relation_targets)
    }
}

/// Leads that say by whom or as of when a clause is known ("Según su familia,", "As far as we
/// know,", "Hasta hoy,"): the clause after their comma opens as a sentence would.
const ATTRIBUTION_LEADS: &[&str] = &[
    "segun",
    "de acuerdo",
    "according",
    "as far as",
    "hasta hoy",
    "hasta ahora",
    "hasta la fecha",
    "a la fecha",
    "por ahora",
    "so far",
    "for now",
    "to this day",
    "to date",
    "desde entonces",
    "since then",
    "todavia hoy",
    "al cierre",
    "at the time of writing",
    "mientras tanto",
    "meanwhile",
];

/// Definite descriptions of a person named before ("the retired general", "la activista", "the
/// union leader"): a slot for the person last named with the description's head word, when the
/// description is not followed by a name of its own.
pub fn role_references(
    doc: &Doc<'_>,
    a: usize,
    b: usize,
    slots: &[Slot],
    f: &crate::discourse::Findings,
) -> Vec<Slot> {
    let mut out = Vec::new();
    for k in a..b {
        if !matches!(doc.f(k), "the" | "el" | "la")
            || slots.iter().any(|s| s.first <= k && k < s.last)
        {
            continue;
        }
        let mut end = k + 1;
        while end < b && end < k + 4 && is_describer(doc.f(end)) {
            end += 1;
        }
        let head = doc.f(end.saturating_sub(1));
        // ("el dirigente campesino Hipólito X": a name past a word or two that describe.)
        let named_next = doc.tokens.get(end).is_some_and(|t| t.capitalised)
            || slots.iter().any(|s| {
                s.first > end
                    && s.first <= end + 2
                    && (end..s.first).all(|j| {
                        doc.tokens[j].kind == crate::text::TokenKind::Word
                            && !doc.tokens[j].capitalised
                            && (is_describer(doc.f(j)) || adjective_like(doc.f(j)))
                    })
            });
        if end == k + 1 || named_next || (head.ends_with('s') && !head.ends_with("ss")) {
            continue;
        }
        let person = (0..f.descriptors.len())
            .filter(|&e| f.descriptors[e].iter().any(|w| w == head))
            .filter(|&e| !f.high_office.get(e).copied().unwrap_or(false))
            .max_by_key(|&e| f.last_seen.get(e).copied().unwrap_or(0));
        if let Some(entity) = person {
            out.push(Slot {
                first: k,
                last: end,
                entity,
            });
        }
    }
    out
}

/// A lowercase word shaped like a Spanish or English adjective of a role ("campesino",
/// "sindical", "estudiantil", "comunitaria", "regional"): not a function word or a verb.
fn adjective_like(w: &str) -> bool {
    w.chars().count() > 4
        && [
            "ino", "ina", "al", "ar", "il", "ico", "ica", "ano", "ana", "ense", "ista", "ario",
            "aria",
        ]
        .iter()
        .any(|x| w.ends_with(x))
}

fn is_describer(w: &str) -> bool {
    !crate::lexicon::roles(w).is_empty()
        || crate::lexicon::is_np_word(w)
            && !matches!(
                w,
                "the" | "el" | "la" | "a" | "an" | "un" | "una" | "and" | "y" | "of" | "de" | "del"
            )
        || matches!(
            w,
            "general" | "leader" | "lider" | "dirigente" | "sindicalista" | "ambiental" | "veteran"
        )
}

/// "Los dos últimos", "las tres primeras", "the last two", "the first three" at `k` (after the
/// article): the first or last names of `group`, and how many tokens tell it.
fn ends_of<'g>(doc: &Doc<'_>, k: usize, group: &'g [usize]) -> Option<(&'g [usize], usize)> {
    let (n, end) = match (
        crate::counts::number_word(doc.f(k)),
        crate::counts::number_word(doc.f(k + 1)),
    ) {
        (Some(n), _) => (n, doc.f(k + 1)),
        (None, Some(n)) => (n, doc.f(k)),
        (None, None) => return None,
    };
    let n = usize::try_from(n)
        .ok()
        .filter(|&n| n > 0 && n < group.len())?;
    match end {
        "ultimos" | "ultimas" | "last" => Some((&group[group.len() - n..], 2)),
        "primeros" | "primeras" | "first" => Some((&group[..n], 2)),
        _ => None,
    }
}

/// Whether a folded word is a participle of an event ("excarcelados", "sentenced", "detenida").
fn participle(w: &str) -> bool {
    ["ados", "idos", "adas", "idas", "ado", "ido", "ada", "ida"]
        .iter()
        .any(|e| w.ends_with(e))
        || (w.ends_with("ed") && w.len() > 4)
}
