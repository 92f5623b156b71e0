//! The subject named before its verb past a relative clause set off by commas ("Rosalba Inés
//! Carrasquel, cuya liberación había prometido el propio Villalba, sigue en El Helicoide").

use crate::slots::{RELATIONS, Slot};
use crate::text::Doc;
use crate::triggers::PASSIVE_AUX;

/// "Rosalba Inés Carrasquel, cuya liberación había prometido el propio Villalba, sigue en El
/// Helicoide": a verb right after a relative clause set off by commas is about the name before
/// the clause, not the names inside it.
pub(crate) fn parenthetical_subject(
    doc: &Doc<'_>,
    slots: &[Slot],
    clause: usize,
    trigger: usize,
) -> Option<usize> {
    // ("Rafael Bello, who was working with Orozco, was also detained": auxiliaries and adverbs
    // may stand between the closing comma and the verb.)
    let close = (trigger.saturating_sub(4).max(clause)..trigger)
        .rev()
        .take_while(|&k| {
            k + 2 >= trigger
                || matches!(
                    doc.f(k),
                    "," | "also" | "later" | "then" | "tambien" | "luego" | "ya"
                )
                || PASSIVE_AUX.contains(&doc.f(k))
        })
        .find(|&k| doc.f(k) == ",")?;
    // ("Según la abogada X, que los asiste, Figuera Sanabria cumple una condena": a name between
    // the closing comma and the verb is its own subject.)
    if slots.iter().any(|s| s.first > close && s.last <= trigger) {
        return None;
    }
    // ("Wilfredo Lugo, a driver and the nephew of our member Teresa Lugo, was detained",
    // "Marisol Duarte, esposa del preso Germán Ochoa, fue detenida": the relative's kin named
    // in the apposition is not the subject.)
    // (A verb with its auxiliary, not a participle that follows the kin: "esposa de Rodrigo
    // Lander, detenido desde 2024".)
    let finite = (close + 1..trigger).any(|k| PASSIVE_AUX.contains(&doc.f(k)));
    let kin = (clause.max(close.saturating_sub(16))..close)
        .rev()
        .find(|&k| {
            finite
                && doc.f(k) == ","
                && ((k + 1..close.min(k + 8)).any(|j| {
                    RELATIONS.contains(&doc.f(j)) && matches!(doc.f(j + 1), "of" | "de" | "del")
                }) || role_of(doc, slots, k))
        });
    let open = kin.or_else(|| {
        (clause.max(close.saturating_sub(25))..close)
            .rev()
            .find(|&k| {
                // ("Ramona Salcedo, cuyo hijo Jorge Salcedo, de 26 años, fue detenido": the relative
                // named inside is the subject.)
                let relation_inside = matches!(doc.f(k + 1), "cuyo" | "cuya" | "whose")
                    && RELATIONS.contains(&doc.f(k + 2));
                doc.f(k) == ","
                    && !relation_inside
                    && matches!(
                        doc.f(k + 1),
                        "cuyo"
                            | "cuya"
                            | "cuyos"
                            | "cuyas"
                            | "whose"
                            | "quien"
                            | "quienes"
                            | "who"
                            | "que"
                            | "which"
                            | "donde"
                            | "where"
                    )
            })
    })?;
    // ("Milagros Peña, que reparte café y cuyo esposo, el sargento Julio Peña, fue liberado": the
    // relative named inside the clause is the subject.)
    if (open..close)
        .any(|k| matches!(doc.f(k), "cuyo" | "cuya" | "whose") && RELATIONS.contains(&doc.f(k + 1)))
    {
        return None;
    }
    // ("…el de X, quien permanece en el INOF…, y el de Y, condenada…": the clause ended at ", y";
    // the name coordinated after it is the participle's own subject.)
    let coordinated = (open + 1..close).any(|k| {
        doc.f(k) == ","
            && matches!(doc.f(k + 1), "y" | "and" | "e")
            && slots.iter().any(|s| s.first > k && s.last == close)
    });
    if coordinated {
        return None;
    }
    slots
        .iter()
        .rposition(|s| s.last <= open && s.first >= clause && open - s.last <= 2)
}

