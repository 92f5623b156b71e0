//! The words that name the members of a group whose event was told just before ("the group
//! includes", "entre ellos", "Los excarcelados son…"), and a sentence that opens on the event
//! and names them after "were" ("Also freed were…"), read by `group_members`.

/// Sentence cues that name members of a group released just before ("the group includes", "entre ellos").
pub(crate) const CUES: &[&str] = &[
    "the group includes",
    "they include",
    // ("seven Colombians had been freed… It named only two of them: A, a bus driver arrested in
    // 2024, and B": the ones a source names of the group.)
    "two of them :",
    "three of them :",
    "four of them :",
    "some of them :",
    "dos de ellos :",
    "tres de ellos :",
    "cuatro de ellos :",
    "algunos de ellos :",
    "identified",
    "identificados",
    "identificadas",
    "identificado",
    "identificada",
    "whose names are",
    "cuyos nombres son",
    "include",
    "they included",
    "they are :",
    "these are :",
    "their names",
    "estos son sus nombres",
    "nombres :",
    "names :",
    "estas son sus nombres",
    "sus nombres son",
    "the two ,",
    "the three ,",
    "the four ,",
    "los dos ,",
    "las dos ,",
    "los tres ,",
    "las tres ,",
    "the group included",
    "among them",
    "among those",
    // ("Among the group was journalist X", "Also in the group were A and B")
    "among the group",
    "in the group were",
    "in the group was",
    "en el grupo estaban",
    "en el grupo estaba",
    "en el grupo iban",
    "en el grupo iba",
    "among the freed",
    "among the released",
    "among the pardoned",
    "including",
    "included",
    "includes",
    "incluye",
    "incluyen",
    "entre ellos",
    "entre ellas",
    "entre los",
    "entre las",
    "figuran",
    "figuraba",
    "figuraban",
    "one of them ,",
    "uno de ellos ,",
    "una de ellas ,",
    // ("…put seven prisoners on a bus to the border. Two of them, A and B, had been held…")
    "two of them ,",
    "three of them ,",
    "dos de ellos ,",
    "dos de ellas ,",
    "tres de ellos ,",
    "tres de ellas ,",
    // ("We know the name of one of them: student X")
    "one of them :",
    "uno de ellos :",
    "una de ellas :",
];
/// Cues that only name members when a name follows at once ("Se trata de Ana Rivas, …",
/// "They are Ana Rivas and …"; not "no se trata de una excarcelación").
pub(crate) const BEFORE_NAMES: &[&str] = &[
    "se trata de",
    "se trata del",
    "son",
    "ellos son",
    "they are",
    "these are",
    "those freed were",
    "those released were",
    // ("Those arrested were teachers' union leaders A and B", "Los liberados son A y B")
    "those arrested were",
    "those detained were",
    "those sentenced are",
    "those sentenced were",
    "those transferred were",
    "those expelled were",
    "the detainees are",
    "those detained are",
    "those arrested are",
    "those freed are",
    "los aprehendidos son",
    "los detenidos son",
    "las detenidas son",
    "los liberados son",
    "las liberadas son",
    "los excarcelados son",
    "las excarceladas son",
    "los trasladados son",
    "los beneficiados son",
    "las beneficiadas son",
    "the others are",
    "los otros son",
    "los identificaron como",
    "las identificaron como",
    "identificados como",
    "identificadas como",
    "fueron identificados como",
    "were identified as",
    // ("Cuatro periodistas salieron el domingo… El diario identifica a X y a Y")
    "identifica a",
    "identifica al",
    "identifico a",
    "identifico al",
    "identifican a",
    "identificaron a",
    "identified as",
    "were named as",
    // ("The Vatican press office named them as Bishop X; Monsignor Y; …")
    "named them as",
    "listed them as",
    // ("También fueron nombrados el exalcalde X; el periodista Y; …": more of the group.)
    "fueron nombrados",
    // ("También viajaron el periodista X…": more of those sent out.)
    "tambien viajaron",
    "also on the flight were",
    "fueron nombradas",
    "fueron mencionados",
    "fueron mencionadas",
    "were also named",
    "also named were",
    // ("Los colombianos son A y B. Completan la lista el vasco-venezolano C, el argentino D…",
    // "Rounding out the list are…": the rest of the group named before.)
    "completan la lista",
    "completa la lista",
    "cierran la lista",
    "cierra la lista",
    "rounding out the list are",
    "rounding out the list were",
    "completing the list are",
    "completing the list were",
    "also on the list are",
    "also on the list were",
];

