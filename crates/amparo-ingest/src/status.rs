//! Custody status and release measures as lists word them, in Spanish and English:
//! "detenido", "excarcelado", "libertad plena", "casa por cárcel", "paradero desconocido",
//! "régimen de presentación cada 30 días", "prohibición de salida del país"...
//!
//! The status vocabulary is one table with the code that reads it; its tests are in `status/tests.rs`.

use crate::model::ListStatus;
use crate::text::{fold, has_any};
use amparo_domain::{ReleaseKind, ReleaseMeasure};

const HOUSE_ARREST: &[&str] = &[
    "casa por carcel",
    "arresto domiciliari*",
    "detencion domiciliari*",
    "arresto en casa",
    "house arrest",
    "home detention",
];
const DECEASED: &[&str] = &[
    "fallecid*",
    "muert*",
    "murio",
    "fallecio",
    "deceased",
    "died",
    "dead",
    "death in custody",
];
const UNKNOWN_WHEREABOUTS: &[&str] = &[
    "desaparecid*",
    "desaparicion*",
    "paradero desconocido",
    "se desconoce su paradero",
    "sin fe de vida",
    "whereabouts unknown",
    "disappeared",
    "missing",
];
const EXILE: &[&str] = &[
    "expulsad*",
    "deportad*",
    "exiliad*",
    "exilio",
    "desterrad*",
    "destierro",
    "expelled",
    "deported",
    "exiled",
    "exile",
];
const FULL: &[&str] = &[
    "libertad plena",
    "libertad total",
    "libertad incondicional",
    "libertad absoluta",
    "plena libertad",
    "sobreseid*",
    "full release",
    "fully released",
    "unconditional*",
];
const CONDITIONAL: &[&str] = &[
    "excarcelad*",
    "excarcelacion",
    "libertad condicional",
    "medida cautelar",
    "medidas cautelares",
    "con medidas",
    "medida sustitutiva",
    "medidas sustitutivas",
    "regimen de presentacion",
    "conditional*",
    "conditionally",
    "on parole",
    "parole*",
];
const RELEASED: &[&str] = &[
    "liberad*",
    "libertad",
    "en libertad",
    "libre",
    "released",
    "freed",
    "free",
    "release",
];
const DETAINED: &[&str] = &[
    "detenid*",
    "preso",
    "presa",
    "presos",
    "presas",
    "privad* de libertad",
    "privad* de su libertad",
    "recluid*",
    "encarcelad*",
    "encarcelamiento",
    "en prision",
    "en custodia",
    "arrestad*",
    "aprehendid*",
    "capturad*",
    "secuestrad*",
    "detained",
    "in custody",
    "imprisoned",
    "jailed",
    "arrested",
    "held",
    "in prison",
];

/// Reads a status cell. `None` when nothing in it is a status.
pub fn parse_status(text: &str) -> Option<ListStatus> {
    let f = fold(text);
    // Order matters: "arresto domiciliario" is a release into house arrest, not a
    // detention; "excarcelado con libertad plena" is full.
    if has_any(&f, DECEASED) {
        Some(ListStatus::Deceased)
    } else if has_any(&f, UNKNOWN_WHEREABOUTS) {
        Some(ListStatus::WhereaboutsUnknown)
    } else if has_any(&f, HOUSE_ARREST) {
        Some(released(ReleaseKind::HouseArrest))
    } else if has_any(&f, EXILE) {
        Some(released(ReleaseKind::Exile))
    } else if has_any(&f, FULL) {
        Some(released(ReleaseKind::Full))
    } else if has_any(&f, CONDITIONAL) {
        Some(released(ReleaseKind::Conditional))
    } else if has_any(&f, RELEASED) {
        Some(ListStatus::Released { kind: None })
    } else if has_any(&f, DETAINED) {
        Some(ListStatus::Detained)
    } else {
        None
    }
}

fn released(kind: ReleaseKind) -> ListStatus {
    ListStatus::Released { kind: Some(kind) }
}

/// A yes/no cell: `Some(true)` for sí/x/yes/1, `Some(false)` for no/0.
pub fn parse_yes_no(text: &str) -> Option<bool> {
    let trimmed = text.trim();
    if trimmed.len() > 10 {
        return None;
    }
    match fold(trimmed).as_str() {
        "si" | "s" | "x" | "yes" | "y" | "true" | "verdadero" | "1" => Some(true),
        "no" | "n" | "false" | "falso" | "0" => Some(false),
        _ => None,
    }
}

