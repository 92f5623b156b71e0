//! Arrests told by verbs of taking ("picked up", "seized", "took her away", "interceptado por",
//! "retenido", "sacado a la fuerza", "lo sacaron de su casa").

use crate::model::EventType::{self, *};
use crate::triggers::Voice::{self, *};

pub(crate) const TAKING: &[(&str, EventType, Voice)] = &[
    ("picked up", Arrest, Passive),
    ("seized", Arrest, Passive),
    ("taken away", Arrest, Passive),
    // ("who was taken by intelligence agents on 14 June": by the state's agents only, see
    // `trigger_readings::reread`.)
    ("taken by", Arrest, Passive),
    // ("Andrei's wife, X, was also taken in this morning"; not "the photo was taken in Lima")
    ("taken in this", Arrest, Passive),
    ("taken in for", Arrest, Passive),
    ("taken in by", Arrest, Passive),
    ("taken in on", Arrest, Passive),
    ("taken in yesterday", Arrest, Passive),
    ("taken in overnight", Arrest, Passive),
    ("taken in today", Arrest, Passive),
    ("taken in last", Arrest, Passive),
    // ("searched the flat of pensioner X this morning and took her away")
    ("took her away", Arrest, Clitic),
    ("took him away", Arrest, Clitic),
    ("took them away", Arrest, Clitic),
    // ("On May 20 they took away X, the engineer who slept on the bunk above mine")
    ("took away", Arrest, Active),
    // ("was 16 when police picked him up in Barquisimeto", "Masked men took her from her home on
    // Friday night", "dragged him out of his car")
    ("picked him up", Arrest, Clitic),
    ("picked her up", Arrest, Clitic),
    ("picked them up", Arrest, Clitic),
    ("took him from his home", Arrest, Clitic),
    ("took her from her home", Arrest, Clitic),
    ("took them from their homes", Arrest, Clitic),
    ("took him from his house", Arrest, Clitic),
    ("took her from her house", Arrest, Clitic),
    ("dragged him out of", Arrest, Clitic),
    ("dragged her out of", Arrest, Clitic),
    // ("interceptado por una comisión del Sebin", "en un punto de control"): taken by agents.
    ("interceptado por", Arrest, Passive),
    ("interceptada por", Arrest, Passive),
    ("interceptados por", Arrest, Passive),
    ("interceptadas por", Arrest, Passive),
    ("interceptado en", Arrest, Passive),
    ("interceptada en", Arrest, Passive),
    ("interceptados en", Arrest, Passive),
    ("interceptadas en", Arrest, Passive),
    // ("Dos hombres en moto la interceptaron en la avenida", "interceptaron al dirigente X").
    ("lo interceptaron", Arrest, Clitic),
    ("la interceptaron", Arrest, Clitic),
    ("los interceptaron", Arrest, Clitic),
    ("las interceptaron", Arrest, Clitic),
    ("interceptaron a", Arrest, Active),
    ("interceptaron al", Arrest, Active),
    // ("…revisaron la casa y lo montaron en una camioneta sin placas"; not "los subieron a un
    // avión", a banishment's flight, nor "Los montaron en una camioneta rumbo al aeropuerto",
    // those freed.)
    ("lo montaron en una", Arrest, Clitic),
    ("la montaron en una", Arrest, Clitic),
    ("lo subieron a una camioneta", Arrest, Clitic),
    ("la subieron a una camioneta", Arrest, Clitic),
    ("lo subieron a una patrulla", Arrest, Clitic),
    ("la subieron a una patrulla", Arrest, Clitic),
    // ("un grupo de hombres vestidos de civil los obligó a subir a una camioneta sin placas")
    ("los subieron a una camioneta", Arrest, Clitic),
    ("las subieron a una camioneta", Arrest, Clitic),
    ("lo obligaron a subir a una", Arrest, Clitic),
    ("la obligaron a subir a una", Arrest, Clitic),
    ("los obligaron a subir a una", Arrest, Clitic),
    ("las obligaron a subir a una", Arrest, Clitic),
    ("lo obligo a subir a una", Arrest, Clitic),
    ("la obligo a subir a una", Arrest, Clitic),
    ("los obligo a subir a una", Arrest, Clitic),
    ("las obligo a subir a una", Arrest, Clitic),
    // ("fue retenida el lunes durante seis horas", "fueron retenidos allí mismo", "retenido por
    // funcionarios"): a taking, however long; not "El pasaporte de X fue retenido".
    ("retenido", Arrest, Passive),
    ("retenida", Arrest, Passive),
    ("retenidos", Arrest, Passive),
    ("retenidas", Arrest, Passive),
    // ("fue sacado a la fuerza de su vivienda por hombres encapuchados")
    ("sacado a la fuerza", Arrest, Passive),
    ("sacada a la fuerza", Arrest, Passive),
    ("sacados a la fuerza", Arrest, Passive),
    ("sacadas a la fuerza", Arrest, Passive),
    // ("Los hermanos A y B fueron sacados de su casa el viernes por hombres armados")
    ("sacado de su casa", Arrest, Passive),
    ("sacada de su casa", Arrest, Passive),
    ("sacados de su casa", Arrest, Passive),
    // ("fue sacado de su vivienda en Guarenas por hombres encapuchados")
    ("sacado de su vivienda", Arrest, Passive),
    ("sacada de su vivienda", Arrest, Passive),
    ("sacados de su vivienda", Arrest, Passive),
    ("sacadas de su vivienda", Arrest, Passive),
    ("sacado de su residencia", Arrest, Passive),
    ("sacada de su residencia", Arrest, Passive),
    ("sacado de su hogar", Arrest, Passive),
    ("sacada de su hogar", Arrest, Passive),
    // ("was seen being pushed into a police pickup after Sunday Mass")
    ("pushed into a police", Arrest, Passive),
    ("forced into a police", Arrest, Passive),
    ("bundled into a police", Arrest, Passive),
    ("shoved into a police", Arrest, Passive),
    // ("was pulled from the crowd … and pushed into an unmarked grey van")
    ("pushed into an unmarked", Arrest, Passive),
    ("forced into an unmarked", Arrest, Passive),
    ("bundled into an unmarked", Arrest, Passive),
    ("bundled into a van", Arrest, Passive),
    // ("Tenía 17 años cuando lo sacaron de su casa", "lo sacaron de su apartamento", "lo sacan")
    ("lo sacaron de su casa", Arrest, Clitic),
    ("la sacaron de su casa", Arrest, Clitic),
    ("los sacaron de su casa", Arrest, Clitic),
    ("las sacaron de su casa", Arrest, Clitic),
    ("lo sacaron de su apartamento", Arrest, Clitic),
    ("la sacaron de su apartamento", Arrest, Clitic),
    ("lo sacaron de su vivienda", Arrest, Clitic),
    ("la sacaron de su vivienda", Arrest, Clitic),
    ("lo sacan de su casa", Arrest, Clitic),
    ("lo sacan de su vivienda", Arrest, Clitic),
    ("la sacan de su vivienda", Arrest, Clitic),
    ("la sacan de su casa", Arrest, Clitic),
    ("sacadas de su casa", Arrest, Passive),
    ("sacados de sus casas", Arrest, Passive),
    // ("retuvieron al periodista X"; not "le retuvieron el pasaporte").
    ("retuvieron a", Arrest, Active),
    ("retuvieron al", Arrest, Active),
    ("retuvo a", Arrest, Active),
    ("retuvo al", Arrest, Active),
];

