//! A disappearance told by its parts rather than a set phrase: a negation or denial, a verb of
//! knowing or telling, and where the person is ("ninguna autoridad ha confirmado dónde está",
//! "las autoridades no informaron a su familia dónde estaba", "would not tell her family where
//! she was", "negaron a la familia cualquier información sobre el paradero"); nothing known of
//! them ("tampoco se sabe nada de ella", "no ha recibido ninguna prueba de vida"); custody denied
//! ("le dijeron que no lo tenían").

use crate::model::EventType;
use crate::text::Doc;
use crate::triggers::{Trigger, Voice};

/// Pushes the disappearance told by its parts that opens at token `i` (no word of the list
/// opens there) onto `out`: the token reading goes on from. The negation is the
/// disappearance, no denial of it.
pub(crate) fn push_at(doc: &Doc<'_>, i: usize, to: usize, out: &mut Vec<Trigger>) -> Option<usize> {
    let last = untold_at(doc, i, to)?;
    out.push(Trigger {
        first: i,
        last,
        kind: EventType::Disappearance,
        voice: Voice::Clitic,
        group_only: crate::whereabouts_reading::theirs_missing(doc, last),
    });
    Some(last)
}

/// Whether the folded word negates or denies what follows.
fn negation(doc: &Doc<'_>, k: usize) -> bool {
    matches!(
        doc.f(k),
        "no" | "nunca"
            | "nadie"
            | "ningun"
            | "ninguna"
            | "ninguno"
            | "ni"
            | "tampoco"
            | "not"
            | "never"
            | "nobody"
            | "nor"
            | "nothing"
            | "refused"
            | "refuses"
            | "declined"
            | "declines"
            | "negaron"
            | "niega"
            | "niegan"
            | "nego"
            | "negaba"
            | "negaban"
            | "denied"
            | "denies"
            | "deny"
    ) || (doc.f(k) == "t" && doc.f(k.wrapping_sub(1)) == "'")
}

/// Whether the folded word knows, tells or confirms.
fn knowing(w: &str) -> bool {
    [
        "sab",
        "sup",
        "inform",
        "dij",
        "dic",
        "decir",
        "confirm",
        "reconoc",
        "revel",
        "comunic",
        "explic",
        "precis",
        "indic",
        "aclar",
        "know",
        "knew",
        "tell",
        "told",
        "say",
        "said",
        "disclos",
        "reveal",
        "acknowledg",
        "explain",
        "indicat",
        "notif",
        "clarif",
        "admit",
        "admiti",
    ]
    .iter()
    .any(|s| w.starts_with(s))
}

/// Whether token `k` asks where the person is: "dónde está", "adónde lo llevaron", "where she
/// was held", or names their whereabouts; not where a thing happened ("dónde fue arrestado",
/// "dónde la detuvieron", "where he was arrested", "where she was born").
fn asks_where(doc: &Doc<'_>, k: usize, to: usize) -> bool {
    let Some(t) = doc.tokens.get(k) else {
        return false;
    };
    let kept = |w: &str| {
        matches!(
            w,
            "tienen"
                | "tenian"
                | "llevaron"
                | "llevaban"
                | "mantienen"
                | "mantenian"
                | "trasladaron"
                | "retienen"
                | "held"
                | "being"
                | "kept"
                | "taken"
                | "now"
                | "located"
                | "imprisoned"
                | "jailed"
        )
    };
    // ("where he is or whether he is alive", "dónde está ni cómo está")
    let ends = |j: usize| {
        j >= to
            || matches!(
                doc.f(j),
                "." | "," | ";" | ")" | "\"" | "'" | "or" | "o" | "ni"
            )
    };
    match doc.f(k) {
        "paradero" | "whereabouts" | "fate" => true,
        // (The question's accent: not the relative "la sala donde declaró".)
        "donde" | "adonde" => {
            t.text.contains(['ó', 'Ó'])
                && (ends(k + 1)
                    || (matches!(
                        doc.f(k + 1),
                        "esta" | "estaba" | "estan" | "estaban" | "permanece" | "permanecia"
                    ) && not_a_thing(doc, k + 2))
                    || (doc.f(k + 1) == "se"
                        && matches!(
                            doc.f(k + 2),
                            "encuentra"
                                | "encuentran"
                                | "encontraba"
                                | "encontraban"
                                | "lo"
                                | "la"
                                | "los"
                                | "las"
                        ))
                    || (matches!(doc.f(k + 1), "lo" | "la" | "los" | "las" | "le")
                        && kept(doc.f(k + 2))))
        }
        "where" => {
            matches!(doc.f(k + 1), "he" | "she" | "they")
                && matches!(doc.f(k + 2), "is" | "was" | "are" | "were")
                && (ends(k + 3) || kept(doc.f(k + 3)))
        }
        _ => false,
    }
}

