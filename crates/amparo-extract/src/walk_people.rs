//! Who a sentence is about: what each mention tells of its person (nationality, roles, office,
//! whether they speak), the people each trigger is about, and who the text goes on about.

use crate::attributes::describe;
use crate::clues;
use crate::discourse::{Findings, merge};
use crate::events::Walk;
use crate::model::EventType;
use crate::persons::MentionRef;
use crate::references::References;
use crate::slots::{SPEECH, Slot, targets};
use crate::speaker_labels::speaker_label;
use crate::text::Doc;
use crate::triggers;

impl Walk<'_, '_> {
    /// Records what the sentence `a..b` (number `si`) says of each person it mentions.
    pub(crate) fn record_mentions(
        &self,
        ms: &[&MentionRef],
        slots: &mut Vec<Slot>,
        a: usize,
        b: usize,
        si: usize,
        f: &mut Findings,
    ) {
        let doc = self.doc;
        // A transcript's speaker ("DORIS ESCALONA: A mi hijo se lo llevaron…", "ANA RÍOS
        // (MODERADORA):", "DAVID HART, HOST:") speaks; the events of the turn are others'.
        let labels: Vec<usize> = ms
            .iter()
            .filter(|m| speaker_label(doc, m, a))
            .map(|m| m.first)
            .collect();
        for m in ms.iter().filter(|m| labels.contains(&m.first)) {
            f.source[m.entity] = true;
        }
        slots.retain(|s| !labels.contains(&s.first));
        for m in ms {
            let d = describe(doc, m.first, m.last, a, b);
            merge(&mut f.nationality[m.entity], &d.nationality);
            merge(&mut f.roles[m.entity], &d.roles);
            f.official[m.entity] |= d.official;
            f.high_office[m.entity] |= d.high_office;
            merge(&mut f.descriptors[m.entity], &d.words);
            f.last_seen[m.entity] = si;
            let complement = crate::owners::owner_of_speaker(doc, m.first, a);
            // (Not "…, B and C, according to the group": the one cited comes after it.)
            let says =
                |k: usize| SPEECH.contains(&doc.f(k)) && !matches!(doc.f(k), "according" | "segun");
            // ("A, who represents editor-in-chief B, tells us…": B ends A's relative clause.)
            let in_relative = (a..m.first)
                .rev()
                .find(|&k| doc.f(k) == ",")
                .is_some_and(|k| {
                    k > a && matches!(doc.f(k + 1), "who" | "quien" | "que") && k + 2 < m.first
                });
            let said_after = !complement
                && !in_relative
                && (says(m.last) || (doc.f(m.last) == "," && says(m.last + 1)));
            let said_before = m.first > a && SPEECH.contains(&doc.f(m.first - 1));
            // "Mariela Ponce, who represents several families, said…": a relative clause
            // between the name and the verb of saying.
            let said_later = doc.f(m.last) == ","
                && matches!(doc.f(m.last + 1), "who" | "quien" | "que")
                && (m.last + 2..b.min(m.last + 14))
                    .find(|&k| doc.f(k) == ",")
                    .is_some_and(|k| SPEECH.contains(&doc.f(k + 1)));
            // ("Según la vicecanciller colombiana, X, los cuatro estaban recluidos…")
            let cited = crate::speakers::long_source(
                doc,
                &Slot {
                    first: m.first,
                    last: m.last,
                    entity: m.entity,
                },
                a,
            );
            let quoted = crate::speech_words::after_quote(doc, (m.first, m.last), a);
            f.source[m.entity] |= said_after || said_before || said_later || cited || quoted;
        }
        crate::shared_nouns::share_nouns(doc, slots, a, b, f);
    }

