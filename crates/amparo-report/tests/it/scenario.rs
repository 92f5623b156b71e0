//! An invented registry with known answers: arrests, a transfer, releases of each kind, a
//! re-arrest, a death in custody, a disappearance, a foreigner, a dual national, a minor, a
//! military detainee, a person held over two years without sentence, a person over seventy,
//! an announced-only release, an unspecified announcement and two aggregate claims.

use amparo_domain::{
    AggregateClaim, Announcement, Citation, ClaimId, ClaimSubject, CountryCode, Facility, Fact,
    FactId, FactKind, PartialDate, Person, PersonId, PersonName, PersonRole, Quantity, ReleaseKind,
    ReleaseMeasure, ReviewState, Sex, SourceId, Verification,
};
use amparo_report::Registry;
use chrono::NaiveDate;

pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Builds persons and facts with one invented source.
pub struct Builder {
    pub persons: Vec<Person>,
    pub facts: Vec<Fact>,
    source: SourceId,
}

impl Builder {
    pub fn new() -> Builder {
        Builder {
            persons: Vec::new(),
            facts: Vec::new(),
            source: SourceId::generate(),
        }
    }

    pub fn person(
        &mut self,
        name: &str,
        sex: Sex,
        birth: &str,
        nationalities: &[&str],
        roles: &[PersonRole],
    ) -> PersonId {
        let mut p = Person::new(PersonId::generate(), PersonName::parse(name).unwrap());
        p.sex = Some(sex);
        p.birth_date = Some(PartialDate::parse(birth).unwrap());
        p.nationalities = nationalities
            .iter()
            .map(|c| CountryCode::parse(c).unwrap())
            .collect();
        p.roles = roles.to_vec();
        let id = p.id;
        self.persons.push(p);
        id
    }

    pub fn fact_at(
        &mut self,
        who: PersonId,
        date: &str,
        kind: FactKind,
        level: Verification,
    ) -> FactId {
        let cite = Citation::new(self.source, None, Some("invented list, row 1".into())).unwrap();
        let mut f = Fact::new(
            FactId::generate(),
            who,
            kind,
            PartialDate::parse(date).unwrap(),
            vec![cite],
        )
        .unwrap();
        f.verification = level;
        let id = f.id;
        self.facts.push(f);
        id
    }

    /// A list's status as of its date (an observation), reported.
    pub fn observation(&mut self, who: PersonId, date: &str, kind: FactKind) -> FactId {
        let id = self.fact(who, date, kind);
        if let Some(f) = self.facts.last_mut() {
            f.observed = true;
        }
        id
    }

    pub fn fact(&mut self, who: PersonId, date: &str, kind: FactKind) -> FactId {
        self.fact_at(who, date, kind, Verification::Reported)
    }

    pub fn registry(&self) -> Registry {
        Registry::from_facts(
            self.persons.clone(),
            &self.facts,
            &[],
            facilities(),
            vec![announcement(self.source)],
            claims(self.source),
        )
    }
}

pub fn arrest(facility: &str) -> FactKind {
    FactKind::Arrest {
        facility: Some(facility.to_owned()),
        agency: None,
    }
}

pub fn release(kind: ReleaseKind, measures: Vec<ReleaseMeasure>) -> FactKind {
    FactKind::Release {
        release_kind: kind,
        measures,
    }
}

fn facilities() -> Vec<Facility> {
    let place = |name: &str, aliases: &[&str], state: &str| {
        let mut f = Facility::new(name).unwrap();
        f.aliases = aliases.iter().map(|a| (*a).to_owned()).collect();
        f.state = Some(state.to_owned());
        f
    };
    vec![
        place("El Helicoide", &["Helicoide"], "Distrito Capital"),
        place("Rodeo I", &["Rodeo 1"], "Miranda"),
        place("Tocorón", &[], "Aragua"),
    ]
}

fn announcement(source: SourceId) -> Announcement {
    Announcement {
        id: ClaimId::generate(),
        source,
        announced_by: "Invented government spokesperson".into(),
        date: PartialDate::parse("2026-01-08").unwrap(),
        quantity: Quantity::Vague("a significant number".into()),
        description: None,
        retracted: None,
    }
}

fn claims(source: SourceId) -> Vec<AggregateClaim> {
    vec![
        AggregateClaim {
            id: ClaimId::generate(),
            source,
            according_to: "Invented Observatory".into(),
            subject: ClaimSubject::Held,
            quantity: Quantity::Number(10),
            as_of: Some(PartialDate::parse("2025-12-29").unwrap()),
            period: None,
            retracted: None,
        },
        AggregateClaim {
            id: ClaimId::generate(),
            source,
            according_to: "Invented government".into(),
            subject: ClaimSubject::Released,
            quantity: Quantity::Number(808),
            as_of: None,
            period: Some((
                PartialDate::parse("2026-01-08").unwrap(),
                PartialDate::parse("2026-01-31").unwrap(),
            )),
            retracted: None,
        },
    ]
}

