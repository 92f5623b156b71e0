//! Facts for programs: record one (a release with its measures, an arrest at a facility,
//! a charge...), correct one by recording the fact that supersedes it, retract one with the
//! reason. Only the fields of the fact's kind may be given: the app says which not.

use super::{Answer, Changed, Reason, Refused, bad_body, body_id, created, failed, json, path_id};
use crate::api::auth::TokenActor;
use crate::error::Problem;
use crate::pages::Negotiated;
use crate::state::AppState;
use amparo_app::FactInput;
use amparo_domain::{FactId, PersonId, SourceId};
use amparo_i18n::Lang;
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A fact to record, as `amparo fact add` takes it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewFact {
    /// The person's id.
    pub person: String,
    /// arrest, detention, transfer, release, re-arrest, whereabouts-unknown,
    /// whereabouts-confirmed, death-in-custody, charge, hearing, sentence, acquittal,
    /// dismissal, pardon, amnesty, measure-imposed, measure-lifted, recognition,
    /// nationality or role.
    pub kind: String,
    /// YYYY, YYYY-MM, YYYY-MM-DD (or DD/MM/YYYY); ~ before it for approximate, A/B for a
    /// range.
    pub date: String,
    /// The ids of the sources it comes from (at least one).
    #[serde(default)]
    pub sources: Vec<String>,
    /// The words of the source that say it.
    pub excerpt: Option<String>,
    /// Where in the source (page, paragraph, row).
    pub locator: Option<String>,
    /// announced, reported (when absent), corroborated or verified.
    pub verification: Option<String>,
    /// A release: full, conditional, house-arrest or exile (conditional when measures are
    /// given, full otherwise).
    pub release_kind: Option<String>,
    /// A release: its measures (reporting:30, travel-ban, media-ban, house-arrest, bail);
    /// a measure imposed or lifted: exactly one.
    #[serde(default)]
    pub measures: Vec<String>,
    /// Arrest, detention, transfer, re-arrest, whereabouts confirmed, death: where (as the
    /// gazetteer names it, or as written).
    pub facility: Option<String>,
    /// Arrest: who (SEBIN, DGCIM, PNB...).
    pub agency: Option<String>,
    /// Charge: the offences.
    #[serde(default)]
    pub offences: Vec<String>,
    /// Sentence: the term in months.
    pub term_months: Option<u32>,
    /// Hearing or sentence: words.
    pub text: Option<String>,
    /// Recognition: the organisation that recognises the person as a political prisoner.
    pub by: Option<String>,
    /// Recognition: under which criteria.
    pub criteria: Option<String>,
    /// Nationality: the ISO 3166 code.
    pub country: Option<String>,
    /// Role: the role.
    pub role: Option<String>,
    /// File it in the review queue for a second pair of eyes instead of the record.
    #[serde(default)]
    pub proposed: bool,
}

impl NewFact {
    /// The app's description of the fact, correcting `supersedes` when given.
    fn input(self, supersedes: Option<FactId>, lang: Lang) -> Result<FactInput, Refused> {
        Ok(FactInput {
            person: body_id(PersonId::parse, &self.person, "person", lang)?,
            sources: self
                .sources
                .iter()
                .map(|s| body_id(SourceId::parse, s, "sources", lang))
                .collect::<Result<_, _>>()?,
            kind: self.kind,
            date: self.date,
            excerpt: self.excerpt,
            locator: self.locator,
            verification: self.verification,
            release_kind: self.release_kind,
            measures: self.measures,
            facility: self.facility,
            agency: self.agency,
            offences: self.offences,
            term_months: self.term_months,
            text: self.text,
            by: self.by,
            criteria: self.criteria,
            country: self.country,
            role: self.role,
            supersedes,
            proposed: self.proposed,
        })
    }
}