    /// The slots of the people trigger `t` (of `kind`) is about; `last_who` keeps the people of
    /// the sentence's last trigger that had any.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn people_of(
        &self,
        t: &triggers::Trigger,
        kind: EventType,
        a: usize,
        b: usize,
        slots: &mut Vec<Slot>,
        last_who: &mut Vec<usize>,
        ms: &[&MentionRef],
        refs: &References,
        f: &Findings,
    ) -> Vec<usize> {
        let doc = self.doc;
        let mut who = if t.group_only {
            Vec::new()
        } else {
            targets(doc, slots, t, a, b)
        };
        crate::clause_subjects::group_after_clause(doc, slots, t, &mut who);
        crate::clause_subjects::own_apposition(doc, slots, t, &mut who);
        crate::vocatives::drop_told(doc, slots, &mut who);
        crate::clause_subjects::singular_relative(doc, slots, t, &mut who);
        let of_noun = crate::unnamed_groups::unnamed_relative(doc, t, &mut who);
        crate::clause_subjects::acted_on(doc, kind, slots, f, last_who, &mut who);
        crate::agents::counted_object(doc, t, slots, &mut who);
        // "El fiscal X les imputó instigación al odio": who acts on "them" is none of them.
        if t.voice == crate::triggers::Voice::Clitic
            && (crate::auxiliaries::plural_clitic(doc, t)
                || (kind == EventType::Charge && matches!(doc.f(t.first), "le" | "lo" | "la")))
            && !who.is_empty()
            && who
                .iter()
                .all(|&j| f.official[slots[j].entity] || f.source[slots[j].entity])
        {
            who.clear();
        }
        // "Según su hija, X, cuatro funcionarios se lo llevaron", "Su hermana, X, denunció su
        // desaparición", "su mamá, X, que no lo veía desde…, cuando fue capturado": a relative
        // named before a clitic (or a dative's, see `dative_of_another`), a possessive or a
        // participle of the other gender speaks of the one held.
        let of_another = t.voice == crate::triggers::Voice::Clitic
            || (t.voice == crate::triggers::Voice::Nominal
                && matches!(doc.f(t.first.wrapping_sub(1)), "su" | "sus" | "his" | "her"));
        // ("El sacristán X, que estaba con él, contó que solo se lo llevaron a él": the one a
        // stressed pronoun names, not one named before it.)
        let stressed = t.voice == crate::triggers::Voice::Clitic
            && (t.last..t.last + 3).any(|k| {
                matches!(doc.f(k), "a") && matches!(doc.f(k + 1), "el" | "ella" | "ellos" | "ellas")
            });
        // ("Kessler añadió que las familias no han podido confirmar dónde están", "his mother,
        // X, has not been told where he is": who does not know or tell is not who is missing;
        // only "el paradero de X" names them.)
        let untold = t.kind == EventType::Disappearance
            && crate::untold_whereabouts::untold_at(doc, t.first, t.last) == Some(t.last);
        who.retain(|&j| {
            !untold
                || (slots[j].first == t.last + 1 && matches!(doc.f(t.last), "de" | "del" | "of"))
        });
        let count_subject = crate::quantifiers::counted_subject(doc, t);
        who.retain(|&j| {
            let e = slots[j].entity;
            // ("…, según confirmó su hermana, X": a relative who is the source.)
            let told_by = (slots[j].first.saturating_sub(5).max(a)..slots[j].first)
                .any(|k| matches!(doc.f(k), "segun" | "according"));
            if (f.relative[e] && told_by)
                || (count_subject && slots[j].last <= t.first)
                || crate::cited_after::cited_after(doc, t.last, slots[j].first)
            {
                return false;
            }
            let knower = crate::whereabouts_reading::knower(doc, t, slots[j].last);
            // ("Su madre, X, la esperó a la salida de la prisión": who waits is not who comes out.)
            let waiter = slots[j].last <= t.first
                && (slots[j].last..t.first)
                    .any(|k| crate::clues::is_waiting(doc.f(k)) && !doc.tokens[k].capitalised)
                && (slots[j].last..t.first)
                    .any(|k| matches!(doc.f(k), "la" | "lo" | "los" | "las"));
            if knower || waiter {
                return false;
            }
            if stressed && slots[j].last <= t.first {
                return false;
            }
            // ("…but under house arrest, her lawyer, Alonso Ferrer, said": one who speaks after
            // the event, not its person.)
            let speaks_after = slots[j].first >= t.last
                && (slots[j].last..slots[j].last + 3).any(|k| SPEECH.contains(&doc.f(k)))
                && (slots[j].first.saturating_sub(3)..slots[j].first)
                    .any(|k| matches!(doc.f(k), "his" | "her" | "their" | "su" | "sus"));
            if speaks_after {
                return false;
            }
            // ("Listed by state media as freed, but his father, X, confirmed…": a relative named
            // after a passive is not its patient.)
            let f0 = slots[j].first;
            let his_relative = f0 >= 3
                && doc.f(f0 - 1) == ","
                && crate::slots::RELATIONS.contains(&doc.f(f0 - 2))
                && matches!(doc.f(f0 - 3), "his" | "her" | "their" | "su" | "sus");
            let prev = doc.f(t.first.wrapping_sub(1));
            let passive = prev == "as" || crate::triggers::PASSIVE_AUX.contains(&prev);
            // (Or kin who went along: "…flew to Miami with his wife, X, on 12 Mar.")
            let along = f0 >= 4 && matches!(doc.f(f0 - 4), "with" | "con");
            if his_relative && (passive || along) && f0 >= t.last {
                return false;
            }
            if slots[j].last <= t.first
                && (crate::relations::told_of_kin(doc, slots[j].last, t)
                    || crate::kin_subjects::whose_kin(doc, slots[j].first, slots[j].last, t))
            {
                return false;
            }
            // ("mi sobrino, Frank Dávila, que lo detuvieron en diciembre": a relative a clause
            // right after the name says was taken is the one taken.)
            let clause_of = slots[j].last <= t.first
                && t.first - slots[j].last <= 3
                && (slots[j].last..t.first).any(|k| matches!(doc.f(k), "que" | "quien"))
                || crate::kin_subjects::described_kin(doc, (slots[j].first, slots[j].last), t);
            // ("… y su esposa, Y, fueron detenidos. A ella la excarcelaron": the pronoun fronted
            // names her.)
            let stressed = matches!(doc.f(f0), "el" | "ella") && doc.f(f0.wrapping_sub(1)) == "a";
            let of_another = of_another || crate::relations::dative_of_another(doc, t, a, f0);
            !(f.relative[e]
                && ((of_another && !clause_of && !stressed)
                    || crate::genders::gender_clash(doc, t, refs, e)))
        });
        // "23 presos políticos fueron excarcelados anoche, entre ellos A, B, C…": the
        // event is the group's, and the cue hands it to every member, not to A alone.
        if let Some(cue) = clues::group_members_cue(doc, a, b)
            && cue >= t.last
            && !who.is_empty()
            && who.iter().all(|&j| slots[j].first >= cue)
        {
            who.clear();
        }
        // ("SIGUE PRESA", "DETENIDOS Y EN PARADERO DESCONOCIDO": a heading in capitals heads the
        // names under it, not the person told of before it.)
        // ("DESAPARECIDO": one word in capitals on its line, too.)
        let capitals = |k: usize| {
            doc.tokens[k].kind != crate::text::TokenKind::Word
                || !doc.tokens[k].text.chars().any(char::is_lowercase)
        };
        let heading = || {
            ms.is_empty()
                && doc.sentence_at(t.first).is_some_and(|s| {
                    s.line_start
                        && (crate::dates::heading_date(doc, s.first, s.last, None).is_some()
                            || (s.last - s.first <= 6 && (s.first..s.last).all(capitals)))
                })
        };
        // ("Los periodistas fueron excarcelados el domingo, mientras que Salas Rivas sigue preso":
        // a count of a trade opening the sentence is its subject, over names after it.)
        if !t.group_only {
            let counted = crate::counted_back::counted_slots(doc, t, slots, refs, f);
            if !counted.is_empty() {
                who = counted;
            }
        }
        // ("Her brother was released", "X, cuyo hermano fue detenido…": the kin's, unnamed.)
        let kin = crate::kin_object::kin_told(doc, t);
        if who.is_empty() && !t.group_only && !count_subject && !heading() && !kin {
            // ("…y se la llevan junto a su esposo, X": a clitic that names only its companions.)
            let with = crate::slots::companions(doc, slots, t, b);
            let companions_only = t.voice == crate::triggers::Voice::Clitic
                && !with.is_empty()
                && (0..slots.len()).all(|i| with.contains(&i));
            let cited = |m: &MentionRef| crate::speech_words::cited_source(doc, f, m, (a, t.first));
            let nobody = ms.is_empty() || companions_only || untold || ms.iter().all(|m| cited(m));
            who = crate::narrator::fallback_subjects(doc, t, slots, last_who, nobody, refs, f);
        }
        if !who.is_empty() {
            for j in crate::slots::companions(doc, slots, t, b) {
                if !who.contains(&j) {
                    who.push(j);
                }
            }
            last_who.clone_from(&who);
        }
        // "su familia asegura que sigue en Tocorón": a state with an elided subject is
        // about the one person the sentence names.
        let state = matches!(
            kind,
            EventType::Detention | EventType::Disappearance | EventType::HouseArrest
        );
        // (Not one who does not know, named before: "Su pareja, X, dice que no le dijeron a
        // dónde lo llevaban".)
        let knower = untold && slots.iter().any(|s| s.last <= t.first);
        let elided = who.is_empty() && state && !t.group_only && !knower && !heading();
        let elided = elided && !kin && !of_noun && !count_subject;
        if elided
            && let Some(one) = crate::elided_state::subject(doc, t, kind, slots, (a, b), refs, f)
        {
            // (Not the source told after it: "…donde permanece, según su defensora, la abogada X".)
            who = one;
            who.retain(|&j| !crate::cited_after::cited_after(doc, t.last, slots[j].first));
        }
        // ("…se lo llevaron. Desde entonces ni su esposa, X, ni sus abogados saben dónde está":
        // those who do not know are the missing one's, the one the text is on.)
        if who.is_empty() && knower && !t.group_only {
            who = crate::untold_whereabouts::missing_one(doc, t, slots, refs, f);
        }
        // ("Judge X found Y, the students' spokesman, guilty and sentenced him…": the judge
        // passes the sentence, never takes it.)
        if matches!(kind, EventType::Sentence | EventType::Charge) {
            // (A name, not the slot a clitic's person is given at the verb: "a judge sentences
            // him".)
            who.retain(|&j| {
                slots[j].first >= t.first
                    || !matches!(
                        doc.f(slots[j].first.wrapping_sub(1)),
                        "judge" | "juez" | "jueza" | "magistrate" | "magistrada"
                    )
            });
        }
        who
    }
}

