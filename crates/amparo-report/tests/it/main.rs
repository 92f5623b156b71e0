//! Integration tests of amparo-report: an invented scenario with known answers, the
//! consistency of balances, periods and series, rendering, and a property: the balance as of
//! a date ignores facts dated after it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod hostile;
mod language;
mod observations;
mod property;
mod render;
mod scenario;

use amparo_domain::{CountryCode, PersonRole, Verification};
use amparo_report::{Every, Filter, Movement, balance, claims, period, series};
use scenario::{day, scenario};

#[test]
fn balance_before_the_releases_counts_who_is_held_and_who_they_are() {
    let (b, cast) = scenario();
    let reg = b.registry();
    let bal = balance(&reg, &Filter::default(), day("2025-12-29"));
    let p = &bal.in_prison;
    assert_eq!(
        p.total, 9,
        "the proposed arrest and the released Gabriel do not count"
    );
    assert_eq!(bal.deprived_of_liberty.total, 9);
    assert_eq!((p.men, p.women), (5, 4));
    assert_eq!((p.civilians, p.military), (8, 1));
    assert_eq!((p.adults, p.minors, p.age_unknown), (8, 1, 0));
    assert_eq!((p.foreign, p.dual_nationals), (2, 1));
    assert_eq!(p.by_country.get("CO"), Some(&1));
    assert_eq!(p.by_country.get("ES"), Some(&1));
    assert_eq!(p.whereabouts_unknown, 1);
    assert_eq!(p.held_over_one_year, 4, "Ana, Bruno, Carla, Fernando");
    assert_eq!((p.convicted, p.unconvicted), (1, 8));
    let pretrial: Vec<_> = p.pretrial_over_two_years.iter().map(|r| r.id).collect();
    assert_eq!(
        pretrial,
        vec![cast.bruno],
        "25 months without sentence; Fernando is sentenced"
    );
    let old: Vec<_> = p.over_seventy.iter().map(|r| r.id).collect();
    assert_eq!(old, vec![cast.hugo]);
    assert_eq!(
        p.by_facility.get("Rodeo I"),
        Some(&5),
        "aliases and the transfer resolved"
    );
    assert_eq!(p.by_facility.get("El Helicoide"), Some(&2));
    assert_eq!(p.by_facility.get("Tocorón"), Some(&2));
    assert_eq!(p.by_state.get("Miranda"), Some(&5));
    assert_eq!(p.by_state.get("Aragua"), Some(&2));
    assert_eq!(bal.release_announced, 0);
}

#[test]
fn the_transfer_moves_the_person_between_facilities() {
    let (b, _) = scenario();
    let reg = b.registry();
    let f = Filter {
        facility: Some("helicoide".into()),
        ..Filter::default()
    };
    assert_eq!(
        balance(&reg, &f, day("2025-05-31")).in_prison.total,
        1,
        "Ana before"
    );
    assert_eq!(
        balance(&reg, &f, day("2025-06-01")).in_prison.total,
        0,
        "Ana moved"
    );
    let rodeo = Filter {
        facility: Some("Rodeo I".into()),
        ..Filter::default()
    };
    assert_eq!(
        balance(&reg, &rodeo, day("2025-06-01")).in_prison.total,
        3,
        "Ana, Bruno, Fernando"
    );
}

#[test]
fn balance_after_the_releases_keeps_house_arrest_apart() {
    let (b, _) = scenario();
    let reg = b.registry();
    let bal = balance(&reg, &Filter::default(), day("2026-01-31"));
    let (p, d) = (&bal.in_prison, &bal.deprived_of_liberty);
    assert_eq!(p.total, 6, "Elena, Fernando, Gabriel, Irene, Julio, Karen");
    assert_eq!(d.total, 7, "and Carla under house arrest");
    assert_eq!(d.by_facility.get("(house arrest)"), Some(&1));
    assert_eq!(p.by_facility.get("(house arrest)"), None);
    assert_eq!((p.men, p.women, d.women), (3, 3, 4));
    assert_eq!(p.held_over_one_year, 1, "Fernando");
    assert_eq!(
        d.held_over_one_year, 2,
        "Carla's prison and house arrest are one spell"
    );
    assert_eq!(
        bal.release_announced, 1,
        "Julio's release was only announced"
    );
    assert_eq!(p.minors, 1);
}

#[test]
fn filters_select_by_nationality_role_state_and_verification() {
    let (b, _) = scenario();
    let reg = b.registry();
    let on = day("2025-12-29");
    let by = |f: Filter| balance(&reg, &f, on).in_prison.total;
    let es = CountryCode::parse("ES").unwrap();
    assert_eq!(
        by(Filter {
            nationality: Some(es),
            ..Filter::default()
        }),
        1
    );
    assert_eq!(
        by(Filter {
            role: Some(PersonRole::Military),
            ..Filter::default()
        }),
        1
    );
    assert_eq!(
        by(Filter {
            state: Some("aragua".into()),
            ..Filter::default()
        }),
        2
    );
    let verified = Filter {
        min_verification: Some(Verification::Verified),
        ..Filter::default()
    };
    assert_eq!(
        by(verified.clone()),
        0,
        "no arrest in the scenario is verified"
    );
    let p = period(&reg, &verified, day("2026-01-08"), day("2026-01-15")).unwrap();
    assert_eq!(
        p.flows.releases.total, 2,
        "Ana and Diego's releases are verified"
    );
}

