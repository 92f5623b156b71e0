//! Places, institutions and bodies named after a person ("Centro Penitenciario David Viloria",
//! "Hospital Miguel Pérez Carreño", "del colectivo Guardianes del Caura"): names that are no one
//! held.

use crate::named_after_words::{AFTER, BEFORE, PLACE_NOUNS};
use crate::text::Doc;

/// A body's noun in lower case right before its name ("cinco integrantes del colectivo
/// Guardianes del Caura", "de la emisora Radio La Voz del Valle").
pub(crate) const BODY_NOUNS: &[&str] = &[
    "colectivo",
    "grupo",
    "group",
    "movimiento",
    "organizacion",
    "agrupacion",
    "partido",
    "sindicato",
    "asociacion",
    "fundacion",
    "plataforma",
    "collective",
    "movement",
    "organisation",
    "organization",
    "emisora",
    "radio",
    "diario",
    "periodico",
    "semanario",
    "portal",
    "newspaper",
    // ("the independent investigative outlet Açıq Söz", "el medio digital El Faro")
    "outlet",
    "magazine",
    "revista",
    "website",
    // ("the independent news site Sahil Xeber")
    "site",
    "channel",
    "canal",
    // ("the opposition party Causa Ciudadana")
    "party",
];

/// A place's or an outlet's own first word ("San Antonio", "Puerto Ordaz", "Ciudad Bolívar",
/// "Radio Horizonte"): the name after it is not a person's.
#[rustfmt::skip]
pub(crate) const PLACE_FIRST_WORDS: &[&str] = &[
    "san", "santa", "santo", "puerto", "ciudad", "villa", "valle", "cerro", "punta", "semanario",
    "diario", "periodico", "revista", "emisora", "radio", "noticiero", "noticias", "plaza",
    "avenida", "parque", "museo", "estadio", "calle", "catedral", "iglesia", "basilica",
    "capilla", "santuario",
];

/// Whether a place's word stands right before token `i` ("Ciudad Bolívar", "Hospital Pérez",
/// "en el estado Bolívar", "Cumaná, capital de Sucre"): the word there is the place's, no one's
/// surname.
pub(crate) fn place_word_before(doc: &Doc<'_>, i: usize) -> bool {
    i > 0
        // ("del Hospital Pérez Carreño": an institution's name, not Yelitza Pérez again.)
        && (doc.tokens[i - 1].capitalised
            && (PLACE_FIRST_WORDS.contains(&doc.f(i - 1)) || BEFORE.contains(&doc.f(i - 1)))
            || matches!(doc.f(i - 1), "estado" | "municipio" | "state")
            || (doc.f(i - 1) == "de" && matches!(doc.f(i.wrapping_sub(2)), "capital" | "estado")))
}

/// ("del Hospital Pérez Carreño"): how many capitalised words after token `i` still name the
/// institution whose word stands before `i` (when `place`), on the same line.
pub(crate) fn institution_rest(doc: &Doc<'_>, i: usize, place: bool) -> usize {
    let institution = place
        && BEFORE.contains(&doc.f(i.wrapping_sub(1)))
        && doc
            .tokens
            .get(i.wrapping_sub(1))
            .is_some_and(|t| t.capitalised);
    (i + 1..)
        .take_while(|&k| {
            institution
                && doc.tokens.get(k).is_some_and(|t| t.capitalised)
                && !doc.line_break_before(k)
        })
        .count()
}

