//! The words of leaving the country under the state's hand or in its shadow: exile ("se exilió",
//! "desterrados", "forced exile") and expulsion ("deportados", "enviados en un vuelo a Guatemala",
//! "entregados en la frontera"), kept apart from the other triggers' word list; being handed
//! over at a border, and a release and a departure told in one breath.

use crate::model::EventType::{self, ConditionalRelease, Exile, Expulsion, Release};
use crate::text::Doc;
use crate::triggers::Voice::{self, Active, Clitic, Nominal, Passive};

/// Bodies one is expelled from that are not a country ("el partido expulsó a la diputada X de
/// sus filas", "la expulsaron de la Universidad de Carabobo", "expulsado de la UNAN").
#[rustfmt::skip]
pub(crate) const BODIES: &[&str] = &[
    "filas", "ranks", "partido", "party", "militancia", "universidad", "university", "colegio",
    "escuela", "school", "sindicato", "gremio", "iglesia", "club", "unan", "ucv", "uca", "ula",
    "facultad", "carrera", "college", "faculty", "union", "church",
];

pub(crate) const LEAVING: &[(&str, EventType, Voice)] = &[
    ("into exile", Exile, Passive),
    ("tuvo que salir del pais", Exile, Passive),
    ("tuvieron que salir del pais", Exile, Passive),
    ("forced to leave the country", Exile, Passive),
    ("obligado a salir del pais", Exile, Passive),
    ("obligada a salir del pais", Exile, Passive),
    // ("obligado a salir de su propio país", "obligada a abandonar el país", "forced to leave")
    ("obligado a salir de su", Exile, Passive),
    ("obligada a salir de su", Exile, Passive),
    ("obligados a salir del pais", Exile, Passive),
    ("obligado a abandonar el pais", Exile, Passive),
    ("obligados a abandonar el pais", Exile, Passive),
    ("forced to leave", Exile, Passive),
    // ("freed 14 political prisoners and forced them across the border into Lithuania")
    ("forced them across the border", Exile, Passive),
    ("forced across the border", Exile, Passive),
    // ("Among those forced out were X, Y and Z")
    ("those forced out", Exile, Passive),
    ("for exile", Exile, Passive),
    ("in exile", Exile, Passive),
    ("se exilio", Exile, Passive),
    ("se exiliaron", Exile, Passive),
    ("exiled", Exile, Passive),
    ("banished", Exile, Passive),
    ("forced into exile", Exile, Passive),
    ("forced exile", Exile, Passive),
    ("exilio forzado", Exile, Passive),
    ("exilio forzoso", Exile, Passive),
    ("exiliados", Exile, Passive),
    ("exiliadas", Exile, Passive),
    ("desterrado", Exile, Passive),
    ("desterrada", Exile, Passive),
    ("desterrados", Exile, Passive),
    ("desterradas", Exile, Passive),
    ("destierro", Exile, Passive),
    // ("Nicaragua excarcela y destierra a 19 presos políticos"; "desterró el sábado a Guatemala a
    // 28 presos políticos": the day and where between.)
    ("destierra a", Exile, Active),
    ("destierran a", Exile, Active),
    ("desterro a", Exile, Active),
    ("desterraron a", Exile, Active),
    ("desterro", Exile, Active),
    ("desterraron", Exile, Active),
    ("exiliado", Exile, Passive),
    ("exiliada", Exile, Passive),
    ("al exilio", Exile, Passive),
    ("expelled", Expulsion, Passive),
    // ("Venezuela frees and expels 8 Colombians", "el Gobierno expulsó a tres periodistas")
    ("expels", Expulsion, Active),
    ("deports", Expulsion, Active),
    ("expulsa a", Expulsion, Active),
    ("expulso a", Expulsion, Active),
    ("expulsaron a", Expulsion, Active),
    ("deporta a", Expulsion, Active),
    ("deporto a", Expulsion, Active),
    ("deportaron a", Expulsion, Active),
    ("deportaron", Expulsion, Active),
    // ("Tras ocho horas de interrogatorio, lo deportaron a Cancún")
    ("lo deportaron", Expulsion, Clitic),
    ("la deportaron", Expulsion, Clitic),
    ("los deportaron", Expulsion, Clitic),
    ("lo expulsaron", Expulsion, Clitic),
    ("la expulsaron", Expulsion, Clitic),
    ("expulsaron", Expulsion, Active),
    ("deported", Expulsion, Passive),
    // ("Flown out of the country on Thursday night:" over foreigners' names)
    ("flown out of the country", Expulsion, Passive),
    ("put on flights", Expulsion, Passive),
    ("put on planes", Expulsion, Passive),
    ("put on a flight", Expulsion, Passive),
    ("put on a plane", Expulsion, Passive),
    // ("was put on a chartered flight to Houston on Wednesday evening")
    ("put on a chartered flight", Expulsion, Passive),
    ("put on a charter flight", Expulsion, Passive),
    // ("released from El Helicoide … and put aboard a chartered flight to Miami")
    ("put aboard a", Expulsion, Passive),
    ("put them aboard", Expulsion, Passive),
    // ("released them and put them on a chartered flight")
    ("put them on a flight", Expulsion, Passive),
    ("put them on a chartered flight", Expulsion, Passive),
    ("put them on a charter flight", Expulsion, Passive),
    ("put them on a plane", Expulsion, Passive),
    // ("…took him out of the Jorge Navarro prison and put him on a plane to Rome": a clitic's.)
    ("put him on a flight", Expulsion, Clitic),
    ("put her on a flight", Expulsion, Clitic),
    ("put him on a plane", Expulsion, Clitic),
    ("put her on a plane", Expulsion, Clitic),
    ("placed on a flight", Expulsion, Passive),
    // ("driven to the border and handed over", "enviados en un vuelo a Guatemala", "entregados
    // en la frontera"): sent out of the country by the state.
    ("driven to the border", Expulsion, Passive),
    // ("Belarus released 31 prisoners and took them by bus to the border with Lithuania")
    ("took them by bus to the border", Expulsion, Passive),
    ("took them to the border", Expulsion, Passive),
    ("drove them to the border", Expulsion, Passive),
    ("taken straight to the border", Expulsion, Passive),
    ("taken to the border", Expulsion, Passive),
    ("driven across the border", Expulsion, Passive),
    ("taken across the border", Expulsion, Passive),
    ("pushed across the border", Expulsion, Passive),
    ("enviados en un vuelo", Expulsion, Passive),
    // ("…liberó a 12 presos políticos y los envió en un vuelo chárter a Guatemala")
    ("envio en un vuelo", Expulsion, Active),
    ("enviaron en un vuelo", Expulsion, Active),
    ("enviadas en un vuelo", Expulsion, Passive),
    ("enviado en un vuelo", Expulsion, Passive),
    ("enviada en un vuelo", Expulsion, Passive),
    ("entregados en la frontera", Expulsion, Passive),
    ("entregado en la frontera", Expulsion, Passive),
    ("entregada en la frontera", Expulsion, Passive),
    ("expulsado", Expulsion, Passive),
    ("expulsada", Expulsion, Passive),
    ("expulsados", Expulsion, Passive),
    ("expulsadas", Expulsion, Passive),
    ("deportado", Expulsion, Passive),
    ("deportada", Expulsion, Passive),
    ("deportados", Expulsion, Passive),
    ("deportadas", Expulsion, Passive),
    ("expulsion de", Expulsion, Nominal),
];