/// Reads a measures cell into measures; pieces that are not recognised are kept as
/// [`ReleaseMeasure::Other`] with their text. A *grillete* (ankle monitor) marks the
/// house arrest in the same cell; alone, it is kept as `Other` rather than inventing a
/// house arrest.
pub fn parse_measures(text: &str) -> Vec<ReleaseMeasure> {
    let mut measures: Vec<ReleaseMeasure> = Vec::new();
    let mut monitor = false;
    let mut monitor_text = None;
    for piece in split_measures(text) {
        let f = fold(piece);
        if f.is_empty() {
            continue;
        }
        let is_monitor = has_any(&f, &["grillete*", "tobillera*", "monitor*", "ankle*"]);
        let measure = if has_any(&f, HOUSE_ARREST) {
            Some(ReleaseMeasure::HouseArrest {
                electronic_monitor: is_monitor,
            })
        } else if is_monitor {
            monitor = true;
            monitor_text.get_or_insert_with(|| piece.trim().to_owned());
            None
        } else if has_any(
            &f,
            &["presentacion*", "presentarse", "reporting", "report*"],
        ) {
            reporting_days(&f)
                .map(|every_days| ReleaseMeasure::Reporting { every_days })
                .or_else(|| Some(other(piece)))
        } else if has_any(
            &f,
            &[
                "salida del pais",
                "salir del pais",
                "prohibicion de salida",
                "travel ban",
                "leave the country",
            ],
        ) {
            Some(ReleaseMeasure::TravelBan)
        } else if has_any(
            &f,
            &[
                "declarar*",
                "medios*",
                "prensa",
                "redes sociales",
                "gag order",
                "media ban",
                "speak*",
                "media",
            ],
        ) {
            Some(ReleaseMeasure::MediaBan)
        } else if has_any(&f, &["fianza", "caucion", "bail"]) {
            let amount: String = piece
                .trim()
                .trim_start_matches(|c: char| !c.is_ascii_digit())
                .trim()
                .to_owned();
            Some(ReleaseMeasure::Bail {
                amount: (!amount.is_empty()).then_some(amount),
            })
        } else {
            Some(other(piece))
        };
        if let Some(m) = measure
            && !measures.contains(&m)
        {
            measures.push(m);
        }
    }
    if monitor {
        let house = measures
            .iter_mut()
            .find(|m| matches!(m, ReleaseMeasure::HouseArrest { .. }));
        match house {
            Some(house) => {
                *house = ReleaseMeasure::HouseArrest {
                    electronic_monitor: true,
                }
            }
            None => measures.push(ReleaseMeasure::Other {
                text: monitor_text.unwrap_or_else(|| "grillete".to_owned()),
            }),
        }
    }
    measures
}

fn other(piece: &str) -> ReleaseMeasure {
    ReleaseMeasure::Other {
        text: piece.split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

/// Splits a measures cell on ; , / | + newlines and " y "/" and ", but not on a comma
/// between digits ("Bs 1.000,50").
fn split_measures(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(pos, c)) in chars.iter().enumerate() {
        let between_digits = || {
            let before = i.checked_sub(1).and_then(|j| chars.get(j));
            let after = chars.get(i + 1);
            matches!((before, after), (Some((_, b)), Some((_, a))) if b.is_ascii_digit() && a.is_ascii_digit())
        };
        let cut = match c {
            ';' | '/' | '|' | '+' | '\n' | '\r' | '•' => true,
            ',' => !between_digits(),
            _ => false,
        };
        if cut {
            pieces.push(&text[start..pos]);
            start = pos + c.len_utf8();
        }
    }
    pieces.push(&text[start..]);
    pieces
        .into_iter()
        .flat_map(split_conjunctions)
        .filter(|p| !p.trim().is_empty())
        .collect()
}

/// Splits on " y " / " e " / " and " when both sides look like measures, so "prohibición
/// de salida del país y de declarar" stays one piece only if the right side is not one.
fn split_conjunctions(piece: &str) -> Vec<&str> {
    for sep in [" y ", " Y ", " e ", " and ", " AND "] {
        if let Some((left, right)) = piece.split_once(sep) {
            let right_folded = fold(right);
            let looks_like_measure = has_any(
                &right_folded,
                &[
                    "regimen*",
                    "presentacion*",
                    "prohibicion*",
                    "arresto*",
                    "fianza",
                    "caucion",
                    "grillete*",
                    "casa por carcel",
                    "reporting",
                    "travel*",
                    "bail",
                    "house*",
                ],
            );
            if looks_like_measure {
                let mut out = vec![left];
                out.extend(split_conjunctions(right));
                return out;
            }
        }
    }
    vec![piece]
}

/// "cada 30 días" → 30, "semanal" → 7, "quincenal" → 15, "mensual" → 30.
fn reporting_days(folded: &str) -> Option<u32> {
    let words: Vec<&str> = folded.split(' ').collect();
    for (i, w) in words.iter().enumerate() {
        if let Ok(n) = w.parse::<u32>() {
            let unit = words.get(i + 1).copied().unwrap_or("dias");
            let days = match unit {
                "semana" | "semanas" | "week" | "weeks" => n.checked_mul(7),
                "mes" | "meses" | "month" | "months" => n.checked_mul(30),
                _ => Some(n),
            };
            return days.filter(|d| (1..=366).contains(d));
        }
    }
    if has_any(folded, &["diari*", "daily", "todos los dias"]) {
        Some(1)
    } else if has_any(folded, &["semanal*", "weekly", "cada semana"]) {
        Some(7)
    } else if has_any(folded, &["quincenal*", "fortnightly", "cada quince dias"]) {
        Some(15)
    } else if has_any(folded, &["mensual*", "monthly", "cada mes"]) {
        Some(30)
    } else {
        None
    }
}

#[cfg(test)]
mod tests;
