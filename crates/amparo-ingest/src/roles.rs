//! Roles and sex as lists word them: "periodista", "Sargento de la GNB", "defensora de
//! DDHH", "dirigente sindical"; "F", "Masculino", "mujer".

use crate::text::{fold, has_any};
use amparo_domain::{PersonRole, Sex};

/// Each role with the words that imply it, most specific first.
const ROLES: &[(PersonRole, &[&str])] = &[
    (
        PersonRole::HumanRightsDefender,
        &[
            "defensor* de ddhh",
            "defensor* de derechos humanos",
            "defensor* de los derechos humanos",
            "activista de ddhh",
            "activista de derechos humanos",
            "human rights defender*",
            "human rights activist*",
            "hrd",
            "ddhh",
        ],
    ),
    (
        PersonRole::TradeUnionist,
        &[
            "sindicalista*",
            "sindical*",
            "sindicato*",
            "trade unionist*",
            "union leader*",
            "unionist*",
        ],
    ),
    (
        PersonRole::Journalist,
        &[
            "periodista*",
            "reporter*",
            "reportera*",
            "corresponsal*",
            "fotoperiodista*",
            "journalist*",
            "comunicador* social*",
            "comunicador*",
        ],
    ),
    (
        PersonRole::MediaWorker,
        &[
            "camarograf*",
            "productor*",
            "locutor*",
            "trabajador* de medios",
            "trabajador* de prensa",
            "media worker*",
            "cameraman",
            "camera operator",
        ],
    ),
    (
        PersonRole::Lawyer,
        &[
            "abogad*",
            "jurista*",
            "lawyer*",
            "attorney*",
            "defensor* public*",
        ],
    ),
    (
        PersonRole::Politician,
        &[
            "dirigente politic*",
            "dirigente de vente",
            "dirigente de voluntad popular",
            "lider politic*",
            "politic*",
            "concejal*",
            "diputad*",
            "alcalde*",
            "alcaldesa*",
            "gobernador*",
            "candidat*",
            "militante*",
            "dirigente partidist*",
            "activista politic*",
            "politician*",
            "mayor",
            "councillor*",
            "congress*",
            "legislator*",
        ],
    ),
    (
        PersonRole::Military,
        &[
            "militar*",
            "gnb",
            "fanb",
            "guardia nacional",
            "ejercito",
            "armada",
            "aviacion",
            "sargento*",
            "capitan*",
            "teniente*",
            "coronel*",
            "general",
            "cabo",
            "soldado*",
            "almirante*",
            "comandante*",
            "tte",
            "cap",
            "sgto",
            "cnel",
            "gral",
            "sm1",
            "sm2",
            "sm3",
            "military",
            "soldier*",
            "army",
            "officer",
            "sergeant*",
            "captain*",
            "lieutenant*",
            "colonel*",
        ],
    ),
    (
        PersonRole::Police,
        &[
            "policia*",
            "policial*",
            "pnb",
            "cicpc",
            "polic*",
            "police*",
            "officer of police",
        ],
    ),
    (
        PersonRole::Student,
        &["estudiante*", "universitari*", "student*", "bachiller*"],
    ),
    (
        PersonRole::Academic,
        &[
            "profesor*",
            "docente*",
            "academic*",
            "investigador*",
            "catedratic*",
            "professor*",
            "researcher*",
            "scholar*",
        ],
    ),
    (
        PersonRole::Businessperson,
        &[
            "empresari*",
            "comerciante*",
            "businessman",
            "businesswoman",
            "business*",
            "entrepreneur*",
            "merchant*",
        ],
    ),
    (
        PersonRole::Religious,
        &[
            "sacerdote*",
            "pastor*",
            "religios*",
            "cura",
            "monja*",
            "sacerdotisa*",
            "priest*",
            "nun",
            "clergy*",
        ],
    ),
    (
        PersonRole::Protester,
        &[
            "manifestante*",
            "protestante*",
            "protester*",
            "demonstrator*",
        ],
    ),
    (
        PersonRole::PublicOfficial,
        &[
            "funcionari* public*",
            "servidor* public*",
            "empleado* public*",
            "trabajador* public*",
            "public official*",
            "civil servant*",
            "funcionari*",
        ],
    ),
    (
        PersonRole::Activist,
        &[
            "activista*",
            "activist*",
            "lider social",
            "lider comunitari*",
            "dirigente vecinal",
        ],
    ),
    (
        PersonRole::Relative,
        &[
            "familiar de*",
            "madre de",
            "padre de",
            "hij* de",
            "herman* de",
            "espos* de",
            "relative of",
            "mother of",
            "father of",
        ],
    ),
];

