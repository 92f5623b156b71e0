//! The shapes the API answers with: only public fields exist in them.

use amparo_app::{PublicEntry, PublicPersonPage, PublicStatus};
use amparo_i18n::Lang;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// A status, as data and in words.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiStatus {
    /// in-custody, house-arrest, released-with-measures, released-fully,
    /// whereabouts-unknown, deceased, in-exile or unknown.
    pub state: String,
    /// Since when (YYYY, YYYY-MM or YYYY-MM-DD); absent when no source dates it.
    pub since: Option<String>,
    /// The date of the list that reported the change, when it gave none of its own.
    pub observed_by: Option<String>,
    pub facility: Option<String>,
    /// Release measures in force (reporting:30, travel-ban, media-ban, ...).
    pub measures: Vec<String>,
    pub release_announced: bool,
    /// Disagreements between sources.
    pub conflicts: usize,
    /// The status in one sentence, in the negotiated language.
    pub text: String,
}

impl ApiStatus {
    pub fn of(lang: Lang, sex: Option<amparo_domain::Sex>, s: &PublicStatus) -> ApiStatus {
        ApiStatus {
            state: s.state.to_string(),
            since: s.since.map(|d| d.to_string()),
            observed_by: s.observed_by.map(|d| d.to_string()),
            facility: s.facility.clone(),
            measures: s.measures.iter().map(ToString::to_string).collect(),
            release_announced: s.release_announced,
            conflicts: s.conflicts,
            text: crate::words::status(lang, sex, s),
        }
    }
}

/// A person as the lookup returns them.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiPerson {
    pub id: String,
    /// The name, or initials.
    pub name: String,
    pub initials_only: bool,
    /// The person's public page.
    pub url: String,
    pub status: ApiStatus,
    /// The latest date of a fact the organisation verified.
    pub last_verified: Option<String>,
    /// Distinct sources cited (private ones counted, not named).
    pub sources: usize,
    /// Publishers of the public sources.
    pub publishers: Vec<String>,
    /// How well the name matched, 0 to 1.
    pub score: f32,
}

impl ApiPerson {
    pub fn of(lang: Lang, e: &PublicEntry, score: f32) -> ApiPerson {
        ApiPerson {
            id: e.id.to_string(),
            name: e.name.clone(),
            initials_only: e.initials_only,
            url: format!("/p/{}", e.id),
            status: ApiStatus::of(lang, e.sex, &e.status),
            last_verified: e.last_verified.map(|d| d.to_string()),
            sources: e.sources,
            publishers: e.publishers.clone(),
            score,
        }
    }
}

/// What a lookup found.
#[derive(Debug, Serialize, ToSchema)]
pub struct LookupResponse {
    /// The query as read; absent when it was a national id (never echoed).
    pub query: Option<String>,
    pub by_national_id: bool,
    /// The query had nothing to search by.
    pub too_short: bool,
    /// Up to ten persons, best first.
    pub results: Vec<ApiPerson>,
    /// What an empty result means: not listed here is not proof of freedom.
    pub note: String,
    /// How to reach the organisation.
    pub contact: String,
}

/// Where a fact comes from.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiCitation {
    pub publisher: String,
    pub url: Option<String>,
    pub published: Option<String>,
    /// Protected names and anything like a national id are taken out.
    pub excerpt: Option<String>,
}

/// A fact of the public timeline.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiFact {
    pub id: String,
    pub date: String,
    /// arrest, transfer, release, ...
    pub kind: String,
    /// The fact in words, in the negotiated language.
    pub text: String,
    /// The kind's own data (facility, release kind and measures, ...).
    #[schema(value_type = Object)]
    pub details: serde_json::Value,
    pub verification: String,
    pub decides_status: bool,
    pub citations: Vec<ApiCitation>,
}

/// A person's public view.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiPersonPage {
    pub id: String,
    pub name: String,
    pub initials_only: bool,
    pub sex: Option<String>,
    pub nationalities: Vec<String>,
    pub as_of: String,
    pub status: ApiStatus,
    /// Accepted facts citing a public source, oldest first.
    pub timeline: Vec<ApiFact>,
}

impl ApiPersonPage {
    pub fn of(lang: Lang, p: &PublicPersonPage) -> ApiPersonPage {
        ApiPersonPage {
            id: p.person.id.to_string(),
            name: p.person.name.clone(),
            initials_only: p.initials_only,
            sex: p.person.sex.map(|s| s.to_string()),
            nationalities: p
                .person
                .nationalities
                .iter()
                .map(ToString::to_string)
                .collect(),
            as_of: p.as_of.to_string(),
            status: ApiStatus::of(lang, p.person.sex, &p.status),
            timeline: p
                .timeline
                .iter()
                .map(|f| ApiFact {
                    id: f.id.to_string(),
                    date: f.date.to_string(),
                    kind: f.kind.fact_type().to_string(),
                    text: crate::words::fact(lang, &f.kind),
                    details: serde_json::to_value(&f.kind).unwrap_or(serde_json::Value::Null),
                    verification: f.verification.to_string(),
                    decides_status: f.decides_status,
                    citations: f
                        .citations
                        .iter()
                        .map(|c| ApiCitation {
                            publisher: c.publisher.clone(),
                            url: crate::pages::person::safe_url(c.url.as_deref()),
                            published: c.published.map(|d| d.to_string()),
                            excerpt: c.excerpt.clone(),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// A report as amparo-report writes it: `{"report": KIND, "data": {...}}` (the shapes are
/// documented in amparo-report and docs/json.md).
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportDoc {
    /// balance, period, series or claims.
    pub report: String,
    #[schema(value_type = Object)]
    pub data: serde_json::Value,
}

/// `?q=`.
#[derive(Debug, Deserialize, IntoParams)]
pub struct LookupQuery {
    /// A name (any order, accents optional, typos tolerated) or a national id.
    pub q: Option<String>,
    /// es or en (else Accept-Language, else es).
    pub lang: Option<String>,
}

/// Filters every count takes.
#[derive(Debug, Default, Deserialize, IntoParams)]
pub struct CountQuery {
    /// The day counted as of (YYYY-MM-DD or DD/MM/YYYY; today when absent): balance, claims.
    pub as_of: Option<String>,
    /// First day of a period or series.
    pub from: Option<String>,
    /// Last day of a period or series.
    pub to: Option<String>,
    /// day, week or month (series; week when absent).
    pub every: Option<String>,
    /// Only persons of this nationality (ISO code: ES, CO, ...).
    pub nationality: Option<String>,
    /// Only persons held at this facility (name or alias).
    pub facility: Option<String>,
    /// Only persons held in a facility of this state.
    pub state: Option<String>,
    /// es or en.
    pub lang: Option<String>,
}
