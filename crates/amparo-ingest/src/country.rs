//! Nationalities as lists write them — demonyms and country names in Spanish and English,
//! ISO codes — and the Venezuelan states, used to tell an *estado* column of states from
//! one of custody statuses.

use crate::text::fold;
use amparo_domain::CountryCode;

/// Country code, then folded names and masculine/singular demonyms (feminine and plural
/// forms are derived: "venezolana", "españoles").
const COUNTRIES: &[(&str, &str)] = &[
    ("VE", "venezuela venezolano venezuelan ven"),
    ("ES", "espana espanol spain spanish esp"),
    ("CO", "colombia colombiano colombian col"),
    ("PE", "peru peruano peruvian per"),
    ("EC", "ecuador ecuatoriano ecuadorian ecu"),
    ("CL", "chile chileno chilean chl"),
    ("AR", "argentina argentino argentinian argentine arg"),
    ("UY", "uruguay uruguayo uruguayan ury"),
    ("PY", "paraguay paraguayo paraguayan pry"),
    ("BO", "bolivia boliviano bolivian bol"),
    ("BR", "brasil brazil brasileno brasilero brazilian bra"),
    ("MX", "mexico mexicano mexican mex"),
    ("CU", "cuba cubano cuban cub"),
    ("DO", "republica dominicana dominicano dominican dom"),
    ("PA", "panama panameno panamanian pan"),
    ("CR", "costa rica costarricense costarican cri"),
    ("NI", "nicaragua nicaraguense nicaraguan nic"),
    ("HN", "honduras hondureno honduran hnd"),
    ("SV", "el salvador salvadoreno salvadoran slv"),
    ("GT", "guatemala guatemalteco guatemalan gtm"),
    ("PR", "puerto rico puertorriqueno puerto rican pri"),
    ("HT", "haiti haitiano haitian hti"),
    (
        "TT",
        "trinidad y tobago trinidad and tobago trinitense trinidadian tto",
    ),
    ("GY", "guyana guyanes guyanese guy"),
    ("SR", "surinam suriname surinames surinamese sur"),
    (
        "US",
        "estados unidos eeuu ee uu usa united states estadounidense norteamericano american",
    ),
    ("CA", "canada canadiense canadian can"),
    ("PT", "portugal portugues portuguese prt"),
    ("IT", "italia italy italiano italian ita"),
    ("FR", "francia france frances french fra"),
    ("DE", "alemania germany aleman german deu"),
    (
        "GB",
        "reino unido united kingdom uk britanico british gbr ingles english",
    ),
    ("IE", "irlanda ireland irlandes irish irl"),
    (
        "NL",
        "paises bajos holanda netherlands neerlandes holandes dutch nld",
    ),
    ("BE", "belgica belgium belga belgian bel"),
    ("CH", "suiza switzerland suizo swiss che"),
    ("AT", "austria austriaco austrian aut"),
    ("SE", "suecia sweden sueco swedish swe"),
    ("NO", "noruega norway noruego norwegian nor"),
    ("DK", "dinamarca denmark danes danish dnk"),
    ("FI", "finlandia finland finlandes finnish fin"),
    ("PL", "polonia poland polaco polish pol"),
    (
        "CZ",
        "republica checa chequia czechia czech republic checo czech cze",
    ),
    ("RO", "rumania rumania romania rumano romanian rou"),
    ("GR", "grecia greece griego greek grc"),
    ("UA", "ucrania ukraine ucraniano ukrainian ukr"),
    ("RU", "rusia russia ruso russian rus"),
    ("TR", "turquia turkey turkiye turco turkish tur"),
    ("IL", "israel israeli isr"),
    ("LB", "libano lebanon libanes lebanese lbn"),
    ("SY", "siria syria sirio syrian syr"),
    ("PS", "palestina palestine palestino palestinian pse"),
    ("IR", "iran irani iranian irn"),
    ("CN", "china chino chinese chn"),
    ("JP", "japon japan japones japanese jpn"),
    ("IN", "india indio hindu indian ind"),
    ("PH", "filipinas philippines filipino phl"),
    ("MA", "marruecos morocco marroqui moroccan mar"),
    ("DZ", "argelia algeria argelino algerian dza"),
    ("EG", "egipto egypt egipcio egyptian egy"),
    ("NG", "nigeria nigeriano nigerian nga"),
    ("ZA", "sudafrica south africa sudafricano south african zaf"),
    ("AU", "australia australiano australian aus"),
];

/// Words in a nationality cell that name no country ("doble nacionalidad ...").
const NOISE: &[&str] = &[
    "doble",
    "double",
    "dual",
    "triple",
    "nacionalidad",
    "nacionalidades",
    "nationality",
    "nationalities",
    "ciudadano",
    "ciudadana",
    "citizen",
    "y",
    "e",
    "and",
    "con",
    "with",
];