/// ("el laico X, coordinador de la pastoral juvenil de la parroquia de Úbeda, fue sacado"): a
/// name's apposition at the comma `k` that opens on a role of something.
/// (Not "Rachel, the mayor of a district on the Asian side, Hakan Yüceer, was detained": a name
/// set off by its own comma inside it is the role's.)
fn role_of(doc: &Doc<'_>, slots: &[Slot], k: usize) -> bool {
    let j = k + 1 + usize::from(matches!(doc.f(k + 1), "el" | "la" | "the" | "a" | "an"));
    let named_inside = slots
        .iter()
        .any(|s| s.first > k && s.first <= k + 20 && doc.f(s.first - 1) == ",");
    slots.iter().any(|s| s.last == k)
        && !named_inside
        && (!crate::lexicon::roles(doc.f(j)).is_empty()
            || crate::offices::is_official(doc.f(j))
            || matches!(
                doc.f(j),
                "coordinador"
                    | "coordinadora"
                    | "director"
                    | "directora"
                    | "fundador"
                    | "fundadora"
                    | "miembro"
                    | "integrante"
                    | "dirigente"
                    | "secretario"
                    | "secretaria"
                    | "parroco"
                    | "coordinator"
                    | "founder"
                    | "member"
                    | "leader"
                    | "secretary"
            ))
        && matches!(doc.f(j + 1), "of" | "de" | "del" | "at" | "en")
}

/// A passive verb of a clause of where its people were taken (", desde donde fueron expulsados",
/// ", from where they were deported"): its subject is the main clause's.
pub(crate) fn from_where(doc: &Doc<'_>, trigger: usize) -> bool {
    (trigger.saturating_sub(5)..trigger).any(|k| {
        doc.f(k) == ","
            && (doc.matches_any_at(k + 1, &["desde donde", "de donde", "from where"])
                || (doc.f(k + 1) == "where" && doc.f(k + 2) == "they"))
    })
}

/// The name a trigger at `trigger` is about, named before it in its clause from `clause`: past a
/// relative clause set off by commas, else the nearest not a source (`source`) within 20 words.
pub(crate) fn subject_before(
    doc: &Doc<'_>,
    slots: &[Slot],
    (clause, trigger): (usize, usize),
    source: &dyn Fn(&Slot) -> bool,
) -> Option<usize> {
    parenthetical_subject(doc, slots, clause, trigger).or_else(|| {
        // ("…llevados al aeropuerto Simón Bolívar de Maiquetía, desde donde fueron
        // expulsados": a place's name is no subject; a clause of where they were taken
        // reaches back to whom.)
        let taken_from = from_where(doc, trigger);
        // ("A, B, C y otros dos jóvenes cuyos nombres sus familias pidieron no divulgar se
        // acogieron … y fueron condenados": past a relative clause of whose.)
        let whose = (trigger.saturating_sub(30).max(clause)..trigger)
            .any(|k| matches!(doc.f(k), "cuyo" | "cuya" | "cuyos" | "cuyas" | "whose"));
        let reach = if taken_from {
            45
        } else if whose {
            35
        } else {
            20
        };
        slots
            .iter()
            .rposition(|s| {
                s.last <= trigger
                && s.first >= clause
                && trigger - s.last <= reach
                && !source(s)
                && !(taken_from && crate::named_after::named_after(doc, s.first, s.last))
                // ("X, detenido el mismo día que Gil, … fue condenado": one compared with.)
                && !(doc.f(s.first.wrapping_sub(1)) == "que"
                    && matches!(doc.f(s.first.wrapping_sub(2)), "dia" | "igual" | "fecha"))
            })
            .or_else(|| long_apposition(doc, slots, (clause, trigger), source))
    })
}

/// ("Su padre, X, de 58 años, exconcejal del municipio … y profesor de educación física durante
/// dos décadas, murió el domingo…"): the clause's first name, past an apposition set off by
/// commas right before the verb, too long for `subject_before`'s reach, that names no one else
/// and tells nothing.
fn long_apposition(
    doc: &Doc<'_>,
    slots: &[Slot],
    (clause, trigger): (usize, usize),
    source: &dyn Fn(&Slot) -> bool,
) -> Option<usize> {
    let i = slots
        .iter()
        .position(|s| s.first >= clause && s.last <= trigger)?;
    let s = &slots[i];
    // (Opening the clause, or right after the relation it is set off from: "Su padre, X, …".)
    let opens = s.first <= clause + 1
        || (doc.f(s.first - 1) == ","
            && crate::relations::RELATIONS.contains(&doc.f(s.first.wrapping_sub(2)))
            && s.first <= clause + 4);
    let quiet = (s.last..trigger).all(|k| {
        !matches!(
            doc.f(k),
            "que" | "quien" | "who" | "which" | ";" | ":" | "." | "\""
        ) && !crate::speech_words::SPEECH.contains(&doc.f(k))
    });
    (opens
        && doc.f(s.last) == ","
        && doc.f(trigger.wrapping_sub(1)) == ","
        && (21..=45).contains(&(trigger - s.last))
        && quiet
        && !source(s)
        && !slots.iter().any(|o| o.first > s.last && o.last <= trigger)
        && crate::triggers::find(doc, s.last, trigger).is_empty())
    .then_some(i)
}

