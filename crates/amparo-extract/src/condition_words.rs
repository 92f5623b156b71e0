//! The set phrases of release conditions ("régimen de presentación", "barred from leaving",
//! "con la condición de abandonar el país"), kept apart from the reading of them in
//! `release_conditions`.

/// Set phrases that state a release's conditions.
pub(crate) const CONDITION_CUES: &[&str] = &[
    // ("salió con la condición de abandonar el país", "released on condition that he stop
    // practising journalism"; not "spoke on condition of anonymity")
    "con la condicion de",
    // ("con una multa … y la condición de no volver a publicar en redes")
    "la condicion de no",
    "on condition that",
    "on the condition that",
    "ban on speaking",
    "ban on leaving",
    // (Russia's measure: "replaced custody with a \"ban on certain actions\"".)
    "ban on certain actions",
    "prohibicion de determinadas acciones",
    "banned from speaking",
    "commitment not to",
    "medidas de presentacion",
    "medida de presentacion",
    "licencia extrapenal",
    "presentacion every",
    // ("También salieron A y B, mismas condiciones": those told just before, as written.)
    "mismas condiciones",
    "mismas medidas",
    "same conditions",
    "regimen de presentacion",
    "regimen de presentaciones",
    "presentacion periodica",
    "presentaciones periodicas",
    "comparecer cada",
    "reporting requirement",
    "reporting requirements",
    "report regularly",
    "report periodically",
    "periodic reporting",
    "periodic appearances",
    "appear before a judge",
    "appear in court every",
    // (a table's "Conditions" cell: "Court appearance every 30 days")
    "court appearance every",
    "court appearances every",
    "appear before a court",
    "appear before the court",
    "appear before court",
    "appear before the courts",
    "obligation to appear",
    "obligation to report",
    "obligacion de presentarse",
    "reporting obligation",
    "reporting every",
    "reporting regime",
    // ("released Jan 17 with a court-reporting regime": one word, as written.)
    "court-reporting",
    "reporting schedule",
    "libertad condicional",
    "on parole",
    // ("released under police supervision on March 28", "bajo supervisión policial")
    "under police supervision",
    // ("released on 30 October after signing a pledge not to take part in any gatherings")
    "pledge not to",
    "bajo supervision policial",
    "comparecer ante",
    "ir al tribunal cada",
    "firmar ante",
    "firmar cada",
    // ("puesto en libertad con la obligación de firmar semanalmente")
    "obligacion de firmar",
    "firmar semanalmente",
    "firmar mensualmente",
    "prohibicion de enlace",
    "prohibicion de acercarse",
    "prohibicion de reunirse",
    "presentacion cada",
    "presentacion c /",
    "presentaciones c /",
    "presentarse cada",
    "presentarse ante",
    // (told in the first person: "Tengo que presentarme cada 30 días")
    "presentarme cada",
    "presentarme ante",
    "presentarnos cada",
    "have to report",
    "report to",
    "reporting to",
    "report every",
    "report to court",
    "prohibicion de salida",
    "prohibicion de salir",
    "prohibicion de declarar",
    "prohibicion de hablar",
    "prohibicion de dar declaraciones",
    "travel ban",
    "ban on leaving",
    "ban on travel",
    "banned from travelling",
    "banned from traveling",
    "barred from leaving",
    // ("released on Jan. 10 under an order that bars him from leaving Lara state")
    "bars him from",
    "bars her from",
    "bars them from",
    "barring him from",
    "barring her from",
    "barring them from",
    "barred him from leaving",
    "barred her from leaving",
    "barred them from leaving",
    "banned him from leaving",
    "banned her from leaving",
    "prohibited him from leaving",
    "prohibited her from leaving",
    "le prohibio salir",
    "les prohibio salir",
    "prohibicion de salir del pais",
    "tiene prohibido salir",
    "tienen prohibido salir",
    "tiene prohibido declarar",
    "tienen prohibido declarar",
    "banned from leaving",
    "prohibited from leaving",
    "forbidden to leave",
    "may not leave",
    "must not leave",
    "cannot leave",
    "no puede salir",
    "no podra salir",
    "no pueden salir",
    "no podran salir",
    "terms of his release",
    "terms of her release",
    "terms of their release",
    "gag order",
    "barred from speaking",
    "forbidden to speak",
    "banned from speaking",
    "medidas cautelares",
    "medida cautelar",
    "medidas sustitutivas",
    "medida sustitutiva",
    // ("…donde les impusieron medidas": measures a court imposed on them.)
    "impusieron medidas",
    "impuso medidas",
    "on bail",
    "bajo fianza",
    "fianza",
    "bail",
    "electronic monitor",
    "ankle monitor",
    "grillete",
    "under conditions",
    "con condiciones",
    "must appear",
    "must report",
    // ("was granted a 10-day furlough … and must return on 10 December": out for a time.)
    "furlough",
    "must return",
    "have to report",
    "report monthly",
    "report weekly",
    // ("He must surrender his passport and report to police weekly.")
    "surrender his passport",
    "surrender her passport",
    "report to police",
    "debe presentarse",
    "debera presentarse",
    "deberan presentarse",
    "deben presentarse",
    "precautionary measures",
    "restrictions",
    "restricciones",
    "conditions",
];

/// Whether tokens `from..to` tell a release free of conditions: "Released without conditions",
/// "Con libertad plena", "Sin medidas", "unconditionally".
pub(crate) fn told_free(doc: &crate::text::Doc<'_>, from: usize, to: usize) -> bool {
    (from..to).any(|k| {
        (matches!(doc.f(k), "without" | "sin" | "no")
            && matches!(
                doc.f(k + 1),
                "conditions" | "condiciones" | "medidas" | "restrictions" | "restricciones"
            ))
            || (doc.f(k) == "libertad" && doc.f(k + 1) == "plena")
            || (doc.f(k) == "plena" && doc.f(k + 1) == "libertad")
            || matches!(doc.f(k), "unconditionally" | "unconditional")
    })
}

/// A release on condition of leaving the country ("excarcelado con la condición de abandonar el
/// país en 48 horas", "freed on condition that he leave Cuba") is an exile too (the gold sets'
/// convention), of the release's day, unless the person's leaving is told otherwise; a ban on
/// leaving ("prohibición de salir del país", "may not leave the country") is none.
pub(crate) fn exile_on_terms(events: &mut Vec<crate::model::Event>) {
    use crate::model::EventType::{Exile, Expulsion};
    if events.iter().any(|x| matches!(x.kind, Exile | Expulsion)) {
        return;
    }
    let leaving = |c: &str| {
        let c = amparo_text::fold(c);
        [
            "condicion de abandonar",
            "condicion de salir del pais",
            "condition that he leave",
            "condition that she leave",
            "condition that they leave",
            "condition of leaving",
        ]
        .iter()
        .any(|p| c.contains(p))
    };
    let terms = events
        .iter()
        .find(|x| x.conditions.as_deref().is_some_and(leaving))
        .map(|x| (x.date.clone(), x.excerpt.clone(), x.start, x.end));
    if let Some((date, excerpt, start, end)) = terms {
        events.push(crate::model::Event {
            kind: Exile,
            date,
            place: None,
            conditions: None,
            charges: None,
            certainty: None,
            excerpt,
            start,
            end,
        });
    }
}
