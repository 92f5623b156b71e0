//! The words of a custody that holds still as the text is told ("sigue en Tocorón", "quedan
//! adentro", "remains at Rodeo I", "is still there"): detentions as of the publication, kept
//! apart from the other triggers' word list.

use crate::model::EventType::{self, Arrest, Detention, HouseArrest, Release};
use crate::triggers::Voice::{self, Active, Passive};

pub(crate) const HELD_STILL: &[(&str, EventType, Voice)] = &[
    // ("who has been confined to her house since December by order of State Security")
    ("confined to her home", HouseArrest, Passive),
    ("confined to his home", HouseArrest, Passive),
    ("confined to their homes", HouseArrest, Passive),
    ("confined to her house", HouseArrest, Passive),
    ("confined to his house", HouseArrest, Passive),
    ("confined to their houses", HouseArrest, Passive),
    // ("Localizado el 10/09/2026 en Rodeo I": found, held there.)
    ("localizado", Detention, Passive),
    // ("Sarmiento cumple su reclusión en el INOF", "lo tienen en la sede de la DGCIM")
    ("cumple su reclusion", Detention, Passive),
    // ("…, quienes seguirán privados de libertad en el Rodeo I")
    ("seguira privado de libertad", Detention, Passive),
    ("seguira privada de libertad", Detention, Passive),
    ("seguiran privados de libertad", Detention, Passive),
    ("seguiran privadas de libertad", Detention, Passive),
    ("cumplen su reclusion", Detention, Passive),
    // ("sigue cumpliendo su condena de 14 años en la prisión de Guatao": still held there.)
    ("sigue cumpliendo", Detention, Passive),
    ("siguen cumpliendo", Detention, Passive),
    ("is still serving", Detention, Passive),
    ("localizada", Detention, Passive),
    ("localizados", Detention, Passive),
    ("located at", Detention, Passive),
    ("located in", Detention, Passive),
    ("remains at", Detention, Passive),
    ("remain at", Detention, Passive),
    ("remained at", Detention, Passive),
    ("remained in", Detention, Passive),
    ("still at", Detention, Passive),
    ("sigue recluido", Detention, Passive),
    ("sigue recluida", Detention, Passive),
    ("siguen recluidos", Detention, Passive),
    ("siguen recluidas", Detention, Passive),
    ("sigue detenido", Detention, Passive),
    ("sigue detenida", Detention, Passive),
    ("siguen detenidos", Detention, Passive),
    ("siguen detenidas", Detention, Passive),
    ("sigue preso", Detention, Passive),
    ("sigue presa", Detention, Passive),
    ("siguen presos", Detention, Passive),
    ("siguen presas", Detention, Passive),
    ("permanecia en", Detention, Passive),
    ("permanecian en", Detention, Passive),
    ("permanece en", Detention, Passive),
    ("permanecen en", Detention, Passive),
    // ("…pasarán a juicio oral y permanecerán en Rodeo I": a custody that goes on is one that
    // holds now, as "seguirá en" below.)
    ("permanecera en", Detention, Passive),
    ("permaneceran en", Detention, Passive),
    ("sigue en", Detention, Passive),
    ("siguen en", Detention, Passive),
    // ("Aura Farías seguía en el Rodeo I el domingo": held as of that day.)
    ("seguia en", Detention, Passive),
    ("seguia preso", Detention, Passive),
    ("seguia presa", Detention, Passive),
    ("seguia detenido", Detention, Passive),
    ("seguia detenida", Detention, Passive),
    // ("En La Modelo, X compartía celda con otros dos presos políticos, A y B": they are held.)
    ("compartia celda con", Detention, Active),
    ("comparte celda con", Detention, Active),
    ("compartio celda con", Detention, Active),
    ("shared a cell with", Detention, Active),
    ("shares a cell with", Detention, Active),
    // ("…en la prisión de El Guatao. Ahí siguen A y B": still in the prison just named.)
    ("ahi siguen", Detention, Passive),
    ("alli siguen", Detention, Passive),
    ("ahi sigue", Detention, Passive),
    ("alli sigue", Detention, Passive),
    // ("encerrada en el INOF desde hace 18 meses"; see `reread` for "en su casa")
    ("encerrado en", Detention, Passive),
    ("encerrada en", Detention, Passive),
    ("encerrados en", Detention, Passive),
    ("encerradas en", Detention, Passive),
    ("remains in", Detention, Passive),
    // ("located him on Sept. 20 at Zona 7, where he remains", "donde permanece"; see
    // `where_held` for the place before it)
    ("where he remains", Detention, Passive),
    ("where she remains", Detention, Passive),
    ("where they remain", Detention, Passive),
    ("donde permanece", Detention, Passive),
    ("donde permanecen", Detention, Passive),
    // ("hospitalized under police guard")
    ("under police guard", Detention, Passive),
    ("remains there", Detention, Passive),
    ("remain there", Detention, Passive),
    ("remains behind bars", Detention, Passive),
    // ("declined to cross into Lithuania and is now back in Penal Colony No. 13"; not "back in
    // 2019" or "back in Caracas")
    ("back in prison", Detention, Passive),
    ("back in jail", Detention, Passive),
    ("back in custody", Detention, Passive),
    ("back in penal colony", Detention, Passive),
    ("back in the penal colony", Detention, Passive),
    ("back in his cell", Detention, Passive),
    ("back in her cell", Detention, Passive),
    ("de vuelta en prision", Detention, Passive),
    ("de vuelta en la carcel", Detention, Passive),
    ("de vuelta en su celda", Detention, Passive),
    ("remain behind bars", Detention, Passive),
    // ("El ingeniero X escribió esta carta desde su celda": written inside.)
    ("desde su celda", Detention, Passive),
    // ("X is in the punishment cell again", "lo enviaron a una celda de castigo"): a cell
    // inside the prison.
    ("in the punishment cell", Detention, Passive),
    ("in a punishment cell", Detention, Passive),
    ("in solitary confinement", Detention, Passive),
    ("celda de castigo", Detention, Passive),
    ("celdas de castigo", Detention, Passive),
    ("sigue alli", Detention, Passive),
    ("siguen alli", Detention, Passive),
    ("sigue tras las rejas", Detention, Passive),
    ("siguen tras las rejas", Detention, Passive),
    ("remain in", Detention, Passive),
    ("still in", Detention, Passive),
    ("sigue adentro", Detention, Passive),
    // ("Outside the Rodeo I prison … Her son, Daniel Herrera, … remains inside.")
    ("remains inside", Detention, Passive),
    ("remain inside", Detention, Passive),
    ("siguen adentro", Detention, Passive),
    ("sigue dentro", Detention, Passive),
    ("siguen dentro", Detention, Passive),
    ("queda adentro", Detention, Passive),
    ("quedan adentro", Detention, Passive),
    ("quedo adentro", Detention, Passive),
    ("quedaron adentro", Detention, Passive),
    ("siguen alla", Detention, Passive),
    ("sigue alla", Detention, Passive),
    ("sigue ahi", Detention, Passive),
    ("siguen ahi", Detention, Passive),
    ("seguira en", Detention, Passive),
    ("seguiran en", Detention, Passive),
    ("seguira preso", Detention, Passive),
    ("seguira presa", Detention, Passive),
    ("seguiran presos", Detention, Passive),
    ("seguiran presas", Detention, Passive),
    ("seguira detenido", Detention, Passive),
    ("seguira detenida", Detention, Passive),
    ("seguiran detenidos", Detention, Passive),
    ("seguiran detenidas", Detention, Passive),
    ("still inside", Detention, Passive),
    ("is still there", Detention, Passive),
    ("are still there", Detention, Passive),
    ("still there", Detention, Passive),
    ("has been inside", Detention, Passive),
    ("have been inside", Detention, Passive),
    ("had been inside", Detention, Passive),
    ("been inside since", Detention, Passive),
    ("lleva preso", Detention, Passive),
    ("lleva presa", Detention, Passive),
    ("llevan presos", Detention, Passive),
    ("llevan presas", Detention, Passive),
    // (A letter from prison: "El capitán X lleva aquí desde marzo de 2024.")
    ("lleva aqui desde", Detention, Passive),
    ("llevan aqui desde", Detention, Passive),
    // ("el viejo X, que lleva encerrado desde 2019 por un cartel")
    ("lleva encerrado", Detention, Passive),
    ("lleva encerrada", Detention, Passive),
    ("llevan encerrados", Detention, Passive),
    ("sigue encerrado", Detention, Passive),
    ("sigue encerrada", Detention, Passive),
    ("siguen encerrados", Detention, Passive),
    ("continua preso", Detention, Passive),
    ("continua presa", Detention, Passive),
    ("continuan presos", Detention, Passive),
    ("continuan presas", Detention, Passive),
    ("continua detenido", Detention, Passive),
    ("continua detenida", Detention, Passive),
    ("continuan detenidos", Detention, Passive),
    ("continuan detenidas", Detention, Passive),
    ("continua en", Detention, Passive),
    ("continuan en", Detention, Passive),
];

