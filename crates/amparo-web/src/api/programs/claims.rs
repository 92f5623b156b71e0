//! Other sources' numbers ("863 political prisoners as of 29 December according to Foro
//! Penal") and announced release waves, for programs: listed, recorded citing their source,
//! and withdrawn with the reason (kept, marked). The public counts set them beside the
//! registry's own (`/api/v1/claims`).

use super::{
    Answer, Changed, Created, Reason, Refused, bad_body, body_id, failed, invalid, json, path_id,
};
use crate::api::auth::TokenActor;
use crate::error::Problem;
use crate::pages::Negotiated;
use crate::state::AppState;
use amparo_app::ClaimInput;
use amparo_domain::{AggregateClaim, Announcement, ClaimId, SourceId};
use amparo_i18n::{Args, Lang};
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The numbers sources state.
#[derive(Debug, Serialize, ToSchema)]
pub struct ClaimList {
    /// As `amparo claim list --json` prints them, withdrawn ones with `"retracted"`.
    #[schema(value_type = Vec<Object>)]
    pub claims: Vec<AggregateClaim>,
}

/// The announced release waves.
#[derive(Debug, Serialize, ToSchema)]
pub struct AnnouncementList {
    /// As `amparo announcement list --json` prints them, withdrawn ones with `"retracted"`.
    #[schema(value_type = Vec<Object>)]
    pub announcements: Vec<Announcement>,
}

/// A number a source states.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewClaim {
    /// The id of the source that states it.
    pub source: String,
    /// According to whom.
    pub by: String,
    /// held, released, arrested, deaths-in-custody or disappeared.
    pub subject: String,
    pub number: Option<u64>,
    /// The words used when no number was ("un número importante").
    pub vague: Option<String>,
    /// The day a stock (held) is counted as of.
    pub as_of: Option<String>,
    /// The first day of the period a flow (released, arrested) covers; with `to`.
    pub from: Option<String>,
    /// The last day of that period; with `from`.
    pub to: Option<String>,
}

/// A release wave announced.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAnnouncement {
    /// The id of the source that reports it.
    pub source: String,
    /// Who announced it.
    pub by: String,
    /// The day it was announced.
    pub date: String,
    /// How many were promised, when a number was given.
    pub number: Option<u64>,
    /// The words used when no number was ("un número importante").
    pub vague: Option<String>,
    pub description: Option<String>,
}

/// The numbers sources state, withdrawn ones included.
#[utoipa::path(
    get,
    path = "/api/v1/registry/claims",
    responses(
        (status = 200, description = "The claims", body = ClaimList),
        (status = 401, description = "No valid token", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "registry"
)]
pub async fn list_claims(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
) -> Answer {
    let claims = state.app.claims(&actor).await.map_err(failed(lang))?;
    Ok(Json(ClaimList { claims }).into_response())
}

/// Records a number a source states.
#[utoipa::path(
    post,
    path = "/api/v1/registry/claims",
    request_body = NewClaim,
    responses(
        (status = 201, description = "Recorded", body = Created),
        (status = 401, description = "No valid token", body = Problem),
        (status = 403, description = "The token's role may not change the record (editor needed)", body = Problem),
        (status = 404, description = "No such source", body = Problem),
        (status = 422, description = "A value does not parse, or half a period", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "registry"
)]
pub async fn add_claim(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
    body: Result<Json<NewClaim>, JsonRejection>,
) -> Answer {
    let Json(c) = body.map_err(bad_body(lang))?;
    let period = match (c.from, c.to) {
        (Some(from), Some(to)) => Some((from, to)),
        (None, None) => None,
        _ => return Err(invalid(lang, "api-claim-half-period", &Args::new())),
    };
    let input = ClaimInput {
        source: Some(source(&c.source, lang)?),
        by: c.by,
        subject: Some(c.subject),
        number: c.number,
        vague: c.vague,
        date: None,
        as_of: c.as_of,
        period,
        description: None,
    };
    let id = state
        .app
        .add_claim(&actor, &input)
        .await
        .map_err(failed(lang))?;
    // A claim has no address of its own: it is read in the list.
    Ok(json(StatusCode::CREATED, &Created { id: id.to_string() }))
}

