//! Taken back to prison: "was taken back to prison on Tuesday", "was returned to prison on March
//! 21", "sent back to jail after a court revoked his parole", "fue devuelta a la cárcel", "volvió
//! a prisión": one freed and held again, an arrest, not a move between prisons ("taken back to
//! prison from the hospital", "devuelto a la cárcel tras la audiencia" are moves).

use crate::model::EventType::{self, Arrest, Transfer};
use crate::text::Doc;
use crate::triggers::{Trigger, Voice};

/// Going back to prison by one's own verb, which no other list reads.
pub(crate) const BACK: &[(&str, EventType, Voice)] = &[
    ("volvio a prision", Arrest, Voice::Passive),
    ("volvio a la carcel", Arrest, Voice::Passive),
    ("volvieron a prision", Arrest, Voice::Passive),
    ("volvieron a la carcel", Arrest, Voice::Passive),
    ("regreso a prision", Arrest, Voice::Passive),
    ("regreso a la carcel", Arrest, Voice::Passive),
    ("regresaron a prision", Arrest, Voice::Passive),
    ("regresaron a la carcel", Arrest, Voice::Passive),
    ("went back to prison", Arrest, Voice::Passive),
    ("went back to jail", Arrest, Voice::Passive),
    ("brought back to prison", Arrest, Voice::Passive),
    ("brought back to jail", Arrest, Voice::Passive),
];

/// Nouns of prison in general, not a named one ("returned to Rodeo I" may be a move).
const PRISON: &[&str] = &["prison", "jail", "prision", "carcel"];

/// Where one is taken back from on a move: a hospital, a court, a hearing.
const AWAY: &[&str] = &[
    "hospital",
    "clinic",
    "clinica",
    "court",
    "courthouse",
    "tribunal",
    "tribunales",
    "hearing",
    "audiencia",
    "juicio",
    "trial",
    "infirmary",
    "enfermeria",
];

/// Rereads a move back to prison as an arrest where a release is told around it ("paroled in
/// January, was taken back to prison on Tuesday"), and drops a visitor's going back ("volvió a la
/// cárcel a visitar a su hijo", "went back to prison with food").
pub(crate) fn reread(doc: &Doc<'_>, out: &mut Vec<Trigger>) {
    out.retain_mut(|t| {
        // (Not one that "can be returned to prison at any moment", which `modality` reads.)
        let may = matches!(
            doc.f(t.first.wrapping_sub(2)),
            "can" | "could" | "may" | "might" | "will" | "would"
        );
        let back = matches!(t.kind, Transfer | Arrest) && !may && back_at(doc, t.first);
        if !back {
            return true;
        }
        let si = doc.sentence_index(t.first);
        let told = |from: usize, test: &dyn Fn(&str) -> bool| {
            (si.saturating_sub(from)..=si)
                .filter_map(|x| doc.sentences.get(x))
                .any(|s| (s.first..s.last).any(|k| test(doc.f(k))))
        };
        let own_verb = BACK.iter().any(|p| doc.matches_at(t.first, p.0));
        // (Only one who went back by her own verb may be a visitor; one taken or sent back
        // was moved.)
        if own_verb && told(0, &|w| w.starts_with("visit") || VISITS.contains(&w)) {
            return false;
        }
        // (Back from a hospital or a court, told in the sentence or the one before: a move.)
        if told(1, &|w| AWAY.contains(&w) || w.starts_with("hospitaliz")) {
            t.kind = Transfer;
            return true;
        }
        // (One freed before: "released in January", "revocaron su medida", "paroled".)
        if told(2, &|w| FREED.iter().any(|p| w.starts_with(p))) {
            t.kind = Arrest;
            return true;
        }
        !own_verb
    });
}

/// What a visitor brings or comes to do ("con comida", "to treat inmates", "para verla").
const VISITS: &[&str] = &[
    "comida",
    "food",
    "medicine",
    "medicinas",
    "treat",
    "atender",
    "ver",
    "verla",
    "verlo",
    "see",
];

/// Words of a release before ("excarcelada en enero", "paroled", "revoked his parole").
const FREED: &[&str] = &[
    "releas",
    "freed",
    "parole",
    "excarcel",
    "liberad",
    "liberacion",
    "revoc",
    "revok",
    "pardon",
    "indult",
    "amnist",
    "walked",
];

/// Whether the verb at `i` takes one back to prison: "taken/sent/brought back to prison",
/// "returned to jail", "devuelto a la cárcel", "volvió a prisión".
fn back_at(doc: &Doc<'_>, i: usize) -> bool {
    let w = doc.f(i);
    let mut k = i + 1;
    if matches!(w, "taken" | "sent" | "brought" | "went") {
        if doc.f(k) != "back" {
            return false;
        }
        k += 1;
    } else if !(w == "returned"
        || w.starts_with("devuelt")
        || w.starts_with("volvi")
        || w.starts_with("regres"))
    {
        return false;
    }
    if !matches!(doc.f(k), "to" | "into" | "a") {
        return false;
    }
    k += 1;
    // ("la cárcel", prison in general; not "taken back to the prison in Mahilyou", a move back
    // to the one he was taken from.)
    if doc.f(k) == "la" {
        k += 1;
    }
    PRISON.contains(&doc.f(k))
}
