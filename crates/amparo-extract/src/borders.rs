//! Borders a prisoner is taken to or handed over at: "driven to the Lithuanian border",
//! "hasta la frontera", "to the Simón Bolívar international bridge", "entregados en el puente",
//! "handed over to Colombian migration officers" (moved out of `leaving_words`).

use crate::leaving_words::kept_inside;
use crate::text::Doc;

/// "driven under KGB escort to the Lithuanian border", "conducidos en autobuses hasta la frontera
/// con Colombia": driven or escorted up to a border (a few words between) is sent out of the
/// country; the end of the phrase. Not near it ("cerca de la frontera"), nor when the drive ends
/// in custody ("driven to the border town and locked up").
pub(crate) fn driven_to_border(doc: &Doc<'_>, i: usize, to: usize) -> Option<usize> {
    let w = doc.f(i);
    let driven = matches!(
        w,
        // ("…and drove 14 of them across the border into Lithuania")
        "driven" | "escorted" | "bused" | "bussed" | "transported" | "drove" | "walked"
    ) || (matches!(w, "llevo" | "llevaron")
        && matches!(doc.f(i.wrapping_sub(1)), "lo" | "la" | "los" | "las")
        && matches!(doc.f(i.wrapping_sub(2)), "y" | "e"))
        || ["conducid", "escoltad", "llevad"]
            .iter()
            .any(|p| w.starts_with(p));
    if !driven {
        return None;
    }
    // ("driven in buses, under guard, to the border": past an aside between two commas; "drove
    // them in a convoy of buses to the Lithuanian border": a long way.)
    let aside = || {
        let commas: Vec<usize> = (i + 1..to.min(i + 8))
            .filter(|&k| doc.f(k) == ",")
            .collect();
        // (The border after the aside: not "driven to Akrestsina, held there, and … to the
        // border".)
        match commas.as_slice() {
            [a, b] if b - a <= 4 && !(i + 1..*a).any(|k| matches!(doc.f(k), "to" | "a" | "al")) => {
                up_to_border(doc, b + 1, to.min(b + 6), true)
            }
            _ => None,
        }
    };
    let border = up_to_border(doc, i + 1, to.min(i + 12), true).or_else(aside)?;
    (!kept_inside(doc, "driven", border, to)).then_some(border + 1)
}

/// The border a phrase from `from` (before `to`, within its clause) takes someone up to:
/// "hasta la frontera", "to the Lithuanian border", not "cerca de la frontera"; the border's
/// token. `comma_ends` stops at a comma too.
pub(crate) fn up_to_border(
    doc: &Doc<'_>,
    from: usize,
    to: usize,
    comma_ends: bool,
) -> Option<usize> {
    (from..to)
        .take_while(|&k| !(matches!(doc.f(k), "." | ";") || (comma_ends && doc.f(k) == ",")))
        .find(|&k| {
            border_word(doc, k)
                // ("escorted back to the Costa Rican side", "al lado colombiano")
                || (doc.f(k) == "side" && doc.tokens[k - 1].capitalised)
                || (doc.f(k) == "lado" && !crate::lexicon::nationalities(doc.f(k + 1)).is_empty())
                // ("to the Simón Bolívar international bridge", "al puente internacional", "to
                // the Paraguachón crossing": a border's crossing by its kind or its name.)
                || (doc.f(k) == "bridge" && doc.f(k - 1) == "international")
                || (doc.f(k) == "puente" && doc.f(k + 1) == "internacional")
                || (matches!(doc.f(k), "crossing" | "checkpoint") && doc.tokens[k - 1].capitalised)
        })
        .filter(|&b| {
            // ("to the Costa Rican border": a country of two words between; "to the Simón
            // Bolívar international bridge", three.)
            (b.saturating_sub(5)..b)
                .any(|k| matches!(doc.f(k), "hasta" | "a" | "al" | "to" | "across"))
                && !(b.saturating_sub(3)..b).any(|k| matches!(doc.f(k), "cerca" | "near"))
        })
}

