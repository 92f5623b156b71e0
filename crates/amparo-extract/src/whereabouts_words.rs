//! The words of a disappearance: whereabouts unknown or denied ("se desconoce su paradero",
//! "whereabouts remain unknown", "su familia no sabe dónde está"), kept apart from the other
//! triggers' word list.

use crate::model::EventType::{self, Disappearance};
use crate::text::Doc;
use crate::triggers::Voice::{self, Active, Clitic, Nominal, Passive};

pub(crate) const WHEREABOUTS: &[(&str, EventType, Voice)] = &[
    ("desaparicion forzada", Disappearance, Nominal),
    ("whereabouts of", Disappearance, Nominal),
    // ("the arbitrary arrest and subsequent enforced disappearance of X")
    ("enforced disappearance of", Disappearance, Nominal),
    ("forced disappearance of", Disappearance, Nominal),
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
    // ("en todos los despachos niegan tenerlo", "authorities have not acknowledged holding
    // her", "seguimos sin saber dónde están"): custody denied, whereabouts unknown.
    ("niegan tenerlo", Disappearance, Clitic),
    ("niegan tenerla", Disappearance, Clitic),
    ("niegan tenerlos", Disappearance, Clitic),
    ("niega tenerlo", Disappearance, Clitic),
    ("niega tenerla", Disappearance, Clitic),
    ("negaron tenerlo", Disappearance, Clitic),
    ("negaron tenerla", Disappearance, Clitic),
    // ("the authorities have not disclosed his fate or whereabouts": see `unknown_indeed`.)
    ("disclosed his fate", Disappearance, Clitic),
    ("disclosed her fate", Disappearance, Clitic),
    ("disclosed his whereabouts", Disappearance, Clitic),
    ("disclosed her whereabouts", Disappearance, Clitic),
    // ("no authority has acknowledged holding him": see `unknown_indeed`.)
    ("acknowledged holding him", Disappearance, Clitic),
    ("acknowledged holding her", Disappearance, Clitic),
    ("acknowledge holding him", Disappearance, Clitic),
    ("acknowledge holding her", Disappearance, Clitic),
    // ("no institution has since confirmed holding him")
    ("confirmed holding him", Disappearance, Clitic),
    ("confirmed holding her", Disappearance, Clitic),
    ("admitted holding him", Disappearance, Clitic),
    ("admitted holding her", Disappearance, Clitic),
    // ("Authorities have not acknowledged holding X")
    ("acknowledged holding", Disappearance, Active),
    ("acknowledge holding", Disappearance, Active),
    // ("ninguna autoridad ha reconocido tenerlo bajo custodia")
    ("reconocido tenerlo bajo custodia", Disappearance, Clitic),
    ("reconocido tenerla bajo custodia", Disappearance, Clitic),
    ("reconocido tenerlo", Disappearance, Clitic),
    ("reconocido tenerla", Disappearance, Clitic),
    // ("Ningún organismo reconoce tenerla bajo custodia": see `unknown_indeed`.)
    ("reconoce tenerla bajo custodia", Disappearance, Clitic),
    ("reconoce tenerlo bajo custodia", Disappearance, Clitic),
    ("reconoce tenerla", Disappearance, Clitic),
    ("reconoce tenerlo", Disappearance, Clitic),
    ("reconocen tenerla", Disappearance, Clitic),
    ("reconocen tenerlo", Disappearance, Clitic),
    ("not acknowledged holding him", Disappearance, Clitic),
    ("not acknowledged holding her", Disappearance, Clitic),
    ("not acknowledged holding them", Disappearance, Clitic),
    ("denied holding him", Disappearance, Clitic),
    ("denied holding her", Disappearance, Clitic),
    ("denied holding them", Disappearance, Clitic),
    ("deny holding him", Disappearance, Clitic),
    ("deny holding her", Disappearance, Clitic),
    ("deny holding them", Disappearance, Clitic),
    ("denies holding him", Disappearance, Clitic),
    ("denies holding her", Disappearance, Clitic),
    ("no sabe donde lo tienen", Disappearance, Passive),
    ("no sabe donde la tienen", Disappearance, Passive),
    ("no saben donde lo tienen", Disappearance, Passive),
    ("no saben donde la tienen", Disappearance, Passive),
    ("sin saber donde esta", Disappearance, Passive),
    ("sin saber donde estan", Disappearance, Passive),
    ("no sabemos donde estan", Disappearance, Passive),
    ("no saben donde estan", Disappearance, Passive),
    ("desaparecido", Disappearance, Passive),
    ("desaparecida", Disappearance, Passive),
    ("desaparecidos", Disappearance, Passive),
    ("desaparecidas", Disappearance, Passive),
    ("desaparicion forzada de", Disappearance, Nominal),
    ("paradero desconocido", Disappearance, Passive),
    ("nadie sabe donde esta", Disappearance, Passive),
    ("nadie le dice donde esta", Disappearance, Passive),
    ("nadie nos dice donde esta", Disappearance, Passive),
    ("nadie sabe donde lo tienen", Disappearance, Passive),
    ("nadie sabe donde la tienen", Disappearance, Passive),
    ("sin paradero", Disappearance, Passive),
    ("sin paradero conocido", Disappearance, Passive),
    ("whereabouts unknown", Disappearance, Passive),
    ("se desconoce el paradero de", Disappearance, Nominal),
    // ("se desconoce el paradero del pastor X")
    ("se desconoce el paradero del", Disappearance, Nominal),
    ("desconoce el paradero del", Disappearance, Nominal),
    ("sin conocerse el paradero del", Disappearance, Nominal),
    ("se desconocia el paradero del", Disappearance, Nominal),
    // ("Continúa sin conocerse el paradero de X")
    ("sin conocerse el paradero de", Disappearance, Nominal),
    ("desconoce su paradero", Disappearance, Passive),
    ("desconocen su paradero", Disappearance, Passive),
    ("desconoce el paradero de", Disappearance, Nominal),
    ("no sabe donde esta", Disappearance, Passive),
    // ("…fue capturado el jueves y desde entonces no se sabe dónde está")
    ("no se sabe donde esta", Disappearance, Passive),
    ("no se sabe donde estan", Disappearance, Passive),
    ("no saben donde esta", Disappearance, Passive),
    ("no sabemos donde esta", Disappearance, Passive),
    ("cuyo paradero", Disappearance, Passive),
    ("paradero se desconoce", Disappearance, Passive),
    ("se desconoce su paradero", Disappearance, Passive),
    ("se desconocia su paradero", Disappearance, Passive),
    ("desconocia su paradero", Disappearance, Passive),
    ("desconocian su paradero", Disappearance, Passive),
    ("se desconocia el paradero de", Disappearance, Nominal),
    // ("Su paradero sigue siendo desconocido", "su paradero aún es desconocido")
    (
        "su paradero sigue siendo desconocido",
        Disappearance,
        Passive,
    ),
    ("su paradero sigue desconocido", Disappearance, Passive),
    ("su paradero es desconocido", Disappearance, Passive),
    ("su paradero aun es desconocido", Disappearance, Passive),
    (
        "su paradero continua siendo desconocido",
        Disappearance,
        Passive,
    ),
    ("his whereabouts are still unknown", Disappearance, Passive),
    ("her whereabouts are still unknown", Disappearance, Passive),
    ("whereabouts are still unknown", Disappearance, Passive),
    ("his whereabouts remain unclear", Disappearance, Passive),
    ("her whereabouts remain unclear", Disappearance, Passive),
    // ("his whereabouts have been unknown since his arrest", "were unknown for 24 hours")
    ("whereabouts have been unknown", Disappearance, Passive),
    ("whereabouts had been unknown", Disappearance, Passive),
    ("whereabouts were unknown", Disappearance, Passive),
    ("whereabouts is unknown", Disappearance, Passive),
    ("where he is now is unknown", Disappearance, Clitic),
    ("where she is now is unknown", Disappearance, Clitic),
    // ("his family had no idea where she was", "still doesn't know where he is")
    ("no idea where he was", Disappearance, Passive),
    ("no idea where she was", Disappearance, Passive),
    ("no idea where he is", Disappearance, Passive),
    ("no idea where she is", Disappearance, Passive),
    ("know where he is", Disappearance, Clitic),
    ("know where she is", Disappearance, Clitic),
    // ("Their families have not been told where they are held")
    ("told where he is", Disappearance, Clitic),
    ("told where she is", Disappearance, Clitic),
    ("told where they are being held", Disappearance, Passive),
    ("told where they are held", Disappearance, Passive),
    ("told where they are", Disappearance, Passive),
    ("tell her family where she is", Disappearance, Clitic),
    ("tell his family where he is", Disappearance, Clitic),
    // ("A esta hora desconocemos su paradero", "De X no se conoce el paradero")
    ("desconocemos su paradero", Disappearance, Passive),
    ("no se conoce el paradero", Disappearance, Passive),
    ("no se conoce su paradero", Disappearance, Passive),
    ("no sabemos donde lo tienen", Disappearance, Passive),
    ("no sabemos donde la tienen", Disappearance, Passive),
    // ("nadie le informa a dónde lo llevaron", "No dijeron adónde lo llevaban")
    // ("the family has not been able to find him in any jail", "no han podido ubicarlo")
    ("not been able to find him", Disappearance, Clitic),
    ("not been able to find her", Disappearance, Clitic),
    ("unable to find him", Disappearance, Clitic),
    ("unable to find her", Disappearance, Clitic),
    ("no han podido ubicarlo", Disappearance, Clitic),
    ("no han podido ubicarla", Disappearance, Clitic),
    ("no han podido encontrarlo", Disappearance, Clitic),
    ("no han podido encontrarla", Disappearance, Clitic),
    // (The denial told with them, which is the disappearance itself.)
    (
        "nadie le informa a donde lo llevaron",
        Disappearance,
        Clitic,
    ),
    (
        "nadie le informa a donde la llevaron",
        Disappearance,
        Clitic,
    ),
    ("nadie le dice a donde lo llevaron", Disappearance, Clitic),
    ("nadie le dice a donde la llevaron", Disappearance, Clitic),
    ("no dijeron adonde lo llevaban", Disappearance, Clitic),
    ("no dijeron adonde la llevaban", Disappearance, Clitic),
    ("no dijeron a donde lo llevaban", Disappearance, Clitic),
    ("no dijeron a donde la llevaban", Disappearance, Clitic),
    // ("whose whereabouts his family still does not know", "de quien no se tienen noticias
    // desde su detención", "desde entonces no se tienen noticias de ella").
    ("whose whereabouts", Disappearance, Passive),
    // (Custody acknowledged by no one: "Ningún organismo reconoce la detención", "las
    // autoridades no han reconocido su detención", "Police have not acknowledged his
    // detention", "Ningún cuerpo policial admite tenerla"; see `unknown_indeed`.)
    ("reconoce la detencion", Disappearance, Clitic),
    ("reconoce su detencion", Disappearance, Clitic),
    ("reconocen su detencion", Disappearance, Clitic),
    ("reconocido su detencion", Disappearance, Clitic),
    ("reconocido la detencion", Disappearance, Clitic),
    ("reconocido donde se encuentra", Disappearance, Clitic),
    ("acknowledged his detention", Disappearance, Clitic),
    ("acknowledged her detention", Disappearance, Clitic),
    ("acknowledged that they hold him", Disappearance, Clitic),
    ("acknowledged that they hold her", Disappearance, Clitic),
    ("admite tenerlo", Disappearance, Clitic),
    ("admite tenerla", Disappearance, Clitic),
    ("admiten tenerlo", Disappearance, Clitic),
    ("admiten tenerla", Disappearance, Clitic),
    // ("the authorities have refused to confirm where he is held", "no authority has told his
    // family where he is", "Venezuela still won't say where he is")
    ("refused to confirm where he is", Disappearance, Clitic),
    ("refused to confirm where she is", Disappearance, Clitic),
    ("refused to tell them where he is", Disappearance, Clitic),
    ("refused to tell them where she is", Disappearance, Clitic),
    ("refused to say where he is", Disappearance, Clitic),
    ("refused to say where she is", Disappearance, Clitic),
    ("won ' t say where he is", Disappearance, Clitic),
    ("won ' t say where she is", Disappearance, Clitic),
    ("told his family where he is", Disappearance, Clitic),
    ("told her family where she is", Disappearance, Clitic),
    ("whereabouts remained unknown", Disappearance, Passive),
    ("victim of enforced disappearance", Disappearance, Passive),
    (
        "victim of an enforced disappearance",
        Disappearance,
        Passive,
    ),
    ("nobody knew where he was", Disappearance, Passive),
    ("nobody knew where she was", Disappearance, Passive),
    (
        "no information about his whereabouts",
        Disappearance,
        Passive,
    ),
    (
        "no information about her whereabouts",
        Disappearance,
        Passive,
    ),
    ("nadie me dice donde esta", Disappearance, Passive),
    // ("La familia no ha sido informada de dónde se encuentra recluido")
    ("informada de donde se encuentra", Disappearance, Passive),
    ("informado de donde se encuentra", Disappearance, Passive),
    ("informados de donde se encuentra", Disappearance, Passive),
    ("informada de donde esta", Disappearance, Passive),
    ("informado de donde esta", Disappearance, Passive),
    ("paradero sigue sin conocerse", Disappearance, Passive),
    // ("no saben dónde la mantienen detenida", "Se desconoce dónde está recluido", "se han
    // negado a informar el lugar de reclusión", "refused to say where they are holding him")
    ("no saben donde la mantienen", Disappearance, Passive),
    ("no saben donde lo mantienen", Disappearance, Passive),
    ("no sabe donde la mantienen", Disappearance, Passive),
    ("no sabe donde lo mantienen", Disappearance, Passive),
    ("se desconoce donde esta", Disappearance, Passive),
    (
        "negado a informar el lugar de reclusion",
        Disappearance,
        Passive,
    ),
    ("negado a informar su paradero", Disappearance, Passive),
    // ("Durante nueve días nadie informa de su paradero", "no ha recibido ninguna información
    // oficial sobre su paradero": see `unknown_indeed`.)
    ("informa de su paradero", Disappearance, Passive),
    ("informo de su paradero", Disappearance, Passive),
    ("informa sobre su paradero", Disappearance, Passive),
    ("informo sobre su paradero", Disappearance, Passive),
    ("informacion sobre su paradero", Disappearance, Passive),
    (
        "informacion oficial sobre su paradero",
        Disappearance,
        Passive,
    ),
    (
        "refused to say where they are holding",
        Disappearance,
        Passive,
    ),
    ("no se tienen noticias desde", Disappearance, Passive),
    ("no se tienen noticias de el", Disappearance, Passive),
    ("no se tienen noticias de ella", Disappearance, Passive),
];

