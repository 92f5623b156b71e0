//! Custody told by phrases rather than single words: a death in a prison, leaving one, a stay told
//! by its length, being sent or taken to one, a hearing before a court; and the words naming
//! places of detention and spans of time they read.

use crate::model::EventType::Detention;
use crate::scene_words::{GOING, PRISON, release_scene, release_word};
use crate::text::{Doc, TokenKind};
use crate::triggers::Trigger;

/// Words that name a place of detention: its nouns and the first words of the facilities the
/// press names most ("el Rodeo I", "El Helicoide").
pub(crate) const CUSTODY_PLACES: &[&str] = &[
    "prison",
    "prisons",
    "facilities",
    "jail",
    "carcel",
    "carceles",
    "prision",
    "penal",
    "penitenciario",
    "penitenciarios",
    // ("died last Wednesday in the Greater Tehran Central Penitentiary")
    "penitentiary",
    "reclusion",
    "calabozo",
    "calabozos",
    "celda",
    "celdas",
    "galera", // (a Cuban prison's cell block: "lo sacaron de la galera")
    "cell",
    "cells",
    "colony", // ("died in the colony in Shklou", "moved to a penal colony")
    "helicoide",
    "rodeo",
    "tocoron",
    "tocuyito",
    "crisalida",
    "inof",
    // (the Instituto Nacional de Orientación Femenina, the INOF in full)
    "femenina",
    "yare",
    "uribana",
    "tumba",
    "boleita",
    "ramo",
    "dgcim",
    "sebin",
    "yaguara",
    "pnb",
    "cicpc",
];

/// Whether token `k` names a place of custody: a word of [`CUSTODY_PLACES`], or the two words of
/// "Internado Judicial" (Barcelona's prison; "internado" alone is a hospital stay).
pub(crate) fn custody_place_at(doc: &Doc<'_>, k: usize) -> bool {
    CUSTODY_PLACES.contains(&doc.f(k))
        // (Cuba's prisons by their own names: "el Combinado del Este", "Boniato".)
        || (matches!(doc.f(k), "combinado" | "boniato")
            && doc.tokens.get(k).is_some_and(|t| t.capitalised))
        // ("Zona 7", the police holding centre in Boleíta.)
        || (doc.f(k) == "zona"
            && doc.f(k + 1) == "7"
            && doc.tokens.get(k).is_some_and(|t| t.capitalised))
        || (doc.f(k) == "internado"
            && doc.f(k + 1) == "judicial"
            && doc.tokens.get(k).is_some_and(|t| t.capitalised))
        // ("el Centro de Arrestos y Detenciones Preventivas El Marite", "Centro de Procesados")
        || (doc.f(k) == "centro"
            && doc.f(k + 1) == "de"
            && matches!(doc.f(k + 2), "arrestos" | "detencion" | "detenciones" | "procesados")
            && doc.tokens.get(k).is_some_and(|t| t.capitalised))
}

/// Nouns of a span of time ("18 meses preso", "after two years at").
pub(crate) const DURATIONS: &[&str] = &[
    "dias", "semanas", "meses", "anos", "days", "weeks", "months", "years", "ano", "mes", "year",
    "month",
];