/// The people a sentence without events names, when they are several and none speaks, holds
/// office or is named as a relative: those "los dos", "both" may refer to next.
/// ("A la señora A y a una muchacha, B. Las dos siguen en La Crisálida.") A speaker is none of
/// them ("…, informó la abogada X, defensora de ambos"); nor are the names of a list item
/// (`item`), which are the list's.
pub(crate) fn named_pair(
    doc: &Doc<'_>,
    ms: &[&MentionRef],
    f: &Findings,
    item: Option<usize>,
) -> Option<Vec<usize>> {
    // (Who speaks, "dijo X"; not who is spoken of, "confirma que sus connacionales A y B…".)
    let spoken = |m: &&MentionRef| {
        (m.first.saturating_sub(4)..m.first).any(|k| {
            SPEECH.contains(&doc.f(k)) && !(k..m.first).any(|j| matches!(doc.f(j), "que" | "that"))
        })
    };
    if item.is_some() || ms.iter().any(spoken) {
        return None;
    }
    // (Joined as one: "a A … y a B", "A and B".)
    let joined = ms.windows(2).all(|w| {
        (w[0].last..w[1].first).any(|k| matches!(doc.f(k), "y" | "e" | "and"))
            && w[1].first - w[0].last <= 15
    });
    let mut people: Vec<usize> = ms.iter().map(|m| m.entity).collect();
    people.dedup();
    let plain = joined
        && people
            .iter()
            .all(|&e| !(f.official[e] || f.source[e] || f.relative[e]));
    (plain && people.len() > 1).then_some(people)
}