/// A fact recorded (or proposed).
#[derive(Debug, Serialize, ToSchema)]
pub struct FactRecorded {
    /// The fact's id; the proposal's when it was proposed.
    pub id: String,
    /// Whether it went to the review queue rather than into the record.
    pub proposed: bool,
    /// The fact it corrects.
    pub supersedes: Option<String>,
    /// What to know about it, such as a facility kept as written because the gazetteer
    /// does not know it.
    pub notes: Vec<String>,
}

async fn record(
    state: &AppState,
    lang: Lang,
    actor: &amparo_app::Actor,
    input: FactInput,
) -> Answer {
    let added = state
        .app
        .add_fact(actor, &input)
        .await
        .map_err(failed(lang))?;
    let body = FactRecorded {
        id: added.id,
        proposed: added.proposed,
        supersedes: input.supersedes.map(|f| f.to_string()),
        notes: added.notes,
    };
    // A proposal has no address of its own; a fact is read with its person.
    Ok(if body.proposed {
        json(StatusCode::CREATED, &body)
    } else {
        created(
            format!("{}/persons/{}", super::REGISTRY, input.person),
            &body,
        )
    })
}

/// Records a fact about a person, citing its sources.
#[utoipa::path(
    post,
    path = "/api/v1/registry/facts",
    request_body = NewFact,
    responses(
        (status = 201, description = "Recorded, or filed for review when proposed", body = FactRecorded),
        (status = 401, description = "No valid token", body = Problem),
        (status = 403, description = "The token's role may not change the record (editor needed)", body = Problem),
        (status = 404, description = "No such person or source", body = Problem),
        (status = 422, description = "A value does not parse, or a field does not apply to the kind", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "registry"
)]
pub async fn add(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
    body: Result<Json<NewFact>, JsonRejection>,
) -> Answer {
    let Json(f) = body.map_err(bad_body(lang))?;
    let input = f.input(None, lang)?;
    record(&state, lang, &actor, input).await
}

/// Corrects a fact: records the fact given, which supersedes this one (same person).
#[utoipa::path(
    post,
    path = "/api/v1/registry/facts/{id}/supersede",
    params(("id" = String, Path, description = "The fact corrected")),
    request_body = NewFact,
    responses(
        (status = 201, description = "The correcting fact, recorded", body = FactRecorded),
        (status = 401, description = "No valid token", body = Problem),
        (status = 403, description = "The token's role may not change the record (editor needed)", body = Problem),
        (status = 404, description = "No such fact, person or source", body = Problem),
        (status = 422, description = "A value does not parse, the fact is about another person, or a correction was proposed", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "registry"
)]
pub async fn supersede(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
    Path(id): Path<String>,
    body: Result<Json<NewFact>, JsonRejection>,
) -> Answer {
    let old = path_id(FactId::parse, &id, lang)?;
    let Json(f) = body.map_err(bad_body(lang))?;
    let input = f.input(Some(old), lang)?;
    record(&state, lang, &actor, input).await
}

/// Retracts a fact: it stays in the history and counts for nothing.
#[utoipa::path(
    post,
    path = "/api/v1/registry/facts/{id}/retract",
    params(("id" = String, Path, description = "The fact's id")),
    request_body = Reason,
    responses(
        (status = 200, description = "Retracted", body = Changed),
        (status = 401, description = "No valid token", body = Problem),
        (status = 403, description = "The token's role may not change the record (editor needed)", body = Problem),
        (status = 404, description = "No such fact", body = Problem),
        (status = 409, description = "Already retracted", body = Problem),
        (status = 422, description = "No reason", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "registry"
)]
pub async fn retract(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
    Path(id): Path<String>,
    body: Result<Json<Reason>, JsonRejection>,
) -> Answer {
    let id = path_id(FactId::parse, &id, lang)?;
    let Json(r) = body.map_err(bad_body(lang))?;
    state
        .app
        .retract_fact(&actor, id, &r.reason)
        .await
        .map_err(failed(lang))?;
    Ok(json(StatusCode::OK, &Changed::new(id, "retracted")))
}
