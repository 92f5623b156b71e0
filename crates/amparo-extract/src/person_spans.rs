//! The person names an extraction reads: the finder's names outside page noise and outside the
//! names of places and institutions named after someone, with the names the layout read in lists.

use crate::layout::Layout;
use crate::names::Span;
use crate::text::Doc;

/// The finder's names outside page noise, with the names the layout found in lists (which win
/// where they overlap: a list item says where a name starts and ends).
pub(crate) fn person_spans(doc: &Doc<'_>, layout: &Layout, found: Vec<Span>) -> Vec<Span> {
    let mut listed: Vec<Span> = layout
        .names()
        .into_iter()
        .filter_map(|r| {
            Some(Span {
                start: doc.tokens.get(r.start)?.start,
                end: doc.tokens.get(r.end.checked_sub(1)?)?.end,
            })
        })
        .collect();
    listed.sort();
    let sentence_of = crate::persons::sentence_of_tokens(doc);
    let mut out: Vec<Span> = found
        .into_iter()
        .filter_map(|s| unnamed_or_trimmed(doc, s))
        .filter(|s| {
            let k = doc.tokens.partition_point(|t| t.start < s.start);
            // (A name never runs across a table's cells: "Ramo Verde<tab>Casa por cárcel".)
            let across_cells = doc
                .text
                .get(s.start..s.end)
                .is_some_and(|t| t.contains('\t'));
            !layout.is_noise(sentence_of.get(k).copied().unwrap_or(0)) && !across_cells
        })
        .filter(|s| {
            // Listed names are sorted and disjoint: the first ending after the span's start is
            // the only one that can overlap it.
            let at = listed.partition_point(|l| l.end <= s.start);
            listed.get(at).is_none_or(|l| l.start >= s.end)
        })
        .collect();
    out.extend(listed);
    // ("the Public Prosecutor's Office": an office's owner, no person.)
    out.retain(|s| {
        let end = s.tokens(doc).end;
        let office = doc.f(end) == "'"
            && doc.f(end + 1) == "s"
            && matches!(
                doc.f(end + 2),
                "office" | "ministry" | "department" | "bureau"
            );
        !(heading_words(doc, *s) || office)
    });
    let out: Vec<Span> = out.into_iter().filter_map(|s| opening_de(doc, s)).collect();
    let mut out = out;
    out.sort();
    out.dedup();
    out
}

/// A span that opens its sentence with the preposition "De"/"Del" before a capitalised word
/// ("De Rodeo I salieron…", "De Yelitza sé que…"): the words after it, when two are left;
/// "De la Cruz Montesinos" keeps its particle.
fn opening_de(doc: &Doc<'_>, s: Span) -> Option<Span> {
    let (first, last) = {
        let r = s.tokens(doc);
        (r.start, r.end)
    };
    let opens = doc.sentence_at(first).is_some_and(|x| x.first == first);
    // ("De Armas Colmenares, Yorman.": a surname-first entry keeps its particle.)
    if !(opens
        && matches!(doc.tokens[first].text, "De" | "Del")
        && !matches!(doc.f(first + 1), "la" | "las" | "los")
        && doc.f(last) != ",")
    {
        return Some(s);
    }
    (last >= first + 3).then(|| Span {
        start: doc.tokens[first + 1].start,
        end: s.end,
    })
}

/// Whether a span is a heading's words rather than a name: one that holds a word of custody
/// ("MUERTE BAJO CUSTODIA", "Critics Held Incommunicado", "Arbitrary Arrests").
fn heading_words(doc: &Doc<'_>, s: Span) -> bool {
    let r = s.tokens(doc);
    // (One reading of the span's words, not one per word.)
    crate::triggers::find(doc, r.start, r.end)
        .iter()
        .any(|t| t.first >= r.start && t.last <= r.end)
}

/// A body's noun in lower case right before its name ("cinco integrantes del colectivo
/// Guardianes del Caura", "de la emisora Radio La Voz del Valle").
const BODY_NOUNS: &[&str] = &[
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
];

/// ("los dirigentes del Movimiento Alternativa Ciudadana Héctor Luis Sanabria"): a name the
/// finder ran on from a body's name starts at its first given name, when the body's name comes
/// first and two words are left.
/// The span as it stands when it is no place's or body's name, else trimmed that way when what
/// is left is none either; `None` when it names a place or a body.
fn unnamed_or_trimmed(doc: &Doc<'_>, s: Span) -> Option<Span> {
    let k = doc.tokens.partition_point(|t| t.start < s.start);
    let end = doc.tokens.partition_point(|t| t.end <= s.end);
    if !named_after(doc, k, end) {
        return Some(s);
    }
    let trimmed = body_trimmed(doc, s, k, end);
    let first = doc.tokens.partition_point(|t| t.start < trimmed.start);
    (trimmed != s && !named_after(doc, first, end)).then_some(trimmed)
}

/// The name inside a span that names a place or a body (tokens `k..end`), from its given name.
fn body_trimmed(doc: &Doc<'_>, s: Span, k: usize, end: usize) -> Span {
    // ("el exalcalde de San Cristóbal Humberto Pabón": a town's two words, then the name.)
    let town = matches!(doc.f(k), "san" | "santa" | "santo" | "puerto" | "ciudad")
        && matches!(doc.f(k.wrapping_sub(1)), "de" | "del" | "en");
    (k + if town { 2 } else { 1 }..end.saturating_sub(1))
        .find(|&j| {
            crate::lexicon::is_given_name(doc.f(j))
                && (town || !crate::lexicon::is_given_name(doc.f(j - 1)))
        })
        // (A body's, not a place's: "el puente Francisco de Paula Santander" stays whole.)
        .filter(|&j| town || (k.saturating_sub(1)..j).any(|i| BODY_NOUNS.contains(&doc.f(i))))
        .and_then(|j| doc.tokens.get(j))
        .map_or(s, |t| Span {
            start: t.start,
            end: s.end,
        })
}

