//! Which persons and facts a report counts (verification level, nationality, role, facility,
//! state), and the attributes of a person as of a date: nationalities, roles, age, conviction.
//!
//! Attribute facts (nationality, role) count like any fact: only when accepted, not retracted,
//! not superseded, dated on or before the date asked about and at or above the filter's
//! verification level. They add to what the person record itself says.

use crate::registry::{LegalEvent, PersonRecord, Registry};
use amparo_domain::text::fold;
use amparo_domain::{CountryCode, FactType, PersonRole, Verification};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// The country whose nationals are not "foreign" in this registry.
pub const HOME_COUNTRY: &str = "VE";

/// What a report counts. The default counts everything.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    /// Only facts at or above this level count (e.g. `verified`).
    pub min_verification: Option<Verification>,
    /// Only persons with this nationality.
    pub nationality: Option<CountryCode>,
    /// Only persons with this role.
    pub role: Option<PersonRole>,
    /// Only persons held at this facility (name or alias): where held as of the date for
    /// stocks; where held just before (or, for arrests, just after) the event for flows.
    pub facility: Option<String>,
    /// Only persons held in a facility of this state.
    pub state: Option<String>,
}

impl Filter {
    /// Whether the filter counts everything.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// A one-line description, for report headers ("all facts and persons" when empty).
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(v) = self.min_verification {
            parts.push(format!("facts {v} or better"));
        }
        if let Some(c) = self.nationality {
            parts.push(format!("nationality {c}"));
        }
        if let Some(r) = self.role {
            parts.push(format!("role {r}"));
        }
        if let Some(f) = &self.facility {
            parts.push(format!("facility {f}"));
        }
        if let Some(s) = &self.state {
            parts.push(format!("state {s}"));
        }
        if parts.is_empty() {
            "all facts and persons".to_owned()
        } else {
            parts.join(", ")
        }
    }

    /// Whether a fact of this level counts.
    pub(crate) fn admits(&self, level: Verification) -> bool {
        self.min_verification.is_none_or(|min| level >= min)
    }

    /// The person-level part (nationality, role) as of `date`.
    pub(crate) fn admits_person(&self, rec: &PersonRecord, date: NaiveDate) -> bool {
        if let Some(country) = self.nationality
            && !nationalities(rec, date, self).contains(&country)
        {
            return false;
        }
        if let Some(role) = self.role
            && !roles(rec, date, self).contains(&role)
        {
            return false;
        }
        true
    }

    /// The place part (facility, state), for a facility as written (`None`: not in a facility).
    pub(crate) fn admits_place(&self, reg: &Registry, facility: Option<&str>) -> bool {
        if self.facility.is_none() && self.state.is_none() {
            return true;
        }
        let Some(written) = facility else {
            return false;
        };
        let (name, state) = reg.place(written);
        if let Some(wanted) = &self.facility {
            let wanted = reg.facility(wanted).map_or(wanted.as_str(), |f| &f.name);
            if fold(wanted) != fold(name) {
                return false;
            }
        }
        if let Some(wanted) = &self.state {
            match state {
                Some(s) if fold(s) == fold(wanted) => {}
                _ => return false,
            }
        }
        true
    }
}

/// Which custody states a figure includes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// In custody or whereabouts unknown (the Foro Penal convention).
    InPrison,
    /// In prison or under house arrest.
    DeprivedOfLiberty,
}

impl Scope {
    /// The stable text form.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::InPrison => "in-prison",
            Scope::DeprivedOfLiberty => "deprived-of-liberty",
        }
    }

    /// The custody states the scope includes.
    pub fn includes(self) -> &'static [&'static str] {
        match self {
            Scope::InPrison => &["in-custody", "whereabouts-unknown"],
            Scope::DeprivedOfLiberty => &["in-custody", "whereabouts-unknown", "house-arrest"],
        }
    }
}

