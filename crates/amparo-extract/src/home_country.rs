//! The country a text tells of: Venezuela unless the names, capitals, prisons and nationality
//! words of another home country lead.

use crate::demonyms::nationality;

/// The home countries of the texts read, each with its name's and capital's folded words.
const HOMES: &[(&str, &[&str])] = &[
    (
        "VE",
        &[
            "venezuela",
            "caracas",
            "helicoide",
            "tocoron",
            "sebin",
            "dgcim",
            "maiquetia",
        ],
    ),
    (
        "NI",
        &[
            "nicaragua",
            "managua",
            "chipote",
            "matagalpa",
            "esteli",
            "masaya",
        ],
    ),
    (
        "CU",
        &[
            "cuba",
            "habana",
            "havana",
            "camaguey",
            "holguin",
            "guantanamo",
        ],
    ),
    (
        "BY",
        &[
            "belarus",
            "bielorrusia",
            "minsk",
            "okrestina",
            "hrodna",
            "gomel",
        ],
    ),
    (
        "IR",
        &[
            "iran", "teheran", "tehran", "evin", "shiraz", "isfahan", "mashhad",
        ],
    ),
    (
        "RU",
        &[
            "rusia",
            "russia",
            "moscu",
            "moscow",
            "lefortovo",
            "petersburg",
        ],
    ),
];

/// The country a text tells of, whose nationals held and freed are no foreigners: of the home
/// countries, the one whose name, capital and nationality words it uses most ("Catorce presos
/// políticos nicaragüenses … Managua … Nicaragua"), Venezuela unless another leads.
pub(crate) fn home_country(tokens: &[crate::text::Token<'_>]) -> &'static str {
    let mut counts = [0usize; HOMES.len()];
    for t in tokens {
        let w = t.folded.as_str();
        if w.len() < 4 {
            continue;
        }
        let code = nationality(w);
        for (i, (home, words)) in HOMES.iter().enumerate() {
            if code == Some(home) || words.contains(&w) {
                counts[i] += 1;
            }
        }
    }
    let (best, n) = counts
        .iter()
        .enumerate()
        .max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)))
        .map_or((0, 0), |(i, n)| (i, *n));
    // (More than one word: not "El médico cubano X, detenido en Barquisimeto"; one, when the
    // text names nothing of Venezuela's at all: "Russian authorities … release playwright X".)
    if n > counts[0]
        && (n >= 2 || (counts[0] == 0 && counts.iter().filter(|&&c| c > 0).count() == 1))
    {
        HOMES[best].0
    } else {
        "VE"
    }
}
