//! The input of every report: persons with the custody and legal projections of their facts,
//! the facilities, the announcements and the aggregate claims, as the store hands them over.
//!
//! Building a [`Registry`] only moves the vectors it is given and indexes the facilities;
//! nothing is derived until a report asks for it.

use amparo_domain::custody::change_of;
use amparo_domain::text::fold;
use amparo_domain::{
    AggregateClaim, Announcement, CountryCode, CustodyEvent, Facility, Fact, FactId, FactKind,
    FactType, PartialDate, Person, PersonId, PersonRole, Retraction, ReviewState, Verification,
    Visibility,
};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// The part of a non-custody fact that the counts read: sentences, acquittals, dismissals,
/// pardons, amnesties (for convicted/unconvicted) and the nationality and role attributes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalEvent {
    pub fact: FactId,
    pub date: PartialDate,
    pub kind: FactType,
    pub verification: Verification,
    pub accepted: bool,
    pub retracted: bool,
    pub supersedes: Option<FactId>,
    /// The country of a nationality fact.
    pub nationality: Option<CountryCode>,
    /// The role of a role fact.
    pub role: Option<PersonRole>,
}

impl LegalEvent {
    /// The legal or attribute part of a fact, or `None` for custody facts (see
    /// [`CustodyEvent::from_fact`]) and for kinds no count reads (charges, hearings, measures,
    /// recognitions). `retracted` says whether a retraction of it exists.
    pub fn from_fact(fact: &Fact, retracted: bool) -> Option<LegalEvent> {
        let (nationality, role) = match &fact.kind {
            FactKind::Nationality { country } => (Some(*country), None),
            FactKind::Role { role } => (None, Some(*role)),
            FactKind::Sentence { .. }
            | FactKind::Acquittal
            | FactKind::Dismissal
            | FactKind::Pardon
            | FactKind::Amnesty => (None, None),
            _ => return None,
        };
        Some(LegalEvent {
            fact: fact.id,
            date: fact.date,
            kind: fact.kind.fact_type(),
            verification: fact.verification,
            accepted: fact.review == ReviewState::Accepted,
            retracted,
            supersedes: fact.supersedes,
            nationality,
            role,
        })
    }
}

/// A person named in a report, as the public may see them: the name for public persons,
/// initials for those marked so, no name for hidden ones (they are still counted).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PersonRef {
    pub id: PersonId,
    pub name: Option<String>,
}

impl PersonRef {
    /// The reference the person's visibility allows.
    pub fn of(person: &Person) -> PersonRef {
        let name = match person.visibility {
            Visibility::Public => Some(person.display_name().to_owned()),
            Visibility::Initials => person.names.first().map(|n| n.initials()),
            Visibility::Hidden => None,
        };
        PersonRef {
            id: person.id,
            name,
        }
    }

    /// The name, or "(not named)".
    pub fn label(&self) -> &str {
        self.name.as_deref().unwrap_or("(not named)")
    }
}

/// One person with the projections of their facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRecord {
    pub person: Person,
    pub custody: Vec<CustodyEvent>,
    pub legal: Vec<LegalEvent>,
}

impl PersonRecord {
    /// A person and the projections of their facts, in any order.
    pub fn new(person: Person, custody: Vec<CustodyEvent>, legal: Vec<LegalEvent>) -> Self {
        PersonRecord {
            person,
            custody,
            legal,
        }
    }
}

/// Everything the reports read. Counts for any date are pure functions of it.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    people: Vec<PersonRecord>,
    facilities: Vec<Facility>,
    announcements: Vec<Announcement>,
    claims: Vec<AggregateClaim>,
    /// Folded facility names and aliases → index in `facilities`.
    facility_index: HashMap<String, usize>,
    /// Names and aliases exactly as given → index: the common case, found without folding.
    facility_exact: HashMap<String, usize>,
}

impl Registry {
    /// A registry from the store's vectors; cheap (the facilities are indexed, nothing else).
    pub fn new(
        people: Vec<PersonRecord>,
        facilities: Vec<Facility>,
        announcements: Vec<Announcement>,
        claims: Vec<AggregateClaim>,
    ) -> Registry {
        let mut facility_index = HashMap::new();
        let mut facility_exact = HashMap::new();
        for (i, f) in facilities.iter().enumerate() {
            for name in std::iter::once(&f.name).chain(&f.aliases) {
                facility_index.entry(fold(name)).or_insert(i);
                facility_exact.entry(name.clone()).or_insert(i);
            }
        }
        Registry {
            people,
            facilities,
            announcements,
            claims,
            facility_index,
            facility_exact,
        }
    }

