//! Names that only say whose the one an event takes is ("the wife of jailed journalist X", "el
//! carro del profesor X") or who did something else ("enviado por el diputado X").

use crate::lexicon::roles;
use crate::slots::RELATIONS;
use crate::text::Doc;

/// Nouns whose owner is named after "of", "de" or "del": a lawyer, a relative or a thing ("the
/// lawyer of activist X", "el carro del profesor X").
/// (The first `KIN_OWNED` are people who act for or belong to the owner.)
const KIN_OWNED: usize = 11;
#[rustfmt::skip]
const OWNED: &[&str] = &[
    "lawyer", "lawyers", "abogado", "abogada", "abogados", "relative", "relatives", "familiar",
    "familiares", "pariente", "parientes", "carro", "car", "vehicle", "vehiculo", "camioneta",
    "telefono", "telefonos", "phone", "phones", "computadora", "computadoras", "computer",
    "computers", "laptop", "documentos", "documents", "pasaporte", "passport", "mensajes",
    "messages", "cargamento", "shipment", "casa", "house", "home", "oficina", "office", "equipos",
    "equipment", "cuenta", "account", "bienes", "property", "donaciones", "donations", "mercancia",
    "paquete", "paquetes", "equipaje", "luggage",
];

/// Whether the name at `first` only says whose the event's object or subject is ("arrested the
/// wife of jailed journalist X", "se llevaron el carro del profesor X", "Los mensajes del
/// activista X fueron interceptados") or who did something else ("un cargamento enviado por el
/// diputado X fue interceptado"): back from the name (not before `from`), past up to four
/// lower-case describers, to "of"/"de"/"del" after a kin's, a lawyer's or a thing's noun, or to
/// "por"/"by".
/// (Before the verb, `kin` false: only a thing's owner or an agent, "Los mensajes del activista X
/// fueron interceptados"; "la madre del preso X" may go on to tell what X suffered.)
pub(crate) fn named_as_owner(doc: &Doc<'_>, first: usize, from: usize, kin: bool) -> bool {
    let participle = |p: &str| {
        ["ado", "ada", "ido", "ida", "ed"]
            .iter()
            .any(|e| p.ends_with(e))
    };
    let mut k = first;
    let mut role = false;
    while k > from && k + 5 > first {
        k -= 1;
        let w = doc.f(k);
        // (The describers say who the owner is, "the wife of jailed journalist X"; not "la
        // defensora de derechos humanos X", "su compañera de sindicato X".)
        if matches!(w, "de" | "del" | "of") {
            let noun = doc.f(k.wrapping_sub(1));
            let described = role || k + 1 == first || matches!(doc.f(k + 1), "la" | "el" | "the");
            let person = RELATIONS.contains(&noun) || OWNED[..KIN_OWNED].contains(&noun);
            return (if person { kin } else { OWNED.contains(&noun) }) && described;
        }
        role |= !roles(w).is_empty();
        // (An agent only before the verb: "enviado por el diputado X fue interceptado"; after
        // it "imputado por terrorismo el activista X" is the one charged.)
        if matches!(w, "por" | "by") && !kin {
            return participle(doc.f(k.wrapping_sub(1)));
        }
        let describer =
            doc.tokens[k].kind == crate::text::TokenKind::Word && !doc.tokens[k].capitalised;
        if !describer {
            return false;
        }
    }
    false
}

/// ("searched the apartment of X and seized her laptop and phones"): whether a verb of taking
/// at `k` takes a thing, owned or named right after it.
pub(crate) fn thing_taken(doc: &Doc<'_>, k: usize) -> bool {
    matches!(
        doc.f(k + 1),
        "his" | "her" | "their" | "the" | "su" | "sus" | "el" | "los"
    ) && thing_among(doc, k + 2, k + 3)
}

/// Whether a thing's noun stands among tokens `from..to` ("Un cargamento enviado por el
/// diputado X fue interceptado"): what the verb after them tells of is the thing.
pub(crate) fn thing_among(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    (from..to).any(|k| OWNED[KIN_OWNED..].contains(&doc.f(k)))
}

