//! Administration: the gazetteer, announcements and claims, verification, backups and the
//! audit log.

use crate::{Action, Actor, App, AppError, AppResult};
use amparo_domain::{
    AggregateClaim, Announcement, AuditEntry, ClaimId, ClaimSubject, Facility, PartialDate,
    Quantity, SourceId,
};
use amparo_store::Write;
use std::path::Path;

/// The gazetteer amparo starts with, built from public reporting. The extraction crate
/// owns the file; this parses it into the registry's facilities.
const GAZETTEER: &str = include_str!("../../amparo-extract/data/facilities.csv");

/// Parses a gazetteer CSV: name, aliases (separated by |), kind, operator, town, state.
pub fn parse_gazetteer(text: &str) -> AppResult<Vec<Facility>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let bad = |e: csv::Error| AppError::Invalid(format!("the gazetteer is malformed: {e}"));
    let headers = reader.headers().map_err(bad)?.clone();
    let col = |name: &str| headers.iter().position(|h| h.trim() == name);
    let Some(name) = col("name") else {
        return Err(AppError::Invalid("the gazetteer has no name column".into()));
    };
    let (aliases, operator, town, state) =
        (col("aliases"), col("operator"), col("town"), col("state"));
    let mut out = Vec::new();
    for (line, record) in reader.records().enumerate() {
        let record = record.map_err(bad)?;
        let get = |i: Option<usize>| {
            i.and_then(|i| record.get(i))
                .map(str::trim)
                .filter(|s| !s.is_empty())
        };
        let Some(n) = get(Some(name)) else {
            return Err(AppError::Invalid(format!(
                "gazetteer line {}: empty name",
                line + 2
            )));
        };
        let mut f = Facility::new(n)?;
        f.aliases = get(aliases)
            .map(|a| a.split('|').map(|s| s.trim().to_owned()).collect())
            .unwrap_or_default();
        f.operator = get(operator).map(str::to_owned);
        f.town = get(town).map(str::to_owned);
        f.state = get(state).map(str::to_owned);
        out.push(f);
    }
    Ok(out)
}

/// A facility as a documenter describes it.
#[derive(Debug, Clone, Default)]
pub struct FacilityInput {
    pub name: String,
    pub aliases: Vec<String>,
    pub operator: Option<String>,
    pub town: Option<String>,
    pub state: Option<String>,
}

/// An announcement or a claim, as a documenter records it.
#[derive(Debug, Clone, Default)]
pub struct ClaimInput {
    pub source: Option<SourceId>,
    /// Who announced it, or according to whom the number is.
    pub by: String,
    /// held, released, arrested, deaths-in-custody or disappeared (claims only).
    pub subject: Option<String>,
    pub number: Option<u64>,
    /// The words used when no number was ("un número importante").
    pub vague: Option<String>,
    /// The date an announcement was made.
    pub date: Option<String>,
    /// The date a stock is counted as of.
    pub as_of: Option<String>,
    /// The period a flow covers.
    pub period: Option<(String, String)>,
    pub description: Option<String>,
}

impl ClaimInput {
    fn quantity(&self) -> Quantity {
        match (
            self.number,
            self.vague.as_ref().filter(|v| !v.trim().is_empty()),
        ) {
            (Some(n), _) => Quantity::Number(n),
            (None, Some(words)) => Quantity::Vague(words.clone()),
            (None, None) => Quantity::Unspecified,
        }
    }

    fn source(&self) -> AppResult<SourceId> {
        self.source
            .ok_or_else(|| AppError::Invalid("an announcement or a claim needs its source".into()))
    }
}

/// An audit entry as the log shows it.
pub type LogEntry = AuditEntry;

impl App {
    /// Loads the bundled gazetteer's facilities the registry does not have yet; returns how
    /// many were added and how many were there.
    #[tracing::instrument(skip_all)]
    pub async fn seed_gazetteer(&self, actor: &Actor) -> AppResult<(usize, usize)> {
        actor.require(Action::Administer)?;
        let known = self.store.facilities(actor.access()).await?;
        let missing: Vec<Write> = parse_gazetteer(GAZETTEER)?
            .into_iter()
            .filter(|f| !known.iter().any(|k| k.name == f.name))
            .map(Write::Facility)
            .collect();
        let added = missing.len();
        if added > 0 {
            self.write(actor, Action::Administer, missing).await?;
        }
        Ok((added, known.len()))
    }

