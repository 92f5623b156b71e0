//! The words of a disappearance: whereabouts unknown or denied ("se desconoce su paradero",
//! "whereabouts remain unknown", "su familia no sabe dónde está"), kept apart from the other
//! triggers' word list.

use crate::model::EventType::{self, Disappearance};
use crate::triggers::Voice::{self, Nominal, Passive};

pub(crate) const WHEREABOUTS: &[(&str, EventType, Voice)] = &[
    ("desaparicion forzada", Disappearance, Nominal),
    ("whereabouts of", Disappearance, Nominal),
    ("forcibly disappeared", Disappearance, Passive),
    ("disappeared", Disappearance, Passive),
    ("whereabouts are unknown", Disappearance, Passive),
    ("whereabouts remain unknown", Disappearance, Passive),
    // ("has not been seen since his arrest", "no ha sido visto desde su detención")
    ("not been seen since", Disappearance, Passive),
    ("not been heard from since", Disappearance, Passive),
    ("no ha sido visto desde", Disappearance, Passive),
    ("no ha sido vista desde", Disappearance, Passive),
    ("no se sabe nada de el desde", Disappearance, Passive),
    ("no se sabe nada de ella desde", Disappearance, Passive),
    ("desaparecido", Disappearance, Passive),
    ("desaparecida", Disappearance, Passive),
    ("desaparecidos", Disappearance, Passive),
    ("desaparicion forzada de", Disappearance, Nominal),
    ("paradero desconocido", Disappearance, Passive),
    ("nadie sabe donde esta", Disappearance, Passive),
    ("nadie sabe donde lo tienen", Disappearance, Passive),
    ("nadie sabe donde la tienen", Disappearance, Passive),
    ("sin paradero", Disappearance, Passive),
    ("sin paradero conocido", Disappearance, Passive),
    ("whereabouts unknown", Disappearance, Passive),
    ("se desconoce el paradero de", Disappearance, Nominal),
    ("desconoce su paradero", Disappearance, Passive),
    ("desconocen su paradero", Disappearance, Passive),
    ("desconoce el paradero de", Disappearance, Nominal),
    ("no sabe donde esta", Disappearance, Passive),
    ("no saben donde esta", Disappearance, Passive),
    ("no sabemos donde esta", Disappearance, Passive),
    ("cuyo paradero", Disappearance, Passive),
    ("paradero se desconoce", Disappearance, Passive),
    ("se desconoce su paradero", Disappearance, Passive),
    ("se desconocia su paradero", Disappearance, Passive),
    ("desconocia su paradero", Disappearance, Passive),
    ("desconocian su paradero", Disappearance, Passive),
    ("se desconocia el paradero de", Disappearance, Nominal),
];
