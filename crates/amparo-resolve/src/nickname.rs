//! Documented table of Spanish hypocorisms (nicknames) and the given names they stand for.
//!
//! Keys and values are in folded form (lower case, no accents). A nickname with one meaning
//! is rewritten during normalisation ("pepe" → "jose"); one with several ("beto" may be
//! Alberto or Roberto) is kept and compared through [`alias_compatible`].

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// (nickname, canonical given name(s)). Multi-word canonicals expand to several tokens.
pub const NICKNAMES: &[(&str, &[&str])] = &[
    ("pepe", &["jose"]),
    ("pepito", &["jose"]),
    ("cheo", &["jose"]),
    ("chepe", &["jose"]),
    ("chema", &["jose maria"]),
    ("josema", &["jose maria"]),
    ("chucho", &["jesus"]),
    ("chuy", &["jesus"]),
    ("chus", &["jesus"]),
    ("paco", &["francisco"]),
    ("pancho", &["francisco"]),
    ("curro", &["francisco"]),
    ("quico", &["francisco"]),
    ("paca", &["francisca"]),
    ("pancha", &["francisca"]),
    ("nacho", &["ignacio"]),
    ("memo", &["guillermo"]),
    ("manolo", &["manuel"]),
    ("rafa", &["rafael"]),
    ("lalo", &["eduardo"]),
    ("lucho", &["luis"]),
    ("tono", &["antonio"]),
    ("lola", &["dolores"]),
    ("meche", &["mercedes"]),
    ("charo", &["rosario"]),
    ("chayo", &["rosario"]),
    ("lupe", &["guadalupe"]),
    ("chela", &["graciela"]),
    ("carlitos", &["carlos"]),
    ("quique", &["enrique"]),
    ("nando", &["fernando"]),
    ("gabo", &["gabriel"]),
    ("dani", &["daniel"]),
    ("concha", &["concepcion"]),
    ("conchita", &["concepcion"]),
    ("chabela", &["isabel"]),
    ("coco", &["jorge"]),
    ("goyo", &["gregorio"]),
    ("chalo", &["gonzalo"]),
    ("chente", &["vicente"]),
    ("fito", &["adolfo"]),
    ("tere", &["teresa"]),
    ("pili", &["pilar"]),
    ("maite", &["maria teresa"]),
    ("mayte", &["maria teresa"]),
    ("marisa", &["maria luisa"]),
    ("juanjo", &["juan jose"]),
    ("juanma", &["juan manuel"]),
    ("beto", &["alberto", "roberto"]),
    ("alex", &["alejandro", "alexander", "alexis"]),
];

/// Nickname → meanings, built once: normalisation looks up every given-name token.
static BY_NICK: LazyLock<FxHashMap<&'static str, &'static [&'static str]>> =
    LazyLock::new(|| NICKNAMES.iter().map(|&(n, c)| (n, c)).collect());

/// The canonical expansion of a nickname that has exactly one meaning.
pub fn unique_canonical(token: &str) -> Option<&'static str> {
    match BY_NICK.get(token) {
        Some(&[one]) => Some(one),
        _ => None,
    }
}

/// True when the token is a nickname with several meanings ("beto").
pub fn is_ambiguous(token: &str) -> bool {
    BY_NICK.get(token).is_some_and(|c| c.len() > 1)
}

/// True when one token is an ambiguous nickname that may stand for the other.
pub fn alias_compatible(a: &str, b: &str) -> bool {
    let hit = |nick: &str, name: &str| {
        NICKNAMES
            .iter()
            .any(|(n, canon)| *n == nick && canon.len() > 1 && canon.contains(&name))
    };
    hit(a, b) || hit(b, a)
}