/// ("fue sacado anoche de nuestra casa en Petare por hombres encapuchados", "lo sacaron de
/// madrugada de la casa de su madre"): taken from a home with a time told between the verb and
/// the home (the word list holds the phrases with none); the end of the phrase and its voice.
pub(crate) fn taken_from_home(
    doc: &crate::text::Doc<'_>,
    i: usize,
    to: usize,
) -> Option<(usize, crate::triggers::Voice)> {
    use crate::triggers::Voice;
    let w = doc.f(i);
    let voice = if matches!(w, "sacado" | "sacada" | "sacados" | "sacadas") {
        Voice::Passive
    } else if matches!(w, "sacaron" | "sacan")
        && matches!(doc.f(i.wrapping_sub(1)), "lo" | "la" | "los" | "las")
    {
        Voice::Clitic
    } else {
        return None;
    };
    // The time between: "anoche", "de madrugada", "el sábado", "a la fuerza" (up to four words).
    let de = (i + 2..to.min(i + 6)).find(|&k| doc.f(k) == "de" && home_at(doc, k + 1))?;
    let between = (i + 1..de).all(|k| {
        let f = doc.f(k);
        doc.tokens[k].kind == crate::text::TokenKind::Word
            && !matches!(f, "y" | "e" | "que" | "por")
    });
    (between
        // (Taken by the state's agents or armed men, not by paramedics or firefighters.)
        && (de + 3..to.min(de + 12)).any(|k| {
                doc.f(k) == "por" && (by_agents(doc, k + 1, to) || matches!(doc.f(k + 1), "hombres" | "encapuchados" | "sujetos"))
            }))
    .then_some((de + 3, voice))
}

