//! Counts as of any date: the balance, a period's movements, a series, and the numbers
//! sources claim beside the registry's own. Computed from one snapshot off the runtime's
//! workers; persons are named only as the reader may see them.

use crate::{Actor, App, AppError, AppResult};
use amparo_domain::date::parse_day;
use amparo_domain::{Access, CountryCode, PersonRole, Verification};
use amparo_report::{Every, Filter, PersonRef, Report};
use chrono::NaiveDate;

/// Which persons a report counts, as words.
#[derive(Debug, Clone, Default)]
pub struct ReportFilterInput {
    /// announced, reported, corroborated or verified.
    pub min_verification: Option<String>,
    /// An ISO country code.
    pub nationality: Option<String>,
    pub role: Option<String>,
    /// A facility's name or alias.
    pub facility: Option<String>,
    /// A state (Miranda, Aragua...).
    pub state: Option<String>,
}

impl ReportFilterInput {
    fn filter(&self) -> AppResult<Filter> {
        Ok(Filter {
            min_verification: self
                .min_verification
                .as_deref()
                .map(Verification::parse)
                .transpose()?,
            nationality: self
                .nationality
                .as_deref()
                .map(CountryCode::parse)
                .transpose()?,
            role: self.role.as_deref().map(PersonRole::parse).transpose()?,
            facility: self.facility.clone(),
            state: self.state.clone(),
        })
    }
}

/// Which report, for which dates (YYYY-MM-DD or DD/MM/YYYY; `as_of` today when not given).
#[derive(Debug, Clone)]
pub enum ReportRequest {
    Balance {
        as_of: Option<String>,
    },
    Period {
        from: String,
        to: String,
    },
    Series {
        from: String,
        to: String,
        every: String,
    },
    Claims {
        as_of: Option<String>,
    },
}

/// Removes from a report the persons a role may not see by name: hidden persons are
/// counted in every number but never listed, not even as "(not named)" with their id.
fn shield(report: &mut Report, access: Access) {
    if access.sees_restricted() {
        return;
    }
    let named = |refs: &mut Vec<PersonRef>| refs.retain(|r| r.name.is_some());
    match report {
        Report::Balance(b) => {
            for tally in [&mut b.in_prison, &mut b.deprived_of_liberty] {
                named(&mut tally.pretrial_over_two_years);
                named(&mut tally.over_seventy);
            }
        }
        Report::Period(p) => p.high_profile.retain(|c| c.person.name.is_some()),
        Report::Series(s) => s.high_profile.retain(|c| c.person.name.is_some()),
        Report::Claims(_) => {}
    }
}

impl App {
    fn day_or_today(&self, given: Option<&str>) -> AppResult<NaiveDate> {
        match given {
            Some(text) => Ok(parse_day(text)?),
            None => Ok(self.today()),
        }
    }

    /// A report, as the actor may read it.
    #[tracing::instrument(skip_all)]
    pub async fn report(
        &self,
        actor: &Actor,
        request: &ReportRequest,
        filter: &ReportFilterInput,
    ) -> AppResult<Report> {
        let filter = filter.filter()?;
        let snapshot = self.snapshot().await?;
        let access = actor.access();
        // The dates are parsed here, before the work is handed off.
        enum Job {
            Balance(NaiveDate),
            Period(NaiveDate, NaiveDate),
            Series(NaiveDate, NaiveDate, Every),
            Claims(NaiveDate),
        }
        let job = match request {
            ReportRequest::Balance { as_of } => Job::Balance(self.day_or_today(as_of.as_deref())?),
            ReportRequest::Period { from, to } => Job::Period(parse_day(from)?, parse_day(to)?),
            ReportRequest::Series { from, to, every } => {
                Job::Series(parse_day(from)?, parse_day(to)?, Every::parse(every)?)
            }
            ReportRequest::Claims { as_of } => Job::Claims(self.day_or_today(as_of.as_deref())?),
        };
        let mut report = tokio::task::spawn_blocking(move || -> AppResult<Report> {
            let reg = &snapshot.registry;
            Ok(match job {
                Job::Balance(d) => Report::Balance(amparo_report::balance(reg, &filter, d)),
                Job::Period(f, t) => Report::Period(amparo_report::period(reg, &filter, f, t)?),
                Job::Series(f, t, e) => {
                    Report::Series(amparo_report::series(reg, &filter, f, t, e)?)
                }
                Job::Claims(d) => Report::Claims(amparo_report::claims(reg, &filter, d)),
            })
        })
        .await
        .map_err(AppError::Task)??;
        shield(&mut report, access);
        Ok(report)
    }
}
