//! The balance as of a date, in the style of the NGOs' weekly report: how many are held and
//! who they are, computed side by side for "in prison" and "deprived of liberty".

use crate::filter::{self, AgeClass, Filter, HOME_COUNTRY, Scope, Traits};
use crate::par;
use crate::registry::{PersonRecord, PersonRef, Registry};
use crate::status::{custody_view, spell_start};
use amparo_domain::{CustodyState, CustodyStatus, Sex, custody_status};
use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The key for persons held without a known facility.
pub const UNKNOWN_PLACE: &str = "(unknown)";
/// The facility and state key for persons under house arrest.
pub const AT_HOME: &str = "(house arrest)";

/// The figures for one scope. Every count is of persons.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tally {
    pub scope: Scope,
    /// The custody states counted.
    pub includes: Vec<String>,
    pub total: u64,
    pub by_custody_state: BTreeMap<String, u64>,
    pub men: u64,
    pub women: u64,
    pub sex_other: u64,
    pub sex_unknown: u64,
    pub civilians: u64,
    /// With the `military` role (police count as civilians).
    pub military: u64,
    pub adults: u64,
    pub minors: u64,
    pub age_unknown: u64,
    /// With a nationality other than Venezuelan (dual nationals included).
    pub foreign: u64,
    /// Venezuelan and another nationality.
    pub dual_nationals: u64,
    /// Non-Venezuelan nationalities: a dual national counts once per other country.
    pub by_country: BTreeMap<String, u64>,
    pub whereabouts_unknown: u64,
    /// Held without interruption (in this scope) since more than twelve months before.
    pub held_over_one_year: u64,
    /// Held with no known start date.
    pub held_since_unknown: u64,
    /// A sentence stands (see the crate docs).
    pub convicted: u64,
    pub unconvicted: u64,
    /// Canonical facility name → persons; house arrest and unknown places have their keys.
    pub by_facility: BTreeMap<String, u64>,
    pub by_state: BTreeMap<String, u64>,
    /// Held without a sentence for more than 24 months (the COPP limit on pre-trial
    /// detention), by person id.
    pub pretrial_over_two_years: Vec<PersonRef>,
    /// Held at 70 or older (COPP art. 231), by person id.
    pub over_seventy: Vec<PersonRef>,
}

impl Tally {
    /// An empty tally for the scope.
    pub fn new(scope: Scope) -> Tally {
        Tally {
            scope,
            includes: scope.includes().iter().map(|s| (*s).to_owned()).collect(),
            total: 0,
            by_custody_state: BTreeMap::new(),
            men: 0,
            women: 0,
            sex_other: 0,
            sex_unknown: 0,
            civilians: 0,
            military: 0,
            adults: 0,
            minors: 0,
            age_unknown: 0,
            foreign: 0,
            dual_nationals: 0,
            by_country: BTreeMap::new(),
            whereabouts_unknown: 0,
            held_over_one_year: 0,
            held_since_unknown: 0,
            convicted: 0,
            unconvicted: 0,
            by_facility: BTreeMap::new(),
            by_state: BTreeMap::new(),
            pretrial_over_two_years: Vec::new(),
            over_seventy: Vec::new(),
        }
    }