/// The legal events that count as of `date` under the filter: accepted, not retracted, not
/// superseded by another counting event, dated on or before `date`.
pub(crate) fn live_legal<'a>(
    rec: &'a PersonRecord,
    date: NaiveDate,
    filter: &'a Filter,
) -> impl Iterator<Item = &'a LegalEvent> + 'a {
    let counts = move |e: &&LegalEvent| e.accepted && !e.retracted && filter.admits(e.verification);
    let superseded = move |id| {
        rec.legal
            .iter()
            .filter(counts)
            .any(|e| e.supersedes == Some(id))
    };
    rec.legal
        .iter()
        .filter(counts)
        .filter(move |e| e.date.is_on_or_before(date))
        .filter(move |e| !superseded(e.fact))
}

/// The person's nationalities as of `date`, without repeats.
pub(crate) fn nationalities(rec: &PersonRecord, date: NaiveDate, f: &Filter) -> Vec<CountryCode> {
    let mut all = rec.person.nationalities.clone();
    for e in live_legal(rec, date, f) {
        if let Some(c) = e.nationality
            && !all.contains(&c)
        {
            all.push(c);
        }
    }
    all
}

/// The person's roles as of `date`, without repeats.
pub(crate) fn roles(rec: &PersonRecord, date: NaiveDate, f: &Filter) -> Vec<PersonRole> {
    let mut all = rec.person.roles.clone();
    for e in live_legal(rec, date, f) {
        if let Some(r) = e.role
            && !all.contains(&r)
        {
            all.push(r);
        }
    }
    all
}

/// Whether the person has the role as of `date`, without building the list of roles.
pub(crate) fn has_role(rec: &PersonRecord, date: NaiveDate, f: &Filter, role: PersonRole) -> bool {
    rec.person.roles.contains(&role) || live_legal(rec, date, f).any(|e| e.role == Some(role))
}

/// Whether the person has a nationality other than Venezuelan as of `date`.
pub(crate) fn is_foreign(rec: &PersonRecord, date: NaiveDate, f: &Filter) -> bool {
    let other = |c: &CountryCode| c.as_str() != HOME_COUNTRY;
    rec.person.nationalities.iter().any(other)
        || live_legal(rec, date, f).any(|e| e.nationality.as_ref().is_some_and(other))
}

/// Whether the person is high profile as of `date`: the explicit flag, or a role that implies
/// it ([`PersonRole::is_high_profile`]: journalist, lawyer, human-rights defender,
/// politician, trade unionist), from the record or a role fact.
pub(crate) fn is_high_profile(rec: &PersonRecord, date: NaiveDate, f: &Filter) -> bool {
    rec.person.is_high_profile() || roles(rec, date, f).iter().any(|r| r.is_high_profile())
}

/// Whether a sentence stands as of `date`: the latest of sentence, acquittal and dismissal
/// is a sentence. (Pardons and amnesties end the custody, not the conviction.)
pub(crate) fn is_convicted(rec: &PersonRecord, date: NaiveDate, f: &Filter) -> bool {
    live_legal(rec, date, f)
        .filter(|e| {
            matches!(
                e.kind,
                FactType::Sentence | FactType::Acquittal | FactType::Dismissal
            )
        })
        .max_by_key(|e| (e.date, e.verification, e.fact))
        .is_some_and(|e| e.kind == FactType::Sentence)
}

/// What the counts read of a person on many days, worked out once: the attributes that no
/// dated fact changes, and the bounds of the birth date.
pub(crate) struct Traits<'a> {
    rec: &'a PersonRecord,
    /// Nationality or role facts exist, so those attributes depend on the day.
    dated: bool,
    military: bool,
    foreign: bool,
    /// First and last possible day of birth.
    birth: Option<(NaiveDate, NaiveDate)>,
}