/// "left the Rodeo I prison", "salió de la cárcel", "salieron de sus centros de reclusión":
/// leaving a place of detention is a release.
pub(crate) fn left_prison(doc: &Doc<'_>, i: usize, to: usize) -> Option<usize> {
    // ("A Policía Nacional bus just left Rodeo I with a dozen men inside": a vehicle leaves.)
    // ("Ochoa was left behind at Ramo Verde, where he remains": one left there stayed.)
    if crate::vehicles::vehicle_before(doc, i) || crate::let_go::left_behind(doc, i) {
        return None;
    }
    // "Dozens of prisoners are coming out of Tocorón", "walked out of Rodeo I".
    let out_of = matches!(
        doc.f(i),
        "coming" | "came" | "come" | "comes" | "walked" | "walk" | "got"
    ) && doc.f(i + 1) == "out";
    // ("Acaba de salir de Rodeo I el dirigente X": just left.)
    let just =
        doc.f(i) == "salir" && doc.matches_any_at(i.wrapping_sub(2), &["acaba de", "acaban de"]);
    // "Also out of El Helicoide: X and Y".
    // (Not a move's: "were moved out of El Helicoide"; "taken out of her cell" is told on.)
    let out_of_place = doc.f(i) == "out"
        && doc.f(i + 1) == "of"
        && !matches!(
            doc.f(i.wrapping_sub(1)),
            "kept" | "keep" | "stay" | "stayed" | "moved" | "transferred" | "bused"
                // ("a letter smuggled out of prison": a thing that left.)
                | "smuggled" | "sneaked" | "snuck"
        );
    // ("La madre del preso X salió el sábado de Tocuyito después de la visita": a visitor, in a
    // release scene too.)
    if (LEAVING.contains(&doc.f(i)) || just || doc.f(i) == "left")
        && ((i + 1..to.min(i + 16)).any(|k| doc.f(k).starts_with("visit"))
            || crate::habits::habitual_before(doc, i))
    {
        return None;
    }
    if let Some(last) = left_in_a_release_scene(doc, i, to) {
        return Some(last);
    }
    // ("18 people held for political reasons left detention on Friday"): custody itself left.
    // (Not a place: "leaving detention center Zona 7 after visiting her client".)
    if matches!(doc.f(i), "left" | "leave" | "leaves" | "leaving")
        && matches!(doc.f(i + 1), "detention" | "custody")
        && !matches!(
            doc.f(i + 2),
            "center" | "centre" | "facility" | "centers" | "facilities"
        )
    {
        return Some(i + 2);
    }
    // ("I got out on January 9", "she got out last week": out of custody, told by one who was.)
    // ("…co-defendants, Nelson Rivero and Omar Lugo, got out on Sunday": after names too.)
    let named = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
    };
    if doc.f(i) == "got"
        && doc.f(i + 1) == "out"
        && doc.f(i + 2) != "of"
        && (matches!(
            doc.f(i.wrapping_sub(1)),
            "i" | "he" | "she" | "we" | "they" | "who"
        ) || (named(i.wrapping_sub(1))
            || (doc.f(i.wrapping_sub(1)) == "," && named(i.wrapping_sub(2))))
            // (After a name, with a day or terms after it: not "Pedro Lugo got out first".)
            && (matches!(doc.f(i + 2), "on" | "yesterday" | "last" | "this" | "with" | "under")
                || crate::dates::weekday(doc.f(i + 2)).is_some()))
    {
        return Some(i + 2);
    }
    // ("Among the first to leave Rodeo I this morning: A and B", "entre los primeros en salir
    // del Rodeo I")
    let first_to_leave = matches!(doc.f(i), "leave" | "salir")
        && matches!(doc.f(i.wrapping_sub(1)), "to" | "en")
        && matches!(
            doc.f(i.wrapping_sub(2)),
            "first" | "last" | "primeros" | "primeras" | "ultimos" | "ultimas"
        );
    if !out_of
        && !out_of_place
        && !just
        && !first_to_leave
        && !matches!(
            doc.f(i),
            "left"
            | "salio"
            | "salieron"
            // (told by one of those who left: "Salí del INOF el jueves", "salimos cuatro del INOF")
            | "sali"
            | "salimos"
            | "sale"
            | "salen"
            | "salido"
            | "saldra"
            | "saldran"
            // ("un día después de que A y B salieran el lunes de la cárcel de Tocuyito")
            | "saliera"
            | "salieran"
            // ("están saliendo compañeros del penal de Tocuyito")
            | "saliendo"
            | "egreso"
            | "egresaron"
            | "abandono"
            | "abandonaron"
            | "dejo"
            | "dejaron"
            | "exited"
            | "emerged"
            // "registró la salida de siete personas privadas de libertad … de los centros
            // penitenciarios de Tocorón y Yare"
            | "salida"
            | "salidas"
        )
    {
        return None;
    }
    if crate::leaving_words::left_place_before(doc, i) {
        return Some(i + 1);
    }
    // ("has not left the sidewalk outside the Rodeo I prison": a vigil, not a release.)
    let place = (i + 1..to.min(i + 16)).find(|&k| custody_place_at(doc, k))?;
    // ("El domingo salí temprano hacia el Rodeo I con la comida", "Salí corriendo a Tocorón":
    // going to a prison, as a visitor does, is no leaving it.)
    let towards = (i + 1..place).any(|k| {
        matches!(doc.f(k), "hacia" | "rumbo" | "toward" | "towards" | "to")
            || (matches!(doc.f(k), "a" | "al")
                && !matches!(doc.f(k.wrapping_sub(1)), "de" | "del")
                // (A time, "salió anoche a las 11:00 p. m. del comando", is no direction.)
                && !(matches!(doc.f(k + 1), "las" | "la") && doc.is_number(k + 2)))
    });
    if towards {
        return None;
    }
    let outside = (i + 1..place).any(|k| OUTSIDE.contains(&doc.f(k)));
    (!outside).then_some(i + 1)
}

