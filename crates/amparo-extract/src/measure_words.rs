//! The words of measures named by their nouns, as Cuban and Spanish courts and reports name
//! them ("cumple prisión domiciliaria", "salió con una licencia extrapenal", "quedó en prisión
//! provisional"): house arrest, a conditional release, a custody before trial.

use crate::model::EventType::{self, *};
use crate::triggers::Voice::{self, *};

pub(crate) const MEASURES: &[(&str, EventType, Voice)] = &[
    ("prision domiciliaria", HouseArrest, Passive),
    // ("Un juez dictó el sábado prisión preventiva contra X", "prorrogó la prisión preventiva del
    // periodista X": custody before trial.)
    ("prision preventiva", Detention, Nominal),
    ("reclusion domiciliaria", HouseArrest, Passive),
    // (Nicaragua's "arresto domiciliar", "régimen de convivencia familiar")
    ("arresto domiciliar", HouseArrest, Passive),
    ("regimen de convivencia familiar", HouseArrest, Passive),
    // ("Con convivencia familiar: A y B", a list's group header; "pasó a convivencia familiar")
    ("con convivencia familiar", HouseArrest, Passive),
    ("en convivencia familiar", HouseArrest, Passive),
    ("a convivencia familiar", HouseArrest, Passive),
    ("por convivencia familiar", HouseArrest, Passive),
    ("licencia extrapenal", ConditionalRelease, Passive),
    // ("was granted conditional release on Friday", "granted parole", "released on parole")
    ("granted conditional release", ConditionalRelease, Passive),
    ("granted parole", ConditionalRelease, Passive),
    ("released on parole", ConditionalRelease, Passive),
    // ("A court granted bail on Friday to activist X", "was granted bail")
    ("granted bail", ConditionalRelease, Passive),
    // ("was granted full freedom, with no restrictions", "granted unconditional release")
    ("granted full freedom", Release, Passive),
    ("granted his freedom", Release, Passive),
    ("granted her freedom", Release, Passive),
    ("granted unconditional release", Release, Passive),
    ("full freedom", Release, Passive),
    // ("Last month a judge granted her house arrest": the measure given to the one told of.)
    ("granted her house arrest", HouseArrest, Clitic),
    ("granted him house arrest", HouseArrest, Clitic),
    ("gave her house arrest", HouseArrest, Clitic),
    ("gave him house arrest", HouseArrest, Clitic),
    ("paroled", ConditionalRelease, Passive),
    // ("was finally sent home on medical furlough", "was granted a temporary furlough from
    // Evin"): out for a time, on the prison's terms.
    ("sent home on medical furlough", ConditionalRelease, Passive),
    ("sent home on furlough", ConditionalRelease, Passive),
    ("released on furlough", ConditionalRelease, Passive),
    ("released on medical furlough", ConditionalRelease, Passive),
    ("granted a temporary furlough", ConditionalRelease, Passive),
    ("granted a medical furlough", ConditionalRelease, Passive),
    ("granted furlough", ConditionalRelease, Passive),
    ("granted a furlough", ConditionalRelease, Passive),
    // ("Iran executed protester X early on Tuesday", "fue ejecutado en la prisión de…")
    ("executed", DeathInCustody, Active),
    ("was executed", DeathInCustody, Passive),
    ("were executed", DeathInCustody, Passive),
    ("fue ejecutado", DeathInCustody, Passive),
    ("fue ejecutada", DeathInCustody, Passive),
    ("fueron ejecutados", DeathInCustody, Passive),
    ("ejecutaron a", DeathInCustody, Active),
];

/// Whether a measure is the terms of a release found before it in the same stretch ("was
/// released on February 16 under a \"licencia extrapenal\"", "salió con una licencia
/// extrapenal"), not an event of its own.
pub(crate) fn terms_of_a_release(words: &str, before: &[crate::triggers::Trigger]) -> bool {
    words == "licencia extrapenal"
        && before
            .iter()
            .any(|t| crate::discourse::family(t.kind) == Release)
}
