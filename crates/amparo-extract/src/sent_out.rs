//! Taken out of custody and sent out: out of a prison or its cells onto a plane or to a border
//! ("sacados de sus celdas … y subidos al avión"), and freed people flown abroad ("desde donde
//! volaron a Madrid"), foreigners among them expelled.

use crate::model::EventType::Release;
use crate::text::Doc;

/// ("was taken from Rodeo I directly to Maiquetía airport", "sacados de sus celdas … y subidos al
/// avión"): taken out of a prison or its cells is no arrest. Onto a plane, to an airport, a border
/// or home, it frees; elsewhere it moves; out of cells to nowhere told, in English, it tells nothing.
pub(crate) fn taken_out_of_prison(
    doc: &Doc<'_>,
    out: &mut Vec<crate::triggers::Trigger>,
    to: usize,
) {
    use crate::model::EventType::{Arrest, Transfer};
    use crate::triggers::Trigger;
    // ("was taken from Rodeo I directly to Maiquetía airport"): taken out of a prison is no
    // arrest; it frees (what follows says where to).
    // ("sacados de sus celdas de madrugada y subidos al avión", "taken from their cells last
    // night": out of a cell, to a plane, frees; to nowhere told, tells nothing; "sacados el
    // jueves de sus celdas", past a day between the verb and its "de".)
    let from_at = |t: &Trigger| {
        let mut k = t.first + 1;
        while k < t.first + 5
            && (matches!(doc.f(k), "el" | "este" | "anoche" | "ayer" | "hoy")
                || crate::dates::weekday(doc.f(k)).is_some())
        {
            k += 1;
        }
        (k > t.first + 1 && matches!(doc.f(k), "de" | "del")).then_some(k)
    };
    // (Where the prison or cell is read from, past the verb or its day; none without a "de".)
    let from = |t: &Trigger| match from_at(t) {
        Some(k) => Some(k + 1),
        None => Some(t.last).filter(|_| matches!(doc.f(t.first + 1), "de" | "del")),
    };
    let within = |t: &Trigger, words: &[&str]| {
        let start = from(t).unwrap_or(t.last);
        (start..to.min(start + 3)).any(|k| words.contains(&doc.f(k)))
    };
    let from_cell = |t: &Trigger| within(t, &["cells", "celdas", "cell", "celda"]);
    let taken_out = |t: &Trigger| {
        matches!(t.kind, Arrest | Transfer)
            && ((doc.f(t.first) == "taken" && doc.f(t.first + 1) == "from")
                || (doc.f(t.first).starts_with("sacad") && from(t).is_some() && from_cell(t)))
            && within(t, crate::custody_phrases::CUSTODY_PLACES)
    };
    // (Not a plane to another prison: "subidos a un avión rumbo a la cárcel de Tocorón".)
    let out_of_it = |t: &Trigger| {
        (t.last..to.min(t.last + 16))
            .find(|&k| {
                matches!(
                    doc.f(k),
                    "airport"
                        | "aeropuerto"
                        | "flight"
                        | "vuelo"
                        | "border"
                        | "frontera"
                        | "home"
                        | "plane"
                        | "avion"
                )
            })
            .is_some_and(|way| {
                !(way + 1..to).any(|k| crate::custody_phrases::custody_place_at(doc, k))
            })
    };
    // (Spanish "sacado de su celda" alone stays a move: where to may follow; so does English
    // with a destination, "taken from his cell to the Military Hospital".)
    let to_somewhere = |t: &Trigger| {
        (t.last..to).any(|k| {
            doc.f(k) == "to" && !matches!(doc.f(k.wrapping_sub(1)), "according" | "due" | "next")
        })
    };
    out.retain(|t| {
        !(taken_out(t)
            && doc.f(t.first) == "taken"
            && from_cell(t)
            && !out_of_it(t)
            && !to_somewhere(t))
    });
    for t in out.iter_mut() {
        if taken_out(t) {
            t.kind = if out_of_it(t) { Release } else { Transfer };
        }
    }
}

