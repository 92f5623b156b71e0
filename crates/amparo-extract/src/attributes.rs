//! Nationality and roles of a person from the words around a mention: the noun phrase before
//! the name ("prominent Venezuelan-Spanish lawyer and human rights activist X", "los
//! ciudadanos españoles X") and an apposition after it ("X, periodista colombiano,").

use crate::lexicon::{is_np_word, nationalities, roles};
use crate::offices::{
    CLERGY, COMMUNITY_BODIES, HIGH_OFFICE, NON_STATE_BODIES, OFFICE_QUALIFIERS, is_official,
};

use crate::text::{Doc, TokenKind};

/// What the words around one mention say about the person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Description {
    /// ISO alpha-2 codes.
    pub nationality: Vec<String>,
    /// Roles of the format.
    pub roles: Vec<String>,
    /// A title of office stands before the name (minister, president, ...).
    pub official: bool,
    /// The title is a high office of a state that speaks for it — minister, head of state,
    /// prosecutor, judge, spokesperson, ambassador — and not a former one: never a detainee.
    pub high_office: bool,
    /// The describing words themselves (folded), for later references ("the retired general").
    pub words: Vec<String>,
}

fn push_unique(v: &mut Vec<String>, s: &str) {
    if !v.iter().any(|x| x == s) {
        v.push(s.to_string());
    }
}

fn absorb(doc: &Doc<'_>, k: usize, d: &mut Description, words: &mut Vec<String>) -> bool {
    let Some(t) = doc.tokens.get(k) else {
        return false;
    };
    let f = t.folded.as_str();
    // ("Costa Rican", "Puerto Rican": a demonym of two words, read at its second.)
    // ("el ciudadano estadounidense de origen nicaragüense X": an origin, no nationality.)
    let origin =
        |j: usize| matches!(doc.f(j), "origen" | "ascendencia") && doc.f(j.wrapping_sub(1)) == "de";
    let codes = match (doc.f(k.wrapping_sub(1)), f) {
        ("costa", "rican") => vec!["CR"],
        ("puerto", "rican") => vec!["PR"],
        _ if origin(k.wrapping_sub(1)) => Vec::new(),
        _ => nationalities(f),
    };
    // ("El preso político X", "la presa política Y", "political prisoner Z": a prisoner, no
    // politician.)
    let prisoner = |w: &str| matches!(w, "preso" | "presa" | "presos" | "presas" | "prisoner");
    let r = if matches!(f, "politico" | "politica" | "politicos" | "politicas")
        && prisoner(doc.f(k.wrapping_sub(1)))
        || f == "political" && prisoner(doc.f(k + 1))
    {
        &[]
    } else {
        roles(f)
    };
    // ("la fiscal provincial X": an office's reach after its title.)
    let office_reach = OFFICE_QUALIFIERS.contains(&f) && is_official(doc.f(k.wrapping_sub(1)))
        // ("la jueza de ejecución X", "el juez de control Y": the stage of the court.)
        || (matches!(f, "ejecucion" | "control" | "juicio")
            && doc.f(k.wrapping_sub(1)) == "de"
            && is_official(doc.f(k.wrapping_sub(2))));
    // ("al dirigente campesino X": a word that qualifies the role before it; not a side taken,
    // "el diputado oficialista X".)
    let role_kind = crate::role_references::adjective_like(f)
        && !f.ends_with("ista")
        && !roles(doc.f(k.wrapping_sub(1))).is_empty();
    if codes.is_empty()
        && r.is_empty()
        && !is_np_word(f)
        && !is_official(f)
        && !office_reach
        && !role_kind
        && !CLERGY.contains(&f)
        && !matches!(f, "-" | "\"" | "'")
        && !origin(k)
        && !origin(k.wrapping_sub(1))
        && !(f == "de" && origin(k + 1))
    {
        return false;
    }
    for c in codes {
        push_unique(&mut d.nationality, c);
    }
    for role in r {
        push_unique(&mut d.roles, role);
    }
    // ("el mayor Simón Ávila", "del mayor X": the Spanish military rank, not a mayor.)
    let rank = f == "mayor" && matches!(doc.f(k.wrapping_sub(1)), "el" | "del" | "al");
    if rank {
        push_unique(&mut d.roles, "military");
    } else if is_official(f) {
        d.official = true;
    }
    words.push(f.to_string());
    true
}