/// Whether a phrase of whereabouts opening on the folded word `first` tells them unknown by a
/// negation before it ("no reconocen tenerlo", "does not know where he is", "have not disclosed
/// his fate"), which [`unknown_indeed`] requires, so that the negation is no denial of the event.
pub(crate) fn told_by_negation(first: &str) -> bool {
    first.starts_with("reconoc")
        || matches!(
            first,
            "know"
                | "told"
                | "disclosed"
                | "acknowledged"
                | "acknowledge"
                | "admitted"
                | "confirmed"
                | "informa"
                | "informo"
                | "informacion"
                | "admite"
                | "admiten"
                | "informada"
                | "informado"
                | "informados"
        )
}

/// Whether a phrase of whereabouts `words` at token `i` does tell them unknown: "a dónde lo
/// llevaron" asked, with its accent (not the relative "la sala adonde la llevaron"); "know where
/// he is" denied ("still doesn't know where he is", not "We know where he is"); "unable to find
/// him" not of one in hiding or wanted ("an arrest warrant…, but police have been unable to find
/// him", "no idea where he was" of a deputy in hiding).
pub(crate) fn unknown_indeed(doc: &Doc<'_>, i: usize, words: &str) -> bool {
    let asked = words
        .split(' ')
        .position(|w| matches!(w, "adonde" | "donde"));
    if words.contains("llev") && asked.is_some_and(|w| !doc.tokens[i + w].text.contains(['ó', 'Ó']))
    {
        return false;
    }
    // (Custody acknowledged by no one: "Ningún organismo reconoce tenerla", "no reconocen
    // tenerlo"; not "la DGCIM reconoce tenerlo".)
    if told_by_negation(words.split(' ').next().unwrap_or_default())
        && !words.starts_with("know")
        && !words.starts_with("told")
        && !(i.saturating_sub(4)..i).any(|k| {
            matches!(
                doc.f(k),
                "ningun" | "ninguna" | "no" | "nadie" | "ni" | "tampoco" | "not" | "never"
            )
        })
    {
        return false;
    }
    // ("does not know where she is living in Spain": an exile's address, no disappearance.)
    if words.starts_with("know where")
        && matches!(
            doc.f(i + words.split(' ').count()),
            "living" | "staying" | "working"
        )
    {
        return false;
    }
    if (words.starts_with("know where") || words.starts_with("told where"))
        && !(i.saturating_sub(4)..i).any(|k| {
            let w = doc.f(k);
            matches!(w, "not" | "no" | "t" | "nobody" | "never" | "cannot")
                || w.ends_with("n't")
                || matches!(w, "doesnt" | "dont" | "didnt" | "doesn" | "don" | "didn")
        })
    {
        return false;
    }
    // ("whose whereabouts his family still does not know"; not "whose whereabouts are now
    // known".)
    if words == "whose whereabouts"
        && !(i + 2..i + 10).any(|k| {
            matches!(doc.f(k), "unknown" | "not" | "no" | "unclear" | "never")
                || doc.f(k).ends_with("n't")
        })
    {
        return false;
    }
    let sought = |k: usize| {
        matches!(
            doc.f(k),
            "warrant"
                | "hiding"
                | "fugitive"
                | "captura"
                | "clandestinidad"
                | "profugo"
                | "profuga"
                | "escondido"
                | "escondida"
        )
    };
    let finding = ["find", "ubicar", "encontrar", "no idea"]
        .iter()
        .any(|w| words.contains(w));
    !(finding
        && doc
            .sentence_at(i)
            .is_some_and(|s| (s.first..s.last).any(sought)))
}

/// ("Authorities have not acknowledged her detention and her whereabouts remain unknown"): the
/// possessive of "whereabouts"/"paradero" in tokens `a..b`, whose owner is the focus.
pub(crate) fn whose_whereabouts(doc: &crate::text::Doc<'_>, a: usize, b: usize) -> Option<usize> {
    (a..b).find(|&k| {
        matches!(doc.f(k), "his" | "her") && matches!(doc.f(k + 1), "whereabouts" | "paradero")
    })
}