/// ("…excarcelados el martes y conducidos al aeropuerto, desde donde volaron a Madrid", "lo
/// subieron esa misma noche a un avión con destino a Madrid", "left for Madrid"): freed people
/// flown abroad, in a sentence that tells their release, are sent out of the country; the token
/// reading goes on from. (A release on condition of leaving stays one event, the project's
/// convention: see `issue_13_release_conditions_told_as_a_condition_or_a_ban`.)
pub(crate) fn flown_abroad(doc: &Doc<'_>, i: usize) -> Option<usize> {
    let abroad = |k: usize| crate::abroad_words::abroad_at(doc, k);
    // ("…released … from prison and flew them to Rome": the freed, named by a pronoun.)
    let object = usize::from(matches!(doc.f(i + 1), "them" | "him" | "her"));
    // ("Nicaragua excarceló y envió a Guatemala a 19 presos políticos", "freed and sent them to
    // Spain": sent to a place abroad, as flown.)
    // ("…excarceló este jueves a 12 presos políticos y los trasladó en un vuelo a Guatemala":
    // past the flight.)
    // ("sent him on a flight to Rome", "on a chartered plane to Madrid")
    let mut to = i + 1 + object;
    if doc.f(to) == "en" && doc.f(to + 2) == "vuelo" {
        to = (to + 3..to + 7).find(|&k| doc.f(k) == "a").unwrap_or(to);
    } else if doc.f(to) == "on" && (to + 2..to + 4).any(|k| matches!(doc.f(k), "flight" | "plane"))
    {
        to = (to + 3..to + 7).find(|&k| doc.f(k) == "to").unwrap_or(to);
    }
    let flown = matches!(
        doc.f(i),
        "volaron"
            | "volo"
            | "flew"
            | "flown"
            | "envio"
            | "enviaron"
            | "enviados"
            | "enviadas"
            | "sent"
            | "traslado"
            | "trasladaron"
    ) && matches!(doc.f(to), "a" | "to" | "hacia")
        && abroad(to + 1);
    let bound = (matches!(doc.f(i), "destino" | "rumbo") && doc.f(i + 1) == "a" && abroad(i + 2))
        && (i.saturating_sub(6)..i)
            .any(|k| matches!(doc.f(k), "avion" | "vuelo" | "vuelos" | "aviones"));
    let left_for = doc.f(i) == "left" && doc.f(i + 1) == "for" && abroad(i + 2);
    // ("…llevados al aeropuerto, donde abordaron un vuelo a Miami", "boarded a plane to Madrid")
    // (Where the freed were taken, or what they did next: not "Los periodistas que cubrieron
    // la excarcelación de A y B, sacados de sus celdas, abordaron un vuelo".)
    let boarded = matches!(doc.f(i), "abordaron" | "abordo" | "boarded")
        // ("…, where he boarded a flight to Madrid", "and on Wednesday he boarded")
        && (i.saturating_sub(5)..i)
            .rev()
            .find(|&k| {
                !matches!(doc.f(k), "he" | "she" | "they" | "on" | "el" | "then" | "luego")
                    && crate::dates::weekday(doc.f(k)).is_none()
            })
            .is_some_and(|k| matches!(doc.f(k), "donde" | "where" | "y" | "and"))
        && matches!(doc.f(i + 2), "vuelo" | "avion" | "flight" | "plane")
        && matches!(doc.f(i + 3), "a" | "to" | "hacia")
        && abroad(i + 4);
    if !(flown || bound || left_for || boarded) {
        return None;
    }
    // The release told before it in the sentence ("excarcelados", "freed", "walked out"; not
    // "released a statement", "pressed for the release"), with nothing between that brings in
    // another subject ("mientras su hija voló a Madrid", "y el canciller voló a Roma").
    let s = doc.sentence_at(i)?;
    let freed = (s.first..i).rev().find(|&k| {
        let w = doc.f(k);
        ((w.starts_with("excarcel") && !w.starts_with("excarcelacion"))
            || w.starts_with("liberad")
            || matches!(w, "liberaron" | "libero")
            || (matches!(w, "released" | "freed")
                && !(matches!(doc.f(k + 1), "a" | "the" | "its" | "their")
                    && (k + 2..k + 4).any(|j| crate::trigger_readings::DOCUMENTS.contains(&doc.f(j)))))
            || (w == "walked" && doc.f(k + 1) == "out")
            // ("sacados de sus celdas … y subidos a un avión con destino a …")
            // ("sacados el jueves de sus celdas")
            || (w.starts_with("sacad")
                && (k + 2..k + 7).any(|j| {
                    matches!(doc.f(j), "celdas" | "celda")
                        && (k + 1..j).any(|o| matches!(doc.f(o), "de" | "del"))
                })))
            && !matches!(
                doc.f(k.wrapping_sub(1)),
                "the" | "la" | "su" | "for" | "por"
            )
    })?;
    // (Past the cells it was taken out of: "sacados de sus celdas".)
    let past = (freed + 1..i)
        .find(|&k| matches!(doc.f(k), "celdas" | "celda"))
        .filter(|_| doc.f(freed).starts_with("sacad"))
        .map_or(freed + 1, |k| k + 1);
    // (Past the one an active verb frees: "released activist Carmen Sáenz Cano on September 5
    // and flew her to Rome", "liberó al periodista X y lo subió a un avión".)
    let past = if matches!(doc.f(freed), "released" | "freed" | "libero" | "liberaron") {
        let mut k = past;
        while k < i
            && (matches!(doc.f(k), "the" | "al" | "a" | "la" | "el")
                || !crate::lexicon::roles(doc.f(k)).is_empty())
        {
            k += 1;
        }
        let names = (k..i)
            .take_while(|&j| {
                doc.tokens[j].capitalised && doc.tokens[j].kind == crate::text::TokenKind::Word
            })
            .count();
        if names >= 2 { k + names } else { past }
    } else {
        past
    };
    // ("…excarcelaron … a once ciudadanos extranjeros que estaban recluidos en El Helicoide, y
    // este miércoles los subieron a vuelos…": past a relative clause the freed close, to the
    // clause whose pronoun takes them again.)
    let past = (past..i)
        .rev()
        .find(|&k| {
            doc.f(k) == "y"
                && doc.f(k.wrapping_sub(1)) == ","
                && (k + 1..i).any(|j| matches!(doc.f(j), "los" | "las"))
        })
        .map_or(past, |k| k + 1);
    let another = (past..i).any(|k| {
        let t = &doc.tokens[k];
        matches!(
            doc.f(k),
            "mientras"
                | "while"
                | "whose"
                | "who"
                | "que"
                | "quien"
                | "su"
                | "sus"
                | "his"
                | "her"
                | "their"
                | "canciller"
                | "minister"
                | "ministro"
        ) || (t.capitalised
            && t.kind == crate::text::TokenKind::Word
            && crate::dates::weekday(doc.f(k)).is_none()
            && crate::dates::month(doc.f(k)).is_none()
            // ("released a bishop and nine other Catholic clergymen … and flew them")
            && !crate::lexicon::is_not_name(doc.f(k))
            && crate::lexicon::nationalities(doc.f(k)).is_empty()
            && !matches!(
                doc.f(k.wrapping_sub(1)),
                "de" | "del"
                    | "from"
                    | "a"
                    | "al"
                    | "to"
                    | "en"
                    | "in"
                    | "at"
                    | "el"
                    | "la"
                    | "the"
            ))
    });
    let freed = !another;
    let end = if flown {
        i + 2 + object
    } else if boarded {
        i + 4
    } else {
        i + 2
    };
    freed.then_some(end)
}

