//! References to people within and across sentences: names, "his brother" and "the mother of X",
//! pronouns and null subjects, "both"/"ambos"; who the discourse is about.

use crate::counted_groups::plural_subject;
use crate::group_parts::ends_of;
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
    /// Whether each person is a woman, a man or unknown (see `genders`).
    pub genders: Vec<Option<bool>>,
    /// The people named so far, the latest last.
    pub seen: Vec<(usize, usize)>,
    /// The groups in focus so far, the latest last (see `group_parts::group_of`).
    pub past_groups: Vec<Vec<usize>>,
    /// The last paragraph that gave anyone an event, everyone it gave one, and everyone given
    /// one so far (see `counted_groups::group_for`).
    pub paragraph_people: (usize, Vec<usize>, Vec<usize>),
}

impl References {
    /// Person slots of sentence `si` (tokens `a..b`), in order (no one addressed), and the people
    /// introduced in it as someone's relative; marks relatives in `relative`.
    pub fn slots(
        &mut self,
        doc: &Doc<'_>,
        ms: &[&MentionRef],
        si: usize,
        a: usize,
        b: usize,
        relative: &mut [bool],
    ) -> (Vec<Slot>, Vec<usize>) {
        let named = crate::vocatives::named_in_turn(doc, ms, a);
        let mut slots: Vec<Slot> = ms
            .iter()
            .filter(|m| !crate::vocatives::vocative(doc, m, named))
            .map(|m| Slot {
                first: m.first,
                last: m.last,
                entity: m.entity,
            })
            .collect();
        let mut relation_targets: Vec<usize> = Vec::new();
        let cue = std::cell::OnceCell::new();
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
                    // ("Mi hijo, Luis Eduardo, está preso desde julio", a mother's letter: the
                    // narrator's own relative is whom the text is about, not one who speaks.)
                    // (A relative, not "our reporter".) ("se llevaron al profesor X, y a su hijo
                    // Y": taken with him, not a relative who speaks.)
                    // ("Junto a él fue detenido su hijo, X": the same.)
                    let taken_too = crate::companions::kin_taken_too(doc, a, k);
                    if !crate::relations::narrators(doc.f(k), rel) && !taken_too {
                        relative[m.entity] = true;
                    }
                } else {
                    // "his sister" said by someone introduced as her brother: the owner of that relation;
                    // else the last person introduced with the same relation noun.
                    // (Not one who acts for them: "She said she had spoken to his lawyer" after
                    // "his wife, X".)
                    let recent = self
                        .last_relative
                        .filter(|(_, at)| si - at <= 2)
                        .filter(|_| RELATIONS.contains(&rel))
                        .map(|(e, _)| e);
                    let owner = owner
                        .or_else(|| crate::relations::teller(doc, ms, k, rel))
                        .or_else(|| {
                            let named = !ms.is_empty();
                            crate::relations::speaking(doc, k, rel, named, recent, &self.relations)
                        });
                    let reciprocal = owner.and_then(|o| {
                        crate::relations::reciprocal(
                            &self.relations,
                            (self.focus, &self.genders),
                            o,
                            rel,
                        )
                    });
                    let same_noun = self
                        .same_noun(doc, ms, (k, rel), relative)
                        .filter(|t| Some(*t) != owner);
                    // ("según su madre, X, … que su hijo había sido trasladado": her son is not
                    // X herself.)
                    // ("La madre de la activista X denuncia que su hija…": X, named in this
                    // sentence as the one whose relative speaks.)
                    let here = crate::relations::relative_of_before(doc, ms, a, k);
                    if let Some(e) = here
                        .or(reciprocal)
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
                let target = ms.iter().find(|m| {
                    m.first >= k + 2
                        && m.first <= k + 5
                        && Some(m.entity) != apposed.map(|x| x.entity)
                });
                // (The relation's person is not held: see `hostages::not_held`.)
                if let Some(m) = target.filter(|m| crate::hostages::not_held(doc, (a, b), k, m)) {
                    slots.retain(|s| s.entity != m.entity);
                    continue;
                }
                if let Some(m) = target {
                    relation_targets.push(m.entity);
                    self.last_relative = Some((m.entity, si));
                }
                // (Of someone named, not "X, que es madre de tres niños"; nor one among a group's
                // members, the cue read once: "Also expelled were A, B and C, the wife of a…".)
                if let Some(owner) = ms.iter().rev().find(|o| o.last <= k && k - o.last <= 3)
                    && (target.is_some() || !crate::relations::of_children(doc, k + 2))
                    && !cue
                        .get_or_init(|| crate::group_members::group_members_cue(doc, a, b))
                        .is_some_and(|c| c <= owner.first)
                {
                    relative[owner.entity] = true;
                }
            }
            if let Some(e) = crate::relations::acting_for(doc, ms, k) {
                relative[e] = true;
            }
        }
        // A sentence opening with a pronoun or a Spanish verb without subject is about the self.focus.
        // (In a sentence that names no one, "her whereabouts" is the focus's.)
        if ms.is_empty()
            && let Some(e) = self.focus
            && let Some(k) = crate::whereabouts_reading::whose_whereabouts(doc, a, b)
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
            .filter(|&k0| doc.matches_any_at(k0, crate::sentence_leads::ATTRIBUTION_LEADS))
            .and_then(|k0| (k0 + 1..b.min(k0 + 10)).find(|&k| doc.f(k) == ","))
            .filter(|&c| ms.is_empty() && c + 1 < b)
            .map(|c| c + 1);
        let after_date = opener.and_then(|k0| crate::printed_dates::clitic_after_date(doc, k0, b));
        let lead_in = opener
            .and_then(|k0| crate::sentence_leads::pronoun_after_lead(doc, k0, b))
            .filter(|&k| ms.iter().all(|m| m.first > k));
        for k in opener
            .into_iter()
            .chain(clause)
            .chain(after_date)
            .chain(lead_in)
        {
            let raw = doc.tokens[k].text;
            let seen = &self.seen;
            let named = || crate::salience::one_named_before(doc, seen, (si, k), ms.is_empty());
            let Some(e) = self.focus.or_else(named) else {
                break;
            };
            // ("A ella la excarcelaron el 10 de enero": a stressed pronoun fronted.)
            let stressed = raw == "A" && crate::genders::of_pronoun(doc, k + 1).is_some();
            let pronoun = matches!(raw, "He" | "She" | "Él" | "Ella")
                || ((Some(k) == clause || Some(k) == lead_in)
                    && matches!(raw, "he" | "she" | "él" | "ella"))
                || stressed;
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
                &[
                    "fue",
                    "habia",
                    "permanece",
                    "sigue",
                    "estuvo",
                    "salio",
                    "murio",
                ]
            };
            // ("X tenía 19 años. Murió el 11 de mayo en el penal…", "Salió el jueves de
            // Tocorón": the verb is the event itself; its subject's slot stands before it.)
            let own_verb = matches!(doc.f(k), "salio" | "murio");
            // (Not "Murió en 2019 su compañero de celda, el estudiante X", "Salió el jueves de
            // Tocorón un autobús…": a subject of its own after the verb.)
            let clause_end = (k + 1..b)
                .find(|&j| matches!(doc.f(j), "," | ";" | "y" | "con"))
                .unwrap_or(b);
            let own_subject = own_verb
                && (ms.iter().any(|m| m.first < clause_end)
                    || (k + 1..clause_end.min(k + 10)).any(|j| {
                        matches!(
                            doc.f(j),
                            "un" | "una" | "otro" | "otra" | "otros" | "otras" | "su" | "sus"
                        )
                    }));
            let null_subject = verbs.contains(&doc.f(k))
                && ms.iter().all(|m| m.first > k + 3)
                && !inverted
                && !own_subject;
            // ("Lo agarraron en Ureña en 2025", "La detuvieron en su casa": a clitic opening the
            // sentence is the one the text is about; its slot stands before the verb.)
            // (A verb of theirs done to the person, not "La noche del martes…"; or past an opening
            // date, see `clitic_after_date`.)
            let clitic = (matches!(raw, "Lo" | "La") || Some(k) == after_date)
                && ms.is_empty()
                && ["aron", "ieron"].iter().any(|e| doc.f(k + 1).ends_with(e));
            let speaks = pronoun && crate::speech_words::speaks_of_another(doc, k, ms);
            if (pronoun && !speaks) || null_subject || clitic {
                let at = k + usize::from(stressed);
                let e = crate::genders::named_by(doc, at, pronoun, e, &self.seen, &self.genders);
                let last = if clitic || own_verb { at } else { at + 1 };
                slots.push(Slot {
                    first: at,
                    last,
                    entity: e,
                });
            }
        }
        // (Or the clause after a lead that names nobody: "Según el fiscal, todos fueron…".)
        for k in opener.into_iter().chain(clause) {
            let before = slots.len();
            let counted = crate::counted_groups::counted_before(doc, k);
            let plural = (plural_subject(doc, k, b, ms) || counted.is_some())
                && !crate::counted_groups::heads_list(doc, k, b, ms.is_empty());
            // ("They put my father's name on a list to look good, but he is still in Yare": the
            // ones who act, beside one held; not the people just listed.)
            // ("…, he said": one who speaks, not one held.)
            let one_held_beside = matches!(doc.f(k), "they" | "ellos")
                && (k + 1..b)
                    .any(|j| matches!(doc.f(j), "he" | "she") && !SPEECH.contains(&doc.f(j + 1)));
            let focus_group = self.group_for(doc, k, counted);
            if plural && focus_group.len() > 1 && !one_held_beside {
                let len = if crate::counts::number_word(doc.f(k + 1)).is_some() || counted.is_some()
                {
                    2
                } else {
                    1
                };
                let (group, len) = ends_of(doc, k + 1, &focus_group)
                    .map(|(g, n)| (g, n + 1))
                    .unwrap_or((focus_group.as_slice(), len));
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
        crate::counted_groups::plural_references(
            doc,
            (ms, a, b),
            (&self.focus_group, &self.paragraph_people.2, &self.seen),
            &mut slots,
        );
        // "her sister said she is being held": after a verb of saying, the focus, else the one the
        // sentence named last before it ("…the release of X, but his family said that he was…").
        for k in a + 1..b {
            let pronoun = matches!(doc.tokens[k].text, "he" | "she");
            let named_before = ms
                .iter()
                .rev()
                .find(|m| m.last <= k && !relative.get(m.entity).copied().unwrap_or(false))
                .map(|m| m.entity);
            // ("…has not heard from him since he was detained": after a conjunction of time, the
            // person just named; or the subject ahead, "A week after he was freed, student X…".)
            let temporal = matches!(
                doc.f(k - 1),
                "since" | "when" | "after" | "until" | "because" | "before"
            );
            // (Not a focus of the other gender, "…the release of Hamid Noorzai, but said he was
            // deported" after "Leila Farahani…"; nor the speaker, "Ochoa's lawyer, X, said she".)
            let gender = |e: usize| self.genders.get(e).copied().flatten();
            let other_gender = |e: usize| gender(e) == Some(doc.tokens[k].text == "he");
            let speaker = ms
                .iter()
                .any(|m| m.last <= k && (m.last..k - 1).all(|j| doc.f(j) == ","));
            // (After one of time, a relative set off, when the focus is of the other gender.)
            let kin_before = crate::genders::kin_set_off(doc, ms, k);
            let named_before = named_before
                .or(kin_before.filter(|_| temporal && self.focus.is_some_and(other_gender)));
            let she = doc.tokens[k].text == "she";
            let ahead = crate::salience::fronted_subject(doc, ms, (a, b), k)
                .filter(|_| temporal && self.focus.is_none_or(|e| gender(e) != Some(she)));
            let referent = if temporal || (self.focus.is_some_and(other_gender) && !speaker) {
                ahead.or(named_before).or(self.focus)
            } else {
                self.focus.or(named_before)
            };
            let past_other = pronoun
                && crate::genders::focus_past_other(doc, k, self.focus, &self.genders, &slots, a);
            if let Some(e) = referent
                && pronoun
                // ("As far as we know he is still held": what is known of him.)
                && (SPEECH.contains(&doc.f(k - 1))
                    || matches!(doc.f(k - 1), "that" | "know" | "believe" | "understand")
                    || temporal
                    || past_other)
                && !slots.iter().any(|s| s.first == k)
            {
                slots.push(Slot {
                    first: k,
                    last: k + 1,
                    entity: e,
                });
            }
        }
        slots.extend(crate::clause_subjects::after_semicolon(
            doc, ms, a, b, relative,
        ));
        crate::group_parts::drop_excepted(doc, ms, &mut slots, b);
        slots.sort_by_key(|s| s.first);
        crate::genders::note(doc, ms, &mut self.seen, &mut self.genders);
        (slots, relation_targets)
    }
}
