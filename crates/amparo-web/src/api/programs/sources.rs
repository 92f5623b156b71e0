//! Sources for programs: the documents facts come from, listed and read as the token's role
//! may see them (a testimony only by the roles that read the whole record), and recorded
//! with their text, which is kept and hashed. Recording a source files nothing for review:
//! to have a news text read for facts, send it to `/api/v1/sources/text`.

use super::{Answer, Created, REGISTRY, bad_body, bad_query, created, failed, path_id};
use crate::api::auth::TokenActor;
use crate::error::Problem;
use crate::pages::Negotiated;
use crate::state::AppState;
use amparo_app::SourceInput;
use amparo_domain::{Source, SourceId};
use axum::Json;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::response::IntoResponse;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// The sources.
#[derive(Debug, Serialize, ToSchema)]
pub struct SourceList {
    /// Oldest first, as `amparo source list --json` prints them: `{"id", "kind",
    /// "publisher", "title", "url", "published", "language", "sha256", "reliability"}`.
    #[schema(value_type = Vec<Object>)]
    pub sources: Vec<Source>,
}

/// Every source the token's role may see.
#[utoipa::path(
    get,
    path = "/api/v1/registry/sources",
    responses(
        (status = 200, description = "The sources", body = SourceList),
        (status = 401, description = "No valid token", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "registry"
)]
pub async fn list(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
) -> Answer {
    let sources = state.app.sources(&actor).await.map_err(failed(lang))?;
    Ok(Json(SourceList { sources }).into_response())
}

/// `?text=true`.
#[derive(Debug, Default, Deserialize, IntoParams)]
pub struct WithText {
    /// Also the original as text (for the roles that read the whole record).
    #[serde(default)]
    pub text: bool,
}

/// One source.
#[derive(Debug, Serialize, ToSchema)]
pub struct SourceRecord {
    /// As `amparo source show --json` prints it.
    #[schema(value_type = Object)]
    pub source: Source,
    /// The original, when asked for, kept and UTF-8 text.
    pub text: Option<String>,
}

/// One source, and its original text if asked for.
#[utoipa::path(
    get,
    path = "/api/v1/registry/sources/{id}",
    params(("id" = String, Path, description = "The source's id"), WithText),
    responses(
        (status = 200, description = "The source", body = SourceRecord),
        (status = 401, description = "No valid token", body = Problem),
        (status = 403, description = "The text was asked for and the token's role may not read originals", body = Problem),
        (status = 404, description = "No such source, or not one the token's role may see", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "registry"
)]
pub async fn show(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
    Path(id): Path<String>,
    query: Result<Query<WithText>, QueryRejection>,
) -> Answer {
    let id = path_id(SourceId::parse, &id, lang)?;
    let Query(q) = query.map_err(bad_query(lang))?;
    let source = state.app.source(&actor, id).await.map_err(failed(lang))?;
    let text = if q.text {
        state
            .app
            .source_original(&actor, id)
            .await
            .map_err(failed(lang))?
            .and_then(|bytes| String::from_utf8(bytes).ok())
    } else {
        None
    };
    Ok(Json(SourceRecord { source, text }).into_response())
}

/// A source to record, as `amparo source add` takes it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewSource {
    /// news-article, ngo-list, official-statement, court-record, testimony or
    /// consular-note.
    pub kind: String,
    pub publisher: String,
    pub title: Option<String>,
    pub url: Option<String>,
    /// YYYY, YYYY-MM or YYYY-MM-DD.
    pub published: Option<String>,
    /// es, en, ...
    pub language: Option<String>,
    /// A (completely reliable) to F (cannot be judged; when absent).
    pub reliability: Option<String>,
    /// The document's text, kept as its original (UTF-8) and hashed.
    pub text: Option<String>,
}

/// Records a source, with its text.
#[utoipa::path(
    post,
    path = "/api/v1/registry/sources",
    request_body = NewSource,
    responses(
        (status = 201, description = "Recorded", body = Created),
        (status = 401, description = "No valid token", body = Problem),
        (status = 403, description = "The token's role may not change the record (editor needed)", body = Problem),
        (status = 409, description = "A source with the same text is already recorded", body = Problem),
        (status = 422, description = "A value does not parse", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "registry"
)]
pub async fn create(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
    body: Result<Json<NewSource>, JsonRejection>,
) -> Answer {
    let Json(s) = body.map_err(bad_body(lang))?;
    let input = SourceInput {
        kind: s.kind,
        publisher: s.publisher,
        title: s.title,
        url: s.url,
        published: s.published,
        language: s.language,
        reliability: s.reliability,
    };
    let original = s.text.map(String::into_bytes);
    let id = state
        .app
        .register_source(&actor, &input, original)
        .await
        .map_err(failed(lang))?;
    Ok(created(
        format!("{REGISTRY}/sources/{id}"),
        &Created { id: id.to_string() },
    ))
}