/// ("…were A, 58, who had been serving an eight-year sentence …, and B"): whether the name at
/// `first` is the last member, after the one ending at `after` and its long relative clause.
pub(crate) fn last_past_clause(doc: &crate::text::Doc<'_>, after: usize, first: usize) -> bool {
    matches!(doc.f(first.wrapping_sub(1)), "and" | "y")
        && doc.f(first.wrapping_sub(2)) == ","
        && first <= after + 40
}

/// How many sentences from `from` up to `si` name members of a group: "…excarcelaron a 31
/// presos… Entre los bielorrusos figuran A, B… Los extranjeros son, entre otros, C y D": the
/// members told sentence after sentence do not put the group's event further from the last.
pub(crate) fn cues_between(doc: &crate::text::Doc<'_>, from: usize, si: usize) -> usize {
    doc.sentences[from.min(si)..si]
        .iter()
        .filter(|s| crate::group_members::group_members_cue(doc, s.first, s.last).is_some())
        .count()
}

/// "The remaining Belarusians — A, B, C and D — were identified by Viasna", "Los otros tres
/// (A, B y C) …": a sentence that opens on a group of people, names them between dashes or in
/// brackets and goes on: where the names start.
pub(crate) fn in_dashes(doc: &crate::text::Doc<'_>, first: usize, last: usize) -> Option<usize> {
    if !matches!(doc.f(first), "the" | "los" | "las") {
        return None;
    }
    let open = (first + 1..last.min(first + 5)).find(|&k| matches!(doc.f(k), "-" | "—" | "("))?;
    let people = (first + 1..open).any(|k| {
        let w = doc.f(k);
        matches!(
            w,
            "remaining" | "other" | "others" | "rest" | "otros" | "otras" | "demas" | "restantes"
        ) || people_word(w)
    });
    let name = doc
        .tokens
        .get(open + 1)
        .is_some_and(|t| t.capitalised && t.kind == crate::text::TokenKind::Word);
    // (Not when the words after the names tell their own event: "The two journalists — A and B
    // — remain in prison", "The students (A and B) were sentenced on Tuesday".)
    let close = (open + 2..last).find(|&k| matches!(doc.f(k), "-" | "—" | ")"))?;
    let own = !crate::triggers::find(doc, close + 1, last.min(close + 6)).is_empty();
    (people && name && !own).then_some(open + 1)
}

/// A plural noun of people or of nationals ("students", "Colombians") that counts a group.
fn people_word(w: &str) -> bool {
    crate::count_words::PEOPLE.contains(&w)
        || (w.ends_with('s') && !crate::lexicon::nationalities(w).is_empty())
}

/// "were three Colombians and an Argentine — A, B, C and D": a count of nationals or people,
/// then a dash before their names; the token after the dash.
pub(crate) fn nationals_before_dash(
    doc: &crate::text::Doc<'_>,
    first: usize,
    last: usize,
) -> Option<usize> {
    let dash = (first..last).find(|&k| matches!(doc.tokens[k].text, "—" | "–"))?;
    (dash.saturating_sub(7).max(first)..dash)
        .any(|k| {
            let w = doc.f(k + 1);
            // (The subject after its verb, "were three Colombians…"; not "The two journalists —
            // A and B — remain in prison".)
            matches!(doc.f(k.wrapping_sub(1)), "were" | "fueron" | "are" | "son")
                && crate::counts::number_word(doc.f(k)).is_some_and(|n| n > 1)
                && people_word(w)
        })
        // (Names right after the dash: not "— relatives of opposition leaders A and B, who…".)
        .then_some(dash + 1)
        .filter(|&at| doc.tokens.get(at).is_some_and(|t| t.capitalised))
}

