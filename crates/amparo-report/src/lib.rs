//! Counts that matter, as of any date: the balance of people held, what happened in a period,
//! series over time, and announced or claimed numbers beside the registry's own — pure
//! functions of a [`Registry`] and a date, rendered as text, JSON, CSV, Markdown, HTML or
//! SVG.
//!
//! # Building the input
//!
//! [`Registry::new`] takes [`PersonRecord`]s (a `Person`, its [`amparo_domain::CustodyEvent`]s
//! and its [`LegalEvent`]s), the facilities, announcements and aggregate claims;
//! [`Registry::from_facts`] does the projection from whole facts and retractions.
//!
//! # Definitions
//!
//! - **Status** is always [`amparo_domain::custody_status`] as of the day asked, on the facts
//!   the [`Filter`] admits (a minimum verification level drops the facts below it).
//! - **Scopes**: every stock is given for [`Scope::InPrison`] (in custody or whereabouts
//!   unknown: the Foro Penal convention) and [`Scope::DeprivedOfLiberty`] (also house arrest).
//! - **Foreign**: a nationality other than `VE` (dual nationals included); **dual**: `VE`
//!   and another. Nationalities and roles come from the person record and from accepted
//!   nationality/role facts dated on or before the day.
//! - **Military**: the `military` role; everyone else is civilian (police included).
//! - **Age** from the birth date as of the day; a partial birth date that cannot tell counts
//!   as unknown. **Over seventy**: certainly 70 or older.
//! - **Held over one year**: the current uninterrupted spell in the scope started more than
//!   12 months before the day (from the first possible day of a partial date). In the
//!   deprived-of-liberty scope adjoining spells of prison and house arrest are one spell.
//! - **Pre-trial over two years**: held more than 24 months in the scope with no standing
//!   sentence (**convicted**: the latest of sentence, acquittal and dismissal is a sentence).
//! - **Movements** are changes of derived state (see [`Movement`]): a release is leaving
//!   prison (to freedom, measures, house arrest or exile), counted once per release; an
//!   arrest has no earlier status, a re-arrest follows a release or a house arrest.
//!   A release recorded for someone with no earlier status counts as a release.
//! - **Observations** (a list's status as of its date, without the date of the change):
//!   a movement an observation makes is never a flow of the list's date. Periods and series
//!   count it apart, in `observed` (the same breakdown as `flows`: "reported released by
//!   that day, date of release unknown"); the revolving door and "released in the period"
//!   leave it out; stocks and balances count the person in the state the derivation gives.
//! - **Revolving door**: (arrests + re-arrests) ÷ releases from prison.
//! - **High profile**: [`amparo_domain::Person::is_high_profile`] (the explicit flag, or a
//!   journalist, lawyer, human-rights defender, politician or trade-unionist role), also
//!   through role facts dated on or before the movement.
//! - **Names** in listings follow the person's visibility: the name, initials, or none.
//!
//! # JSON shapes
//!
//! [`render`] with [`Format::Json`] writes `{"report": KIND, "data": {...}}` where KIND is
//! `balance` ([`Balance`]), `period` ([`PeriodReport`]), `series` ([`Series`]) or `claims`
//! ([`ClaimsReport`]), and `data` is the struct serialised field by field with the names
//! shown in its docs (dates `YYYY-MM-DD`, maps sorted by key, enums in kebab-case).
//! Fields are only ever added, never renamed or removed. For example:
//!
//! ```json
//! {"report": "balance", "data": {"as_of": "2025-12-29", "filter": {...},
//!   "in_prison": {"scope": "in-prison", "includes": ["in-custody", "whereabouts-unknown"],
//!     "total": 863, "men": 757, "women": 106, "military": 176, "foreign": 86, "minors": 1,
//!     "by_country": {"CO": 20}, "by_facility": {"Rodeo I": 40}, "by_state": {...},
//!     "pretrial_over_two_years": [{"id": "…", "name": "…"}], ...},
//!   "deprived_of_liberty": {...}, "release_announced": 0, "with_conflicts": 0}}
//! ```

pub mod balance;
pub mod claims;
pub mod error;
pub mod filter;
pub mod flows;
mod par;
pub mod period;
pub mod registry;
pub mod render;
pub mod series;
pub mod status;

pub use balance::{Balance, Tally, balance};
pub use claims::{AnnouncementCheck, ClaimCheck, ClaimsReport, claims};
pub use error::ReportError;
pub use filter::{Filter, Scope};
pub use flows::{Flows, Headcount, HighProfileChange, Releases, Step, Stocks};
pub use period::{PeriodReport, period};
pub use registry::{LegalEvent, PersonRecord, PersonRef, Registry};
pub use render::{Format, Report, render, render_in};
pub use series::{Every, Series, series};
pub use status::Movement;