/// "were put on a flight to Madrid": foreigners expelled, Venezuelans exiled.
/// ("Trece de ellos son nicaragüenses y … fueron \"deportados\"", "…deportadas y despojadas de
/// la nacionalidad": the state's own nationals are exiled whatever the word.)
pub(crate) fn exiled_on_flights(
    doc: &Doc<'_>,
    t: &crate::triggers::Trigger,
    a: usize,
    b: usize,
) -> bool {
    // (It runs for every trigger: only an expulsion is read on, and a prisoner taken out to be
    // banished, see `banished`.)
    if t.kind != crate::model::EventType::Expulsion {
        return crate::banished::taken_out_abroad(doc, t, b);
    }
    // ("U.S. citizens A and B were released … and put aboard a chartered flight to Miami")
    let foreign = (a..b).any(|k| crate::demonyms::foreign_at(doc, k))
        || crate::abroad_words::foreigners_told(doc, t.first);
    // (Of people, not of the state: not "Las autoridades venezolanas los entregaron…",
    // "Venezuelan authorities informed us he was expelled".)
    let state = |k: usize| {
        matches!(
            doc.f(k),
            "autoridades"
                | "authorities"
                | "gobierno"
                | "government"
                | "policia"
                | "police"
                | "officials"
                | "funcionarios"
                | "fuerzas"
                | "forces"
                | "regimen"
                | "regime"
                | "estado"
                | "state"
                | "medios"
                | "media"
                | "television"
                | "cancilleria"
        )
    };
    // (Said of the people sent out: "Trece de ellos son nicaragüenses", "presos políticos
    // nicaragüenses"; not "la ONG venezolana Foro Penal", "el exmilitar venezolano X … fue
    // deportado por Colombia", which another state sent home.)
    let of_people = |k: usize| {
        matches!(
            doc.f(k.wrapping_sub(1)),
            "son" | "eran" | "are" | "were" | "politicos" | "political" | "presos" | "detenidos"
        ) || matches!(
            doc.f(k + 1),
            "presos" | "detenidos" | "prisoners" | "detainees" | "nationals" | "citizens"
        )
            // ("la activista nicaragüense Brenda Tapia", "Nicaraguan journalist Yader Ruiz":
            // of one described by a role.)
            || !crate::lexicon::roles(doc.f(k.wrapping_sub(1))).is_empty()
            || !crate::lexicon::roles(doc.f(k + 1)).is_empty()
    };
    let by_another = matches!(doc.f(t.last), "por" | "by")
        && doc.tokens.get(t.last + 1).is_some_and(|x| x.capitalised);
    let nationals = crate::banished::stripped_of_nationality(doc, a, b)
        || !by_another
            && (a..t.first).any(|k| {
                let n = crate::lexicon::nationalities(doc.f(k));
                n.len() == 1
                    && n[0] == doc.home
                    && !state(k.wrapping_sub(1))
                    && !state(k + 1)
                    && of_people(k)
            });
    (matches!(doc.f(t.first), "put" | "placed") || nationals) && !foreign
}

