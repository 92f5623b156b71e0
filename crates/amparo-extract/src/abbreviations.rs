//! Abbreviations written with a full stop that end no sentence: press abbreviations ("Gen.",
//! "U.S.", months), titles before a name ("Prof.", "Lcda.") and ranks ("tcnel.", "my."); and the
//! words of a rank before a name in a list ("Sargento segundo", "Capitán de fragata (r)").

pub(crate) const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "gen", "gral", "col", "cnel", "lt", "sgt", "st", "av", "u", "s", "n", "e",
    "uu", "ee", "no", "nro", "jr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "ene", "abr", "ago", "dic", "gov", "sen", "rep", "vs", "etc", "ca", "nos",
    "maj", "capt", "cpt", "cmdr", "adm", "brig", "cpl", "sgto", "tte", "mons", "pbro", "supt",
    "insp", "tcnel", "tcnl", "my", "cap", "alf", "cmdte", "cte", "gnral",
    // ("KUZNETSOVA, Yelena Borisovna (b. 1979)": born.)
    "b", // ("en la urb. Del Este", "sector Pueblo Nuevo, calle 5, edif. Sol, apto. 3")
    "urb", "edif", "apto", "pdte", "dpto",
];

/// Titles written with a full stop before a name ("Prof.", "Lcda.", "Dr."): no sentence ends
/// there, and a listed name starts after them.
pub(crate) const TITLE_ABBREVIATIONS: &[&str] = &[
    "prof", "profa", "lcda", "lcdo", "lic", "licda", "licdo", "dr", "dra", "ing", "abg", "abog",
    "sr", "sra", "srta", "fr", "frs", "rev", "revs", "revd", "msgr", "mgr",
    // ("entre ellos D. Ignacio … y Dña. Marta …": Spanish "Don", "Doña".)
    "d", "dna",
];

/// The tokens of a teacher's title written with a full stop at token `k` ("Prof.", "Prof.ª",
/// "Profa."): how many, or 0 when there is none. (A lawyer's or a doctor's, "Dra.", "Abg.",
/// "Lic.", stays out: in a list it is more often one who acts for the held.)
pub(crate) fn title_at(doc: &crate::text::Doc<'_>, k: usize) -> usize {
    // (And a priest's: "Fr. Mario Sequeira and Fr. Julio Castillo", "Mons. Rolando Álvarez".)
    // ("Msgr. Héctor Sandino Valle")
    if !(matches!(
        doc.f(k),
        "prof" | "profa" | "fr" | "frs" | "rev" | "revs" | "revd" | "mons" | "msgr" | "mgr"
    ) && doc.f(k + 1) == ".")
    {
        return 0;
    }
    if matches!(doc.tokens.get(k + 2).map(|t| t.text), Some("ª" | "º" | "a")) {
        3
    } else {
        2
    }
}

/// The tokens of an honorific written with a full stop at token `k` ("Mr.", "Dra.", "Sr."), before
/// the name it titles: 2, or 0 when there is none.
pub(crate) fn honorific_at(doc: &crate::text::Doc<'_>, k: usize) -> usize {
    if matches!(
        doc.f(k),
        "mr" | "mrs" | "ms" | "dr" | "dra" | "sr" | "sra" | "d" | "dna"
    ) && doc.f(k + 1) == "."
    {
        2
    } else {
        0
    }
}

/// A general's or admiral's rank ("GENERAL DE DIVISIÓN (R) NÉSTOR IBARRA QUINTANA"), which names
/// no role elsewhere: a "fiscal general" is no soldier.
pub(crate) fn general_rank(f: &str) -> bool {
    matches!(
        f,
        "general" | "gral" | "almirante" | "vicealmirante" | "contralmirante"
    )
}

/// A word of a rank before a name in a list ("Sargento segundo", "Capitán de fragata (r)",
/// "Teniente coronel (Ej.)", "(GNB)"): a role, a general's rank, or their qualifiers.
pub(crate) fn rank_word(f: &str) -> bool {
    !crate::lexicon::roles(f).is_empty()
        || general_rank(f)
        || matches!(
            f,
            "(" | ")"
                | "r"
                | "ret"
                | "ej"
                | "gnb"
                | "av"
                | "arm"
                | "fanb"
                | "primer"
                | "primero"
                | "primera"
                | "segundo"
                | "segunda"
                | "tercer"
                | "de"
                | "fragata"
                | "navio"
                | "corbeta"
                | "brigada"
                | "division"
                | "retirado"
                | "retirada"
                | "."
        )
}

/// The tokens of a title at token `k` (see `title_at`), past an article before it ("the Rev.
/// X", "the Revs. A, B and C"); 0 when there is none.
pub(crate) fn title_past_article(doc: &crate::text::Doc<'_>, k: usize) -> usize {
    let the = usize::from(doc.f(k) == "the");
    match title_at(doc, k + the) {
        0 => 0,
        n => n + the,
    }
}

/// ('…called the delay "a punishment." She remains at INOF.'): whether token `i` is a closing
/// quotation mark right after a stop, with `gap` and a capitalised word after it: the sentence
/// ends past the mark.
pub(crate) fn quoted_stop(tokens: &[crate::text::Token<'_>], i: usize, gap: &str) -> bool {
    let t = &tokens[i];
    matches!(t.text, "\"" | "”" | "»")
        && i > 0
        && matches!(tokens[i - 1].text, "." | "!" | "?")
        && tokens[i - 1].end == t.start
        && !gap.is_empty()
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.capitalised && n.kind == crate::text::TokenKind::Word)
}