/// The announced release waves, withdrawn ones included.
#[utoipa::path(
    get,
    path = "/api/v1/registry/announcements",
    responses(
        (status = 200, description = "The announcements", body = AnnouncementList),
        (status = 401, description = "No valid token", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "registry"
)]
pub async fn list_announcements(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
) -> Answer {
    let announcements = state
        .app
        .announcements(&actor)
        .await
        .map_err(failed(lang))?;
    Ok(Json(AnnouncementList { announcements }).into_response())
}

/// Records an announced release wave.
#[utoipa::path(
    post,
    path = "/api/v1/registry/announcements",
    request_body = NewAnnouncement,
    responses(
        (status = 201, description = "Recorded", body = Created),
        (status = 401, description = "No valid token", body = Problem),
        (status = 403, description = "The token's role may not change the record (editor needed)", body = Problem),
        (status = 404, description = "No such source", body = Problem),
        (status = 422, description = "A value does not parse", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "registry"
)]
pub async fn announce(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
    body: Result<Json<NewAnnouncement>, JsonRejection>,
) -> Answer {
    let Json(a) = body.map_err(bad_body(lang))?;
    let input = ClaimInput {
        source: Some(source(&a.source, lang)?),
        by: a.by,
        subject: None,
        number: a.number,
        vague: a.vague,
        date: Some(a.date),
        as_of: None,
        period: None,
        description: a.description,
    };
    let id = state
        .app
        .announce(&actor, &input)
        .await
        .map_err(failed(lang))?;
    Ok(json(StatusCode::CREATED, &Created { id: id.to_string() }))
}

fn source(id: &str, lang: Lang) -> Result<SourceId, Refused> {
    body_id(SourceId::parse, id, "source", lang)
}

async fn withdraw(
    state: &AppState,
    lang: Lang,
    actor: &amparo_app::Actor,
    id: &str,
    reason: &str,
) -> Answer {
    let id = path_id(ClaimId::parse, id, lang)?;
    state
        .app
        .retract_claim(actor, id, reason)
        .await
        .map_err(failed(lang))?;
    Ok(json(StatusCode::OK, &Changed::new(id, "withdrawn")))
}

/// Withdraws a claim, with the reason: it stays, marked.
#[utoipa::path(
    post,
    path = "/api/v1/registry/claims/{id}/retract",
    params(("id" = String, Path, description = "The claim's id")),
    request_body = Reason,
    responses(
        (status = 200, description = "Withdrawn", body = Changed),
        (status = 401, description = "No valid token", body = Problem),
        (status = 403, description = "The token's role may not change the record (editor needed)", body = Problem),
        (status = 404, description = "No such claim", body = Problem),
        (status = 409, description = "Already withdrawn", body = Problem),
        (status = 422, description = "No reason", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "registry"
)]
pub async fn retract_claim(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
    Path(id): Path<String>,
    body: Result<Json<Reason>, JsonRejection>,
) -> Answer {
    let Json(r) = body.map_err(bad_body(lang))?;
    withdraw(&state, lang, &actor, &id, &r.reason).await
}

/// Withdraws an announcement, with the reason: it stays, marked.
#[utoipa::path(
    post,
    path = "/api/v1/registry/announcements/{id}/retract",
    params(("id" = String, Path, description = "The announcement's id")),
    request_body = Reason,
    responses(
        (status = 200, description = "Withdrawn", body = Changed),
        (status = 401, description = "No valid token", body = Problem),
        (status = 403, description = "The token's role may not change the record (editor needed)", body = Problem),
        (status = 404, description = "No such announcement", body = Problem),
        (status = 409, description = "Already withdrawn", body = Problem),
        (status = 422, description = "No reason", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "registry"
)]
pub async fn retract_announcement(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
    Path(id): Path<String>,
    body: Result<Json<Reason>, JsonRejection>,
) -> Answer {
    let Json(r) = body.map_err(bad_body(lang))?;
    withdraw(&state, lang, &actor, &id, &r.reason).await
}