#[test]
fn period_of_the_releases_counts_each_kind_and_the_revolving_door() {
    let (b, cast) = scenario();
    let reg = b.registry();
    let p = period(
        &reg,
        &Filter::default(),
        day("2026-01-08"),
        day("2026-01-15"),
    )
    .unwrap();
    let r = &p.flows.releases;
    assert_eq!(r.total, 4, "the announced-only release is not one");
    assert_eq!(
        (r.full, r.with_measures, r.house_arrest, r.exile),
        (1, 1, 1, 1)
    );
    assert_eq!(r.by_measure.get("reporting"), Some(&1));
    assert_eq!(r.by_measure.get("travel-ban"), Some(&1));
    assert_eq!((p.flows.arrests, p.flows.rearrests), (1, 1));
    assert_eq!(p.flows.deaths_in_custody, 1);
    assert_eq!(p.held_before.in_prison.total, 9);
    assert_eq!(p.held_after.in_prison.total, 6);
    assert_eq!(p.held_after.deprived_of_liberty.total, 7);
    assert_eq!(p.net_change_in_prison, -3);
    assert_eq!(p.net_change_deprived_of_liberty, -2);
    assert_eq!(p.revolving_door, Some(0.5));
    assert_eq!(p.released_state_at_end.get("released-fully"), Some(&1));
    assert_eq!(p.released_state_at_end.get("house-arrest"), Some(&1));
    let hp: Vec<_> = p
        .high_profile
        .iter()
        .map(|c| (c.person.id, c.movement))
        .collect();
    assert_eq!(
        hp,
        vec![
            (cast.ana, Movement::ReleasedFully),
            (cast.bruno, Movement::ReleasedWithMeasures),
            (cast.irene, Movement::Arrest),
        ],
        "Irene is a lawyer by a role fact"
    );
    assert!(p.high_profile.iter().all(|c| c.person.id != cast.carla));
}

#[test]
fn periods_before_and_after_the_releases() {
    let (b, _) = scenario();
    let reg = b.registry();
    let before = period(
        &reg,
        &Filter::default(),
        day("2025-12-01"),
        day("2025-12-31"),
    )
    .unwrap();
    assert_eq!(before.flows.arrests, 1, "Elena");
    assert_eq!(before.flows.releases.total, 0);
    assert_eq!(before.revolving_door, None);
    assert_eq!(before.net_change_in_prison, 1);
    let after = period(
        &reg,
        &Filter::default(),
        day("2026-02-01"),
        day("2026-02-28"),
    )
    .unwrap();
    assert_eq!(after.flows, amparo_report::Flows::default());
    assert_eq!(after.net_change_deprived_of_liberty, 0);
    assert!(
        period(
            &reg,
            &Filter::default(),
            day("2026-02-01"),
            day("2026-01-01")
        )
        .is_err()
    );
}

#[test]
fn series_steps_agree_with_periods_and_balances() {
    let (b, _) = scenario();
    let reg = b.registry();
    let f = Filter::default();
    let s = series(&reg, &f, day("2025-11-01"), day("2026-02-10"), Every::Week).unwrap();
    assert_eq!(s.steps.len(), 15);
    for step in &s.steps {
        let p = period(&reg, &f, step.start, step.end).unwrap();
        assert_eq!(step.flows, p.flows, "step {}", step.start);
        assert_eq!(step.observed, p.observed, "step {}", step.start);
        let bal = balance(&reg, &f, step.end);
        assert_eq!(step.held.in_prison.total, bal.in_prison.total);
        assert_eq!(
            step.held.deprived_of_liberty.total,
            bal.deprived_of_liberty.total
        );
        assert_eq!(step.held.in_prison.foreign, bal.in_prison.foreign);
        assert_eq!(step.held.in_prison.military, bal.in_prison.military);
    }
    let total: u64 = s.steps.iter().map(|st| st.flows.releases.total).sum();
    assert_eq!(total, 4);
}

#[test]
fn announcements_and_claims_sit_beside_the_registry() {
    let (b, _) = scenario();
    let reg = b.registry();
    let c = claims(&reg, &Filter::default(), day("2026-01-31"));
    let a = &c.announcements[0];
    assert_eq!((a.releases_recorded, a.releases_verified), (4, 2));
    assert_eq!(a.announced_not_confirmed, 1);
    assert_eq!(
        a.promised_minus_verified, None,
        "nothing was promised in numbers"
    );
    let held = &c.claims[0];
    assert_eq!((held.registry, held.gap), (Some(9), Some(-1)));
    let released = &c.claims[1];
    assert_eq!((released.registry, released.gap), (Some(4), Some(-804)));
}
