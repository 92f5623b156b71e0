//! Being sent to or taken out of a prison: "enviados al penal de Tocorón", "los llevaron en un
//! autobús del SEBIN al Rodeo I", "sacaron de Rodeo I a 14 presos políticos".

use crate::auxiliaries::CLITICS;
use crate::custody_phrases::CUSTODY_PLACES;
use crate::scene_words::release_scene;
use crate::text::Doc;

/// "were taken not to Rodeo I but to Tocuyito prison", "enviados al penal de Tocorón": taken or
/// sent to a place of detention is a transfer; so is being taken out of one ("sacaron de Rodeo
/// I a 14 presos políticos").
pub(crate) fn sent_to_prison(doc: &Doc<'_>, i: usize, to: usize) -> Option<usize> {
    if matches!(
        doc.f(i),
        "sacaron" | "saco" | "sacado" | "sacada" | "sacados" | "sacadas"
    ) && matches!(doc.f(i + 1), "de" | "del")
        // ("sacadas del Instituto Nacional de Orientación Femenina (INOF)")
        && (i + 2..to.min(i + 7)).any(|k| CUSTODY_PLACES.contains(&doc.f(k)))
    {
        // ("Su madre, X, la sacó del penal durante la visita": what the one named carried out,
        // the letter, not a move of hers.)
        // ("…a su madre, X, quien la sacó del penal en la visita del domingo".)
        if doc.f(i) == "saco"
            && i >= 3
            && matches!(doc.f(i - 1), "la" | "lo" | "las" | "los")
            && ((doc.f(i - 2) == "," && doc.tokens[i - 3].capitalised)
                || (doc.f(i - 2) == "quien" && doc.f(i - 3) == ","))
        {
            return None;
        }
        // (Not where releases are told, "la mayoría fue sacada del Rodeo I", nor where the
        // sentence says where to: "sacados de Ramo Verde y trasladados a…", "al aeropuerto".)
        // (Nor where the release follows: "sacadas del INOF y excarceladas".)
        let freed = (i + 2..to.min(i + 20)).any(|k| {
            let w = doc.f(k);
            (w.starts_with("excarcelad") || w.starts_with("liberad"))
                && matches!(doc.f(k - 1), "y" | "e")
        });
        let elsewhere = freed
            || (i + 2..to).any(|k| {
                let w = doc.f(k);
                w.starts_with("traslad")
                    || w.starts_with("llevad")
                    || w.starts_with("expuls")
                    || matches!(w, "llevaron" | "hacia" | "aeropuerto" | "airport")
            });
        // ("sacados de sus celdas … y trasladados directamente al aeropuerto, donde los
        // subieron a un avión": out of the cells to leave, which `sent_out` reads as freed.)
        let to_leave = doc.f(i).starts_with("sacad")
            && (i + 2..to.min(i + 6)).any(|k| matches!(doc.f(k), "celdas" | "celda"))
            && (i + 2..to)
                .take_while(|&k| !matches!(doc.f(k), "mientras" | "while" | ";"))
                .any(|k| {
                    // (Taken onto it or to it: "al aeropuerto", "a un avión"; not "en avión
                    // ambulancia a un hospital", "mientras un avión sobrevolaba".)
                    matches!(
                        doc.f(k),
                        "aeropuerto" | "airport" | "avion" | "vuelo" | "frontera"
                    ) && matches!(doc.f(k - 1), "al" | "el" | "la" | "un" | "the")
                        && !matches!(doc.f(k + 1), "ambulancia" | "sanitario" | "medicalizado")
                });
        return (to_leave || (!elsewhere && !release_scene(doc, i))).then_some(i + 1);
    }
    // ("cuando llevaron comida a Boleíta": what is carried, not who.)
    if doc.f(i) == "llevaron"
        && !CLITICS.contains(&doc.f(i.wrapping_sub(1)))
        && !matches!(doc.f(i + 1), "a" | "al" | "hasta")
    {
        return None;
    }
    if sent_back_out(doc, i, to) {
        return None;
    }
    // ("They took me to Rodeo I", "took him to El Helicoide": the object between.)
    let took = doc.f(i) == "took" && matches!(doc.f(i + 1), "me" | "him" | "her" | "them" | "us");
    if !took
        && !matches!(
            doc.f(i),
            "taken"
            | "sent"
            | "enviado"
            | "enviada"
            | "enviados"
            | "enviadas"
            | "llevado"
            | "llevada"
            | "llevados"
            | "llevadas"
            // ("…a los siguientes presos políticos y los llevaron a TOCORÓN:")
            | "llevaron"
            | "enviaron"
            // ("los trasladó en autobús hasta la frontera lituana")
            | "traslado"
            | "trasladaron"
            // ("A principios de abril me pasaron a la prisión Kilo 8")
            | "pasaron"
            | "returned"
            | "devuelto"
            | "devuelta"
            | "devueltos"
            | "moved"
            // ("112 young men were bused from police stations in Caracas to the Tocorón prison")
            | "bused"
            | "bussed"
        )
    {
        return None;
    }
    // ("moved dozens of political prisoners from El Helicoide, the intelligence service's
    // headquarters in Caracas, to the Rodeo I prison": where from may stand between.)
    // ("los llevaron en un autobús del SEBIN al Rodeo I": or how.)
    // (The active verb after its clitic only: "los trasladó", not "el traslado".)
    // ("…el dirigente X, a quien trasladaron a Tocorón": the relative object is a clitic's.)
    // ("me pasaron a la prisión Kilo 8": a testimony's own.)
    let clitic = CLITICS.contains(&doc.f(i.wrapping_sub(1)))
        || matches!(doc.f(i.wrapping_sub(1)), "me" | "nos")
        || (matches!(doc.f(i.wrapping_sub(1)), "quien" | "quienes")
            && doc.f(i.wrapping_sub(2)) == "a");
    if matches!(doc.f(i), "traslado" | "trasladaron" | "pasaron") && !clitic {
        return None;
    }
    // (Not "lo pasaron a casa por cárcel", "a arresto domiciliario": house arrest.)
    if doc.f(i) == "pasaron"
        && (i + 1..to.min(i + 4)).any(|k| {
            matches!(
                doc.f(k),
                "casa" | "arresto" | "domiciliaria" | "domiciliario"
            )
        })
    {
        return None;
    }
    // ("fue llevado el sábado desde El Helicoide hasta el Rodeo I": where from between.)
    let from = (i + 1..to.min(i + 6)).any(|k| matches!(doc.f(k), "desde" | "from"));
    let reach = if matches!(doc.f(i), "moved" | "bused" | "bussed") {
        24
    } else if clitic || from {
        12
    } else {
        6
    };
    let at = (i + 1..to.min(i + reach))
        // ("lo llevaron pa' Rodeo I": the spoken "pa'" too.)
        .find(|&k| {
            matches!(
                doc.f(k),
                "to" | "a" | "al" | "hacia" | "hasta" | "pa" | "para"
            )
        })?;
    (at + 1..to.min(at + 5))
        .find(|&k| {
            CUSTODY_PLACES.contains(&doc.f(k))
                // ("llevados a la estación policial de El Chipote")
                || doc.matches_any_at(k, &["estacion policial", "estacion de policia"])
                || (clitic
                    && matches!(doc.f(i), "traslado" | "trasladaron")
                    && crate::borders::border_word(doc, k))
        })
        .map(|_| i + 1)
}