/// Words that put someone by a prison rather than in it.
/// ("walked out through the gates of Tocorón" is a release: a gate is no such word.)
const OUTSIDE: &[&str] = &["outside", "sidewalk", "afuera", "frente", "acera"];

/// The forms of "salir" and "walk out" that, in a text already telling of releases, are one
/// more with no prison named: "También salieron la defensora X y el periodista Y", "A medianoche
/// salió también el dirigente X", "Salimos juntos X y yo", "walked out at about 11:40 am".
const LEAVING: &[&str] = &[
    "salio", "salieron", "sale", "salen", "salimos", "sali", "salido",
];

/// A form of leaving (see [`LEAVING`]) with no place of detention after it, read as a release
/// when releases were told in the 150 words before and the words after it do not take it
/// elsewhere ("salió a protestar", "salió del país", "salió en la lista", "came out in
/// support").
fn left_in_a_release_scene(doc: &Doc<'_>, i: usize, to: usize) -> Option<usize> {
    // ("Among those who came out this morning was the union leader X", "Seven men came out
    // between 10pm and 1am": "came out" only after "who"/"that" or a word for prisoners, whose
    // subject they are; "X came out against the deal", "the list came out" are no release.)
    let came = matches!(doc.f(i), "came" | "come" | "coming")
        && (matches!(doc.f(i.wrapping_sub(1)), "who" | "that")
            || crate::count_words::PEOPLE.contains(&doc.f(i.wrapping_sub(1))));
    let walked = (doc.f(i) == "walked" || came) && doc.f(i + 1) == "out" && doc.f(i + 2) != "of";
    // ("Also out this morning: A and B, same condition.")
    let out = doc.f(i) == "out"
        && matches!(
            doc.f(i.wrapping_sub(1)),
            "also" | "is" | "are" | "was" | "were"
        )
        && doc.f(i + 1) != "of";
    if out {
        return release_scene(doc, i).then_some(i + 1);
    }
    // ("Las familias confirmaron la salida de Simón Aranguren, Armando Ybarra y …": the
    // leaving of named people, in a text of releases; not "la salida de Venezuela".)
    if matches!(doc.f(i), "salida" | "salidas") && matches!(doc.f(i + 1), "de" | "del") {
        let name = (i + 2..to.min(i + 5)).find(|&k| {
            doc.tokens
                .get(k)
                .is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
        });
        let given = name.is_some_and(|k| {
            crate::lexicon::is_given_name(doc.f(k))
                && (i + 2..k).all(|j| {
                    matches!(doc.f(j), "la" | "el" | "los" | "las")
                        || !crate::lexicon::roles(doc.f(j)).is_empty()
                })
        });
        return (given && release_scene(doc, i)).then_some(i + 1);
    }
    if !(walked || LEAVING.contains(&doc.f(i))) {
        return None;
    }
    let next = if walked { i + 2 } else { i + 1 };
    // Where it goes: to a purpose, out of the country or home, into a list or a video.
    let elsewhere = match doc.f(next) {
        "a" | "al" | "hacia" | "para" | "en" | "del" | "on" | "in" | "to" | "for" | "against"
        | "electo" | "elegido" | "ileso" | "ilesa" | "herido" | "herida" => {
            // ("salió en libertad", "salió en marzo con régimen de presentación", "walked out on
            // Wednesday": a time, not "walked out on his family")
            let when = if doc.f(next) == "en" {
                crate::dates::month(doc.f(next + 1)).is_some()
            } else {
                walked && crate::walk_out::walked_out_when(doc, next)
            };
            !(matches!(doc.f(next), "en" | "in" | "on") && when
                || doc.f(next) == "en" && doc.f(next + 1) == "libertad")
        }
        "de" => matches!(
            doc.f(next + 1),
            "casa" | "su" | "viaje" | "venezuela" | "pais"
        ),
        _ => false,
    };
    if elsewhere || next > to {
        return None;
    }
    // Terms right after a name: "Eduardo Briceño, salió el jueves con régimen de presentación"
    // (not a group's, "El resto salió con medidas cautelares", which the walk gives to the
    // group's releases told before, nor a null subject's).
    let name_at = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
    };
    let named = (i >= 1 && name_at(i - 1)) || (i >= 2 && doc.f(i - 1) == "," && name_at(i - 2));
    // ("Anteayer salió el compañero X, preso desde marzo, con régimen de presentación": its
    // subject after it, with an article, and the terms after the subject's describers.)
    let named_after = (next..to.min(next + 4))
        .any(|k| matches!(doc.f(k), "el" | "la") && (k + 1..to.min(k + 4)).any(name_at));
    // ("También salió el estudiante X", after a long list of those freed: one more of them,
    // however far the releases were told.)
    let also = doc.f(i.wrapping_sub(1)) == "tambien" || doc.f(i + 1) == "tambien";
    // (Not one who set out somewhere: "también salió el periodista X rumbo a Cúcuta".)
    let bound = (next..to.min(next + 12)).any(|k| matches!(doc.f(k), "rumbo" | "hacia" | "camino"));
    let told_before = also && !bound && (0..i).any(|k| release_word(doc.f(k)));
    // ("El profesor X, el que estaba en mi celda, salió en octubre", "Ella salió el 16 de
    // enero"): dated right after the verb, in a text of prison, and going nowhere after it.
    let dated = LEAVING[..2].contains(&doc.f(i))
        && match doc.f(next) {
            "en" => crate::dates::month(doc.f(next + 1)).is_some(),
            "el" => crate::dates::weekday(doc.f(next + 1)).is_some() || doc.is_number(next + 1),
            _ => false,
        }
        && (i.saturating_sub(150)..i).any(|k| PRISON.contains(&doc.f(k)));
    // (Nor, in a text of releases, one who left for somewhere or after a visit: "salió el lunes
    // hacia Caracas", "salió el viernes a una audiencia", "salió de Tocuyito tras visitarla".)
    let clause = (next..to.min(next + 8))
        .find(|&k| matches!(doc.f(k), "," | "y" | "." | ";"))
        .unwrap_or(to.min(next + 8));
    // (The country only as left: "salió en marzo del país"; not "sale con prohibición de salida
    // del país", "salieron sin cargos en este país".)
    let going = |k: usize| match doc.f(k) {
        "pais" | "venezuela" => {
            matches!(doc.f(k.wrapping_sub(1)), "del" | "de")
                && !doc.f(k.wrapping_sub(2)).starts_with("sal")
        }
        w => GOING.contains(&w),
    };
    if (next..clause).any(going) {
        return None;
    }
    (release_scene(doc, i)
        || told_before
        || dated
        || (named && crate::release_conditions::on_conditions(doc, next, to, 6))
        || (named_after && crate::release_conditions::on_conditions(doc, next, to, 14)))
    .then_some(next)
}