/// Whether the slot `first..last` after a group's cue at `cue` names one who speaks, not a
/// member: "…including A and B, National Assembly head C said"; not "…including A and B, said
/// they had no news", said by them all (`joined` to the names before), unless one speaks for
/// them, "…and the Argentine's lawyer, Sergio Dabini, said…". "B, according to Foro Penal"
/// names a source after B.
pub(crate) fn member_speaks(
    doc: &crate::text::Doc<'_>,
    (first, last): (usize, usize),
    cue: usize,
    joined: bool,
) -> bool {
    let verb = |k: usize| {
        crate::slots::SPEECH.contains(&doc.f(k))
            && !matches!(doc.f(k), "according" | "segun" | "per" | "citing")
    };
    let advocate = (first.saturating_sub(3)..first).any(|k| {
        matches!(
            doc.f(k),
            "lawyer" | "attorney" | "abogado" | "abogada" | "spokesman" | "vocero"
        )
    });
    ((!joined || advocate) && first > cue && (verb(last) || (doc.f(last) == "," && verb(last + 1))))
        || crate::speakers::office_speaker(doc, first, last, cue)
}

/// "Those released from the Zona 7 headquarters were A, B and C", "Transferred the same day to
/// Rodeo I were A and B", "Also freed were …": a sentence that opens on the event and names its
/// people after the verb "to be": where those names start.
pub(crate) fn inverted_subject(
    doc: &crate::text::Doc<'_>,
    first: usize,
    last: usize,
) -> Option<usize> {
    let mut k = first;
    while k < first + 2 && matches!(doc.f(k), "those" | "also" | "los" | "las" | "tambien") {
        k += 1;
    }
    let opens = crate::triggers::find(doc, k, (k + 4).min(last))
        .first()
        .is_some_and(|t| t.first == k && t.voice == crate::triggers::Voice::Passive);
    if !opens {
        return None;
    }
    // ("Also freed, on Saturday night, were A and B": past a time set off by commas.)
    let aside = |c: usize| {
        (c + 2..(c + 7).min(last))
            .find(|&e| doc.f(e) == ",")
            .filter(|&e| {
                (c + 1..e).all(|j| {
                    let t = &doc.tokens[j];
                    t.kind == crate::text::TokenKind::Number
                        || (t.kind == crate::text::TokenKind::Word
                            && (!t.capitalised
                                || crate::dates::weekday(&t.folded).is_some()
                                || crate::dates::month(&t.folded).is_some()))
                }) && (c + 1..e).any(|j| {
                    let f = doc.f(j);
                    crate::dates::weekday(f).is_some()
                        || crate::dates::month(f).is_some()
                        || matches!(
                            f,
                            "night" | "morning" | "day" | "week" | "noche" | "madrugada"
                        )
                })
            })
    };
    let mut j = k + 1;
    while j < last.min(k + 18) {
        match doc.f(j) {
            "were" | "was" | "fueron" | "fue" => return Some(j + 1).filter(|&after| after < last),
            "," => match aside(j) {
                Some(e) => j = e + 1,
                None => return None,
            },
            ";" | ":" | "." => return None,
            _ => j += 1,
        }
    }
    None
}

/// ("…la orden fue dada por el director del penal, identificado como el coronel X"): one
/// identified at the cue at `k` of the sentence from `first` is an official the words just
/// before name by office, no member of a group held.
pub(crate) fn official_identified(doc: &crate::text::Doc<'_>, first: usize, k: usize) -> bool {
    matches!(doc.f(k), "identificado" | "identificada" | "identified")
        && (k.saturating_sub(6).max(first)..k).any(|j| crate::offices::is_official(doc.f(j)))
}

/// ("…were A and B, but not the trade unionist X"): whether the words `from..to` before a
/// member end the list with its exception.
pub(crate) fn excepted(doc: &crate::text::Doc<'_>, from: usize, to: usize) -> bool {
    (from..to).any(|k| doc.matches_any_at(k, &["but not", "pero no", "excepto", "except", "salvo"]))
}

/// ("Entre las mujeres está A, madre del exconcejal B, quien reside en Bogotá"): whether the name
/// at token `first` is the one a member's relation noun points to, no member.
pub(crate) fn kin_named(doc: &crate::text::Doc<'_>, first: usize) -> bool {
    (first.saturating_sub(4)..first).any(|k| {
        crate::slots::RELATIONS.contains(&doc.f(k))
            && matches!(doc.f(k + 1), "de" | "del" | "of")
            && (k + 2..first).all(|j| !doc.tokens[j].capitalised)
    })
}