/// Words that stand inside a custody's phrase without changing it: "permanece todavía en",
/// "siguen por ahora en", "remains for now in".
const STILL_WORDS: &[&[&str]] = &[
    // ("Sigue hoy en día bajo régimen de presentación": "hoy en día" whole, no "en" of a place.)
    &["hoy", "en", "dia"],
    &["todavia"],
    &["aun"],
    &["hoy"],
    &["ahora"],
    &["actualmente"],
    &["por", "ahora"],
    &["hasta", "hoy"],
    &["hasta", "ahora"],
    &["still"],
    &["today"],
    &["for", "now"],
    &["to", "this", "day"],
];

/// ("Todos ellos permanecen por ahora en el Rodeo I", "sigue aún en Tocorón"): a phrase of
/// custody with words of "still" inside it, after its first word; the phrase and how many
/// words stand inside it.
pub(crate) fn held_past_still(
    doc: &crate::text::Doc<'_>,
    i: usize,
    to: usize,
) -> Option<(&'static (&'static str, EventType, Voice), usize)> {
    let mut k = i + 1;
    while let Some(w) = STILL_WORDS
        .iter()
        .find(|w| w.iter().enumerate().all(|(j, x)| doc.f(k + j) == *x))
    {
        k += w.len();
    }
    if k == i + 1 {
        return None;
    }
    crate::word_index::by_first_word()
        .get(doc.f(i))?
        .iter()
        .filter(|(words, kind, _)| {
            let rest: Vec<&str> = words.split(' ').skip(1).collect();
            *kind == Detention
                && !rest.is_empty()
                && k + rest.len() <= to
                && rest.iter().enumerate().all(|(j, w)| doc.f(k + j) == *w)
        })
        .max_by_key(|(words, _, _)| words.len())
        .map(|p| (p, k - i - 1))
}

