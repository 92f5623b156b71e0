//! The JSON API under `/api/v1`: the lookup, a person's public view, and the counts. Every
//! route is in one table ([`routes`]) that builds the router, and its OpenAPI 3.1 document
//! is generated from the handlers' annotations ([`ApiDoc`]); a test checks that every route
//! of the table is in the document. Errors are RFC 9457 problem documents.

mod handlers;
mod types;

pub use types::*;

use crate::error::Problem;
use crate::state::AppState;
use axum::Json;
use axum::routing::{MethodRouter, get};
use utoipa::OpenApi;

/// The API's document, generated from the handlers.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "amparo public API",
        description = "Public data of an amparo registry: the family lookup, a person's public view, and counts as of any date. Hidden persons never appear; persons shown by initials appear by initials only; no national id, contact, health or note is ever returned.",
        license(name = "AGPL-3.0-or-later")
    ),
    paths(
        handlers::lookup,
        handlers::person,
        handlers::balance,
        handlers::period,
        handlers::series,
        handlers::claims,
        handlers::openapi,
    ),
    components(schemas(
        Problem,
        LookupResponse,
        ApiPerson,
        ApiStatus,
        ApiPersonPage,
        ApiFact,
        ApiCitation,
        ReportDoc
    ))
)]
pub struct ApiDoc;

/// Every API route and its handler: the router is built from this table.
pub fn routes() -> Vec<(&'static str, MethodRouter<AppState>)> {
    vec![
        ("/api/v1/lookup", get(handlers::lookup)),
        ("/api/v1/persons/{id}", get(handlers::person)),
        ("/api/v1/balance", get(handlers::balance)),
        ("/api/v1/period", get(handlers::period)),
        ("/api/v1/series", get(handlers::series)),
        ("/api/v1/claims", get(handlers::claims)),
        ("/api/v1/openapi.json", get(handlers::openapi)),
    ]
}

/// The document as JSON (OpenAPI 3.1).
pub fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