/// Sent home is no move and no custody: "a Hurtado lo mandaron a su casa" (not "lo mandaron a
/// callar"), "fueron enviados a sus casas bajo el régimen de convivencia familiar" (the house
/// arrest the sentence tells is the event), "encerrada en su casa". "Trasladado a su casa con
/// custodia" is told as a move.
pub(crate) fn sent_home(doc: &Doc<'_>, out: &mut Vec<crate::triggers::Trigger>) {
    use crate::model::EventType::{Detention, Transfer};
    out.retain(|t| {
        let home = |k: usize| matches!(doc.f(k), "casa" | "casas" | "hogar" | "hogares");
        let at_home = |k: usize| home(k) || matches!(doc.f(k), "su" | "sus") && home(k + 1);
        let to_do = |k: usize| ["ar", "er", "ir"].iter().any(|e| doc.f(k).ends_with(e));
        let sent = t.kind == Transfer
            && ((doc.f(t.last.wrapping_sub(2)) == "mandaron"
                && (at_home(t.last) || to_do(t.last)))
                || (doc.f(t.first).starts_with("envia")
                    && doc.f(t.last) == "a"
                    && at_home(t.last + 1)));
        let shut = t.kind == Detention && doc.f(t.first).starts_with("encerrad") && at_home(t.last);
        !(sent || shut)
    });
}

/// "El régimen de X excarceló a 135 presos políticos y los subió a un avión rumbo a Guatemala":
/// the leaving after "y los…" is of the counted freed, a group's, not of the regime's head named
/// before it.
pub(crate) fn leaving_of_counted_freed(doc: &Doc<'_>, out: &mut Vec<crate::triggers::Trigger>) {
    use crate::model::EventType::{ConditionalRelease, Exile, Expulsion};
    // (Read for every trigger search: nothing to do without a leaving.)
    if !out.iter().any(|t| matches!(t.kind, Exile | Expulsion)) {
        return;
    }
    let released = |r: &&crate::triggers::Trigger| matches!(r.kind, Release | ConditionalRelease);
    // Where the first release ends, and the first told of a number of people ("a 135 presos").
    let first_release = out.iter().filter(released).map(|r| r.last).min();
    let first_counted = out
        .iter()
        .filter(released)
        .filter(|r| (r.last..r.last + 3).any(|k| crate::count_words::count_at(doc, k)))
        .map(|r| r.last)
        .min();
    // ("freed 16 people … and drove 14 of them across the border": the state's drive of those it
    // freed; not "Lithuanian volunteers drove 14 refugees across the border".)
    out.retain(|t| doc.f(t.first) != "drove" || first_release.is_some_and(|e| e <= t.first));
    for t in out.iter_mut().filter(|t| {
        matches!(t.kind, Exile | Expulsion)
            && (t.first.saturating_sub(8)..t.first).any(|y| {
                matches!(doc.f(y), "y" | "and")
                    && (matches!(doc.f(y + 1), "los" | "las") || doc.f(y + 2) == "them")
            })
            && first_counted.is_some_and(|e| e < t.first)
    }) {
        t.group_only = true;
    }
}