/// ("…interrogado durante tres horas y enviado de regreso a su parroquia", "sent back home"):
/// whether the verb at `i` sends someone back whence they came, out of custody (not "sent back
/// to the colony", "enviado de regreso al penal").
pub(crate) fn sent_back_out(doc: &Doc<'_>, i: usize, to: usize) -> bool {
    let back = (doc.f(i + 1) == "de" && matches!(doc.f(i + 2), "regreso" | "vuelta"))
        || doc.f(i + 1) == "back";
    doc.f(i + 1) == "home"
        || back && !(i + 2..to.min(i + 7)).any(|k| CUSTODY_PLACES.contains(&doc.f(k)))
}

/// ("Los reproducimos tal como fueron enviados:", "as they were sent to us:"): what was sent is
/// the words a text reproduces, with no place it went to; no one moved.
pub(crate) fn sent_as_written(doc: &Doc<'_>, i: usize) -> bool {
    let k = doc.back_over(
        i,
        3,
        &[
            "fue", "fueron", "nos", "me", "han", "ha", "sido", "were", "was", "they", "it",
        ],
    );
    k < i
        && k > 0
        && matches!(doc.f(k - 1), "como" | "cual" | "as")
        && !matches!(doc.f(i + 1), "a" | "al" | "hacia" | "to" | "en")
}

/// Where the place of an event told by trigger `t` (of `kind`, its sentence ending at `b`) is
/// looked for: a move's destination after its "a"/"to" ("Desde El Helicoide lo llevaron a
/// Tocorón", "moved from Evin to Qarchak"), else the trigger itself.
/// (Not a time: "a las 11".)
pub(crate) fn place_at(
    doc: &Doc<'_>,
    t: &crate::triggers::Trigger,
    kind: crate::model::EventType,
    b: usize,
) -> usize {
    if kind != crate::model::EventType::Transfer {
        return t.first;
    }
    (t.first..b.min(t.last + 10))
        .find(|&k| {
            matches!(doc.f(k), "a" | "al" | "to" | "into" | "hasta" | "hacia")
                && !(matches!(doc.f(k + 1), "las" | "la") && doc.is_number(k + 2))
        })
        .map_or(t.first, |k| k + 1)
}

/// ("En marzo lo pasaron a Tocuyito", "me pasaron a Kilo 8", "lo llevaron al Rodeo I"): whether
/// the move told by the verb at `i` is of the one the clitic before it names, as the word list's
/// "lo trasladaron". Not where one was taken on arrest ("Fue detenida … por el SEBIN, que la
/// llevaron a El Helicoide", "esa misma noche la llevaron a Evin"), unless a time of its own
/// comes between ("…, y en abril lo llevaron al Rodeo I"); nor a thing the clitic stands for
/// ("El carro de X lo llevaron al estacionamiento").
pub(crate) fn moved_by_clitic(doc: &Doc<'_>, i: usize) -> bool {
    let s = doc.sentence_at(i).map_or(i, |s| s.first);
    let on_arrest = || {
        let later = |k: usize| {
            matches!(doc.f(k), "luego" | "despues" | "posteriormente")
                || (crate::dates::month(doc.f(k)).is_some()
                    && doc.f(k.wrapping_sub(1)) == "en"
                    && matches!(doc.f(k.wrapping_sub(2)), "y" | "e" | ","))
        };
        let from = (s..i).rev().find(|&k| later(k)).unwrap_or(s);
        (from..i).any(|k| {
            let w = doc.f(k);
            ["detenid", "detenc", "arrest", "captur", "aprehendid"]
                .iter()
                .any(|p| w.starts_with(p))
                || matches!(w, "misma" | "mismo")
        })
    };
    matches!(doc.f(i), "pasaron" | "llevaron" | "enviaron")
        && matches!(doc.f(i.wrapping_sub(1)), "lo" | "la" | "me")
        && (doc.f(i) == "pasaron" || !on_arrest())
        && !crate::owners::thing_among(doc, s, i)
}