/// The slot an event takes when slot `i` was chosen (its sentence from `s_first`): `i` itself,
/// unless it only names whose kin or thing was taken ("arrested the wife of jailed journalist
/// X", "El hijo del activista X…"), when it is the name set off right after it ("Detuvieron al
/// abogado del activista X, Y": Y), or no one.
pub(crate) fn taken_not_owner(
    doc: &Doc<'_>,
    slots: &[crate::slots::Slot],
    t: &crate::triggers::Trigger,
    i: usize,
    s_first: usize,
) -> Option<usize> {
    let after = slots[i].first > t.first;
    // ("X, prima de Y, excarcelada el 18 de julio", "1. X — hermano de Y, excarcelado…": the
    // kin's owner named in an apposition after the one it describes; the event is that one's.)
    let first = slots[i].first;
    if !after
        && matches!(doc.f(first.wrapping_sub(1)), "de" | "del")
        && RELATIONS.contains(&doc.f(first.wrapping_sub(2)))
        && matches!(doc.f(first.wrapping_sub(3)), "," | "—" | "–" | "-")
        && doc.f(slots[i].last) == ","
        // ("…, que también había sido arrestada el 18 de octubre": or in a relative after it.)
        && (t.first == slots[i].last + 1
            || (matches!(doc.f(slots[i].last + 1), "que" | "quien")
                && t.first <= slots[i].last + 6
                && (slots[i].last..t.first).all(|k| doc.f(k) != ".")))
        && i > 0
        && age_only(doc, slots[i - 1].last, first - 3)
        // (The participle agrees with the kin noun: not "X, madre de Y, preso desde…".)
        // (And Y's given name tells the other gender: not "X, madre de Ana, detenida desde…".)
        && crate::genders::participle_gender(doc.f(t.first)).is_some_and(|woman| {
            crate::genders::of_relation(doc.f(first - 2)) == Some(woman)
                && crate::gender_names::of_given(doc.f(first)) == Some(!woman)
        })
    {
        return Some(i - 1);
    }
    // ("X, de 17 años, prima de Y, que también había sido arrestada…, fue trasladada": the
    // subject of a finite verb after the apposition is the one it describes, of either gender.)
    // ("X, madre del sargento Y, detenido desde 2019, salió…": a role may stand before Y, and
    // Y's own participle aside after it.)
    let of_at = (first.saturating_sub(4)..first)
        .rev()
        .find(|&k| matches!(doc.f(k), "de" | "del"))
        .filter(|&k| (k + 1..first).all(|j| !doc.tokens[j].capitalised && doc.f(j) != ","));
    if !after
        && i > 0
        && let Some(of) = of_at
        && RELATIONS.contains(&doc.f(of.wrapping_sub(1)))
        && doc.f(of.wrapping_sub(2)) == ","
        && doc.f(slots[i].last) == ","
        && age_only(doc, slots[i - 1].last, of - 2)
        && finite_after(doc, slots[i].last + 1, t.first)
    {
        return Some(i - 1);
    }
    // ("Photographer X, 26, Y's nephew, was detained": the English possessive of the same
    // apposition.)
    // (The possessive is two tokens, "’" folded to "'": see `walk_rules::possessive_relations`.)
    let p = slots[i].last;
    let kin_at = p + 2;
    if !after
        && i > 0
        && doc.f(p) == "'"
        && doc.f(p + 1) == "s"
        && RELATIONS.contains(&doc.f(kin_at))
        && doc.f(kin_at + 1) == ","
        && (kin_at + 2..=kin_at + 3).contains(&t.first)
        && doc.f(first.wrapping_sub(1)) == ","
        && age_only(doc, slots[i - 1].last, first)
    {
        return Some(i - 1);
    }
    // ("raided the home of lawyer X and took him away", "allanaron la casa del abogado X y se lo
    // llevaron"): a pronoun for a person, before it the owner of the thing searched.
    // (Not past a relative's: "allanaron la casa de la madre del periodista X y se la
    // llevaron" took the mother.)
    let kin_between = (slots[i].first.saturating_sub(6)..slots[i].first)
        .any(|k| RELATIONS.contains(&doc.f(k)) && matches!(doc.f(k + 1), "de" | "del" | "of"));
    if t.voice == crate::triggers::Voice::Clitic && !after && !kin_between {
        return Some(i);
    }
    let from = if after { t.last } else { s_first };
    if !named_as_owner(doc, slots[i].first, from, after) {
        return Some(i);
    }
    let next = slots.get(i + 1)?;
    (after && doc.f(slots[i].last) == "," && next.first == slots[i].last + 1).then_some(i + 1)
}