/// "lo tienen en la sede de la DGCIM", "la tienen en El Helicoide": kept at a place of custody
/// (not "lo tienen en la mira"); the end of the verb.
pub(crate) fn kept_at(doc: &crate::text::Doc<'_>, i: usize, to: usize) -> Option<usize> {
    if !matches!(doc.f(i), "lo" | "la" | "los" | "las")
        || doc.f(i + 1) != "tienen"
        || doc.f(i + 2) != "en"
    {
        return None;
    }
    (i + 3..to.min(i + 8))
        .any(|k| {
            crate::custody_phrases::CUSTODY_PLACES.contains(&doc.f(k))
                || matches!(doc.f(k), "sede" | "comandancia" | "policia" | "comando")
        })
        .then_some(i + 2)
}

/// Spoken forms of a release and an arrest: "lo soltaron el martes", "salió libre", "lo
/// pusieron en libertad", "me agarraron", "fue sacado de su casa".
pub(crate) const SPOKEN: &[(&str, EventType, Voice)] = &[
    ("soltaron", Release, Active),
    // ("Me agarraron en la esquina de la panadería", "lo agarraron en la marcha")
    ("agarraron", Arrest, Active),
    ("solto", Release, Active),
    ("soltado", Release, Passive),
    ("soltada", Release, Passive),
    ("soltados", Release, Passive),
    ("soltadas", Release, Passive),
    ("salio libre", Release, Passive),
    ("salieron libres", Release, Passive),
    ("pusieron en libertad", Release, Active),
    ("dejaron en libertad", Release, Active),
    // ("…antes de dejarla ir…", "lo dejaron ir", "antes de que la soltaran")
    ("dejaron ir", Release, Active),
    ("dejarla ir", Release, Active),
    ("dejarlo ir", Release, Active),
    ("dejarlos ir", Release, Active),
    ("dejarlas ir", Release, Active),
    ("soltara", Release, Active),
    ("soltaran", Release, Active),
];