fn lookup(key: &str) -> Option<CountryCode> {
    if key.len() == 2 {
        return CountryCode::parse(key).ok();
    }
    let found = COUNTRIES.iter().find(|(_, names)| {
        let padded = format!(" {names} ");
        // Multi-word names ("estados unidos") and single words alike.
        padded.contains(&format!(" {key} "))
            && (key.contains(' ') || names.split(' ').any(|n| n == key))
    });
    found.and_then(|(code, _)| CountryCode::parse(code).ok())
}

/// Feminine and plural forms back to the listed form.
fn lookup_word(word: &str) -> Option<CountryCode> {
    let mut candidates = vec![word.to_owned()];
    let trimmed_plural = [word.strip_suffix("es"), word.strip_suffix('s')];
    for stem in trimmed_plural.into_iter().flatten() {
        candidates.push(stem.to_owned());
    }
    for c in candidates.clone() {
        if let Some(stem) = c.strip_suffix('a') {
            candidates.push(format!("{stem}o"));
            candidates.push(stem.to_owned());
        }
    }
    candidates.iter().find_map(|c| lookup(c))
}

/// Reads a nationality cell ("venezolana", "Doble nacionalidad venezolana-española",
/// "VE, ES", "Colombia"). `Err` names the piece that is not a country.
pub fn parse_nationalities(text: &str) -> Result<Vec<CountryCode>, String> {
    let folded = fold(text);
    if let Some(code) = lookup(&folded) {
        return Ok(vec![code]);
    }
    let mut codes = Vec::new();
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let mut i = 0;
    while i < words.len() {
        // Try the longest run of words first ("estados unidos", "reino unido").
        let mut matched = false;
        for len in (2..=4).rev() {
            if i + len <= words.len() {
                let phrase = words[i..i + len].join(" ");
                if let Some(code) = lookup(&phrase) {
                    push_unique(&mut codes, code);
                    i += len;
                    matched = true;
                    break;
                }
            }
        }
        if matched {
            continue;
        }
        let word = words[i];
        i += 1;
        if NOISE.contains(&word) {
            continue;
        }
        match lookup_word(word) {
            Some(code) => push_unique(&mut codes, code),
            None => return Err(format!("{word:?} is not a known country or nationality")),
        }
    }
    if codes.is_empty() {
        return Err("it names no country".to_owned());
    }
    Ok(codes)
}

fn push_unique(codes: &mut Vec<CountryCode>, code: CountryCode) {
    if !codes.contains(&code) {
        codes.push(code);
    }
}

/// The Venezuelan states and capital district, folded.
const VENEZUELAN_STATES: &[&str] = &[
    "amazonas",
    "anzoategui",
    "apure",
    "aragua",
    "barinas",
    "bolivar",
    "carabobo",
    "cojedes",
    "delta amacuro",
    "falcon",
    "guarico",
    "lara",
    "merida",
    "miranda",
    "monagas",
    "nueva esparta",
    "portuguesa",
    "sucre",
    "tachira",
    "trujillo",
    "vargas",
    "la guaira",
    "yaracuy",
    "zulia",
    "distrito capital",
    "caracas",
    "dtto capital",
    "dependencias federales",
];

/// Whether a cell names a Venezuelan state ("Edo. Miranda", "ZULIA", "Distrito Capital").
pub fn is_venezuelan_state(text: &str) -> bool {
    let folded = fold(text);
    let name = folded
        .strip_prefix("estado ")
        .or_else(|| folded.strip_prefix("edo "))
        .unwrap_or(&folded);
    VENEZUELAN_STATES.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<String> {
        parse_nationalities(text)
            .map(|v| v.iter().map(|c| c.to_string()).collect())
            .unwrap_or_else(|e| vec![format!("ERR {e}")])
    }

    #[test]
    fn demonyms_names_and_codes() {
        assert_eq!(codes("venezolana"), ["VE"]);
        assert_eq!(codes("Española"), ["ES"]);
        assert_eq!(codes("colombiano"), ["CO"]);
        assert_eq!(
            codes("Doble nacionalidad venezolana-española"),
            ["VE", "ES"]
        );
        assert_eq!(codes("VE, ES"), ["VE", "ES"]);
        assert_eq!(codes("Estados Unidos"), ["US"]);
        assert_eq!(codes("venezolano y estadounidense"), ["VE", "US"]);
        assert_eq!(codes("Trinidad y Tobago"), ["TT"]);
        assert_eq!(codes("españoles"), ["ES"]);
        assert_eq!(codes("portuguesa"), ["PT"]);
        assert!(codes("marciana")[0].starts_with("ERR"));
    }

    #[test]
    fn states() {
        assert!(is_venezuelan_state("Edo. Miranda"));
        assert!(is_venezuelan_state("TÁCHIRA"));
        assert!(!is_venezuelan_state("Detenido"));
    }
}