/// "fueron presentados este lunes ante el Tribunal Tercero de Control", "brought before a
/// judge": the hearing where charges are laid.
pub(crate) fn before_court(doc: &Doc<'_>, i: usize, to: usize) -> Option<usize> {
    if !matches!(
        doc.f(i),
        "presentado" | "presentada" | "presentados" | "presentadas" | "brought"
    ) {
        return None;
    }
    let at = (i + 1..to.min(i + 6)).find(|&k| matches!(doc.f(k), "ante" | "before"))?;
    (at + 1..to.min(at + 4))
        .find(|&k| {
            matches!(
                doc.f(k),
                "tribunal"
                    | "juez"
                    | "jueza"
                    | "court"
                    | "judge"
                    | "fiscal"
                    | "fiscalia"
                    | "tribunales"
            )
        })
        .map(|_| i + 1)
}

/// Whether a trigger is a stay told by its length or in the past ("tras 18 meses en", "spent two
/// years in"): no date of the sentence is its own.
pub fn is_stay(doc: &Doc<'_>, t: &Trigger) -> bool {
    let opener = matches!(doc.f(t.first), "after" | "tras" | "despues")
        || crate::stays::past_stay(doc, t.first);
    t.kind == Detention && (opener || DURATIONS.contains(&doc.f(t.first.wrapping_sub(1))))
}

/// ("hoy salieron 11 presos de ambos penales": a count right after the word of leaving is who
/// left, a group, not a person named nearby.)
pub(crate) fn counted_after(doc: &Doc<'_>, i: usize, to: usize) -> bool {
    (i + 2..(i + 4).min(to)).any(|k| {
        crate::count_words::PEOPLE.contains(&doc.f(k))
            && doc.tokens.get(k - 1).is_some_and(|t| {
                t.kind == crate::text::TokenKind::Number
                    || crate::counts::number_word(&t.folded).is_some()
            })
    })
}
