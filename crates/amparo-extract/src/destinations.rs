//! A move whose destination is withheld: "7. OCHOA GIL, RAMÓN ANTONIO (58 años) – destino
//! desconocido", "Su familia desconoce a dónde lo trasladaron" — whereabouts unknown, a
//! disappearance (the brief of the blind sets: "taken and not acknowledged", a transfer to a place
//! withheld from the family).

use crate::model::EventType::{self, Disappearance};
use crate::triggers::Voice::{self, Passive};

#[rustfmt::skip]
pub(crate) const UNKNOWN_DESTINATION: &[(&str, EventType, Voice)] = &[
    ("destino desconocido", Disappearance, Passive),
    ("desconoce a donde lo trasladaron", Disappearance, Passive),
    ("desconoce a donde la trasladaron", Disappearance, Passive),
    ("desconoce a donde lo llevaron", Disappearance, Passive),
    ("desconoce a donde la llevaron", Disappearance, Passive),
    ("desconocen a donde lo trasladaron", Disappearance, Passive),
    ("desconocen a donde la trasladaron", Disappearance, Passive),
    ("desconocen a donde lo llevaron", Disappearance, Passive),
    ("desconocen a donde la llevaron", Disappearance, Passive),
    ("unknown destination", Disappearance, Passive),
    ("unknown location", Disappearance, Passive),
];