/// The people of the scenario, by name, for assertions.
pub struct Cast {
    pub ana: PersonId,
    pub bruno: PersonId,
    pub carla: PersonId,
    pub hugo: PersonId,
    pub irene: PersonId,
}

/// The scenario: see the module doc and the expected figures in the tests.
pub fn scenario() -> (Builder, Cast) {
    use PersonRole as R;
    use ReleaseKind as K;
    use Sex::{Female as F, Male as M};
    use Verification as V;
    let mut b = Builder::new();
    let ana = b.person("Ana Invented", F, "1980", &["VE"], &[R::Journalist]);
    b.fact(ana, "2024-11-20", arrest("Helicoide"));
    b.fact(
        ana,
        "2025-06-01",
        FactKind::Transfer {
            facility: "Rodeo I".into(),
        },
    );
    b.fact_at(ana, "2026-01-09", release(K::Full, vec![]), V::Verified);

    let bruno = b.person(
        "Bruno Ficticio",
        M,
        "1975-04-02",
        &["VE", "ES"],
        &[R::Politician],
    );
    b.fact(bruno, "2023-11-01", arrest("Rodeo 1"));
    let measures = vec![
        ReleaseMeasure::Reporting { every_days: 30 },
        ReleaseMeasure::TravelBan,
    ];
    b.fact_at(
        bruno,
        "2026-01-10",
        release(K::Conditional, measures),
        V::Corroborated,
    );

    let carla = b.person("Carla Inventada", F, "1990-07-07", &["VE"], &[]);
    b.fact(carla, "2024-12-01", arrest("Tocorón"));
    let home = vec![ReleaseMeasure::HouseArrest {
        electronic_monitor: true,
    }];
    b.fact(carla, "2026-01-10", release(K::HouseArrest, home));

    let diego = b.person("Diego Supuesto", M, "1985", &["CO"], &[]);
    b.fact(diego, "2025-08-15", arrest("EL HELICOIDE"));
    b.fact_at(diego, "2026-01-12", release(K::Exile, vec![]), V::Verified);

    let elena = b.person("Elena Menor", F, "2009-05-01", &["VE"], &[R::Student]);
    b.fact(elena, "2025-12-01", arrest("Rodeo I"));

    let fernando = b.person("Fernando Militar", M, "1970", &["VE"], &[R::Military]);
    b.fact(fernando, "2022-05-10", arrest("Rodeo I"));
    let sentence = FactKind::Sentence {
        term_months: Some(96),
        text: None,
    };
    b.fact(fernando, "2024-02-01", sentence);

    let gabriel = b.person("Gabriel Otra Vez", M, "1988", &["VE"], &[]);
    b.fact(gabriel, "2025-01-05", arrest("Tocorón"));
    b.fact(gabriel, "2025-06-01", release(K::Full, vec![]));
    b.fact(
        gabriel,
        "2026-01-14",
        FactKind::Rearrest {
            facility: Some("El Helicoide".into()),
        },
    );

    let hugo = b.person("Hugo Mayor", M, "1950-03-03", &["VE"], &[]);
    b.fact(hugo, "2025-09-01", arrest("Helicoide"));
    b.fact(
        hugo,
        "2026-01-11",
        FactKind::DeathInCustody { facility: None },
    );

    let irene = b.person("Irene Nueva", F, "1995", &["VE"], &[]);
    b.fact(irene, "2026-01-13", arrest("Rodeo I"));
    b.fact(irene, "2026-01-13", FactKind::Role { role: R::Lawyer });

    let julio = b.person("Julio Anunciado", M, "1960", &["VE"], &[]);
    b.fact(julio, "2025-10-01", arrest("Tocorón"));
    b.fact_at(julio, "2026-01-09", release(K::Full, vec![]), V::Announced);

    let karen = b.person("Karen Desaparecida", F, "1983", &["VE"], &[]);
    b.fact(karen, "2025-07-01", arrest("Rodeo I"));
    b.fact(karen, "2025-11-01", FactKind::WhereaboutsUnknown);

    let luis = b.person("Luis Propuesto", M, "1992", &["VE"], &[]);
    b.fact(luis, "2025-05-05", arrest("Rodeo I"));
    if let Some(f) = b.facts.last_mut() {
        f.review = ReviewState::Proposed;
    }
    (
        b,
        Cast {
            ana,
            bruno,
            carla,
            hugo,
            irene,
        },
    )
}
