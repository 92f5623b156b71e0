//! The words of leaving the country under the state's hand or in its shadow: exile ("se exilió",
//! "desterrados", "forced exile") and expulsion ("deportados", "enviados en un vuelo a Guatemala",
//! "entregados en la frontera"), kept apart from the other triggers' word list.

use crate::model::EventType::{self, Exile, Expulsion};
use crate::triggers::Voice::{self, Active, Nominal, Passive};

pub(crate) const LEAVING: &[(&str, EventType, Voice)] = &[
    ("into exile", Exile, Passive),
    ("for exile", Exile, Passive),
    ("in exile", Exile, Passive),
    ("se exilio", Exile, Passive),
    ("se exiliaron", Exile, Passive),
    ("exiled", Exile, Passive),
    ("forced exile", Exile, Passive),
    ("exilio forzado", Exile, Passive),
    ("exilio forzoso", Exile, Passive),
    ("exiliados", Exile, Passive),
    ("exiliadas", Exile, Passive),
    ("desterrado", Exile, Passive),
    ("desterrada", Exile, Passive),
    ("desterrados", Exile, Passive),
    ("desterradas", Exile, Passive),
    ("destierro", Exile, Passive),
    // ("Nicaragua excarcela y destierra a 19 presos políticos")
    ("destierra a", Exile, Active),
    ("destierran a", Exile, Active),
    ("desterro a", Exile, Active),
    ("desterraron a", Exile, Active),
    ("exiliado", Exile, Passive),
    ("exiliada", Exile, Passive),
    ("al exilio", Exile, Passive),
    ("expelled", Expulsion, Passive),
    ("deported", Expulsion, Passive),
    ("put on flights", Expulsion, Passive),
    ("put on planes", Expulsion, Passive),
    ("put on a flight", Expulsion, Passive),
    ("placed on a flight", Expulsion, Passive),
    // ("driven to the border and handed over", "enviados en un vuelo a Guatemala", "entregados
    // en la frontera"): sent out of the country by the state.
    ("driven to the border", Expulsion, Passive),
    ("driven across the border", Expulsion, Passive),
    ("taken across the border", Expulsion, Passive),
    ("pushed across the border", Expulsion, Passive),
    ("enviados en un vuelo", Expulsion, Passive),
    ("enviadas en un vuelo", Expulsion, Passive),
    ("enviado en un vuelo", Expulsion, Passive),
    ("enviada en un vuelo", Expulsion, Passive),
    ("entregados en la frontera", Expulsion, Passive),
    ("entregado en la frontera", Expulsion, Passive),
    ("entregada en la frontera", Expulsion, Passive),
    ("expulsado", Expulsion, Passive),
    ("expulsada", Expulsion, Passive),
    ("expulsados", Expulsion, Passive),
    ("deportado", Expulsion, Passive),
    ("deportada", Expulsion, Passive),
    ("deportados", Expulsion, Passive),
    ("expulsion de", Expulsion, Nominal),
];

/// ("enviados en un vuelo a Caracas y recluidos en El Rodeo I", "driven to the border town and
/// locked up"): a flight or a drive that ends in custody inside the country sends nobody out.
pub(crate) fn kept_inside(doc: &crate::text::Doc<'_>, words: &str, last: usize, to: usize) -> bool {
    (words.starts_with("enviad") || words.starts_with("driven"))
        && (last..to.min(last + 14)).any(|k| {
            let w = doc.f(k);
            w.starts_with("recluid")
                || w.starts_with("detenid")
                || w.starts_with("carcel")
                || matches!(w, "caracas" | "prison" | "jail" | "locked" | "custody")
        })
}