/// Drops from the layout's items the names that are a place's or a body's ("Primero: murió… en el
/// Hospital Militar Carlos Arvelo, el sargento…"), so that an item holds only people.
pub(crate) fn drop_named_after(doc: &Doc<'_>, layout: &mut Layout) {
    for item in &mut layout.items {
        item.names.retain(|r| {
            // (Only words of the same cell and line: a table's row ends "… | Centro" above.)
            let joined = r.start >= 1
                && doc
                    .tokens
                    .get(r.start - 1)
                    .zip(doc.tokens.get(r.start))
                    .and_then(|(p, t)| doc.text.get(p.end..t.start))
                    .is_some_and(|gap| gap.chars().all(|c| c == ' '));
            !(joined && named_after(doc, r.start, r.end))
        });
    }
}

/// Places and institutions named after a person ("Centro Penitenciario David Viloria", "Hospital
/// Miguel Pérez Carreño", "Simón Bolívar International Airport"): the name of tokens
/// `first..last` is part of such a name.
fn named_after(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    const BEFORE: &[&str] = &[
        "penitenciario",
        "penitenciaria",
        "centro",
        "carcel",
        "hospital",
        "universidad",
        "liceo",
        "escuela",
        "colegio",
        "plaza",
        "avenida",
        "calle",
        "barrio",
        "urbanizacion",
        "fundacion",
        "premio",
        "aeropuerto",
        "internacional",
        "estadio",
        "parque",
        "teatro",
        "instituto",
        "internado",
        "municipio",
        "parroquia",
        "colectivo",
        "comite",
        "sindical",
        "sede",
        "catedra",
        "comunal",
        "consejo",
        "comuna",
    ];
    const AFTER: &[&str] = &[
        "airport",
        "industrial",
        "complex",
        "international",
        "university",
        "hospital",
        "avenue",
        "road",
        "street",
        "center",
        "centre",
        "institute",
        "foundation",
        "committee",
        "commission",
        "council",
        "prison",
        "party",
        "station",
        "tv",
        "fm",
        "radio",
        "school",
        "collective",
        "academy",
        "square",
    ];
    // "el puente Francisco de Paula Santander", "la refinería de Bajo Grande", "Tribunal
    // Segundo de Control": a place or a court named after someone, or a place at all.
    const PLACE_NOUNS: &[&str] = &[
        "puente",
        "refineria",
        "barrio",
        "sector",
        "urbanizacion",
        "ciudad",
        "pueblo",
        "estado",
        "municipio",
        "parroquia",
        "avenida",
        "calle",
        "plaza",
        "caserio",
        "carcel",
        "penal",
        "internado",
        "aldea",
        "puerto",
        "isla",
        "cerro",
        "tribunal",
        "juzgado",
        "bridge",
        "refinery",
        "town",
        "city",
        "village",
        "district",
        "province",
        "port",
        // Buildings named after someone, in lower case ("el estadio José Bernardo Pérez", "la
        // autopista Francisco Fajardo").
        "estadio",
        "stadium",
        "hospital",
        "autopista",
        "highway",
        "aeropuerto",
        "airport",
        "liceo",
        "escuela",
        "parque",
        "park",
        "complejo",
        "avenue",
    ];
    let place_before = |k: usize| PLACE_NOUNS.contains(&doc.f(k));
    // ("del colectivo Guardianes del Caura", "de la emisora Radio La Voz del Valle"; not "del
    // partido de Luis Mora", whose "de" makes him its owner.)
    let body_before = |k: usize| BODY_NOUNS.contains(&doc.f(k));
    // ("el puente internacional Simón Bolívar": an adjective between.)
    let adjective = |k: usize| {
        matches!(
            doc.f(k),
            "internacional" | "international" | "nacional" | "militar" | "central" | "general"
        )
    };
    let of_place = first >= 1
        && (place_before(first - 1)
            || body_before(first - 1)
            || (first >= 2 && adjective(first - 1) && place_before(first - 2))
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
            "dr" | "dra" | "gral" | "general" | "pbro" | "mons"
        )
    };
    let between = |k: usize| {
        title(k)
            || matches!(
                doc.f(k),
                "militar" | "central" | "universitario" | "catolica"
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
        || (first >= 3 && doc.f(first - 1) == "." && title(first - 2) && place_at(Some(first - 3)))
        || (first >= 2 && between(first - 1) && place_at(Some(first - 2)));
    // "…del portal El Faro Llanero": a capitalised article inside a sentence opens a title.
    let titled = first >= 2
        && doc
            .tokens
            .get(first - 1)
            .is_some_and(|t| matches!(t.text, "El" | "La" | "Los" | "Las"))
        && doc
            .tokens
            .get(first - 2)
            .is_some_and(|t| !t.capitalised && t.kind == crate::text::TokenKind::Word);
    // "San Antonio", "Punta de Mata", "Puerto Ordaz": a place's own first word.
    let place_name = matches!(
        doc.f(first),
        "san" | "santa" | "santo" | "puerto" | "ciudad" | "villa" | "valle" | "cerro" | "punta"
    );
    // ("Kelly Field", "Fort Tiuna Base": a place's own last word.)
    let place_end =
        last > first && matches!(doc.f(last - 1), "field" | "base" | "fort" | "airport");
    let after = AFTER.contains(&doc.f(last)) || namesake(doc, first, last);
    before || titled || of_place || place_name || place_end || after
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