impl<'a> Traits<'a> {
    pub fn new(rec: &'a PersonRecord) -> Traits<'a> {
        let p = &rec.person;
        Traits {
            rec,
            dated: rec
                .legal
                .iter()
                .any(|e| e.nationality.is_some() || e.role.is_some()),
            military: p.roles.contains(&PersonRole::Military),
            foreign: p.nationalities.iter().any(|c| c.as_str() != HOME_COUNTRY),
            birth: p.birth_date.map(|b| (b.first_day(), b.last_day())),
        }
    }

    pub fn military(&self, day: NaiveDate, f: &Filter) -> bool {
        self.military || self.dated && has_role(self.rec, day, f, PersonRole::Military)
    }

    pub fn foreign(&self, day: NaiveDate, f: &Filter) -> bool {
        self.foreign || self.dated && is_foreign(self.rec, day, f)
    }

    fn ages(&self, day: NaiveDate) -> Option<(i32, i32)> {
        let (first, last) = self.birth?;
        Some((years_between(last, day)?, years_between(first, day)?))
    }

    pub fn age_class(&self, day: NaiveDate) -> AgeClass {
        match self.ages(day) {
            Some((youngest, _)) if youngest >= 18 => AgeClass::Adult,
            Some((_, oldest)) if oldest < 18 => AgeClass::Minor,
            _ => AgeClass::Unknown,
        }
    }

    /// Certainly 70 or older (COPP art. 231: people over seventy may not be held in
    /// pre-trial detention).
    pub fn over_seventy(&self, day: NaiveDate) -> bool {
        self.ages(day).is_some_and(|(youngest, _)| youngest >= 70)
    }
}

/// Completed years from `birth` to `date`; `None` when `date` is before `birth`.
fn years_between(birth: NaiveDate, date: NaiveDate) -> Option<i32> {
    if date < birth {
        return None;
    }
    let mut years = date.year() - birth.year();
    if (date.month(), date.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    Some(years)
}

/// Adult, minor or unknown as of a date (unknown also when a partial birth date straddles
/// the 18th birthday).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AgeClass {
    Adult,
    Minor,
    Unknown,
}

#[cfg(test)]
mod tests {
    use super::*;
    use amparo_domain::PartialDate;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn born(birth: Option<&str>) -> PersonRecord {
        let mut p = amparo_domain::Person::new(
            amparo_domain::PersonId::generate(),
            amparo_domain::PersonName::parse("Persona").unwrap(),
        );
        p.birth_date = birth.map(|b| PartialDate::parse(b).unwrap());
        PersonRecord::new(p, vec![], vec![])
    }

    fn age_class(birth: Option<&str>, on: NaiveDate) -> AgeClass {
        Traits::new(&born(birth)).age_class(on)
    }

    fn is_over_seventy(birth: Option<&str>, on: NaiveDate) -> bool {
        Traits::new(&born(birth)).over_seventy(on)
    }

    #[test]
    fn age_is_unknown_when_a_partial_birth_date_straddles_the_birthday() {
        let birth = Some("2008");
        assert_eq!(age_class(birth, day("2026-06-30")), AgeClass::Unknown);
        assert_eq!(age_class(birth, day("2027-01-01")), AgeClass::Adult);
        assert_eq!(age_class(birth, day("2025-12-31")), AgeClass::Minor);
        assert_eq!(age_class(None, day("2025-12-31")), AgeClass::Unknown);
        let exact = Some("2008-03-10");
        assert_eq!(age_class(exact, day("2026-03-09")), AgeClass::Minor);
        assert_eq!(age_class(exact, day("2026-03-10")), AgeClass::Adult);
    }

    #[test]
    fn over_seventy_means_certainly_turned_seventy() {
        let birth = Some("1955-05");
        assert!(!is_over_seventy(birth, day("2025-05-15")));
        assert!(is_over_seventy(birth, day("2025-05-31")));
    }

    #[test]
    fn an_empty_filter_describes_itself() {
        assert_eq!(Filter::default().describe(), "all facts and persons");
        let f = Filter {
            min_verification: Some(Verification::Verified),
            ..Filter::default()
        };
        assert_eq!(f.describe(), "facts verified or better");
        assert!(!f.admits(Verification::Reported));
    }
}
