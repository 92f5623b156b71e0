//! The JSON API under `/api/v1`: the lookup, a person's public view, and the counts; and,
//! behind a bearer token, the documenters' operations for programs ([`programs`]). Every
//! route is in one table ([`routes`], [`routes_with_token`]) that builds the router, and
//! its OpenAPI 3.1 document
//! is generated from the handlers' annotations ([`ApiDoc`]); a test checks that every route
//! of the table is in the document. Errors are RFC 9457 problem documents.

pub mod auth;
mod handlers;
mod programs;
mod types;

pub use programs::{
    AnnouncementList, ClaimList, Decided, Decision, FactRecorded, Ingested, LikelyDuplicate,
    ListImported, Merge, NewAnnouncement, NewClaim, NewFact, NewPerson, NewSource, PersonChange,
    PersonCreated, PersonsFound, RegistryPerson, ReviewQueue, RowOutcome, SourceList, SourceRecord,
    TextSubmission,
};
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
        title = "amparo API",
        description = "Public data of an amparo registry: the family lookup, a person's public view, and counts as of any date. On the public routes hidden persons never appear, persons shown by initials appear by initials only, and no national id, contact, health or note is ever returned.\n\nThe routes for programs (security `bearer`: the review queue, and the record under /api/v1/registry/) act with the role of the API token and answer what that role may see and do: restricted fields only to the roles that read the whole record, changes only for editors.",
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
        programs::review::submit_text,
        programs::review::review_queue,
        programs::review::accept,
        programs::review::reject,
        programs::persons::list,
        programs::persons::show,
        programs::persons::create,
        programs::person_changes::edit,
        programs::person_changes::merge,
        programs::person_changes::unmerge,
        programs::facts::add,
        programs::facts::supersede,
        programs::facts::retract,
        programs::sources::list,
        programs::sources::show,
        programs::sources::create,
        programs::claims::list_claims,
        programs::claims::add_claim,
        programs::claims::retract_claim,
        programs::claims::list_announcements,
        programs::claims::announce,
        programs::claims::retract_announcement,
        programs::lists::import,
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
        Decided,
        programs::Created,
        programs::Changed,
        programs::Reason,
        PersonsFound,
        RegistryPerson,
        NewPerson,
        PersonCreated,
        LikelyDuplicate,
        PersonChange,
        Merge,
        NewFact,
        FactRecorded,
        SourceList,
        SourceRecord,
        NewSource,
        ClaimList,
        NewClaim,
        AnnouncementList,
        NewAnnouncement,
        ListImported,
        RowOutcome,
        programs::lists::ListFile
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

/// The routes for programs, behind a bearer token ([`auth::require_token`]): the review
/// queue, and the record's persons, facts, sources, claims and lists under
/// `/api/v1/registry/`. The router is built from this table too, and every route of it is
/// in the document.
pub fn routes_with_token() -> Vec<(&'static str, MethodRouter<AppState>)> {
    use programs::{claims, facts, lists, person_changes, persons, review, sources};
    vec![
        ("/api/v1/sources/text", post(review::submit_text)),
        ("/api/v1/review", get(review::review_queue)),
        ("/api/v1/review/{id}/accept", post(review::accept)),
        ("/api/v1/review/{id}/reject", post(review::reject)),
        (
            "/api/v1/registry/persons",
            get(persons::list).post(persons::create),
        ),
        (
            "/api/v1/registry/persons/{id}",
            get(persons::show).patch(person_changes::edit),
        ),
        (
            "/api/v1/registry/persons/{id}/merge",
            post(person_changes::merge),
        ),
        (
            "/api/v1/registry/persons/{id}/unmerge",
            post(person_changes::unmerge),
        ),
        ("/api/v1/registry/facts", post(facts::add)),
        (
            "/api/v1/registry/facts/{id}/supersede",
            post(facts::supersede),
        ),
        ("/api/v1/registry/facts/{id}/retract", post(facts::retract)),
        (
            "/api/v1/registry/sources",
            get(sources::list).post(sources::create),
        ),
        ("/api/v1/registry/sources/{id}", get(sources::show)),
        (
            "/api/v1/registry/claims",
            get(claims::list_claims).post(claims::add_claim),
        ),
        (
            "/api/v1/registry/claims/{id}/retract",
            post(claims::retract_claim),
        ),
        (
            "/api/v1/registry/announcements",
            get(claims::list_announcements).post(claims::announce),
        ),
        (
            "/api/v1/registry/announcements/{id}/retract",
            post(claims::retract_announcement),
        ),
        ("/api/v1/registry/lists", post(lists::import)),
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