/// Whether tokens `from..to`, between a name and its apposition, tell at most an age (", 26,",
/// ", de 17 años,").
fn age_only(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    (from..to).all(|k| matches!(doc.f(k), "," | "de" | "anos") || doc.is_number(k))
}

/// Whether a finite verb ("fue", "ha sido", "había sido") opens at token `from` the clause of
/// trigger `to`, past a relative clause set off by commas ("que también había sido arrestada el
/// 18 de octubre,").
fn finite_after(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    // (Or past the kin's own participle aside: ", detenido desde 2019 y recluido en Ramo Verde,",
    // ", preso en Tocorón,".)
    let aside =
        matches!(doc.f(from), "que" | "quien" | "preso" | "presa") || participle(doc.f(from));
    let from = if aside {
        match (from..to).find(|&k| doc.f(k) == ",") {
            Some(c) => c + 1,
            None => return false,
        }
    } else {
        from
    };
    // ("fue trasladada en enero a reclusión domiciliaria": the verb's own clause; or the
    // trigger's own finite verb, "salió de la comandancia".)
    // (Not the kin's state told after a relative: "…, que lleva un año sin verla, presa en…".)
    (from == to
        && aside
        && !participle(doc.f(to))
        && !matches!(doc.f(to), "preso" | "presa" | "presos" | "presas"))
        || (from < to
            && to <= from + 8
            && matches!(doc.f(from), "fue" | "fueron" | "ha" | "habia")
            && (from..to).all(|k| !matches!(doc.f(k), "," | ";" | "." | "y" | "e" | "que")))
}

/// Whether a Spanish word is a past participle ("detenido", "recluidas").
fn participle(w: &str) -> bool {
    ["ado", "ada", "ido", "ida", "ados", "adas", "idos", "idas"]
        .iter()
        .any(|e| w.ends_with(e))
        && w.len() > 5
}

/// Whether a noun of custody follows a possessive relative whose owner it tells of: "…y Marcus
/// X, un ciudadano estadounidense cuya detención no se había hecho pública". Not a release, which
/// such a clause tells as announced, asked for or rumoured and not done ("X, cuya excarcelación
/// había sido anunciada, sigue detenido"), nor one it tells as reported only ("el actor X, cuya
/// detención habíamos reportado, aclaró que … no fue arrestado").
pub(crate) fn relative_possessor(doc: &Doc<'_>, t: &crate::triggers::Trigger) -> bool {
    matches!(doc.f(t.first.wrapping_sub(1)), "cuya" | "cuyo" | "whose")
        && crate::discourse::family(t.kind) != crate::model::EventType::Release
        && !(t.last..t.last + 4).any(|k| {
            matches!(
                doc.f(k),
                "reportado" | "reportada" | "reported" | "informado" | "rumoured"
            )
        })
}

/// ("Familia de X asegura que…", "Familiares del activista X denunciaron que…", "La familia del
/// capitán retirado X denunció que…"): whether the one named at token `first` (of a sentence
/// from token `a`) owns the one who speaks, who is not they.
pub(crate) fn owner_of_speaker(doc: &Doc<'_>, first: usize, a: usize) -> bool {
    matches!(doc.f(first.wrapping_sub(1)), "de" | "del" | "of")
        || named_as_owner(doc, first, a, true)
        || (first.saturating_sub(5).max(a)..first).any(|k| {
            matches!(doc.f(k), "de" | "del" | "of")
                && matches!(
                    doc.f(k.wrapping_sub(1)),
                    "familia" | "family" | "familiares" | "relatives"
                )
                && (k + 1..first).all(|j| !doc.tokens[j].capitalised)
        })
}