/// Keeps "where he remains", "donde permanece" only after a place of custody (see
/// [`where_held`]), and "who walked out" only of a prison told just before ("Cuba began releasing
/// prisoners… Among those who walked out were A and B"; not "Lawmakers walked out of the
/// session").
pub(crate) fn reread_stays(doc: &crate::text::Doc<'_>, out: &mut Vec<crate::triggers::Trigger>) {
    // ("a Baku court extended by four months the pre-trial detention of X"): a stay in custody
    // before trial, no arrest.
    for t in out.iter_mut().filter(|t| {
        t.kind == crate::model::EventType::Arrest
            && t.voice == crate::triggers::Voice::Nominal
            && doc.f(t.first) == "detention"
            && matches!(
                doc.f(t.first.wrapping_sub(1)),
                "trial" | "pretrial" | "pre-trial" | "preventive"
            )
    }) {
        t.kind = crate::model::EventType::Detention;
    }
    out.retain(|t| {
        let w = doc.f(t.first);
        if doc.f(t.last.wrapping_sub(1)) == "ir" {
            return !crate::let_go::let_go_somewhere(doc, t.last);
        }
        // ("agarraron (preso) a X", "me/lo agarraron": a person grabbed; not "agarraron
        // confianza", "el celular de X".)
        if w == "agarraron" {
            let past = t.last + usize::from(matches!(doc.f(t.last), "preso" | "presa" | "presos"));
            return matches!(doc.f(past), "a" | "al");
        }
        if matches!(w, "where" | "donde") && t.kind == crate::model::EventType::Detention {
            return where_held(doc, t.first);
        }
        if w == "who" && doc.f(t.first + 1) == "walked" {
            return doc.f(t.last) == "of"
                || (t.first.saturating_sub(60)..t.first).any(|k| {
                    matches!(
                        doc.f(k),
                        "prison"
                            | "prisoners"
                            | "jail"
                            | "releasing"
                            | "released"
                            | "freed"
                            | "freeing"
                    )
                });
        }
        true
    });
}

/// Whether "where he remains", "donde permanece" at token `i` follows a place of custody named
/// just before it ("at Zona 7", "al Helicoide", "La Esperanza prison"), not a flight or a home
/// ("huyó a Panamá, donde permanece", "moved to Madrid, where she remains").
pub(crate) fn where_held(doc: &crate::text::Doc<'_>, i: usize) -> bool {
    let before = i.saturating_sub(10)..i;
    let custody = before.clone().any(|k| {
        crate::custody_phrases::CUSTODY_PLACES.contains(&doc.f(k))
            || matches!(
                doc.f(k),
                "helicoide"
                    | "zona"
                    | "rodeo"
                    | "sebin"
                    | "dgcim"
                    | "colony"
                    | "colonia"
                    | "inof"
                    | "detention"
                    | "detencion"
                    | "custody"
                    | "custodia"
                    | "cell"
                    | "celda"
            )
    });
    let away = before.clone().any(|k| {
        matches!(
            doc.f(k),
            "fled"
                | "huyo"
                | "moved"
                | "mudo"
                | "viajo"
                | "regreso"
                | "returned"
                | "home"
                | "casa"
                | "embajada"
                | "embassy"
                | "refugio"
                | "exile"
                | "exilio"
                | "released"
                | "liberada"
                | "liberado"
                | "excarcelado"
                | "excarcelada"
        )
    });
    custody && !away
}

/// "privados de libertad" at token `i` (to `last`) naming people, no custody: a prison's inmates
/// ("la reorganización de la población privada de libertad"), people counted ("liberará a 40
/// privados de libertad") or a tally's heading ("Siguen privadas de libertad: 5.").
pub(crate) fn inmates_noun(
    doc: &crate::text::Doc<'_>,
    i: usize,
    last: usize,
    words: &str,
    prev: &str,
) -> bool {
    let counted =
        doc.is_number(i.wrapping_sub(1)) || crate::counts::number_word(prev).is_some_and(|n| n > 1);
    words.starts_with("privad")
        // ("todos los privados de libertad se encuentran registrados": the noun with its article;
        // not one among them, "una de los privados de libertad en La Esperanza".)
        && (matches!(prev, "poblacion" | "poblaciones")
            || (matches!(prev, "los" | "las")
                && !matches!(doc.f(i.wrapping_sub(2)), "de" | "entre" | "among"))
            || counted
            || (doc.f(last) == ":" && doc.is_number(last + 1)))
}