/// ("enviados en un vuelo a Caracas y recluidos en El Rodeo I", "driven to the border town and
/// locked up"): a flight or a drive that ends in custody inside the country sends nobody out.
pub(crate) fn kept_inside(doc: &Doc<'_>, words: &str, last: usize, to: usize) -> bool {
    (words.starts_with("enviad")
        || words.starts_with("driven")
        || words.starts_with("put")
        || words.starts_with("placed"))
        && (last..to.min(last + 14)).any(|k| {
            let w = doc.f(k);
            w.starts_with("recluid")
                || w.starts_with("detenid")
                || w.starts_with("carcel")
                // ("llevado hasta la frontera … y encarcelado en la prisión de Somoto")
                || w.starts_with("encarcel")
                || matches!(w, "prision" | "penal")
                || matches!(
                    w,
                    "caracas"
                        | "prison"
                        | "jail"
                        | "jailed"
                        | "locked"
                        | "custody"
                        | "arrested"
                        | "detained"
                        | "imprisoned"
                        | "held"
                )
        })
}

/// Whether sentence `si` tells one group freed and sent out in one breath ("fueron excarcelados
/// y deportados", "freed and expelled"), not two groups ("tres colombianos liberados y un
/// venezolano exiliado").
pub(crate) fn freed_and_sent_out(doc: &Doc<'_>, si: usize) -> bool {
    let Some(s) = doc.sentences.get(si) else {
        return false;
    };
    // (Or foreigners held who went home: see `returned_home`.)
    if (s.first..s.last).any(|k| {
        crate::borders::handed_over_at_border(doc, k, s.last)
            || crate::returned_home::returned_home(doc, k, s.last).is_some()
    }) {
        return true;
    }
    // ("were pardoned on Tuesday and driven straight to the Lithuanian border", "excarcelados y
    // deportados"): a release, then "and" and a leaving close after it, in one clause.
    let found = crate::triggers::find(doc, s.first, s.last);
    // ("excarceló el martes a 14 presos, entre ellos cuatro ciudadanos de la Unión Europea, y los
    // trasladó…": an aside of who the freed include lengthens the breath.)
    let aside = |from: usize, to: usize| {
        (from..to).any(|k| {
            doc.f(k) == ","
                && matches!(
                    (doc.f(k + 1), doc.f(k + 2)),
                    ("entre", "ellos" | "ellas") | ("among", "them") | ("including", _)
                )
        })
    };
    found.iter().any(|r| {
        matches!(r.kind, Release | ConditionalRelease)
            && found.iter().any(|l| {
                matches!(l.kind, Expulsion | Exile)
                    && l.first > r.last
                    && !(r.last..l.first).any(|k| matches!(doc.f(k), ";" | "." | ":"))
                    && (r.last..l.first)
                        .rev()
                        .find(|&k| matches!(doc.f(k), "y" | "and" | "e"))
                        .is_some_and(|y| {
                            (crate::clause_subjects::one_subject(doc, y + 1, l.first) && l.first - r.last <= 12)
                                // ("excarcelados … y subidos a un avión con destino a Guatemala")
                                || (crate::flights::boarded(doc.f(y + 1)) && l.first - r.last <= 16)
                                // ("…y los subió a un avión rumbo a Guatemala", "and put them
                                // on a plane bound for Vilnius": the freed, sent out.)
                                || ((matches!(doc.f(y + 1), "los" | "las" | "lo")
                                    || matches!(doc.f(y + 2), "them" | "him" | "her"))
                                    && l.first - r.last <= if aside(r.last, y) { 26 } else { 16 })
                        })
                    // (An active verb sends out those it names, a group of its own: "…y
                    // expulsó a dos periodistas"; unless its clitic is the freed: "y los
                    // expulsó".)
                    // (Or the two verbs share the object after them: "excarceló y envió en un
                    // vuelo a Guatemala a doce presos".)
                    && (l.voice != Voice::Active
                        // ("…and drove 14 of them across the border")
                        || (l.last..l.last + 4).any(|k| matches!(doc.f(k), "them" | "him" | "her"))
                        || matches!(
                            doc.f(l.first.wrapping_sub(1)),
                            "los" | "las" | "lo" | "la" | "them"
                        )
                        || matches!(doc.f(r.last), "y" | "and" | "e"))
            })
    })
}

