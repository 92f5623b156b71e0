//! A vehicle that leaves a prison with whoever it carries: no release of its own.

use crate::text::Doc;

/// Vehicles that leave a prison with people inside.
#[rustfmt::skip]
const VEHICLES: &[&str] = &["bus", "buses", "autobus", "autobuses", "van", "convoy", "vehicle",
    "truck", "vehiculo", "camion", "patrulla", "caravana"];

/// Whether a vehicle is named in the three words before token `i` ("A Policía Nacional bus just
/// left Rodeo I"): what leaves is the vehicle, with whoever it carries.
/// ("dos autobuses custodiados por la Guardia Nacional que salieron de la sede del SEBIN": the
/// vehicle a relative "que" leads back to, up to eight words before it.)
pub(crate) fn vehicle_before(doc: &Doc<'_>, i: usize) -> bool {
    let reach = if matches!(doc.f(i.wrapping_sub(1)), "que" | "which" | "that") {
        9
    } else {
        3
    };
    (i.saturating_sub(reach)..i).any(|k| VEHICLES.contains(&doc.f(k)))
}
