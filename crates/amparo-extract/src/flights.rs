//! Put on a flight abroad, with no release told before it ("fue subido el martes a un vuelo hacia
//! Montevideo", "put him on a chartered flight to Amsterdam", "la subieron a un avión con destino
//! a Madrid"): sent out of the country from custody.

use crate::text::Doc;
use crate::triggers::Voice;

/// Whether the verb at token `i` puts someone on a flight abroad: the token reading goes on from
/// (the verb's next: the flight's own words are read as ever) and where the person stands.
pub(crate) fn put_on_flight(doc: &Doc<'_>, i: usize, to: usize) -> Option<(usize, Voice)> {
    let w = doc.f(i);
    let active = matches!(
        w,
        "subieron" | "subio" | "put" | "placed" | "embarcaron" | "embarco"
    );
    let passive = boarded(w);
    if !(active || passive) {
        return None;
    }
    let clause = |k: &usize| !matches!(doc.f(*k), "." | ";");
    let plane = (i + 1..to.min(i + 10)).take_while(clause).find(|&k| {
        matches!(
            doc.f(k),
            "vuelo" | "avion" | "flight" | "plane" | "aeronave"
        )
    })?;
    let bound_abroad = (plane + 1..to.min(plane + 8))
        .take_while(|k| clause(k) && doc.f(*k) != ",")
        .any(|k| {
            matches!(doc.f(k), "a" | "hacia" | "to") && crate::abroad_words::abroad_at(doc, k + 1)
        });
    if !bound_abroad {
        return None;
    }
    // (Not one freed first: `sent_out::flown_abroad` reads "excarcelados y subidos a un avión".)
    let s = doc.sentence_at(i)?;
    let freed = (s.first..i).any(|k| {
        let f = doc.f(k);
        f.starts_with("excarcel") || f.starts_with("liberad") || matches!(f, "released" | "freed")
    });
    // (Nor a group's, "los subió a un avión rumbo a Guatemala", nor a flight another rule
    // reads: "con destino a Madrid" after a release.)
    let group = matches!(doc.f(i.wrapping_sub(1)), "los" | "las") || doc.f(i + 1) == "them";
    let read = (i + 1..s.last).any(|k| crate::sent_out::flown_abroad(doc, k).is_some());
    if freed || group || read {
        return None;
    }
    let clitic = matches!(doc.f(i.wrapping_sub(1)), "lo" | "la" | "los" | "las" | "me")
        || matches!(doc.f(i + 1), "him" | "her" | "them");
    // ("El canciller X subió a un vuelo hacia Ginebra": one who boards on his own is no one sent.)
    if matches!(w, "subio" | "subieron" | "embarco" | "embarcaron") && !clitic {
        return None;
    }
    let voice = if clitic {
        Voice::Clitic
    // ("was driven to the airport and put on a flight": a participle; "put X on a flight"
    // acts on X.)
    } else if active
        && (!matches!(w, "put" | "placed") || doc.tokens.get(i + 1).is_some_and(|t| t.capitalised))
    {
        Voice::Active
    } else {
        Voice::Passive
    };
    Some((i + 1, voice))
}

/// "subido", "embarcadas": put aboard ("fue subido el martes a un vuelo", and of the ones freed
/// just before, "excarcelados … y subidos a un avión con destino a Guatemala").
pub(crate) fn boarded(w: &str) -> bool {
    ["subid", "embarcad"].iter().any(|p| w.starts_with(p))
}