    /// Adds a facility (or replaces its aliases and details).
    #[tracing::instrument(skip_all)]
    pub async fn put_facility(&self, actor: &Actor, input: &FacilityInput) -> AppResult<Facility> {
        let mut f = Facility::new(&input.name)?;
        f.aliases.clone_from(&input.aliases);
        f.operator.clone_from(&input.operator);
        f.town.clone_from(&input.town);
        f.state.clone_from(&input.state);
        self.write(actor, Action::Edit, vec![Write::Facility(f.clone())])
            .await?;
        Ok(f)
    }

    /// The gazetteer.
    #[tracing::instrument(skip_all)]
    pub async fn facilities(&self, actor: &Actor) -> AppResult<Vec<Facility>> {
        Ok(self.store.facilities(actor.access()).await?)
    }

    /// Records an announced release wave.
    #[tracing::instrument(skip_all)]
    pub async fn announce(&self, actor: &Actor, input: &ClaimInput) -> AppResult<ClaimId> {
        let date = input
            .date
            .as_deref()
            .ok_or_else(|| AppError::Invalid("an announcement needs its date".into()))?;
        let a = Announcement {
            id: ClaimId::generate(),
            source: input.source()?,
            announced_by: input.by.clone(),
            date: PartialDate::parse(date)?,
            quantity: input.quantity(),
            description: input.description.clone(),
            retracted: None,
        };
        let id = a.id;
        self.write(actor, Action::Edit, vec![Write::Announcement(a)])
            .await?;
        Ok(id)
    }

    /// Records a number a source states.
    #[tracing::instrument(skip_all)]
    pub async fn add_claim(&self, actor: &Actor, input: &ClaimInput) -> AppResult<ClaimId> {
        let subject = input
            .subject
            .as_deref()
            .ok_or_else(|| AppError::Invalid("a claim needs its subject".into()))?;
        let period = match &input.period {
            Some((f, t)) => Some((PartialDate::parse(f)?, PartialDate::parse(t)?)),
            None => None,
        };
        let c = AggregateClaim {
            id: ClaimId::generate(),
            source: input.source()?,
            according_to: input.by.clone(),
            subject: ClaimSubject::parse(subject)?,
            quantity: input.quantity(),
            as_of: input.as_of.as_deref().map(PartialDate::parse).transpose()?,
            period,
            retracted: None,
        };
        let id = c.id;
        self.write(actor, Action::Edit, vec![Write::Claim(c)])
            .await?;
        Ok(id)
    }

    /// The numbers sources claim, withdrawn ones included (marked).
    pub async fn claims(&self, actor: &Actor) -> AppResult<Vec<AggregateClaim>> {
        Ok(self.store.claims(actor.access()).await?)
    }

    /// The announced release waves, withdrawn ones included (marked).
    pub async fn announcements(&self, actor: &Actor) -> AppResult<Vec<Announcement>> {
        Ok(self.store.announcements(actor.access()).await?)
    }

    /// Withdraws an announcement or a claim, with the reason.
    pub async fn retract_claim(&self, actor: &Actor, id: ClaimId, reason: &str) -> AppResult<()> {
        let write = Write::RetractClaim {
            id,
            reason: reason.to_owned(),
        };
        self.write(actor, Action::Edit, vec![write]).await
    }

    /// Writes a consistent copy of a SQLite registry.
    #[tracing::instrument(skip_all)]
    pub async fn backup(&self, actor: &Actor, target: &Path) -> AppResult<()> {
        crate::export::require_whole(actor)?;
        match &self.backend {
            Some(backend) => backend.backup(target).await,
            None => Err(AppError::Invalid(
                "this registry has no file to copy".into(),
            )),
        }
    }

    /// The last `last` entries of the audit log, as the actor may see them.
    #[tracing::instrument(skip_all)]
    pub async fn audit_log(&self, actor: &Actor, last: usize) -> AppResult<Vec<LogEntry>> {
        let log = self.store.audit_log(actor.access()).await?;
        let skip = log.len().saturating_sub(last);
        Ok(log.into_iter().skip(skip).collect())
    }
}