/// Reads a role/profession cell into roles. "civil" and "civilian" name no role; text that
/// matches no role becomes [`PersonRole::Other`].
pub fn parse_roles(text: &str) -> Vec<PersonRole> {
    let folded = fold(text);
    if folded.is_empty() || matches!(folded.as_str(), "civil" | "civilian" | "civiles") {
        return Vec::new();
    }
    let mut roles: Vec<PersonRole> = ROLES
        .iter()
        .filter(|(_, words)| has_any(&folded, words))
        .map(|(role, _)| *role)
        .collect();
    // "Defensor de DDHH" is not also an activist; "dirigente sindical" not a politician.
    if roles.contains(&PersonRole::HumanRightsDefender) {
        roles.retain(|r| *r != PersonRole::Activist);
    }
    if roles.contains(&PersonRole::Journalist) {
        roles.retain(|r| *r != PersonRole::MediaWorker);
    }
    if roles.contains(&PersonRole::Police) && !has_any(&folded, &["militar*", "gnb", "fanb"]) {
        roles.retain(|r| *r != PersonRole::Military);
    }
    if roles.contains(&PersonRole::Police) || roles.contains(&PersonRole::Military) {
        roles.retain(|r| *r != PersonRole::PublicOfficial);
    }
    if roles.is_empty() {
        roles.push(PersonRole::Other);
    }
    roles
}

/// Reads a sex cell: F/M, femenino/masculino, mujer/hombre, female/male, otro/other.
pub fn parse_sex(text: &str) -> Option<Sex> {
    match fold(text).as_str() {
        "f" | "fem" | "femenino" | "femenina" | "mujer" | "female" | "woman" | "w" => {
            Some(Sex::Female)
        }
        "m" | "masc" | "masculino" | "hombre" | "h" | "varon" | "male" | "man" => Some(Sex::Male),
        "otro" | "otra" | "other" | "x" | "no binario" | "no binaria" | "non binary" => {
            Some(Sex::Other)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_from_professions() {
        assert_eq!(parse_roles("Periodista"), [PersonRole::Journalist]);
        assert_eq!(parse_roles("abogada"), [PersonRole::Lawyer]);
        assert_eq!(
            parse_roles("Defensora de DDHH"),
            [PersonRole::HumanRightsDefender]
        );
        assert_eq!(parse_roles("Sargento de la GNB"), [PersonRole::Military]);
        assert_eq!(parse_roles("Capitán"), [PersonRole::Military]);
        assert_eq!(parse_roles("estudiante"), [PersonRole::Student]);
        assert_eq!(parse_roles("Concejal"), [PersonRole::Politician]);
        assert_eq!(parse_roles("dirigente político"), [PersonRole::Politician]);
        assert_eq!(
            parse_roles("Dirigente sindical"),
            [PersonRole::TradeUnionist]
        );
        assert_eq!(
            parse_roles("periodista y activista"),
            [PersonRole::Journalist, PersonRole::Activist]
        );
        assert_eq!(parse_roles("Funcionario del CICPC"), [PersonRole::Police]);
        assert_eq!(parse_roles("Civil"), []);
        assert_eq!(parse_roles("ama de casa"), [PersonRole::Other]);
    }

    #[test]
    fn sexes() {
        assert_eq!(parse_sex("F"), Some(Sex::Female));
        assert_eq!(parse_sex("Masculino"), Some(Sex::Male));
        assert_eq!(parse_sex("?"), None);
    }
}