    /// A registry from whole persons and facts: each fact is projected (custody or legal)
    /// and attached to its person; facts of persons not in `persons` are ignored, and facts
    /// named by a retraction count for nothing.
    pub fn from_facts(
        persons: Vec<Person>,
        facts: &[Fact],
        retractions: &[Retraction],
        facilities: Vec<Facility>,
        announcements: Vec<Announcement>,
        claims: Vec<AggregateClaim>,
    ) -> Registry {
        let retracted: HashSet<FactId> = retractions.iter().map(|r| r.fact).collect();
        let mut slot: HashMap<PersonId, usize> = HashMap::with_capacity(persons.len());
        let mut people: Vec<PersonRecord> = Vec::with_capacity(persons.len());
        for person in persons {
            slot.insert(person.id, people.len());
            people.push(PersonRecord::new(person, Vec::new(), Vec::new()));
        }
        for fact in facts {
            let Some(&i) = slot.get(&fact.person) else {
                continue;
            };
            let gone = retracted.contains(&fact.id);
            if change_of(&fact.kind).is_some() {
                if let Some(event) = CustodyEvent::from_fact(fact, gone) {
                    people[i].custody.push(event);
                }
            } else if let Some(event) = LegalEvent::from_fact(fact, gone) {
                people[i].legal.push(event);
            }
        }
        Registry::new(people, facilities, announcements, claims)
    }

    /// The persons with their events.
    pub fn people(&self) -> &[PersonRecord] {
        &self.people
    }

    /// The facilities, as given.
    pub fn facilities(&self) -> &[Facility] {
        &self.facilities
    }

    /// The announcements, as given.
    pub fn announcements(&self) -> &[Announcement] {
        &self.announcements
    }

    /// The aggregate claims, as given.
    pub fn claims(&self) -> &[AggregateClaim] {
        &self.claims
    }

    /// The facility a name as written refers to, case and accents aside.
    pub fn facility(&self, written: &str) -> Option<&Facility> {
        self.facility_exact
            .get(written)
            .or_else(|| self.facility_index.get(&fold(written)))
            .and_then(|&i| self.facilities.get(i))
    }

    /// The canonical name of a facility as written (the name itself when it is not in the
    /// gazetteer) and its state, if known.
    pub(crate) fn place<'a>(&'a self, written: &'a str) -> (&'a str, Option<&'a str>) {
        match self.facility(written) {
            Some(f) => (&f.name, f.state.as_deref()),
            None => (written.trim(), None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use amparo_domain::{Citation, PersonName, ReleaseKind, SourceId};

    fn fact(person: PersonId, kind: FactKind) -> Fact {
        let cite = Citation::new(SourceId::generate(), Some("row 1".into()), None).unwrap();
        Fact::new(
            FactId::generate(),
            person,
            kind,
            PartialDate::parse("2025-01-02").unwrap(),
            vec![cite],
        )
        .unwrap()
    }

    #[test]
    fn facts_are_split_into_custody_and_legal_projections() {
        let p = Person::new(
            PersonId::generate(),
            PersonName::parse("Ana Prado").unwrap(),
        );
        let arrest = fact(
            p.id,
            FactKind::Arrest {
                facility: None,
                agency: None,
            },
        );
        let release = fact(
            p.id,
            FactKind::Release {
                release_kind: ReleaseKind::Full,
                measures: vec![],
            },
        );
        let nationality = fact(
            p.id,
            FactKind::Nationality {
                country: CountryCode::parse("ES").unwrap(),
            },
        );
        let hearing = fact(p.id, FactKind::Hearing { note: None });
        let stranger = fact(PersonId::generate(), FactKind::Pardon);
        let retraction = Retraction {
            fact: release.id,
            reason: "wrong person".into(),
        };
        let reg = Registry::from_facts(
            vec![p],
            &[arrest, release, nationality, hearing, stranger],
            &[retraction],
            vec![],
            vec![],
            vec![],
        );
        let rec = &reg.people()[0];
        assert_eq!(rec.custody.len(), 2);
        assert!(rec.custody[1].retracted);
        assert_eq!(rec.legal.len(), 1, "the hearing is not read by any count");
        assert_eq!(
            rec.legal[0].nationality.map(|c| c.to_string()),
            Some("ES".into())
        );
    }

    #[test]
    fn facilities_are_found_by_alias_and_accents() {
        let mut f = Facility::new("Tocorón").unwrap();
        f.aliases.push("Centro Penitenciario de Aragua".into());
        f.state = Some("Aragua".into());
        let reg = Registry::new(vec![], vec![f], vec![], vec![]);
        assert_eq!(reg.place("TOCORON"), ("Tocorón", Some("Aragua")));
        assert_eq!(reg.place(" Zona 7 "), ("Zona 7", None));
    }
}
