//! News text into the review queue, the queue, and its decisions, for programs. Each calls
//! the same use case as the command line and the workspace, as the token's actor, so roles
//! are checked there.

use crate::api::auth::TokenActor;
use crate::error::{Problem, Surface, WebError};
use crate::pages::Negotiated;
use crate::state::AppState;
use amparo_app::{Edits, IngestOptions};
use amparo_domain::{ProposalId, ReviewState};
use amparo_i18n::Lang;
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// A news text pasted in.
#[derive(Debug, Deserialize, ToSchema)]
pub struct TextSubmission {
    /// The text itself (UTF-8).
    pub text: String,
    pub publisher: String,
    /// The publication date (YYYY-MM-DD): relative dates in the text resolve against it.
    pub published: String,
    pub url: Option<String>,
    /// news-article (default), official-statement, ngo-list, testimony...
    pub kind: Option<String>,
    /// es or en; detected when absent.
    pub lang: Option<String>,
}

/// What was done with the text.
#[derive(Debug, Serialize, ToSchema)]
pub struct Ingested {
    /// The source the text is stored as.
    pub source: Option<String>,
    /// "ingested", or why not ("already ingested as source ...").
    pub outcome: String,
    /// The proposals filed in the review queue.
    pub proposals: Vec<String>,
}

/// `?state=` of the review queue.
#[derive(Debug, Deserialize, IntoParams)]
pub struct QueueQuery {
    /// proposed (default), accepted or rejected.
    pub state: Option<String>,
}

/// The review queue.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReviewQueue {
    /// Proposals, oldest first, as `amparo review list --json` prints them.
    #[schema(value_type = Vec<Object>)]
    pub proposals: Vec<serde_json::Value>,
}

/// A decision on a proposal.
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct Decision {
    /// Why (required to reject).
    #[serde(default)]
    pub reason: String,
    /// Accepting: the date to set (when the text gave none, or wrongly).
    pub date: Option<String>,
    /// Accepting: the verification to set.
    pub verification: Option<String>,
}

/// What a decision recorded.
#[derive(Debug, Serialize, ToSchema)]
pub struct Decided {
    pub proposal: String,
    /// accepted or rejected.
    pub state: String,
    /// What accepting wrote: "fact ID", "claim ID" or "announcement ID".
    pub recorded: Option<String>,
}

fn bad_body(e: JsonRejection, lang: Lang) -> Response {
    WebError::invalid(e.body_text(), Surface::Api, lang).into_response()
}

fn failed(e: amparo_app::AppError, lang: Lang) -> Response {
    WebError::app(e, Surface::Api, lang).into_response()
}

/// Stores a pasted news text as a source and files what it says in the review queue.
#[utoipa::path(
    post,
    path = "/api/v1/sources/text",
    request_body = TextSubmission,
    responses(
        (status = 201, description = "Stored; proposals filed", body = Ingested),
        (status = 401, description = "No valid token", body = Problem),
        (status = 403, description = "The token's role may not change the record (editor or admin needed)", body = Problem),
        (status = 422, description = "Invalid submission", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "programs"
)]
pub async fn submit_text(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
    body: Result<Json<TextSubmission>, JsonRejection>,
) -> Response {
    let Json(s) = match body {
        Ok(b) => b,
        Err(e) => return bad_body(e, lang),
    };
    let published = match amparo_domain::date::parse_day(&s.published) {
        Ok(d) => d,
        Err(e) => return WebError::invalid(e.to_string(), Surface::Api, lang).into_response(),
    };
    let options = IngestOptions {
        publisher: s.publisher,
        published,
        url: s.url,
        kind: s.kind.unwrap_or_else(|| "news-article".into()),
        lang: s.lang.as_deref().and_then(amparo_i18n::Lang::parse),
        accept: false,
    };
    let texts = vec![("api".to_owned(), s.text.into_bytes())];
    match state.app.ingest_texts(&actor, texts, &options).await {
        Ok(mut done) => match done.pop() {
            Some(t) => {
                let body = Ingested {
                    source: t.source.map(|s| s.to_string()),
                    outcome: t.outcome,
                    proposals: t.proposals.iter().map(ToString::to_string).collect(),
                };
                (StatusCode::CREATED, Json(body)).into_response()
            }
            None => WebError::invalid("no text", Surface::Api, lang).into_response(),
        },
        Err(e) => failed(e, lang),
    }
}

