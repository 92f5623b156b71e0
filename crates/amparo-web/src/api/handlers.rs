//! The API's handlers, each annotated for the OpenAPI document.

use super::types::{ApiPerson, ApiPersonPage, CountQuery, LookupQuery, LookupResponse, ReportDoc};
use crate::cache::Version;
use crate::error::{Problem, Surface, WebError};
use crate::pages::Negotiated;
use crate::pages::figures::FiguresParams;
use crate::pages::lookup::{none_contact, read_query};
use crate::state::AppState;
use amparo_app::{Actor, ReportRequest};
use amparo_domain::PersonId;
use amparo_i18n::{Args, Lang, t};
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};

/// Finds persons by name or national id.
#[utoipa::path(
    get,
    path = "/api/v1/lookup",
    params(LookupQuery),
    responses(
        (status = 200, description = "Up to ten persons, best first", body = LookupResponse),
        (status = 429, description = "Too many requests", body = Problem)
    ),
    tag = "lookup"
)]
pub async fn lookup(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    Query(q): Query<LookupQuery>,
    headers: HeaderMap,
) -> Response {
    let index = state.index();
    let version = Version::new(index.head, index.as_of, lang.code(), state.built());
    if let Some(not_modified) = version.not_modified(&headers) {
        return not_modified;
    }
    let query = read_query(q.q.as_deref());
    let found = query.as_deref().map(|text| index.search(text));
    let by_national_id = found.as_ref().is_some_and(|f| f.by_national_id);
    let body = LookupResponse {
        query: query.filter(|_| !by_national_id),
        by_national_id,
        too_short: found.as_ref().is_none_or(|f| f.too_short),
        results: found
            .iter()
            .flat_map(|f| &f.hits)
            .map(|h| ApiPerson::of(lang, &h.entry, h.score))
            .collect(),
        note: t(lang, "lookup-none-meaning", &Args::new()),
        contact: none_contact(&state, lang),
    };
    version.apply(Json(body).into_response())
}

/// A person's public view: status today and the public timeline.
#[utoipa::path(
    get,
    path = "/api/v1/persons/{id}",
    params(("id" = String, Path, description = "The person's id")),
    responses(
        (status = 200, description = "The person", body = ApiPersonPage),
        (status = 404, description = "No such person in the public registry", body = Problem)
    ),
    tag = "persons"
)]
pub async fn person(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let Ok(id) = PersonId::parse(&id) else {
        return WebError::not_found(Surface::Api, lang).into_response();
    };
    let version = match current(&state, lang).await {
        Ok(v) => v,
        Err(e) => return e.into_response(),
    };
    if let Some(not_modified) = version.not_modified(&headers) {
        return not_modified;
    }
    match state.app.public_person(id, state.app.today()).await {
        Ok(page) => version.apply(Json(ApiPersonPage::of(lang, &page)).into_response()),
        Err(e) => WebError::app(e, Surface::Api, lang).into_response(),
    }
}

async fn current(state: &AppState, lang: Lang) -> Result<Version, WebError> {
    let head = state
        .app
        .store()
        .head()
        .await
        .map_err(|e| WebError::app(e.into(), Surface::Api, lang))?;
    Ok(Version::new(
        head,
        state.app.today(),
        lang.code(),
        state.built(),
    ))
}

fn params(q: &CountQuery) -> FiguresParams {
    FiguresParams {
        as_of: q.as_of.clone(),
        from: q.from.clone(),
        to: q.to.clone(),
        nationality: q.nationality.clone(),
        facility: q.facility.clone(),
        state: q.state.clone(),
        lang: q.lang.clone(),
    }
}

async fn report(
    state: &AppState,
    lang: Lang,
    q: &CountQuery,
    headers: &HeaderMap,
    request: impl FnOnce(&crate::pages::figures::Dates) -> ReportRequest,
) -> Response {
    let p = params(q);
    let dates = match p.dates(state.app.today()) {
        Ok(d) => d,
        Err(detail) => return WebError::invalid(detail, Surface::Api, lang).into_response(),
    };
    let version = match current(state, lang).await {
        Ok(v) => v,
        Err(e) => return e.into_response(),
    };
    if let Some(not_modified) = version.not_modified(headers) {
        return not_modified;
    }
    match state
        .app
        .report(&Actor::public(), &request(&dates), &p.filter())
        .await
    {
        Ok(r) => version.apply(Json(r).into_response()),
        Err(e) => WebError::app(e, Surface::Api, lang).into_response(),
    }
}

/// The balance as of a date, in prison and deprived of liberty.
#[utoipa::path(
    get,
    path = "/api/v1/balance",
    params(CountQuery),
    responses(
        (status = 200, description = "The balance", body = ReportDoc),
        (status = 422, description = "A date or filter does not parse", body = Problem)
    ),
    tag = "counts"
)]
pub async fn balance(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    Query(q): Query<CountQuery>,
    headers: HeaderMap,
) -> Response {
    report(&state, lang, &q, &headers, |d| ReportRequest::Balance {
        as_of: Some(d.as_of.to_string()),
    })
    .await
}

/// Releases by kind, arrests and the revolving door in a period (the last seven days by
/// default).
#[utoipa::path(
    get,
    path = "/api/v1/period",
    params(CountQuery),
    responses(
        (status = 200, description = "The period", body = ReportDoc),
        (status = 422, description = "A date or filter does not parse", body = Problem)
    ),
    tag = "counts"
)]
pub async fn period(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    Query(q): Query<CountQuery>,
    headers: HeaderMap,
) -> Response {
    report(&state, lang, &q, &headers, |d| ReportRequest::Period {
        from: d.from.to_string(),
        to: d.to.to_string(),
    })
    .await
}

/// Headcounts and movements step by step (26 weeks to `to` by default).
#[utoipa::path(
    get,
    path = "/api/v1/series",
    params(CountQuery),
    responses(
        (status = 200, description = "The series", body = ReportDoc),
        (status = 422, description = "A date, step or filter does not parse", body = Problem)
    ),
    tag = "counts"
)]
pub async fn series(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    Query(q): Query<CountQuery>,
    headers: HeaderMap,
) -> Response {
    let every = q.every.clone().unwrap_or_else(|| "week".into());
    let from_given = q.from.is_some();
    report(&state, lang, &q, &headers, move |d| ReportRequest::Series {
        from: if from_given { d.from } else { d.series_from }.to_string(),
        to: d.to.to_string(),
        every,
    })
    .await
}

/// Announcements and other sources' numbers beside the registry's own.
#[utoipa::path(
    get,
    path = "/api/v1/claims",
    params(CountQuery),
    responses(
        (status = 200, description = "Claims checked", body = ReportDoc),
        (status = 422, description = "A date or filter does not parse", body = Problem)
    ),
    tag = "counts"
)]
pub async fn claims(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    Query(q): Query<CountQuery>,
    headers: HeaderMap,
) -> Response {
    report(&state, lang, &q, &headers, |d| ReportRequest::Claims {
        as_of: Some(d.as_of.to_string()),
    })
    .await
}

/// This document.
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    responses((status = 200, description = "The OpenAPI 3.1 document", content_type = "application/json")),
    tag = "meta"
)]
pub async fn openapi() -> Response {
    super::document().into_response()
}
