//! Nationality words (adjectives and demonyms, folded, Spanish and English) and the ISO 3166
//! alpha-2 codes they name, compounds included ("venezuelan-spanish", "hispano-venezolano").

use std::collections::HashMap;
use std::sync::OnceLock;

/// Nationality words (adjectives and demonyms, folded) to ISO 3166 alpha-2 codes.
const NATIONALITIES: &[(&str, &str)] = &[
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
    MAP.get_or_init(|| NATIONALITIES.iter().copied().collect())
        .get(folded)
        .copied()
}
