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
    if (s.first..s.last).any(|k| handed_over_at_border(doc, k, s.last)) {
        return true;
    }
    // ("were pardoned on Tuesday and driven straight to the Lithuanian border", "excarcelados y
    // deportados"): a release, then "and" and a leaving close after it, in one clause.
    let found = crate::triggers::find(doc, s.first, s.last);
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
                                    && l.first - r.last <= 16)
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

/// "driven under KGB escort to the Lithuanian border", "conducidos en autobuses hasta la frontera
/// con Colombia": driven or escorted up to a border (a few words between) is sent out of the
/// country; the end of the phrase. Not near it ("cerca de la frontera"), nor when the drive ends
/// in custody ("driven to the border town and locked up").
pub(crate) fn driven_to_border(doc: &Doc<'_>, i: usize, to: usize) -> Option<usize> {
    let w = doc.f(i);
    let driven = matches!(
        w,
        // ("…and drove 14 of them across the border into Lithuania")
        "driven" | "escorted" | "bused" | "bussed" | "transported" | "drove" | "walked"
    ) || (matches!(w, "llevo" | "llevaron")
        && matches!(doc.f(i.wrapping_sub(1)), "lo" | "la" | "los" | "las")
        && matches!(doc.f(i.wrapping_sub(2)), "y" | "e"))
        || ["conducid", "escoltad", "llevad"]
            .iter()
            .any(|p| w.starts_with(p));
    if !driven {
        return None;
    }
    // ("driven in buses, under guard, to the border": past an aside between two commas.)
    let aside = || {
        let commas: Vec<usize> = (i + 1..to.min(i + 8))
            .filter(|&k| doc.f(k) == ",")
            .collect();
        // (The border after the aside: not "driven to Akrestsina, held there, and … to the
        // border".)
        match commas.as_slice() {
            [a, b] if b - a <= 4 && !(i + 1..*a).any(|k| matches!(doc.f(k), "to" | "a" | "al")) => {
                up_to_border(doc, b + 1, to.min(b + 6), true)
            }
            _ => None,
        }
    };
    let border = up_to_border(doc, i + 1, to.min(i + 9), true).or_else(aside)?;
    (!kept_inside(doc, "driven", border, to)).then_some(border + 1)
}

/// The border a phrase from `from` (before `to`, within its clause) takes someone up to:
/// "hasta la frontera", "to the Lithuanian border", not "cerca de la frontera"; the border's
/// token. `comma_ends` stops at a comma too.
pub(crate) fn up_to_border(
    doc: &Doc<'_>,
    from: usize,
    to: usize,
    comma_ends: bool,
) -> Option<usize> {
    (from..to)
        .take_while(|&k| !(matches!(doc.f(k), "." | ";") || (comma_ends && doc.f(k) == ",")))
        .find(|&k| {
            matches!(doc.f(k), "frontera" | "border")
                // ("escorted back to the Costa Rican side", "al lado colombiano")
                || (doc.f(k) == "side" && doc.tokens[k - 1].capitalised)
                || (doc.f(k) == "lado" && !crate::lexicon::nationalities(doc.f(k + 1)).is_empty())
        })
        .filter(|&b| {
            // ("to the Costa Rican border": a country of two words between.)
            (b.saturating_sub(4)..b)
                .any(|k| matches!(doc.f(k), "hasta" | "a" | "al" | "to" | "across"))
                && !(b.saturating_sub(3)..b).any(|k| matches!(doc.f(k), "cerca" | "near"))
        })
}

/// Words of a border a prisoner is handed over at.
#[rustfmt::skip]
const BORDER: &[&str] = &[
    "puente", "frontera", "bridge", "border", "crossing", "migracion", "migration",
    // ("entregado a las autoridades de su país en el puesto fronterizo de Peñas Blancas",
    // "a las autoridades migratorias de Colombia", "entregado a los diplomáticos de su país al
    // otro lado de la barrera")
    "fronterizo", "fronteriza", "migratorias", "migratoria", "barrera", "checkpoint",
];

/// Words of a consul a prisoner is handed to.
const CONSUL: &[&str] = &["consul", "consulado", "consulate", "consular"];

/// "fueron entregados el domingo en el puente Simón Bolívar", "handed over at the border": given
/// back across a border, and not to a consul, sent out of the country too.
pub(crate) fn handed_over_at_border(doc: &Doc<'_>, i: usize, to: usize) -> bool {
    // ("handed over to Colombian officials at the Simón Bolívar International Bridge": a
    // bridge's long name between; "a los diplomáticos de su país al otro lado de la barrera".)
    let near = i + 1..to.min(i + 14);
    handed_over(doc, i, to).is_some()
        && near.clone().any(|k| BORDER.contains(&doc.f(k)))
        && !near.clone().any(|k| CONSUL.contains(&doc.f(k)))
        && !driven_before(doc, i)
}

/// ("were driven to the Simón Bolívar International Bridge and handed over on Monday"): a
/// leaving told just before, which the handing over ends.
fn driven_before(doc: &Doc<'_>, i: usize) -> bool {
    (i.saturating_sub(10)..i).any(|k| {
        matches!(
            doc.f(k),
            "driven" | "taken" | "escorted" | "expelled" | "deported"
        )
    })
}

/// "fueron entregados el domingo en el puente Simón Bolívar", "handed over at the border",
/// "entregados al cónsul": given back across a border or to a consul, a release — not handed
/// to the state's agents ("handed over at the border to SEBIN agents" is a custody taken).
pub(crate) fn handed_over(doc: &Doc<'_>, i: usize, to: usize) -> Option<usize> {
    let handed = matches!(
        doc.f(i),
        "entregado" | "entregada" | "entregados" | "entregadas" | "entregaron"
    ) || (doc.f(i) == "handed"
        // ("was also freed and handed to Polish border guards at the Terespol crossing"; not
        // after the leaving it ends, told already: "driven to the border and handed to
        // Colombian migration officials".)
        && (doc.f(i + 1) == "over"
            || (matches!(doc.f(i + 1), "to" | "back") && !driven_before(doc, i))
            || (matches!(doc.f(i + 1), "them" | "him" | "her") && doc.f(i + 2) == "over")));
    let near = i + 1..to.min(i + 14);
    let to_agents = near.clone().any(|k| {
        matches!(
            doc.f(k),
            "sebin"
                | "dgcim"
                | "pnb"
                | "gnb"
                | "cicpc"
                | "policia"
                | "police"
                | "agents"
                | "agentes"
        )
    });
    (handed
        && !to_agents
        && near
            .clone()
            .any(|k| BORDER.contains(&doc.f(k)) || CONSUL.contains(&doc.f(k))))
    .then_some(i + 1)
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
