//! The JSON API under `/api/v1`: the lookup, a person's public view, and the counts. Every
//! route is in one table ([`routes`]) that builds the router, and its OpenAPI 3.1 document
//! is generated from the handlers' annotations ([`ApiDoc`]); a test checks that every route
//! of the table is in the document. Errors are RFC 9457 problem documents.

pub mod auth;
mod handlers;
mod programs;
mod types;

pub use programs::{Decided, Decision, Ingested, ReviewQueue, TextSubmission};
pub use types::*;

use crate::error::Problem;
use crate::state::AppState;
use axum::Json;
use axum::routing::{MethodRouter, get, post};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

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
        programs::submit_text,
        programs::review_queue,
        programs::accept,
        programs::reject,
    ),
    components(schemas(
        Problem,
        LookupResponse,
        ApiPerson,
        ApiStatus,
        ApiPersonPage,
        ApiFact,
        ApiCitation,
        ReportDoc,
        TextSubmission,
        Ingested,
        ReviewQueue,
        Decision,
        Decided
    )),
    modifiers(&BearerScheme)
)]
pub struct ApiDoc;

/// The `bearer` security scheme the program routes name.
struct BearerScheme;

impl Modify for BearerScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let scheme = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .description(Some(
                "An API token made by `amparo token add --role ROLE --label LABEL`",
            ))
            .build();
        openapi
            .components
            .get_or_insert_with(Default::default)
            .add_security_scheme("bearer", SecurityScheme::Http(scheme));
    }
}

/// The routes for programs, behind a bearer token ([`auth::require_token`]): the router
/// is built from this table too, and every route of it is in the document.
pub fn routes_with_token() -> Vec<(&'static str, MethodRouter<AppState>)> {
    vec![
        ("/api/v1/sources/text", post(programs::submit_text)),
        ("/api/v1/review", get(programs::review_queue)),
        ("/api/v1/review/{id}/accept", post(programs::accept)),
        ("/api/v1/review/{id}/reject", post(programs::reject)),
    ]
}

/// Every public API route and its handler: the router is built from this table.
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