/// Whether what follows "dónde está" at `j` can be a person: not an article before a word
/// that names no one ("dónde está el expediente", "dónde está la orden"), where "dónde está el
/// periodista X", "dónde está la joven", "dónde está mi hijo", "dónde está Carla" are.
fn not_a_thing(doc: &Doc<'_>, j: usize) -> bool {
    if !matches!(
        doc.f(j),
        "el" | "la" | "los" | "las" | "un" | "una" | "unos" | "unas"
    ) {
        return true;
    }
    let w = doc.f(j + 1);
    doc.tokens.get(j + 1).is_some_and(|t| t.capitalised)
        || !crate::lexicon::roles(w).is_empty()
        || crate::lexicon::plural_role(w)
        || crate::relations::RELATIONS.contains(&w)
        || crate::relations::RELATIONS.contains(&w.strip_suffix('s').unwrap_or(w))
        || [
            "hombre",
            "mujer",
            "joven",
            "jovenes",
            "muchacho",
            "muchacha",
            "chico",
            "chica",
            "preso",
            "presa",
            "presos",
            "presas",
            "detenido",
            "detenida",
            "detenidos",
            "detenidas",
            "dirigente",
            "lider",
            "sindicalista",
            "estudiante",
            "militar",
            "militares",
            "sargento",
            "teniente",
            "capitan",
            "coronel",
            "general",
            "senor",
            "senora",
            "menor",
            "adolescente",
            "ciudadano",
            "ciudadana",
            "persona",
            "personas",
        ]
        .contains(&w)
}

/// The end of a whereabouts left untold that opens at token `i` (a negation or denial), within
/// the sentence ending at `to`.
pub(crate) fn untold_at(doc: &Doc<'_>, i: usize, to: usize) -> Option<usize> {
    if !negation(doc, i) {
        return None;
    }
    let within = |n: usize| (i + 1..to.min(i + 1 + n)).take_while(|&k| doc.f(k) != ";");
    // ("negaron a la familia cualquier información sobre el paradero del joven": a denial.)
    let denial = matches!(
        doc.f(i),
        "negaron" | "niega" | "niegan" | "nego" | "negaba" | "negaban" | "denied" | "denies"
    );
    if denial {
        return within(8)
            .find(|&k| matches!(doc.f(k), "paradero" | "whereabouts"))
            .filter(|&k| of_one(doc, k))
            .map(|k| k + 1);
    }
    // ("no ha recibido desde entonces ninguna prueba de vida", "no proof of life".)
    if let Some(k) = within(7).find(|&k| {
        doc.matches_at(k, "prueba de vida")
            || doc.matches_at(k, "pruebas de vida")
            || doc.matches_at(k, "proof of life")
    }) {
        return Some(k + 3);
    }
    // ("le dijeron que no lo tenían"; not "no record of the arrest", a fact-check's.)
    if doc.f(i) == "no"
        && matches!(doc.f(i + 1), "lo" | "la")
        && matches!(
            doc.f(i + 2),
            "tenian" | "tienen" | "tenia" | "tiene" | "tenemos"
        )
        && doc.f(i + 3) != "que"
    {
        return Some(i + 3);
    }
    // ("Nobody admits holding him", "ninguna autoridad reconoció tenerla", "sin que ningún
    // organismo reconociera tenerlo": custody not owned up to, in any tense.)
    if let Some(k) = within(8).find(|&k| owned_up(doc, k)) {
        return Some(k + if doc.f(k + 1) == "to" { 3 } else { 2 }).filter(|&e| e <= to);
    }
    // ("relatives are told nothing about where the three are being held": told, then nothing.)
    if doc.f(i) == "nothing" && knowing(doc.f(i.wrapping_sub(1))) && doc.f(i + 1) == "about" {
        let at = Some(i + 2).filter(|&k| asks_where(doc, k, to) && of_one(doc, k));
        return at.map(|k| held_where(doc, k + 1));
    }
    // A verb of knowing or telling, then where ("no informaron a su familia dónde estaba").
    // ("ni su abogado, Héctor Mairena, saben dónde está": a named one after "ni" puts the verb
    // further.)
    let verb = within(if matches!(doc.f(i), "ni" | "nor") {
        9
    } else {
        6
    })
    .find(|&k| knowing(doc.f(k)))?;
    // ("tampoco se sabe nada de ella", "no sabe nada de él desde que…", "no sabemos nada desde
    // el martes": nothing known of the person.)
    if doc.f(verb).starts_with("sab") && doc.f(verb + 1) == "nada" {
        let of_person = (doc.f(verb + 2) == "de"
            && matches!(doc.f(verb + 3), "el" | "ella" | "ellos" | "ellas"))
            || doc.f(verb + 2) == "desde"
            || verb + 2 >= to;
        return of_person.then_some(verb + 2);
    }
    (verb + 1..to.min(verb + 6))
        .take_while(|&k| !matches!(doc.f(k), "," | ";" | "porque" | "because"))
        .find(|&k| asks_where(doc, k, to))
        .filter(|&k| of_one(doc, k))
        .map(|k| held_where(doc, k + 1))
}