    fn add(&mut self, who: &Held<'_>, start: Option<NaiveDate>, as_of: NaiveDate) {
        /// Counts one under `key`, allocating the key only the first time.
        fn bump(map: &mut BTreeMap<String, u64>, key: &str) {
            match map.get_mut(key) {
                Some(n) => *n += 1,
                None => {
                    map.insert(key.to_owned(), 1);
                }
            }
        }
        let rec = who.rec;
        let person = &rec.person;
        self.total += 1;
        bump(&mut self.by_custody_state, who.status.state.as_str());
        match person.sex {
            Some(Sex::Male) => self.men += 1,
            Some(Sex::Female) => self.women += 1,
            Some(Sex::Other) => self.sex_other += 1,
            None => self.sex_unknown += 1,
        }
        if who.military {
            self.military += 1;
        } else {
            self.civilians += 1;
        }
        match who.traits.age_class(as_of) {
            AgeClass::Adult => self.adults += 1,
            AgeClass::Minor => self.minors += 1,
            AgeClass::Unknown => self.age_unknown += 1,
        }
        let mut foreign = false;
        let mut home = false;
        for c in &who.nationalities {
            if c.as_str() == HOME_COUNTRY {
                home = true;
            } else {
                foreign = true;
                bump(&mut self.by_country, c.as_str());
            }
        }
        self.foreign += u64::from(foreign);
        self.dual_nationals += u64::from(foreign && home);
        if who.status.state == CustodyState::WhereaboutsUnknown {
            self.whereabouts_unknown += 1;
        }
        let before = |months| as_of.checked_sub_months(Months::new(months));
        match start {
            Some(s) => {
                if before(12).is_some_and(|limit| s < limit) {
                    self.held_over_one_year += 1;
                }
                if !who.convicted && before(24).is_some_and(|limit| s < limit) {
                    self.pretrial_over_two_years.push(PersonRef::of(person));
                }
            }
            None => self.held_since_unknown += 1,
        }
        if who.convicted {
            self.convicted += 1;
        } else {
            self.unconvicted += 1;
        }
        if who.traits.over_seventy(as_of) {
            self.over_seventy.push(PersonRef::of(person));
        }
        bump(&mut self.by_facility, who.facility);
        bump(&mut self.by_state, who.state);
    }

    fn merge(&mut self, other: Tally) {
        let add = |a: &mut BTreeMap<String, u64>, b: BTreeMap<String, u64>| {
            for (k, v) in b {
                *a.entry(k).or_default() += v;
            }
        };
        self.total += other.total;
        add(&mut self.by_custody_state, other.by_custody_state);
        self.men += other.men;
        self.women += other.women;
        self.sex_other += other.sex_other;
        self.sex_unknown += other.sex_unknown;
        self.civilians += other.civilians;
        self.military += other.military;
        self.adults += other.adults;
        self.minors += other.minors;
        self.age_unknown += other.age_unknown;
        self.foreign += other.foreign;
        self.dual_nationals += other.dual_nationals;
        add(&mut self.by_country, other.by_country);
        self.whereabouts_unknown += other.whereabouts_unknown;
        self.held_over_one_year += other.held_over_one_year;
        self.held_since_unknown += other.held_since_unknown;
        self.convicted += other.convicted;
        self.unconvicted += other.unconvicted;
        add(&mut self.by_facility, other.by_facility);
        add(&mut self.by_state, other.by_state);
        self.pretrial_over_two_years
            .extend(other.pretrial_over_two_years);
        self.over_seventy.extend(other.over_seventy);
    }
}

/// The balance as of a date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Balance {
    pub as_of: NaiveDate,
    pub filter: Filter,
    /// In custody or whereabouts unknown (the Foro Penal convention).
    pub in_prison: Tally,
    /// In prison or under house arrest.
    pub deprived_of_liberty: Tally,
    /// Persons deprived of liberty whose release has been announced but not confirmed.
    pub release_announced: u64,
    /// Persons deprived of liberty whose status the sources disagree on (see `amparo status`).
    pub with_conflicts: u64,
}

/// A person deprived of liberty as of the date, with what the tallies read.
struct Held<'a> {
    rec: &'a PersonRecord,
    traits: Traits<'a>,
    status: &'a CustodyStatus,
    military: bool,
    nationalities: Vec<amparo_domain::CountryCode>,
    convicted: bool,
    facility: &'a str,
    state: &'a str,
}

/// The balance as of `as_of` (facts dated after it change nothing).
pub fn balance(reg: &Registry, filter: &Filter, as_of: NaiveDate) -> Balance {
    let init = || Balance {
        as_of,
        filter: filter.clone(),
        in_prison: Tally::new(Scope::InPrison),
        deprived_of_liberty: Tally::new(Scope::DeprivedOfLiberty),
        release_announced: 0,
        with_conflicts: 0,
    };
    let mut out = par::fold(
        reg.people(),
        init,
        |acc, rec| count(acc, reg, filter, rec),
        |a, b| {
            a.in_prison.merge(b.in_prison);
            a.deprived_of_liberty.merge(b.deprived_of_liberty);
            a.release_announced += b.release_announced;
            a.with_conflicts += b.with_conflicts;
        },
    );
    for t in [&mut out.in_prison, &mut out.deprived_of_liberty] {
        t.pretrial_over_two_years.sort();
        t.over_seventy.sort();
    }
    out
}

