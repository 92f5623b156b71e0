//! Given names that tell a person's gender where the ending does not ("Carmen", "Luis",
//! "Ilya"): see `genders`.

/// Given names of women that do not end in "a".
#[rustfmt::skip]
pub(crate) const WOMEN: &[&str] = &[
    "carmen", "gladys", "isabel", "raquel", "ines", "beatriz", "maribel", "mercedes", "dolores",
    "luz", "nelly", "yusmary", "marisol", "soledad", "rocio", "consuelo", "pilar", "rosario",
    "yamileth", "lisbeth", "elizabeth", "ruth", "esther", "abigail", "noemi", "nohemi", "yeni",
    "jenny", "betty", "doris", "iris", "zoe", "belen", "maryuri", "yarelis", "arelis", "yelitza",
    "deisy", "yusbelis", "mairelis", "yuleisi", "karen", "kelly", "ingrid", "astrid", "miriam",
    "amparo", "socorro", "lourdes", "milagros", "nieves", "yaneth", "janeth", "ivonne", "yvonne",
    "yasmin", "jasmin", "evelyn", "marilyn", "jacqueline", "nancy", "mary", "rosemary", "judith",
    "yudith", "edith", "anabel", "mabel", "liz", "flor", "aracelis", "aracely", "nathaly",
    "lisette", "yanet", "magaly", "sarah", "catherine", "katherine", "caroline", "rachel", "megan",
    "susan", "ellen", "helen", "jennifer", "alison", "allison", "margaret", "janet", "claire",
    "grace", "rose", "alice", "jane", "anne", "ann", "lucy", "emily", "hannah", "deborah", "judy",
    "carol", "nicole", "michelle", "danielle", "isabelle", "marie", "sophie", "chloe", "leah",
    "beth", "mariangel", "maryangel", "marianyel",
];

/// Given names ending in "a" or "o" that say neither ("Joshua", "Andrea", "Luca").
#[rustfmt::skip]
pub(crate) const EITHER: &[&str] = &[
    "joshua", "andrea", "luca", "nicola", "mattia", "elia",
];

/// Given names of men that do not end in "o", and men's that end in "a" ("Ilya Vorontsov").
#[rustfmt::skip]
pub(crate) const MEN: &[&str] = &[
    "ilya", "borja", "nikita", "luka", "mustafa", "hamza", "luis", "jose", "juan",
    "carlos", "daniel", "miguel", "angel", "gabriel", "rafael", "manuel", "jesus", "andres",
    "david", "victor", "oscar", "cesar", "hector", "ivan", "julian", "ruben", "elias", "tomas",
    "nicolas", "samuel", "ismael", "joel", "abel", "adrian", "alexis", "edgar", "wilmer", "yorman",
    "kelvin", "kevin", "jhon", "john", "wilson", "franklin", "nelson", "anderson", "johan",
    "jonathan", "jhonatan", "william", "richard", "freddy", "fredy", "henry", "enrique", "felipe",
    "jorge", "josue", "moises", "isaac", "saul", "raul", "simon", "leonel", "orlando", "omar",
    "yeferson", "jefferson", "brayan", "deivis", "darwin", "edwin", "elvis", "alfredo", "ernesto",
    "eduardo", "gustavo", "ricardo", "roberto", "alberto", "antonio", "ramon", "martin", "javier",
    "german", "fabian", "sebastian", "cristian", "christian", "esteban", "felix", "alexander",
    "yonathan", "jhonny", "maikel", "yender", "wuilmer", "duvan", "deiby", "nestor", "ezequiel",
    "israel", "misael", "emanuel", "enmanuel", "uriel", "norman", "roman", "marcos", "matias",
    "lucas", "tobias", "jonas", "dimas", "alex", "max", "vicente", "jaime", "dante", "hernan",
    "junior", "yoel", "noel", "ariel", "axel", "abraham", "jacob", "frank", "denis", "dennis",
    "gregory", "marvin", "eleazar", "baltazar", "gaspar", "ulises", "aquiles", "leon", "bernabe",
    "yohan", "jhoan", "erwin", "peter", "michael", "george", "thomas", "james", "paul", "mark",
    "stephen", "steven", "andrew", "matthew", "christopher", "brian", "patrick", "kenneth",
    "timothy", "edward", "wayne", "earl", "robert", "albert", "wilfred", "hugh", "ian", "neil",
    "sean", "adam", "benjamin", "joseph", "charles", "arthur", "walter", "douglas", "ronald",
    "alan", "allan",
];

/// The gender a folded given name tells (`Some(true)` a woman's), when it tells one: from the
/// lists above, else its ending ("-a" a woman's, "-o" a man's).
pub(crate) fn of_given(w: &str) -> Option<bool> {
    if EITHER.contains(&w) {
        None
    } else if MEN.contains(&w) {
        Some(false)
    } else if crate::genders::womans(w) {
        Some(true)
    } else if w.ends_with('o') && w.len() > 2 {
        Some(false)
    } else {
        None
    }
}

/// The gender a title right before token `first` tells ("Father Matamoros", "la Sra. Pérez",
/// "doña Marcano"), when it tells one.
pub(crate) fn of_title(doc: &crate::text::Doc<'_>, first: usize) -> Option<bool> {
    let k = if doc.f(first.wrapping_sub(1)) == "." {
        first.wrapping_sub(2)
    } else {
        first.wrapping_sub(1)
    };
    match doc.f(k) {
        "mr" | "sr" | "senor" | "don" | "father" | "padre" | "fray" | "monsenor" | "monsignor" => {
            Some(false)
        }
        "mrs" | "ms" | "miss" | "sra" | "srta" | "senora" | "senorita" | "dona" => Some(true),
        _ => None,
    }
}

/// ("Picado, a lay catechist who ran a soup kitchen at his parish, was arrested"): the gender
/// of the first English pronoun in the aside a short form at `first` opens, up to its sentence's
/// end.
fn of_aside(doc: &crate::text::Doc<'_>, first: usize) -> Option<bool> {
    let name_end = (first..first + 3).find(|&k| doc.f(k) == ",")?;
    let end = doc.sentence_at(first).map_or(first, |s| s.last);
    // (Up to another's clause: not "Picado, whose son said his mother…".)
    (name_end..end.min(name_end + 20))
        .take_while(|&k| {
            let w = doc.f(k);
            !matches!(w, "whose" | "cuyo" | "cuya" | "said" | "says" | "told")
                && !crate::slots::RELATIONS.contains(&w)
        })
        .find_map(|k| match doc.f(k) {
            "his" | "he" | "him" => Some(false),
            "her" | "she" => Some(true),
            _ => None,
        })
}

/// ("Father Matamoros" after "his sister Carmen Matamoros"): of the people a short form after a
/// title (or before an aside's pronoun, `of_aside`) may mean (`candidates`, each with its first
/// given name), those named before it (`named_before`) of the title's gender, when the title
/// tells one and any is; else all.
pub(crate) fn titled<'a>(
    doc: &crate::text::Doc<'_>,
    first: usize,
    candidates: Vec<usize>,
    given: impl Fn(usize) -> &'a str,
    named_before: impl Fn(usize) -> bool,
) -> Vec<usize> {
    let Some(woman) = of_title(doc, first).or_else(|| of_aside(doc, first)) else {
        return candidates;
    };
    // ("Mohammadzadeh, 34, was arrested at her home" is not her sister Mahsa, named later.)
    let same: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&e| named_before(e) && of_given(given(e)) == Some(woman))
        .collect();
    if same.is_empty() { candidates } else { same }
}
