//! Administration: the gazetteer, announcements and claims, verification, backups and the
//! audit log.

use crate::{Action, Actor, App, AppError, AppResult};
use amparo_domain::{
    AggregateClaim, Announcement, AuditEntry, ClaimId, ClaimSubject, Facility, PartialDate,
    Quantity, SourceId,
};
use amparo_store::Write;
use std::path::Path;

/// The facilities of the gazetteer amparo starts with, built from public reporting and read
/// by the one gazetteer reader the extractor also uses.
pub fn bundled_facilities() -> AppResult<Vec<Facility>> {
    let rows = amparo_extract::bundled_facilities()
        .map_err(|e| AppError::Invalid(format!("the bundled gazetteer is malformed: {e}")))?;
    rows.into_iter()
        .map(|row| {
            let mut f = Facility::new(&row.name)?;
            f.aliases = row.aliases;
            f.operator = row.operator;
            f.town = row.town;
            f.state = row.state;
            Ok(f)
        })
        .collect()
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
        let missing: Vec<Write> = bundled_facilities()?
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
