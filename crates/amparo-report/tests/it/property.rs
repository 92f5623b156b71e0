//! Property: the balance as of D does not change when facts dated after D are added (other
//! than corrections, which replace what they correct whatever their dates).

use super::scenario::{Builder, arrest, day, release};
use amparo_domain::{
    CountryCode, FactKind, PersonRole, ReleaseKind, ReleaseMeasure, Sex, Verification,
};
use amparo_report::{Filter, Flows, balance, period};
use chrono::Days;
use proptest::prelude::*;

/// One fact: day offset from 2024-01-01, a kind and a level.
type Spec = (u64, u8, u8);

fn kind(k: u8) -> FactKind {
    match k % 11 {
        0 | 1 => arrest("Rodeo I"),
        2 => FactKind::Transfer {
            facility: "Tocorón".into(),
        },
        3 => release(ReleaseKind::Full, vec![]),
        4 => release(ReleaseKind::Conditional, vec![ReleaseMeasure::TravelBan]),
        5 => release(ReleaseKind::HouseArrest, vec![]),
        6 => FactKind::Rearrest { facility: None },
        7 => FactKind::WhereaboutsUnknown,
        8 => FactKind::Sentence {
            term_months: None,
            text: None,
        },
        9 => FactKind::Nationality {
            country: CountryCode::parse("ES").unwrap_or_else(|_| unreachable!()),
        },
        _ => FactKind::Role {
            role: PersonRole::Military,
        },
    }
}

fn level(l: u8) -> Verification {
    Verification::ALL[usize::from(l) % Verification::ALL.len()]
}

fn build(people: &[Vec<Spec>], later: &[(usize, Spec)], as_of_offset: u64) -> Builder {
    let start = day("2024-01-01");
    let mut b = Builder::new();
    let ids: Vec<_> = (0..people.len())
        .map(|i| {
            let sex = if i % 2 == 0 { Sex::Male } else { Sex::Female };
            b.person(&format!("Persona {i}"), sex, "1990", &["VE"], &[])
        })
        .collect();
    let date = |off: u64| {
        start
            .checked_add_days(Days::new(off))
            .unwrap_or(start)
            .to_string()
    };
    for (id, specs) in ids.iter().zip(people) {
        for &(off, k, l) in specs {
            b.fact_at(*id, &date(off), kind(k), level(l));
        }
    }
    for &(who, (off, k, l)) in later {
        if let Some(id) = ids.get(who % ids.len().max(1)) {
            b.fact_at(*id, &date(as_of_offset + 1 + off), kind(k), level(l));
        }
    }
    b
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn facts_dated_after_the_day_change_nothing(
        people in prop::collection::vec(prop::collection::vec((0u64..700, 0u8..11, 0u8..4), 0..6), 1..8),
        later in prop::collection::vec((0usize..8, (0u64..300, 0u8..11, 0u8..4)), 1..12),
        as_of_offset in 0u64..700,
        verified_only in any::<bool>(),
    ) {
        let as_of = day("2024-01-01").checked_add_days(Days::new(as_of_offset)).unwrap();
        let filter = Filter {
            min_verification: verified_only.then_some(Verification::Corroborated),
            ..Filter::default()
        };
        let without = build(&people, &[], as_of_offset).registry();
        let with = build(&people, &later, as_of_offset);
        // Same persons (ids are generated): rebuild `with` on the persons of `without`.
        let mut with_same = with;
        let old_ids: Vec<_> = without.people().iter().map(|r| r.person.id).collect();
        for (p, id) in with_same.persons.iter_mut().zip(&old_ids) {
            let new = p.id;
            p.id = *id;
            for f in with_same.facts.iter_mut().filter(|f| f.person == new) {
                f.person = *id;
            }
        }
        let with = with_same.registry();
        let a = balance(&without, &filter, as_of);
        let mut b = balance(&with, &filter, as_of);
        b.filter = a.filter.clone();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn issue_10_a_list_day_makes_no_flows_whatever_the_list_says(
        people in prop::collection::vec(prop::collection::vec((0u64..700, 0u8..11, 0u8..4), 0..6), 1..8),
        listed in prop::collection::vec((0u8..8, 1u8..4), 1..8),
    ) {
        let mut b = build(&people, &[], 0);
        let list_day = "2026-01-12";
        let ids: Vec<_> = b.persons.iter().map(|p| p.id).collect();
        for (i, (k, l)) in listed.iter().enumerate() {
            let who = ids[i % ids.len()];
            b.fact_at(who, list_day, kind(*k), level(*l));
            if let Some(f) = b.facts.last_mut() {
                f.observed = true;
            }
        }
        let reg = b.registry();
        let p = period(&reg, &Filter::default(), day(list_day), day(list_day)).unwrap();
        prop_assert_eq!(&p.flows, &Flows::default());
        prop_assert!(p.high_profile.iter().all(|c| c.observed));
        let stocks = balance(&reg, &Filter::default(), day(list_day));
        prop_assert_eq!(stocks.in_prison.total, p.held_after.in_prison.total);
    }
}