fn finish(d: &mut Description, words: &[String], back_words: usize) {
    let human_rights = words.iter().any(|w| w == "rights" || w == "derechos");
    let advocate = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "activist"
                | "activists"
                | "activista"
                | "activistas"
                | "lawyer"
                | "abogado"
                | "abogada"
                | "defender"
                | "defensor"
                | "defensora"
        )
    });
    if human_rights && advocate {
        push_unique(&mut d.roles, "human_rights_defender");
    }
    let former = words
        .iter()
        .any(|w| crate::offices::FORMER.contains(&w.as_str()));
    let attorney_general =
        words.iter().any(|w| w == "attorney") && words.iter().any(|w| w == "general");
    d.high_office =
        !former && (attorney_general || words.iter().any(|w| HIGH_OFFICE.contains(&w.as_str())));
    // ("Miguel Ángel Sucre, former mayor of a municipality in Zulia": no office held now.)
    d.official &= !former || crate::offices::office_held_now(words, back_words);
    // A title in front of the name is the person's office, not a role of a detainee.
    if d.official {
        d.roles.retain(|r| r != "military");
    }
}

/// The title of office in a noun phrase that ends at the comma `comma` ("El presidente de la
/// Asamblea Nacional,", "Su secretario general,"): capitalised words only after "de"/"of" (an
/// institution), so that "el ministro A, B y C" gives B no office.
fn office_before_comma(doc: &Doc<'_>, comma: usize, s_first: usize) -> Option<usize> {
    // ("fiscal 84.º nacional,": the number of an office.)
    let ordinal = |k: usize| doc.is_number(k) || matches!(doc.f(k), "º" | "ª" | "." | "o" | "a");
    if let Some(k) = crate::offices::office_acting(doc, comma, s_first) {
        return Some(k);
    }
    let mut j = comma;
    while j > s_first && comma - j < 16 {
        let w = doc.f(j - 1);
        if is_official(w) {
            let mut institution = false;
            let plain = (j..comma).all(|k| {
                let f = doc.f(k);
                institution |= matches!(f, "de" | "del" | "of" | "para" | "for");
                let capital = doc.tokens.get(k).is_some_and(|t| t.capitalised);
                (institution
                    && (capital
                        || matches!(f, "en" | "in" | "al" | "a" | "(" | ")")
                        // ("La jueza del Tribunal Cuarto de Juicio con competencia en
                        // terrorismo, X,": the court's own words.)
                        || matches!(f, "con" | "competencia" | "materia" | "terrorismo")
                        // ("El fiscal del caso, X,": the case one acts in.)
                        || matches!(f, "caso" | "case" | "expediente")))
                    || (matches!(f, "para" | "for")
                        && (k > j || doc.tokens.get(k + 2).is_some_and(|t| t.capitalised)))
                    || ordinal(k)
                    || is_np_word(f)
                    || is_official(f)
                    || OFFICE_QUALIFIERS.contains(&f)
                    || matches!(f, "de" | "del" | "of" | "la" | "el" | "the")
            });
            return plain.then_some(j - 1);
        }
        // ("El secretario general del Sindicato Nacional de Trabajadores de la Prensa (SNTP),":
        // an institution's acronym in brackets.)
        let capital =
            doc.tokens.get(j - 1).is_some_and(|t| t.capitalised) || matches!(w, "(" | ")");
        // ("el embajador de España en Caracas,", "el viceministro de Atención al Privado de
        // Libertad,": the institution's own words.)
        if !(capital
            || ordinal(j - 1)
            || is_np_word(w)
            || OFFICE_QUALIFIERS.contains(&w)
            || matches!(
                w,
                "de" | "del" | "la" | "of" | "the" | "el" | "en" | "in" | "al" | "para" | "for"
            )
            || matches!(
                w,
                "con" | "competencia" | "materia" | "terrorismo" | "caso" | "case" | "expediente"
            ))
        {
            return None;
        }
        j -= 1;
    }
    None
}