/// The sentence where release `g` (or a release told up to three sentences before it) was told
/// in one breath with a leaving: "…liberó a diez presos y los trasladó hasta la frontera.
/// Entre los liberados figuran A y B" — the release this sentence names them by was told so
/// just before.
pub(crate) fn breath_before(
    doc: &Doc<'_>,
    groups: &[crate::discourse::GroupEvent],
    g: &crate::discourse::GroupEvent,
) -> Option<usize> {
    use crate::discourse::family;
    if family(g.kind) != Release {
        return None;
    }
    std::iter::once(g.sentence)
        .chain(
            groups
                .iter()
                .rev()
                .filter(|h| {
                    h.sentence < g.sentence
                        && h.sentence + 3 >= g.sentence
                        && family(h.kind) == Release
                        && h.certainty.is_none()
                })
                .map(|h| h.sentence),
        )
        .find(|&s| freed_and_sent_out(doc, s))
}

/// A headline that tells a release and a leaving at once, joined by "y"/"and" or one after the
/// other ("Excarcelan y destierran a doce presos políticos", "Tres excarcelados parten al
/// exilio"): a line with no full stop of
/// its own. Not a release of some and the leaving of others ("Excarcelan a tres presos y
/// destierran a otros nueve"), nor a leaving feared ("…que temían ser desterrados").
pub(crate) fn freed_and_banished_headline(doc: &Doc<'_>, si: usize) -> bool {
    let Some(s) = doc.sentences.get(si) else {
        return false;
    };
    let found = crate::triggers::find(doc, s.first, s.last);
    s.line_start
        && !matches!(doc.f(s.last.saturating_sub(1)), "." | "!" | "?")
        && found.windows(2).any(|w| {
            crate::discourse::family(w[0].kind) == Release
                && matches!(
                    w[1].kind,
                    crate::model::EventType::Exile | crate::model::EventType::Expulsion
                )
                // ("… y destierran", "… excarcelados parten al exilio": a word between at most.)
                && w[1].first <= w[0].last + 1
        })
}