/// The people a release denied is told of ("NO fue excarcelado X", "A, B and C were not
/// released"): those it names, never a speaker guessed, nor a pronoun a transcript's speaker
/// label may have taken, nor the person an item is about when the sentence names nobody.
pub(crate) fn held_still_people(
    doc: &Doc<'_>,
    t: &triggers::Trigger,
    a: usize,
    b: usize,
    slots: &[Slot],
    f: &Findings,
) -> Vec<usize> {
    let named = |j: usize| {
        let s = slots[j];
        let pronoun = s.last == s.first + 1
            && matches!(doc.f(s.first), "he" | "she" | "el" | "ella" | "they");
        s.last > s.first && !pronoun
    };
    let e = |j: usize| slots[j].entity;
    targets(doc, slots, t, a, b)
        .into_iter()
        .filter(|&j| named(j))
        // (A general may be held: a title of office of the state may not.)
        .filter(|&j| !(f.relative[e(j)] || f.source[e(j)] || f.high_office[e(j)]))
        .collect()
}

/// ("…precisó que con estas excarcelaciones la cifra baja a 611", "these releases"): a noun
/// of an event told before, with a demonstrative, is no new group event (which would take the
/// place of the one a list below belongs to).
pub(crate) fn anaphoric(doc: &Doc<'_>, t: &triggers::Trigger) -> bool {
    // ("La muerte del electricista ocurre mientras cuatro presos…": one person's event the
    // text has told, by a definite singular noun of who they were.)
    let told_of_one = matches!(doc.f(t.last.wrapping_sub(1)), "del" | "de")
        || matches!(doc.f(t.last), "del")
        || (doc.f(t.last) == "de" && matches!(doc.f(t.last + 1), "la" | "el"));
    let noun_at = if doc.f(t.last) == "de" {
        t.last + 2
    } else {
        t.last + 1
    };
    let one_described = told_of_one
        && matches!(doc.f(t.first), "muerte" | "fallecimiento")
        && doc
            .tokens
            .get(noun_at)
            .is_some_and(|n| !n.capitalised && !n.folded.ends_with('s'));
    t.voice == triggers::Voice::Nominal
        && (one_described
            || matches!(
                doc.f(t.first.wrapping_sub(1)),
                "estas"
                    | "estos"
                    | "esas"
                    | "esos"
                    | "dichas"
                    | "dichos"
                    | "these"
                    | "those"
                    | "such"
            ))
}