/// A home after "de" at token `k`: "su casa", "nuestra casa", "la casa de su madre", "su
/// vivienda".
fn home_at(doc: &crate::text::Doc<'_>, k: usize) -> bool {
    matches!(
        doc.f(k),
        "su" | "sus" | "nuestra" | "nuestro" | "mi" | "la" | "el"
    ) && matches!(
        doc.f(k + 1),
        "casa" | "casas" | "vivienda" | "hogar" | "residencia" | "apartamento" | "habitacion"
    )
}

/// ("who was taken by intelligence agents on 14 June"): whether the words at `k` name the
/// state's agents or armed men as the ones who took (not "taken by the court").
pub(crate) fn by_agents(doc: &crate::text::Doc<'_>, k: usize, to: usize) -> bool {
    (k..to.min(k + 4)).any(|j| {
        AGENTS.contains(&doc.f(j))
            || matches!(
                doc.f(j),
                "men" | "gunmen" | "soldiers" | "forces" | "security"
            )
    })
}

/// Words of the state's agents, who take people away ("se lo llevó la DGCIM", "interceptado
/// por una comisión del Sebin"), not a football club or thieves.
pub(crate) const AGENTS: &[&str] = &[
    "dgcim",
    "sebin",
    "pnb",
    "gnb",
    "cicpc",
    "policia",
    "police",
    "funcionarios",
    "agentes",
    "agents",
    "officers",
    "encapuchados",
    "comision",
    "militares",
    "guardia",
    "contrainteligencia",
    "inteligencia",
    "fiscalia",
    "conas",
    "faes",
    // ("a quien Migración deportó a su país", "a quien las autoridades liberaron")
    "migracion",
    "inmigracion",
    "autoridades",
    "regimen",
    "gobierno",
    "seguridad",
    // ("interceptados en un punto de control de la autopista", "at a checkpoint")
    "alcabala",
    "control",
    "checkpoint",
];

