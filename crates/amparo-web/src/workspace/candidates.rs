//! Identity candidates side by side: what a proposal says of the person it names beside the
//! registry person identity resolution linked or thought possible, field by field, with what
//! agrees, what disagrees and what one side does not say.

use amparo_domain::{Person, PersonDetails};
use amparo_i18n::{Args, Lang, t};
use amparo_text::fold;

/// One field compared.
pub struct Compared {
    pub label: String,
    pub proposed: String,
    pub registry: String,
    /// "agree", "disagree" or "unknown" (a CSS class and a catalogue key's end).
    pub verdict: &'static str,
    pub verdict_text: String,
}

/// What the proposal says of the new person it names.
pub struct Said<'a> {
    pub name: &'a str,
    pub variants: &'a [String],
    pub nationalities: Vec<String>,
    pub roles: Vec<String>,
    pub details: &'a PersonDetails,
}

fn join(items: &[String]) -> String {
    items.join(", ")
}

/// Agreement of two optional values: unknown when either side is silent.
fn verdict(a: &str, b: &str, same: bool) -> &'static str {
    if a.is_empty() || b.is_empty() {
        "unknown"
    } else if same {
        "agree"
    } else {
        "disagree"
    }
}

/// The fields compared, in the order a reviewer reads them.
pub fn compare(lang: Lang, said: &Said<'_>, person: &Person) -> Vec<Compared> {
    let mut rows = Vec::new();
    let mut push = |key: &str, proposed: String, registry: String, same: bool| {
        let v = verdict(&proposed, &registry, same);
        rows.push(Compared {
            label: t(lang, key, &Args::new()),
            verdict: v,
            verdict_text: t(lang, &format!("ws-verdict-{v}"), &Args::new()),
            proposed,
            registry,
        });
    };
    let known: Vec<String> = person.names.iter().map(|n| fold(n.as_str())).collect();
    let name_agrees = std::iter::once(said.name)
        .chain(said.variants.iter().map(String::as_str))
        .any(|n| known.contains(&fold(n)));
    push(
        "ws-field-name",
        said.name.to_owned(),
        person
            .names
            .iter()
            .map(|n| n.as_str().to_owned())
            .collect::<Vec<_>>()
            .join(" / "),
        name_agrees,
    );
    let registry_nat: Vec<String> = person.nationalities.iter().map(|c| c.to_string()).collect();
    push(
        "person-nationality",
        join(&said.nationalities),
        join(&registry_nat),
        said.nationalities.iter().any(|n| registry_nat.contains(n)),
    );
    let registry_roles: Vec<String> = person.roles.iter().map(|r| r.to_string()).collect();
    push(
        "person-roles",
        join(&said.roles),
        join(&registry_roles),
        said.roles.iter().any(|r| registry_roles.contains(r)),
    );
    let d = said.details;
    let digits = |n: &Option<amparo_domain::NationalId>| {
        n.as_ref()
            .map(|n| n.digits().to_owned())
            .unwrap_or_default()
    };
    let (a, b) = (digits(&d.national_id), digits(&person.national_id));
    push("ws-field-national-id", a.clone(), b.clone(), a == b);
    let day = |v: &Option<amparo_domain::PartialDate>| v.map(|d| d.to_string()).unwrap_or_default();
    let (a, b) = (day(&d.birth_date), day(&person.birth_date));
    push("ws-field-birth-date", a.clone(), b.clone(), a == b);
    let sex = |v: Option<amparo_domain::Sex>| {
        v.map(|s| t(lang, &format!("ws-sex-{s}"), &Args::new()))
            .unwrap_or_default()
    };
    let (a, b) = (sex(d.sex), sex(person.sex));
    push("ws-field-sex", a.clone(), b.clone(), a == b);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use amparo_domain::{PersonId, PersonName};

    #[test]
    fn names_agree_without_accents_and_silence_is_unknown() {
        let mut person = Person::new(
            PersonId::generate(),
            PersonName::parse("Eulalia Peñaranda Ríos").unwrap(),
        );
        person.nationalities = vec![amparo_domain::CountryCode::parse("VE").unwrap()];
        let details = PersonDetails::default();
        let said = Said {
            name: "EULALIA PENARANDA RIOS",
            variants: &[],
            nationalities: vec!["ES".into()],
            roles: vec![],
            details: &details,
        };
        let rows = compare(Lang::Es, &said, &person);
        assert_eq!(rows[0].verdict, "agree");
        assert_eq!(rows[1].verdict, "disagree");
        assert_eq!(rows[2].verdict, "unknown");
    }
}
