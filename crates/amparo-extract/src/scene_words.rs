//! Words around a leaving that tell what it was: releases or prison told before it (a release),
//! a place or an errand after it (no release).

use crate::text::Doc;

/// Words that take one who left elsewhere than out of prison ("salió el lunes hacia Caracas",
/// "salió en marzo del país").
#[rustfmt::skip]
pub(crate) const GOING: &[&str] = &[
    "hacia", "rumbo", "pais", "venezuela", "exilio", "viaje", "vuelo", "protestar", "marcha",
    "audiencia", "juicio", "hospital", "visita", "visitarlo", "visitarla", "visitarlos", "regreso",
];

/// Words of prison told before, that make a dated leaving a release.
#[rustfmt::skip]
pub(crate) const PRISON: &[&str] = &[
    "preso", "presa", "presos", "presas", "celda", "carcel", "penal", "prision", "detenido",
    "detenida", "detenidos", "calabozo",
];

/// Whether releases were told in the 150 words before `i`.
pub(crate) fn release_scene(doc: &Doc<'_>, i: usize) -> bool {
    (i.saturating_sub(150)..i).any(|k| release_word(doc.f(k)))
}

/// A word of releases (see [`release_scene`]).
pub(crate) fn release_word(w: &str) -> bool {
    w.starts_with("excarcel")
        || w.starts_with("liberad")
        || w.starts_with("liberac")
        || matches!(
            w,
            "freed" | "released" | "releases" | "libertad" | "salieron" | "salio" | "salir"
        )
}