/// Places and institutions named after a person ("Centro Penitenciario David Viloria", "Hospital
/// Miguel Pérez Carreño", "Simón Bolívar International Airport"): the name of tokens
/// `first..last` is part of such a name.
pub(crate) fn named_after(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    // ("la Operación \"Brazalete Tricolor\"", "Operation Gideon": a police operation's name.)
    // (Its own capitalised word or a quote: not "en el operativo Carlos Méndez … fue detenido".)
    let place_before = |k: usize| {
        PLACE_NOUNS.contains(&doc.f(k))
            || (matches!(doc.f(k), "operacion" | "operation" | "operativo")
                && doc.tokens.get(k).is_some_and(|t| t.capitalised))
            || (doc.is_quote(k)
                && matches!(
                    doc.f(k.wrapping_sub(1)),
                    "operacion" | "operation" | "operativo" | "caso" | "case"
                ))
            // ("del caso «Brazalete Blanco»": a case's name in quotes.)
            || (matches!(doc.f(k), "caso" | "case") && doc.is_quote(k + 1))
    };
    // ("del colectivo Guardianes del Caura", "de la emisora Radio La Voz del Valle"; not "del
    // partido de Luis Mora", whose "de" makes him its owner.)
    // ("su compañera de sindicato Ana Lucía Bermúdez", "colega de partido": a body with no
    // article is a kind, not the name's.)
    let body_before = |k: usize| {
        BODY_NOUNS.contains(&doc.f(k))
            && !(doc.f(k.wrapping_sub(1)) == "de" && crate::lexicon::is_given_name(doc.f(k + 1)))
    };
    // ("el puente internacional Simón Bolívar": an adjective between.)
    let adjective = |k: usize| {
        matches!(
            doc.f(k),
            "internacional"
                | "international"
                | "nacional"
                | "militar"
                | "central"
                | "general"
                // ("Hospital Provincial Saturnino Lora", "Universidad Centroccidental Lisandro
                // Alvarado")
                | "provincial"
                | "universitario"
                | "centroccidental"
                | "experimental"
        )
    };
    // ("Sistema Penitenciario Nacional «Jorge Navarro»": a name in quotes after the place's.)
    let quoted = first >= 2
        && doc.is_quote(first - 1)
        && (adjective(first - 2) || BEFORE.contains(&doc.f(first - 2)));
    let of_place = first >= 1
        && (quoted
            || place_before(first - 1)
            || body_before(first - 1)
            || (first >= 2
                && adjective(first - 1)
                && (place_before(first - 2) || BEFORE.contains(&doc.f(first - 2))))
            || (first >= 2
                && matches!(doc.f(first - 1), "de" | "del" | "of")
                && place_before(first - 2))
            || (first >= 2
                && (matches!(doc.f(first - 1), "la" | "el" | "the")
                    // ("del colectivo ambientalista Páramo Vivo": an adjective between.)
                    || matches!(
                        doc.f(first - 1),
                        "ambientalista"
                            | "estudiantil"
                            | "juvenil"
                            | "cultural"
                            | "indigena"
                            | "vecinal"
                            | "campesino"
                            | "feminista"
                            | "environmental"
                            | "student"
                            // ("del diario digital Voces de Matagalpa")
                            | "digital"
                            | "regional"
                            | "local"
                            | "comunitaria"
                            | "comunitario"
                    ))
                && body_before(first - 2)));
    let place_at = |k: Option<usize>| {
        k.and_then(|k| doc.tokens.get(k))
            .is_some_and(|t| t.capitalised && BEFORE.contains(&t.folded.as_str()))
    };
    // ("Hospital Dr. Ángel Larralde", "Plaza General Rafael Urdaneta": a title between.)
    let title = |k: usize| {
        matches!(
            doc.f(k),
            "dr" | "dra" | "gral" | "general" | "pbro" | "mons" | "doctor" | "doctora" | "monsenor"
        )
    };
    let between = |k: usize| {
        title(k)
            || matches!(
                doc.f(k),
                // ("Sistema Penitenciario Nacional Jorge Navarro")
                "militar" | "central" | "universitario" | "catolica" | "nacional"
            )
    };
    // ("Colectivo de Abogados Simón Rodríguez", "Comité de Familiares \"Rosa Amelia Quintero\"":
    // the body's head, "de" and its own word, maybe a quote, before the name.)
    let quote = usize::from(first >= 1 && doc.f(first - 1) == "\"");
    let body = first >= 3 + quote
        && doc.f(first - 2 - quote) == "de"
        && doc
            .tokens
            .get(first - 1 - quote)
            .is_some_and(|t| t.capitalised)
        // (Not "la Universidad de Oriente Juan Pérez": a university's name is no one's.)
        && matches!(doc.f(first - 3 - quote), "colectivo" | "comite" | "catedra")
        && place_at(Some(first - 3 - quote));
    let before = place_at(first.checked_sub(1))
        || body
        || (quote == 1 && place_at(first.checked_sub(2)))
        || (first >= 3
            && doc.f(first - 1) == "."
            && title(first - 2)
            // ("Hospital Militar Dr. Ángel Custodio Rendón": a word between too.)
            && (place_at(Some(first - 3))
                || (first >= 4 && between(first - 3) && place_at(Some(first - 4)))))
        || (first >= 2 && between(first - 1) && place_at(Some(first - 2)))
        // ("comerciante de la calle Doctor Aníbal Quintero": a lower-case place and a title.)
        || (first >= 2 && title(first - 1) && place_before(first - 2))
        // ("enfermera del hospital Dr. Ramón Ugarte Piña", "Hospital Militar \"Dr. Eusebio
        // Landaeta\"": a title's stop, a quote maybe, between.)
        || (first >= 3 && doc.f(first - 1) == "." && title(first - 2) && {
            let q = usize::from(first >= 4 && doc.is_quote(first - 3));
            first >= 3 + q
                && (place_before(first - 3 - q)
                    || (q == 1
                        && first >= 5
                        && (place_at(Some(first - 4))
                            || (between(first - 4) && place_at(Some(first - 5))))))
        });
    // "…del portal El Faro Llanero": a capitalised article inside a sentence opens a title.
    let titled = first >= 2
        && doc
            .tokens
            .get(first - 1)
            .is_some_and(|t| matches!(t.text, "El" | "La" | "Los" | "Las"))
        && (doc
            .tokens
            .get(first - 2)
            .is_some_and(|t| !t.capitalised && t.kind == crate::text::TokenKind::Word)
            // ("▪ La Lupa Llanera (portal, Barinas) — …": or opening its line, a digest's
            // outlet.)
            || doc.sentence_at(first - 1).is_some_and(|s| {
                s.line_start
                    && (s.first..first - 1)
                        .all(|k| doc.tokens[k].kind != crate::text::TokenKind::Word)
            }));
    // "San Antonio", "Punta de Mata", "Puerto Ordaz": a place's own first word.
    // ("Semanario Contrapunto", "Radio Horizonte", "Noticiero del Norte": an outlet's own first
    // word too.)
    let place_name = PLACE_FIRST_WORDS.contains(&doc.f(first))
        || (doc.f(first) == "costa"
            && matches!(doc.f(first + 1), "oriental" | "occidental" | "del" | "de"));
    // ("en la Costa Oriental del Lago": a region, not "COSTA PÉREZ, Juan".)
    // ("Kelly Field", "Fort Tiuna Base": a place's own last word; "By K. Alvarado / Staff
    // Writer": a byline's.)
    let place_end = last > first
        && matches!(
            doc.f(last - 1),
            "field"
                | "base"
                | "fort"
                | "airport"
                | "writer"
                | "reporter"
                | "correspondent"
                | "museum"
                | "square"
                | "park"
        );
    let after = AFTER.contains(&doc.f(last)) || namesake(doc, first, last);
    // ("Sarah Beth Kowalski, 31, of Grand Rapids, Michigan": a hometown after the age.)
    // ("El estadounidense Tyler Boone, residente en Fort Collins, Colorado", "oriunda de Grand
    // Rapids"): a place one lives in or comes from.
    let hometown = (first >= 3
        && doc.f(first - 1) == "of"
        && doc.f(first - 2) == ","
        && doc.is_number(first - 3))
        || (first >= 2
            && matches!(doc.f(first - 1), "en" | "de")
            && matches!(
                doc.f(first - 2),
                "residente"
                    | "residentes"
                    | "oriundo"
                    | "oriunda"
                    | "natural"
                    | "vecino"
                    | "vecina"
            ));
    before || titled || of_place || place_name || place_end || after || hometown
}

/// Whether tokens `first..last` are the name of a national hero whom places and bodies are
/// named after ("Universidad Católica Andrés Bello"): no one held in these texts.
fn namesake(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    const HEROES: &[&str] = &[
        "simon bolivar",
        "andres bello",
        "francisco de miranda",
        "antonio jose de sucre",
        "ezequiel zamora",
        "simon rodriguez",
        "jose antonio paez",
        "cecilio acosta",
        "augusto cesar sandino",
        "jose marti",
    ];
    let words = (first..last)
        .map(|k| doc.f(k))
        .collect::<Vec<_>>()
        .join(" ");
    HEROES.contains(&words.as_str())
}