/// Whether sentence `si` sends out all the freed ("…excarceló a 14 presos … y los trasladó hasta
/// el paso fronterizo", "52 people … were pardoned and driven to the border"), not a part told
/// by its own count ("Sixteen of those freed … were driven to the border", "15 venezolanos
/// excarcelados y 4 extranjeros expulsados").
pub(crate) fn all_freed_sent_out(doc: &Doc<'_>, si: usize) -> bool {
    let n = |k: usize| crate::count_words::number_at(doc, k);
    doc.sentences.get(si).is_some_and(|s| {
        let part = (s.first..s.last).any(|k| {
            n(k) && matches!(doc.f(k + 1), "of" | "de")
                && matches!(
                    doc.f(k + 2),
                    "those" | "them" | "the" | "los" | "las" | "ellos"
                )
        });
        crate::triggers::find(doc, s.first, s.last).iter().any(|l| {
            matches!(l.kind, Expulsion | Exile)
                && (matches!(doc.f(l.first.wrapping_sub(1)), "los" | "las")
                    || doc.f(l.first + 1) == "them"
                    || !(part || (l.first.saturating_sub(3)..l.first).any(n)))
        })
    })
}

/// The sentence shortly before a list's lead `l` that freed and sent out all the freed in one
/// breath ("…excarceló a 14 presos y los trasladó hasta el paso fronterizo … / Los liberados
/// habían sido trasladados … / Entre los bielorrusos figuran:"), whose leaving the list shares.
pub(crate) fn list_breath(
    doc: &Doc<'_>,
    groups: &[crate::discourse::GroupEvent],
    l: &crate::discourse::GroupEvent,
) -> Option<usize> {
    // (Not one told back in time: "A year ago, Belarus freed 18 prisoners and drove them to the
    // Lithuanian border".)
    let back = |b: usize| {
        doc.sentences.get(b).is_some_and(|s| {
            (s.first..s.last).any(|k| {
                matches!(doc.f(k), "ago" | "hace" | "previously" | "anteriormente")
                    || (matches!(doc.f(k), "last" | "pasado")
                        && matches!(doc.f(k + 1), "year" | "month"))
                    || (matches!(doc.f(k), "ano" | "mes") && doc.f(k + 1) == "pasado")
            })
        })
    };
    breath_before(doc, groups, l).filter(|&b| all_freed_sent_out(doc, b) && !back(b))
}

/// Whether sentence `si`, telling a leaving just before the members' cue (sentence `cue`) and
/// after the `release` the cue takes, may tell it of some of those freed ("Tres de los
/// excarcelados son extranjeros: … fueron deportados", "Most of the foreigners were driven to…"):
/// it does not open on others ("Otros 30 presos fueron deportados…") nor tell a leaving feared
/// ("…foreigners who fear being deported").
pub(crate) fn just_before(
    doc: &crate::text::Doc<'_>,
    si: usize,
    release: &crate::discourse::GroupEvent,
    cue: usize,
) -> bool {
    let Some(s) = doc
        .sentences
        .get(si)
        .filter(|_| si + 1 == cue && si > release.sentence)
    else {
        return false;
    };
    let words = s.first..s.last;
    !matches!(doc.f(s.first), "otros" | "otras" | "others" | "other")
        && !words.into_iter().any(|k| {
            matches!(
                doc.f(k),
                "fear" | "fears" | "feared" | "teme" | "temen" | "temia" | "temian"
            )
        })
}

/// ("De El Helicoide salió ayer el periodista X", "Del Rodeo I salieron…": the prison fronted
/// before the verb at `i`, after its "de", with no comma before the verb: not "X, madre de Y,
/// recluido en Ramo Verde, salió de la cárcel tras visitarlo", the son's place. Or "detenido
/// desde marzo en Zona 7, salió de allí esta tarde": the place named before.)
pub(crate) fn left_place_before(doc: &crate::text::Doc<'_>, i: usize) -> bool {
    use crate::custody_phrases::custody_place_at;
    let fronted = matches!(doc.f(i), "salio" | "salieron" | "sale" | "salen" | "salir")
        && (i.saturating_sub(5)..i).any(|k| {
            custody_place_at(doc, k)
                && (k.saturating_sub(3)..k).any(|j| matches!(doc.f(j), "de" | "del" | "desde"))
                && (k..i).all(|j| doc.f(j) != ",")
        })
        // (Of its own sentence: not "…en la cárcel de Tocuyito. Mogollón salió el lunes hacia…".)
        && !(i.saturating_sub(6)..i).any(|k| doc.f(k) == ".");
    let from_there = matches!(doc.f(i), "salio" | "salieron")
        && doc.f(i + 1) == "de"
        && matches!(doc.f(i + 2), "alli" | "ahi" | "alla")
        && (i.saturating_sub(8)..i).any(|k| custody_place_at(doc, k));
    fronted || from_there
}