/// ("A Yandier Gómez le concedieron la libertad condicional el 3 de enero", "Al preso X le
/// otorgaron…"): the object fronted with "a" and taken up by "le" right before the verb; else
/// one a relative pronoun fronts ("X, a quien la policía arrestó").
pub(crate) fn fronted_object(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &crate::triggers::Trigger,
) -> Option<usize> {
    if !matches!(doc.f(t.first.wrapping_sub(1)), "le" | "les") {
        return relative_object(doc, slots, t);
    }
    slots.iter().rposition(|s| {
        s.last + 1 == t.first
            && (s.first.saturating_sub(4)..s.first).any(|k| matches!(doc.f(k), "a" | "al"))
    })
}

/// The one a relative pronoun fronted as the object names: "el sacerdote X, a quien la policía
/// arrestó en enero" (the verb's own subject between), when the trigger's reading has not
/// already turned it about ("whom police detained", "a quien se llevaron": see
/// `trigger_readings::object_voice`).
fn relative_object(doc: &Doc<'_>, slots: &[Slot], t: &crate::triggers::Trigger) -> Option<usize> {
    if let Some(i) = described_object(doc, slots, t) {
        return Some(i);
    }
    let k = (t.first.saturating_sub(6)..t.first)
        .find(|&k| doc.f(k) == "quien" && doc.f(k.wrapping_sub(1)) == "a")?;
    let at = k - 1;
    // (Only the agent between: "a quien la policía".)
    if (k + 1..t.first).any(|j| doc.f(j) == "," || crate::slots::SPEECH.contains(&doc.f(j))) {
        return None;
    }
    // (Past the name's describer: "…Zamora Blandón, párroco de un pueblo de Matagalpa, a quien".)
    let i = slots.iter().rposition(|s| s.last <= at)?;
    let s = &slots[i];
    (doc.f(at.wrapping_sub(1)) == ","
        && doc.f(s.last) == ","
        && at - s.last <= 10
        && (s.last..at).all(|j| !matches!(doc.f(j), ";" | "y" | "e" | "and" | "que" | "who")))
    .then_some(i)
}

/// Whether the event at trigger `t` is only the one chosen before it (`chosen`), none of those
/// joined to it: "el alemán Jonas Brandt, cuyo paradero se desconoce" ("cuyo" is the name's
/// just before), "…y la señora B, la enfermera que detuvieron en junio" (see `described_object`).
pub(crate) fn one_before_only(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &crate::triggers::Trigger,
    chosen: Option<usize>,
) -> bool {
    let Some(i) = chosen else {
        return false;
    };
    (doc.f(t.first.wrapping_sub(1)) == ","
        && matches!(doc.f(t.first), "cuyo" | "cuya")
        && slots[i].last + 1 == t.first)
        || described_object(doc, slots, t) == Some(i)
}

/// ("la señora Gladys Parra, la enfermera que detuvieron en junio"): the one a describer in
/// apposition names, the object of a plural verb right after its "que" (whose subject is
/// someone else: "los agentes que detuvieron a X" has its object after).
fn described_object(doc: &Doc<'_>, slots: &[Slot], t: &crate::triggers::Trigger) -> Option<usize> {
    let que = t.first.checked_sub(1).filter(|&q| doc.f(q) == "que")?;
    let plural_verb = ["aron", "ieron"]
        .iter()
        .any(|e| doc.f(t.first).ends_with(e));
    let article = (que.saturating_sub(5)..que).find(|&k| matches!(doc.f(k), "el" | "la"))?;
    let i = slots.iter().rposition(|s| s.last <= article)?;
    // (A plain describer: not "el abogado de los estudiantes que arrestaron el lunes".)
    (plural_verb
        && que <= article + 4
        && !(article..que).any(|k| matches!(doc.f(k), "de" | "del" | "los" | "las"))
        && slots[i].last + 1 == article
        && doc.f(article - 1) == ","
        && (article + 1..que).all(|k| {
            doc.tokens
                .get(k)
                .is_some_and(|x| x.kind == crate::text::TokenKind::Word && !x.capitalised)
        }))
    .then_some(i)
}

