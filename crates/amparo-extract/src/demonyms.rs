//! Nationality words (adjectives and demonyms, folded, Spanish and English) and the ISO 3166
//! alpha-2 codes they name, compounds included ("venezuelan-spanish", "hispano-venezolano").

use std::collections::HashMap;
use std::sync::OnceLock;

/// Nationality words (adjectives and demonyms, folded) to ISO 3166 alpha-2 codes.
const NATIONALITIES: &[(&str, &str)] = &[
    ("nicaraguan", "NI"),
    ("nicaraguans", "NI"),
    ("nicaraguense", "NI"),
    ("nicaraguenses", "NI"),
    ("salvadoran", "SV"),
    ("salvadorans", "SV"),
    ("salvadoreno", "SV"),
    ("salvadorena", "SV"),
    ("salvadorenos", "SV"),
    ("salvadorenas", "SV"),
    ("guatemalan", "GT"),
    ("guatemalans", "GT"),
    ("guatemalteco", "GT"),
    ("guatemalteca", "GT"),
    ("guatemaltecos", "GT"),
    ("honduran", "HN"),
    ("hondurans", "HN"),
    ("hondureno", "HN"),
    ("hondurena", "HN"),
    ("hondurenos", "HN"),
    ("haitian", "HT"),
    ("haitians", "HT"),
    ("haitiano", "HT"),
    ("haitiana", "HT"),
    ("haitianos", "HT"),
    ("belgian", "BE"),
    ("belgians", "BE"),
    ("belga", "BE"),
    ("belgas", "BE"),
    ("swiss", "CH"),
    ("suizo", "CH"),
    ("suiza", "CH"),
    ("suizos", "CH"),
    ("swedish", "SE"),
    ("swede", "SE"),
    ("swedes", "SE"),
    ("sueco", "SE"),
    ("sueca", "SE"),
    ("suecos", "SE"),
    ("norwegian", "NO"),
    ("norwegians", "NO"),
    ("noruego", "NO"),
    ("noruega", "NO"),
    ("noruegos", "NO"),
    ("danish", "DK"),
    ("danes", "DK"),
    ("irish", "IE"),
    ("irlandes", "IE"),
    ("irlandesa", "IE"),
    ("irlandeses", "IE"),
    ("austrian", "AT"),
    ("austrians", "AT"),
    ("austriaco", "AT"),
    ("austriaca", "AT"),
    ("polish", "PL"),
    ("pole", "PL"),
    ("poles", "PL"),
    ("polaco", "PL"),
    ("polaca", "PL"),
    ("polacos", "PL"),
    ("russian", "RU"),
    ("russians", "RU"),
    ("ruso", "RU"),
    ("rusa", "RU"),
    ("rusos", "RU"),
    ("chinese", "CN"),
    ("chino", "CN"),
    ("china", "CN"),
    ("chinos", "CN"),
    ("japanese", "JP"),
    ("japones", "JP"),
    ("japonesa", "JP"),
    ("japoneses", "JP"),
    ("iranian", "IR"),
    ("iranians", "IR"),
    ("irani", "IR"),
    ("iranies", "IR"),
    ("qatari", "QA"),
    ("qataris", "QA"),
    ("catari", "QA"),
    ("cataries", "QA"),
    ("turkish", "TR"),
    ("turco", "TR"),
    ("turca", "TR"),
    ("turcos", "TR"),
    ("moroccan", "MA"),
    ("moroccans", "MA"),
    ("marroqui", "MA"),
    ("marroquies", "MA"),
    ("algerian", "DZ"),
    ("algerians", "DZ"),
    ("argelino", "DZ"),
    ("argelina", "DZ"),
    ("argelinos", "DZ"),
    ("greek", "GR"),
    ("greeks", "GR"),
    ("griego", "GR"),
    ("griega", "GR"),
    ("griegos", "GR"),
    ("romanian", "RO"),
    ("romanians", "RO"),
    ("rumano", "RO"),
    ("rumana", "RO"),
    ("rumanos", "RO"),
    ("indian", "IN"),
    ("indians", "IN"),
    ("hindu", "IN"),
    ("filipino", "PH"),
    ("filipina", "PH"),
    ("filipinos", "PH"),
    ("jamaican", "JM"),
    ("jamaicans", "JM"),
    ("jamaiquino", "JM"),
    ("jamaiquina", "JM"),
    ("syrian", "SY"),
    ("syrians", "SY"),
    ("sirio", "SY"),
    ("siria", "SY"),
    ("sirios", "SY"),
    ("australian", "AU"),
    ("australians", "AU"),
    ("australiano", "AU"),
    ("australiana", "AU"),
    ("venezuelan", "VE"),
    ("venezuelans", "VE"),
    ("venezolano", "VE"),
    ("venezolana", "VE"),
    ("venezolanos", "VE"),
    ("venezolanas", "VE"),
    ("spanish", "ES"),
    ("spaniard", "ES"),
    ("spaniards", "ES"),
    ("espanol", "ES"),
    ("espanola", "ES"),
    ("espanoles", "ES"),
    ("espanolas", "ES"),
    ("basque", "ES"),
    ("vasco", "ES"),
    ("vasca", "ES"),
    ("vascos", "ES"),
    ("catalan", "ES"),
    ("catalana", "ES"),
    ("canarian", "ES"),
    ("canario", "ES"),
    ("canaria", "ES"),
    ("galician", "ES"),
    ("gallego", "ES"),
    ("gallega", "ES"),
    ("american", "US"),
    ("americans", "US"),
    ("u.s.", "US"),
    ("estadounidense", "US"),
    ("estadounidenses", "US"),
    ("norteamericano", "US"),
    ("norteamericana", "US"),
    ("colombian", "CO"),
    ("colombians", "CO"),
    ("colombiano", "CO"),
    ("colombiana", "CO"),
    ("colombianos", "CO"),
    ("colombianas", "CO"),
    ("peruvian", "PE"),
    ("peruano", "PE"),
    ("peruana", "PE"),
    ("chilean", "CL"),
    ("chileno", "CL"),
    ("chilena", "CL"),
    ("argentine", "AR"),
    ("argentinian", "AR"),
    ("argentino", "AR"),
    ("argentina", "AR"),
    ("mexican", "MX"),
    ("mexicano", "MX"),
    ("mexicana", "MX"),
    ("ecuadorian", "EC"),
    ("ecuatoriano", "EC"),
    ("ecuatoriana", "EC"),
    ("italian", "IT"),
    ("italiano", "IT"),
    ("italiana", "IT"),
    ("portuguese", "PT"),
    ("portugues", "PT"),
    ("portuguesa", "PT"),
    ("french", "FR"),
    ("frances", "FR"),
    ("francesa", "FR"),
    ("german", "DE"),
    ("aleman", "DE"),
    ("alemana", "DE"),
    ("british", "GB"),
    ("britanico", "GB"),
    ("britanica", "GB"),
    ("cuban", "CU"),
    ("cubano", "CU"),
    ("cubana", "CU"),
    ("uruguayan", "UY"),
    ("uruguayo", "UY"),
    ("uruguaya", "UY"),
    ("bolivian", "BO"),
    ("boliviano", "BO"),
    ("boliviana", "BO"),
    ("dominican", "DO"),
    ("dominicano", "DO"),
    ("dominicana", "DO"),
    ("ukrainian", "UA"),
    ("ucraniano", "UA"),
    ("ucraniana", "UA"),
    ("czech", "CZ"),
    ("checo", "CZ"),
    ("checa", "CZ"),
    ("dutch", "NL"),
    ("neerlandes", "NL"),
    ("neerlandesa", "NL"),
    ("canadian", "CA"),
    ("canadiense", "CA"),
    ("israeli", "IL"),
    ("israeli-american", "IL"),
    ("lebanese", "LB"),
    ("libanes", "LB"),
    ("libanesa", "LB"),
    ("paraguayan", "PY"),
    ("paraguayo", "PY"),
    ("paraguaya", "PY"),
    ("panamanian", "PA"),
    ("panameno", "PA"),
    ("panamena", "PA"),
    ("costa rican", "CR"),
    ("costarricense", "CR"),
    ("brazilian", "BR"),
    ("brasileno", "BR"),
    ("brasilena", "BR"),
    ("trinidadian", "TT"),
    ("belarusian", "BY"),
    ("belarusians", "BY"),
    ("bielorruso", "BY"),
    ("bielorrusa", "BY"),
    ("bielorrusos", "BY"),
    ("lithuanian", "LT"),
    ("lithuanians", "LT"),
    ("lituano", "LT"),
    ("lituana", "LT"),
    ("latvian", "LV"),
    ("leton", "LV"),
    ("letona", "LV"),
    ("estonian", "EE"),
    ("estonio", "EE"),
    ("moldovan", "MD"),
    ("armenian", "AM"),
    ("armenio", "AM"),
    ("azerbaijani", "AZ"),
    ("azerbaiyano", "AZ"),
    ("azerbaiyana", "AZ"),
    ("kazakh", "KZ"),
    ("hungarian", "HU"),
    ("hungaro", "HU"),
    ("hungara", "HU"),
    ("bulgarian", "BG"),
    ("bulgaro", "BG"),
    ("bulgara", "BG"),
    ("serbian", "RS"),
    ("serbio", "RS"),
    ("finnish", "FI"),
    ("finlandes", "FI"),
    ("finlandesa", "FI"),
    ("iraqi", "IQ"),
    ("iraqui", "IQ"),
    ("afghan", "AF"),
    ("afgano", "AF"),
    ("afgana", "AF"),
    ("pakistani", "PK"),
    ("egyptian", "EG"),
    ("egipcio", "EG"),
    ("egipcia", "EG"),
    ("guyanese", "GY"),
];