/// Past the custody a question of where tells ("where he is being held", "dónde está
/// detenido"): no custody of those who do not know.
fn held_where(doc: &Doc<'_>, from: usize) -> usize {
    let mut k = from;
    if matches!(
        doc.f(k),
        "he" | "she" | "they" | "el" | "ella" | "ellos" | "ellas"
    ) {
        k += 1;
    }
    if !matches!(
        doc.f(k),
        "is" | "was" | "are" | "were" | "esta" | "estaba" | "estan" | "lo" | "la" | "los"
    ) {
        return from;
    }
    k += 1;
    if doc.f(k) == "being" {
        k += 1;
    }
    let held = matches!(
        doc.f(k),
        "held"
            | "detained"
            | "kept"
            | "detenido"
            | "detenida"
            | "recluido"
            | "recluida"
            | "tienen"
            | "tenian"
            | "retienen"
    );
    if held { k + 1 } else { from }
}

/// Whether token `k` owns up to holding someone: "admits holding him", "acknowledged holding
/// Ortiz", "reconoce tenerla", "admiten tenerlo"; not "holding political prisoners".
fn owned_up(doc: &Doc<'_>, k: usize) -> bool {
    let w = doc.f(k);
    if !(w.starts_with("admit") || w.starts_with("acknowledg") || w.starts_with("reconoc")) {
        return false;
    }
    if matches!(
        doc.f(k + 1),
        "tenerlo" | "tenerla" | "tenerlos" | "tenerlas"
    ) {
        return true;
    }
    let o = match (doc.f(k + 1), doc.f(k + 2)) {
        ("holding", _) => k + 2,
        ("to", "holding") => k + 3,
        _ => return false,
    };
    // ("holding opposition member Víctor Aldana Ruiz": a describer before the name.)
    let name = (o..o + 5)
        .take_while(|&j| {
            doc.tokens
                .get(j)
                .is_some_and(|t| t.kind == crate::text::TokenKind::Word)
        })
        .any(|j| doc.tokens[j].capitalised);
    matches!(doc.f(o), "him" | "her" | "them") || name
}

/// Whether whereabouts at `k` are of one person: "el paradero de X", "de su hijo", or of no one
/// named after; not "el paradero de sus parientes", "de ninguna persona en particular".
fn of_one(doc: &Doc<'_>, k: usize) -> bool {
    if !matches!(doc.f(k + 1), "de" | "del" | "of") {
        return true;
    }
    let next = doc.f(k + 2);
    let many = matches!(
        next,
        "sus" | "los" | "las" | "ninguna" | "ningun" | "ninguno" | "their" | "the" | "any"
    ) || crate::count_words::parse_number(doc, k + 2).is_some();
    let plural = next.ends_with('s') && doc.tokens.get(k + 2).is_some_and(|t| !t.capitalised);
    !(many || plural)
}

/// The one whose whereabouts those named before untold trigger `t` do not know: the person the
/// text is on, when each named is a relative, a lawyer or a speaker introduced by a possessive
/// ("su esposa, X", "his lawyer") and none is that person.
pub(crate) fn missing_one(
    doc: &Doc<'_>,
    t: &Trigger,
    slots: &mut Vec<crate::slots::Slot>,
    refs: &crate::references::References,
    f: &crate::discourse::Findings,
) -> Vec<usize> {
    let Some(e) = refs.focus else {
        return Vec::new();
    };
    let before: Vec<&crate::slots::Slot> = slots.iter().filter(|s| s.last <= t.first).collect();
    let theirs = |s: &crate::slots::Slot| {
        (s.first.saturating_sub(4)..s.first)
            .any(|k| crate::relations::POSSESSIVES.contains(&doc.f(k)))
    };
    let fits = !before.is_empty()
        && before.iter().all(|s| s.entity != e && theirs(s))
        && !(f.relative[e] || f.official[e] || f.source[e]);
    if fits {
        crate::narrator::at_trigger(slots, t, &[e])
    } else {
        Vec::new()
    }
}