fn count(acc: &mut Balance, reg: &Registry, filter: &Filter, rec: &PersonRecord) {
    if rec.custody.is_empty() {
        return;
    }
    let as_of = acc.as_of;
    let events = custody_view(rec, filter);
    let status = custody_status(&events, as_of);
    if !status.state.is_deprived_of_liberty()
        || !filter.admits_place(reg, status.facility.as_deref())
        || !filter.admits_person(rec, as_of)
    {
        return;
    }
    let (facility, state) = match (&status.facility, status.state) {
        (_, CustodyState::HouseArrest) => (AT_HOME, AT_HOME),
        (Some(f), _) => match reg.facility(f) {
            Some(known) => (
                known.name.as_str(),
                known.state.as_deref().unwrap_or(UNKNOWN_PLACE),
            ),
            None => (f.trim(), UNKNOWN_PLACE),
        },
        (None, _) => (UNKNOWN_PLACE, UNKNOWN_PLACE),
    };
    let traits = Traits::new(rec);
    let military = traits.military(as_of, filter);
    let who = Held {
        rec,
        traits,
        military,
        nationalities: filter::nationalities(rec, as_of, filter),
        convicted: filter::is_convicted(rec, as_of, filter),
        facility,
        state,
        status: &status,
    };
    acc.release_announced += u64::from(who.status.release_announced.is_some());
    acc.with_conflicts += u64::from(!who.status.conflicts.is_empty());
    let deprived = spell_start(&events, who.status, as_of, Scope::DeprivedOfLiberty);
    acc.deprived_of_liberty.add(&who, deprived, as_of);
    if who.status.state.is_in_prison() {
        let start = spell_start(&events, who.status, as_of, Scope::InPrison);
        acc.in_prison.add(&who, start, as_of);
    }
}

/// Persons deprived of liberty as of `as_of` whose release was announced between `from` and
/// `as_of` and not confirmed since.
pub(crate) fn announced_since(
    reg: &Registry,
    filter: &Filter,
    from: NaiveDate,
    as_of: NaiveDate,
) -> u64 {
    let pending = |rec: &PersonRecord| {
        let announced_in_window = |e: &&amparo_domain::CustodyEvent| {
            crate::claims::is_announced_release(&e.change, e.verification)
                && (from..=as_of).contains(&e.date.first_day())
        };
        if !rec.custody.iter().any(|e| announced_in_window(&e)) {
            return false;
        }
        let events = custody_view(rec, filter);
        let status = custody_status(&events, as_of);
        status.state.is_deprived_of_liberty()
            && status.release_announced.is_some_and(|id| {
                events
                    .iter()
                    .filter(announced_in_window)
                    .any(|e| e.fact == id)
            })
            && filter.admits_place(reg, status.facility.as_deref())
            && filter.admits_person(rec, as_of)
    };
    reg.people().iter().filter(|r| pending(r)).count() as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_registry_holds_nobody_and_says_what_each_scope_includes() {
        let day = NaiveDate::from_ymd_opt(2026, 1, 8).unwrap();
        let b = balance(&Registry::default(), &Filter::default(), day);
        assert_eq!(b.in_prison.total + b.deprived_of_liberty.total, 0);
        assert_eq!(b.in_prison.includes, ["in-custody", "whereabouts-unknown"]);
        assert!(
            b.deprived_of_liberty
                .includes
                .contains(&"house-arrest".to_owned())
        );
    }

    #[test]
    fn merged_tallies_add_up_their_breakdowns() {
        let mut a = Tally::new(Scope::InPrison);
        let mut b = Tally::new(Scope::InPrison);
        a.total = 2;
        a.by_country.insert("CO".into(), 2);
        b.total = 1;
        b.by_country.insert("CO".into(), 1);
        b.by_country.insert("ES".into(), 1);
        a.merge(b);
        assert_eq!(a.total, 3);
        assert_eq!(a.by_country.get("CO"), Some(&3));
        assert_eq!(a.by_country.get("ES"), Some(&1));
    }
}