/// ISO codes of a nationality word; "venezuelan-spanish" gives both.
pub fn nationalities(folded: &str) -> Vec<&'static str> {
    if let Some(code) = nationality(folded) {
        return vec![code];
    }
    if folded.contains('-') {
        let parts: Vec<Option<&'static str>> =
            folded.split('-').map(nationality_or_prefix).collect();
        if parts.iter().all(Option::is_some) {
            return parts.into_iter().flatten().collect();
        }
    }
    Vec::new()
}

/// Prefixes valid only inside a compound ("hispano-venezolano", "colombo-venezolano").
const PREFIXES: &[(&str, &str)] = &[
    ("hispano", "ES"),
    ("colombo", "CO"),
    ("italo", "IT"),
    ("luso", "PT"),
    ("franco", "FR"),
    ("anglo", "GB"),
];

fn nationality_or_prefix(folded: &str) -> Option<&'static str> {
    nationality(folded).or_else(|| PREFIXES.iter().find(|(p, _)| *p == folded).map(|(_, c)| *c))
}

fn nationality(folded: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    let map = MAP.get_or_init(|| NATIONALITIES.iter().copied().collect());
    // Plurals of the listed forms: "ecuatorianos", "alemanes", "Ecuadorians".
    map.get(folded).copied().or_else(|| {
        [folded.strip_suffix('s'), folded.strip_suffix("es")]
            .into_iter()
            .flatten()
            .filter(|w| w.len() >= 4)
            .find_map(|w| map.get(w).copied())
    })
}

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

/// Whether token `k` is a nationality word of another country than the text's own ("los
/// ecuatorianos", "Nicaraguan police" in a Venezuelan text).
pub(crate) fn foreign_at(doc: &crate::text::Doc<'_>, k: usize) -> bool {
    let n = nationalities(doc.f(k));
    !n.is_empty() && !n.contains(&doc.home)
}