/// Whether token `k` names a border: "frontera", "border", a crossing's "paso fronterizo" ("hasta
/// el paso fronterizo de Medininkai").
pub(crate) fn border_word(doc: &Doc<'_>, k: usize) -> bool {
    matches!(doc.f(k), "frontera" | "border")
        || (matches!(doc.f(k), "fronterizo" | "fronteriza")
            && matches!(doc.f(k.wrapping_sub(1)), "paso" | "puesto" | "cruce"))
}

/// Words of a border a prisoner is handed over at.
#[rustfmt::skip]
const BORDER: &[&str] = &[
    "puente", "frontera", "bridge", "border", "crossing", "migracion", "migration",
    // ("entregado a las autoridades de su país en el puesto fronterizo de Peñas Blancas",
    // "a las autoridades migratorias de Colombia", "entregado a los diplomáticos de su país al
    // otro lado de la barrera")
    "fronterizo", "fronteriza", "migratorias", "migratoria", "barrera", "checkpoint",
];

/// Words of a consul a prisoner is handed to.
const CONSUL: &[&str] = &["consul", "consulado", "consulate", "consular"];

/// Those a freed foreigner is handed to besides a consul ("handed to a State Department
/// delegation", "entregados a la embajada"): their own country's envoys.
const ENVOYS: &[&str] = &[
    "consuls",
    "delegation",
    "delegacion",
    "embassy",
    "embajada",
    "envoy",
    "envoys",
];

/// "fueron entregados el domingo en el puente Simón Bolívar", "handed over at the border": given
/// back across a border, and not to a consul, sent out of the country too.
pub(crate) fn handed_over_at_border(doc: &Doc<'_>, i: usize, to: usize) -> bool {
    // ("handed over to Colombian officials at the Simón Bolívar International Bridge": a
    // bridge's long name between; "a los diplomáticos de su país al otro lado de la barrera".)
    let near = i + 1..to.min(i + 14);
    handed_over(doc, i, to).is_some()
        && near.clone().any(|k| BORDER.contains(&doc.f(k)))
        && !near.clone().any(|k| CONSUL.contains(&doc.f(k)))
        && !driven_before(doc, i)
}

/// ("were driven to the Simón Bolívar International Bridge and handed over on Monday"): a
/// leaving told just before, which the handing over ends.
fn driven_before(doc: &Doc<'_>, i: usize) -> bool {
    (i.saturating_sub(10)..i).any(|k| {
        matches!(
            doc.f(k),
            "driven" | "taken" | "escorted" | "expelled" | "deported"
        )
    })
}

/// "fueron entregados el domingo en el puente Simón Bolívar", "handed over at the border",
/// "entregados al cónsul": given back across a border or to a consul, a release — not handed
/// to the state's agents ("handed over at the border to SEBIN agents" is a custody taken).
pub(crate) fn handed_over(doc: &Doc<'_>, i: usize, to: usize) -> Option<usize> {
    let handed = matches!(
        doc.f(i),
        "entregado" | "entregada" | "entregados" | "entregadas" | "entregaron"
    ) || (doc.f(i) == "handed"
        // ("was also freed and handed to Polish border guards at the Terespol crossing"; not
        // after the leaving it ends, told already: "driven to the border and handed to
        // Colombian migration officials".)
        && (doc.f(i + 1) == "over"
            || (matches!(doc.f(i + 1), "to" | "back") && !driven_before(doc, i))
            || (matches!(doc.f(i + 1), "them" | "him" | "her") && doc.f(i + 2) == "over")));
    let near = i + 1..to.min(i + 14);
    let to_agents = near.clone().any(|k| {
        matches!(
            doc.f(k),
            "sebin"
                | "dgcim"
                | "pnb"
                | "gnb"
                | "cicpc"
                | "policia"
                | "police"
                | "agents"
                | "agentes"
        )
    });
    (handed
        && !to_agents
        && near.clone().any(|k| {
            BORDER.contains(&doc.f(k)) || CONSUL.contains(&doc.f(k)) || ENVOYS.contains(&doc.f(k))
        }))
    .then_some(i + 1)
}
