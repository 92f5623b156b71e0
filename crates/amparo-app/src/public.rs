//! A person's public page: who they are as the public may see them, their status today and
//! the timeline of the facts that count, each with its public sources. Every read is made
//! as [`Actor::public`], so the store's privacy rules apply (hidden persons are not found,
//! initials stay initials, excerpts are scrubbed, private sources are absent).

use crate::lookup::PublicStatus;
use crate::views::PublicPerson;
use crate::{Actor, App, AppResult};
use amparo_domain::{FactId, FactKind, PartialDate, PersonId, ReviewState, Verification};
use chrono::NaiveDate;
use serde::Serialize;

/// One fact of the public timeline.
#[derive(Debug, Clone, Serialize)]
pub struct PublicFact {
    pub id: FactId,
    pub date: PartialDate,
    /// The kind and its details; a hearing's note is left out.
    pub kind: FactKind,
    pub verification: Verification,
    /// Whether this fact decided the status today.
    pub decides_status: bool,
    pub citations: Vec<PublicCitation>,
}

/// Where a fact comes from, as the public may see it.
#[derive(Debug, Clone, Serialize)]
pub struct PublicCitation {
    pub publisher: String,
    pub url: Option<String>,
    pub published: Option<PartialDate>,
    /// The excerpt with protected names and anything like a national id taken out.
    pub excerpt: Option<String>,
}

/// A person's public page.
#[derive(Debug, Clone, Serialize)]
pub struct PublicPersonPage {
    pub person: PublicPerson,
    pub initials_only: bool,
    pub as_of: NaiveDate,
    pub status: PublicStatus,
    /// Accepted facts that are not retracted and cite a public source, oldest first.
    pub timeline: Vec<PublicFact>,
}

impl App {
    /// The public page of a person, as of `as_of`; not found for a hidden person.
    pub async fn public_person(
        &self,
        id: PersonId,
        as_of: NaiveDate,
    ) -> AppResult<PublicPersonPage> {
        let public = Actor::public();
        let person = self.person(&public, id).await?;
        let (facts, status) = self.person_status(&public, id, as_of).await?;
        let sources = self.store.sources(public.access()).await?;
        let timeline = facts
            .into_iter()
            .filter(|f| f.retraction.is_none() && f.fact.review == ReviewState::Accepted)
            .filter_map(|stored| {
                let fact = stored.fact;
                let citations = fact
                    .citations()
                    .iter()
                    .filter_map(|c| {
                        let source = sources.iter().find(|s| s.id == c.source)?;
                        Some(PublicCitation {
                            publisher: source.publisher.clone(),
                            url: source.url.clone(),
                            published: source.published,
                            excerpt: c.excerpt.clone(),
                        })
                    })
                    .collect::<Vec<_>>();
                let kind = match fact.kind {
                    FactKind::Hearing { .. } => FactKind::Hearing { note: None },
                    other => other,
                };
                if citations.is_empty() {
                    // Known from private sources only: it counts, it is not shown.
                    return None;
                }
                Some(PublicFact {
                    id: fact.id,
                    date: fact.date,
                    decides_status: status.decided_by.contains(&fact.id),
                    kind,
                    verification: fact.verification,
                    citations,
                })
            })
            .collect();
        Ok(PublicPersonPage {
            initials_only: person.visibility == amparo_domain::Visibility::Initials,
            person: PublicPerson::of(&person),
            as_of,
            status: PublicStatus::from_status(&status),
            timeline,
        })
    }
}