/// One taken by "se llevaron" (`words`, ending before token `last`; the sentence to `to`) out
/// of a cell, or a cellmate taken: a move, no arrest ("Ayer se llevaron a Tocorón a X, mi
/// compañero de celda", "A él se lo llevaron de la celda en diciembre", "a Julio se lo llevaron
/// a Tocorón en diciembre"). (A penitentiary, where no one is taken from home: "se lo llevaron
/// al Helicoide", "a la DGCIM" are told of arrests as often.)
pub(crate) fn taken_from_cell(
    doc: &crate::text::Doc<'_>,
    words: &str,
    last: usize,
    to: usize,
) -> bool {
    words.starts_with("se l")
        && words.ends_with("llevaron")
        && ((last..to.min(last + 4)).any(|k| {
            matches!(
                doc.f(k),
                "tocoron" | "tocuyito" | "rodeo" | "yare" | "uribana" | "penal" | "penitenciario"
            ) && matches!(doc.f(k - 1), "a" | "al")
        }) || (last..to.min(last + 4)).any(|k| {
            matches!(doc.f(k), "celda" | "calabozo")
                && (doc.f(k - 1) == "del"
                    || (matches!(doc.f(k - 1), "la" | "su") && doc.f(k.wrapping_sub(2)) == "de"))
        }) || doc.sentence_at(last.saturating_sub(1)).is_some_and(|s| {
            (s.first..s.last).any(|k| {
                matches!(doc.f(k), "companero" | "companera" | "companeros")
                    && doc.f(k + 1) == "de"
                    && matches!(doc.f(k + 2), "celda" | "calabozo")
            })
        }))
}

/// Words of a taking or a holding that, read with the words around them, tell none: things
/// carried off ("revisaron los teléfonos de X y se los llevaron"), a right or a seat taken away
/// ("took away lawyer X's licence"), a cell or a hospital left for an hour ("is let out of his
/// cell for one hour a day", "was let out of hospital"), shut in at home or an embassy ("siguen
/// encerrados en la residencia de la embajada", "lleva encerrada en su casa").
pub(crate) fn no_taking(
    doc: &crate::text::Doc<'_>,
    t: &crate::triggers::Trigger,
    from: usize,
    to: usize,
) -> bool {
    let f = doc.f(t.first);
    let after =
        |n: usize, words: &[&str]| (t.last..to.min(t.last + n)).any(|k| words.contains(&doc.f(k)));
    let carried = f == "se"
        && matches!(doc.f(t.first + 1), "lo" | "la" | "los" | "las")
        && doc.f(t.last.wrapping_sub(1)) == "llevaron"
        && (from..t.first).any(|k| CARRIED.contains(&doc.f(k)));
    let right = f == "took"
        && doc.f(t.first + 1) == "away"
        && (t.last..to.min(t.last + 6)).any(|k| doc.f(k) == "'" && doc.f(k + 1) == "s");
    let let_out = f == "let" && after(4, &["cell", "celda", "hospital", "clinic"]);
    let shut_in = f.starts_with("encerrad") || doc.f(t.first + 1).starts_with("encerrad");
    let at_home = shut_in
        && after(
            8,
            &["casa", "embajada", "residencia", "asilo", "home", "embassy"],
        );
    // ("los subieron a una camioneta para llevarlos al hotel", "…rumbo al aeropuerto", "…hasta
    // su casa"): a ride, no taking.
    let verb = doc.f(t.first + 1);
    // (Not where it ends in custody: "…rumbo al aeropuerto, donde quedó detenida".)
    const TRIP: &[&str] = &["hotel", "aeropuerto", "hospital", "clinica", "terminal"];
    let held_there = after(24, &["quedo", "quedaron"]);
    let ride = matches!(verb, "subieron" | "obligaron" | "obligo" | "montaron")
        && !held_there
        && (after(14, TRIP)
            // (Home, not "frente a su casa", where the arrests are.)
            || (t.last..to.min(t.last + 14)).any(|k| {
                matches!(doc.f(k), "casa" | "hogar")
                    && matches!(doc.f(k.wrapping_sub(2)), "a" | "hasta")
                    && doc.f(k.wrapping_sub(3)) != "frente"
            }));
    carried || right || let_out || at_home || ride
}

/// Things carried off in a search, not people ("los teléfonos", "las computadoras").
#[rustfmt::skip]
const CARRIED: &[&str] = &[
    "telefonos", "telefono", "celulares", "computadoras", "computadora", "laptop", "laptops",
    "documentos", "pasaportes", "pasaporte", "equipos", "camaras", "discos", "libros",
    "carteles", "pancartas", "banderas", "phones", "computers", "documents", "passports",
];