/// Describes the person named by tokens `first..last` of a sentence spanning `s_first..s_last`.
pub fn describe(
    doc: &Doc<'_>,
    first: usize,
    last: usize,
    s_first: usize,
    s_last: usize,
) -> Description {
    let mut d = Description::default();
    let mut words = Vec::new();
    // Before: walk back over the noun phrase, at most ten words.
    let mut k = first;
    // ("los estudiantes de la UNAN-León X": past a body's acronym with its seat.)
    let acronym = |j: usize| j + 1 == first && crate::person_spans::acronym_before_name(doc, j);
    while k > s_first && first - k < 10 {
        if !acronym(k - 1) && !absorb(doc, k - 1, &mut d, &mut words) {
            break;
        }
        k -= 1;
    }
    // ("Defendant: X. … the court sentenced the defendant to six years": a record's part, for
    // later references.)
    if k == first
        && doc.f(first.wrapping_sub(1)) == ":"
        && crate::records::court_part(doc, &(first.saturating_sub(2)..first - 1))
    {
        words.push(doc.f(first - 2).to_string());
    }
    // "former police commissioner X": "former" stands before words the walk may stop at.
    if let Some(w) = (k.saturating_sub(2).max(s_first)..k)
        .map(|j| doc.f(j))
        .find(|w| matches!(*w, "former" | "ex" | "retired"))
    {
        words.push(w.to_string());
    }
    // Before a comma: "El presidente de la Asamblea Nacional, X," / "Su secretario general, X": a
    // title set off before the name is the person's office.
    // (Or set off before a rank: "el juez militar, teniente coronel X,". The walk back took
    // only ranks, or nothing at all.)
    let ranked = (k..first).all(|j| {
        let w = doc.f(j);
        crate::lexicon::roles(w).contains(&"military") || matches!(w, "teniente" | "capitan")
    });
    if ranked
        && k >= s_first + 2
        && doc.f(k - 1) == ","
        && let Some(o) = office_before_comma(doc, k - 1, s_first)
    {
        absorb(doc, o, &mut d, &mut words);
    }
    // ("two students, A and B", "The Costa Rican reporter, A,": a trade set off before, and
    // what describes it.)
    if k == first
        && first >= s_first + 3
        && doc.f(first - 1) == ","
        && !crate::lexicon::roles(doc.f(first - 2)).is_empty()
        // (Not another's, or a relation: "la esposa del periodista, X", "su abogada, X".)
        && !matches!(
            doc.f(first - 3),
            "de" | "del" | "of" | "su" | "sus" | "his" | "her" | "their" | "its"
        )
    {
        let mut j = first - 1;
        while j > s_first && first - j < 8 && absorb(doc, j - 1, &mut d, &mut words) {
            j -= 1;
        }
    }
    // After: ", a Spanish lawyer," / ", periodista colombiano," / ", 34, estudiante".
    let back_words = words.len();
    if doc.f(last) == "," {
        let before = (d.clone(), words.len());
        let mut k = last + 1;
        while k < s_last && k < last + 10 {
            if doc.is_number(k) && k == last + 1 {
                k += 1;
                continue;
            }
            if doc.f(k) == "," && k == last + 2 {
                k += 1;
                continue;
            }
            if !absorb(doc, k, &mut d, &mut words) {
                break;
            }
            k += 1;
        }
        // ("Ana Pérez Mora, el pastor Luis Guédez, Dilan Leañez…": the words after the comma
        // describe the next name of a list, not this one.)
        // ("Polish businessman X, Latvian truck driver Y": or past a trade's words the walk
        // does not take.)
        let capital = |j: usize| {
            doc.tokens
                .get(j)
                .is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
        };
        let name_near = (k..(k + 3).min(s_last)).any(|j| {
            capital(j)
                && (k..j).all(|i| {
                    doc.tokens.get(i).is_some_and(|t| {
                        t.kind == TokenKind::Word && !t.capitalised && t.text.len() > 2
                    }) && !matches!(
                        doc.f(i),
                        "who" | "que" | "quien" | "and" | "for" | "para" | "por" | "del" | "the"
                    )
                })
        });
        let next_name = k > last + 1
            && name_near
            && !matches!(
                doc.f(k - 1),
                "de" | "del" | "la" | "el" | "of" | "the" | "-" | "a" | "an" | "en" | "in" | "at"
            );
        // ("Para Rojas, Uzcátegui y Linares, la jueza desestimó los cargos": the subject of the
        // main clause after its fronted phrase, its verb right after it, describes no one.)
        let subject = matches!(doc.f(last + 1), "la" | "el" | "the")
            && k < s_last
            && doc
                .tokens
                .get(k)
                .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised && !doc.is_number(k))
            && !matches!(
                doc.f(k),
                "que" | "quien" | "who" | "de" | "del" | "y" | "e" | "o" | "en" | "and" | "of"
            );
        let apposed_next = crate::offices::office_of_next(doc, first, last, k);
        if next_name || apposed_next || (subject && d.official && !before.0.official) {
            words.truncate(before.1);
            d = before.0;
        }
    }
    finish(&mut d, &words, back_words);
    // Whether a word of `words` stands from `before` words before the name to `after` after it.
    let around = |before: usize, after: usize, words: &[&str]| {
        (first.saturating_sub(before).max(s_first)..s_last.min(last + after))
            .any(|k| words.contains(&doc.f(k)))
    };
    // ("X, general secretary of the oil workers' union", "secretario general del partido"): an
    // office in a union or a party speaks for no state.
    // (Or the acronym of one the text spelled out: "secretaria nacional de la mujer del MAD" after
    // "el partido Movimiento Alternativa Democrática (MAD)".)
    let acronym = || {
        (first.saturating_sub(10).max(s_first)..s_last.min(last + 12))
            .any(|k| crate::offices::non_state_acronym(doc, k))
    };
    if d.high_office && (around(10, 12, NON_STATE_BODIES) || acronym()) {
        d.high_office = false;
    }
    // ("X, presidente del centro de estudiantes de Medicina", "youth minister X", "la presidenta
    // del consejo comunal"): an office among students, a church or neighbours is no office at
    // all, and its holder may be held like anyone.
    if d.official && around(4, 8, COMMUNITY_BODIES) {
        d.official = false;
        d.high_office = false;
    }
    // (Read only of one in office: the triggers after the name cost a search.)
    if d.official
        && (crate::offices::named_among_held(doc, s_first, first)
            || crate::offices::arrested_subject(doc, last, s_last))
    {
        d.official = false;
        d.high_office = false;
    }
    // ("El obispo Rolando Álvarez fue excarcelado y desterrado a Roma"): a prelate brokers
    // releases in the news of Venezuela, but in a text about Nicaragua or Cuba, where the state
    // jails its clergy, is one more of the held.
    if words.iter().any(|w| CLERGY.contains(&w.as_str())) && !crate::out_of_scope::jails_clergy(doc)
    {
        d.high_office = true;
        d.official = true;
    }
    // ("El régimen de Daniel Ortega despojó de su nacionalidad a 135 excarcelados", "the
    // government of X"): the one a state is named after rules it.
    if ruler(doc, first) {
        d.high_office = true;
        d.official = true;
    }
    d.words = words;
    d
}

/// Whether the name at `first` is the one a state is named after ("el régimen de X", "the
/// government of X").
pub(crate) fn ruler(doc: &Doc<'_>, first: usize) -> bool {
    matches!(doc.f(first.wrapping_sub(1)), "de" | "of")
        && matches!(
            doc.f(first.wrapping_sub(2)),
            "regimen"
                | "gobierno"
                | "dictadura"
                | "administracion"
                | "regime"
                | "government"
                | "administration"
                | "dictatorship"
        )
}