/// The review queue.
#[utoipa::path(
    get,
    path = "/api/v1/review",
    params(QueueQuery),
    responses(
        (status = 200, description = "The proposals", body = ReviewQueue),
        (status = 401, description = "No valid token", body = Problem),
        (status = 403, description = "The token's role may not read the record", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "programs"
)]
pub async fn review_queue(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
    Query(q): Query<QueueQuery>,
) -> Response {
    let wanted = match q.state.as_deref().map(ReviewState::parse).transpose() {
        Ok(s) => s.unwrap_or(ReviewState::Proposed),
        Err(e) => return WebError::invalid(e.to_string(), Surface::Api, lang).into_response(),
    };
    match state.app.proposals(&actor, Some(wanted)).await {
        Ok(all) => {
            let proposals = all
                .iter()
                .filter_map(|p| serde_json::to_value(p).ok())
                .collect();
            Json(ReviewQueue { proposals }).into_response()
        }
        Err(e) => failed(e, lang),
    }
}

fn proposal_id(text: &str, lang: Lang) -> Result<ProposalId, Box<Response>> {
    ProposalId::parse(text)
        .map_err(|_| Box::new(WebError::not_found(Surface::Api, lang).into_response()))
}

/// Accepts a proposal, with optional edits.
#[utoipa::path(
    post,
    path = "/api/v1/review/{id}/accept",
    params(("id" = String, Path, description = "The proposal's id")),
    request_body = Decision,
    responses(
        (status = 200, description = "Accepted", body = Decided),
        (status = 401, description = "No valid token", body = Problem),
        (status = 403, description = "The token's role may not decide (reviewer needed)", body = Problem),
        (status = 404, description = "No such proposal", body = Problem),
        (status = 409, description = "Already decided", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "programs"
)]
pub async fn accept(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
    Path(id): Path<String>,
    body: Option<Json<Decision>>,
) -> Response {
    let id = match proposal_id(&id, lang) {
        Ok(id) => id,
        Err(answer) => return *answer,
    };
    let d = body.map(|Json(d)| d).unwrap_or_default();
    let edits = (d.date.is_some() || d.verification.is_some()).then(|| Edits {
        date: d.date,
        verification: d.verification,
        ..Edits::default()
    });
    let reason = if d.reason.trim().is_empty() {
        "accepted through the API"
    } else {
        d.reason.as_str()
    };
    match state.app.accept_proposal(&actor, id, edits, reason).await {
        Ok(done) => Json(Decided {
            proposal: id.to_string(),
            state: "accepted".into(),
            recorded: Some(done.to_string()),
        })
        .into_response(),
        Err(e) => failed(e, lang),
    }
}

/// Rejects a proposal, with the reason.
#[utoipa::path(
    post,
    path = "/api/v1/review/{id}/reject",
    params(("id" = String, Path, description = "The proposal's id")),
    request_body = Decision,
    responses(
        (status = 200, description = "Rejected", body = Decided),
        (status = 401, description = "No valid token", body = Problem),
        (status = 403, description = "The token's role may not decide (reviewer needed)", body = Problem),
        (status = 404, description = "No such proposal", body = Problem),
        (status = 422, description = "No reason given", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "programs"
)]
pub async fn reject(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
    Path(id): Path<String>,
    body: Result<Json<Decision>, JsonRejection>,
) -> Response {
    let id = match proposal_id(&id, lang) {
        Ok(id) => id,
        Err(answer) => return *answer,
    };
    let Json(d) = match body {
        Ok(b) => b,
        Err(e) => return bad_body(e, lang),
    };
    match state.app.reject_proposal(&actor, id, &d.reason).await {
        Ok(()) => Json(Decided {
            proposal: id.to_string(),
            state: "rejected".into(),
            recorded: None,
        })
        .into_response(),
        Err(e) => failed(e, lang),
    }
}
