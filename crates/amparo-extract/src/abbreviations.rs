//! Abbreviations written with a full stop that end no sentence: press abbreviations ("Gen.",
//! "U.S.", months) and titles before a name ("Prof.", "Lcda.").

pub(crate) const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "gen", "gral", "col", "cnel", "lt", "sgt", "st", "av", "u", "s", "n", "e",
    "uu", "ee", "no", "nro", "jr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "ene", "abr", "ago", "dic", "gov", "sen", "rep", "vs", "etc", "ca", "nos",
    "maj", "capt", "cpt", "cmdr", "adm", "brig", "cpl", "sgto", "tte", "mons", "pbro", "supt",
    "insp",
];

/// Titles written with a full stop before a name ("Prof.", "Lcda.", "Dr."): no sentence ends
/// there, and a listed name starts after them.
pub(crate) const TITLE_ABBREVIATIONS: &[&str] = &[
    "prof", "profa", "lcda", "lcdo", "lic", "licda", "licdo", "dr", "dra", "ing", "abg", "abog",
    "sr", "sra", "srta", "fr", "rev", "revd",
];