/// The person a clitic's verb is about when no name is fronted with "a" right before it: the
/// first named in the sentence before the verb (from `s_first`), not a chat's speaker label
/// ("[3/2/26, 18:40] Nelson Piña: lo soltaron hoy"); nobody when an object without a name is
/// fronted ("al chamo Anderson lo soltaron"); the one named last when it is a stressed pronoun
/// ("X también está ahí; a ella la trasladaron…").
pub(crate) fn clitic_unfronted(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &crate::triggers::Trigger,
    s_first: usize,
) -> Option<usize> {
    let fronted =
        (t.first.saturating_sub(6).max(s_first)..t.first).any(|k| matches!(doc.f(k), "a" | "al"));
    let stressed = doc.f(t.first.wrapping_sub(2)) == "a"
        && matches!(
            doc.f(t.first.wrapping_sub(1)),
            "ella" | "el" | "ellas" | "ellos"
        );
    if stressed {
        slots.iter().rposition(|s| s.last <= t.first)
    } else if fronted {
        None
    } else {
        // (Not one who tells of it: "Su colega, el decano X, dijo que el miércoles lo
        // trasladaron a Caracas".)
        slots
            .iter()
            .position(|s| s.last <= t.first && doc.f(s.last) != ":")
            // ("La fiscal X la imputó por…": a name right before a clitic and a verb in the
            // singular past is who acted, not whom it names; not when a subject or the object
            // doubled follows the verb, "X lo liberó el juez", "X lo condenó a Y".)
            .filter(|&i| {
                let after = doc.tokens.get(t.first + 2);
                // (An officer by title: "La fiscal del Ministerio Público X".)
                let officer = crate::offices::titled_before(doc, slots[i].first);
                !(officer
                    && slots[i].last == t.first
                    && doc
                        .tokens
                        .get(t.first + 1)
                        .is_some_and(|v| v.text.ends_with('ó'))
                    && after.is_some_and(|a| {
                        !a.capitalised
                            && !matches!(
                                a.folded.as_str(),
                                "el" | "la" | "los" | "las" | "un" | "una" | "a" | "al"
                            )
                    }))
            })
            // ("Él dice que lo detuvieron por un audio": a pronoun tells of itself.)
            .filter(|&i| {
                matches!(doc.f(slots[i].first), "el" | "ella" | "he" | "she")
                    || !(slots[i].last..t.first).any(|k| {
                        // ("Su colega X, que lo acompañaba, relató que … lo subieron a una
                        // camioneta")
                        (crate::slots::SPEECH.contains(&doc.f(k))
                            || matches!(doc.f(k), "relato" | "narro" | "recordo"))
                            && matches!(doc.f(k + 1), "que" | "that")
                    })
            })
    }
}

/// ("Ms X was granted temporary release", "X has been given bail"): where the subject of a noun
/// of an event granted to them ends — the first auxiliary before "granted" and the noun's
/// adjectives.
pub(crate) fn granted_to(doc: &Doc<'_>, noun: usize) -> Option<usize> {
    let mut k = noun;
    while k > 0
        && matches!(
            doc.f(k - 1),
            "temporary" | "conditional" | "early" | "humanitarian" | "medical" | "compassionate"
        )
    {
        k -= 1;
    }
    if k == 0 || !matches!(doc.f(k - 1), "granted" | "given") {
        return None;
    }
    k -= 1;
    while k > 0
        && matches!(
            doc.f(k - 1),
            "was" | "were" | "been" | "has" | "have" | "had"
        )
    {
        k -= 1;
    }
    (k + 1 < noun && doc.f(k) != doc.f(noun))
        .then_some(k)
        .filter(|&a| matches!(doc.f(a), "was" | "were" | "has" | "have" | "had"))
}
