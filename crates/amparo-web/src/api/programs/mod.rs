//! The API's routes for programs, behind a bearer token ([`super::auth`]): what the
//! documenters do in the workspace and on the command line, for their programs. Each
//! handler calls the same amparo-app use case as the command line and the workspace, as
//! the token's actor, so roles are checked there (a role too low is 403) and every read
//! is as the role may see it (restricted fields are absent for the roles that may not).
//!
//! - [`review`]: news text into the review queue, the queue, and its decisions;
//! - [`persons`] and [`person_changes`]: find, read, record, correct, merge, unmerge;
//! - [`facts`]: record (release measures included), correct (supersede), retract;
//! - [`sources`]: list, read (with the original text), record;
//! - [`claims`]: other sources' numbers and announced release waves;
//! - [`lists`]: a list (CSV, XLSX, ODS, JSON) imported, every row accounted for.
//!
//! The record's routes are under `/api/v1/registry/`, apart from the public ones.

pub(super) mod claims;
pub(super) mod facts;
pub(super) mod lists;
pub(super) mod person_changes;
pub(super) mod persons;
pub(super) mod review;
pub(super) mod sources;

pub use claims::{AnnouncementList, ClaimList, NewAnnouncement, NewClaim};
pub use facts::{FactRecorded, NewFact};
pub use lists::{ListImported, RowOutcome};
pub use person_changes::{Merge, PersonChange};
pub use persons::{LikelyDuplicate, NewPerson, PersonCreated, PersonsFound, RegistryPerson};
pub use review::{Decided, Decision, Ingested, ReviewQueue, TextSubmission};
pub use sources::{NewSource, SourceList, SourceRecord};

use crate::error::{Surface, WebError};
use amparo_app::AppError;
use amparo_i18n::{Args, Lang, t};
use axum::Json;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Where the record's routes live.
pub const REGISTRY: &str = "/api/v1/registry";

/// A refusal ready to send: the record's handlers return [`Answer`] and `?` their checks.
#[derive(Debug)]
pub struct Refused(Box<Response>);

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        *self.0
    }
}

impl From<WebError> for Refused {
    fn from(e: WebError) -> Refused {
        Refused(Box::new(e.into_response()))
    }
}

impl From<Response> for Refused {
    fn from(r: Response) -> Refused {
        Refused(Box::new(r))
    }
}

/// What a handler of the record answers.
pub type Answer = Result<Response, Refused>;

/// A use case's failure as a problem document in `lang`.
pub fn failed(lang: Lang) -> impl Fn(AppError) -> Refused {
    move |e| WebError::app(e, Surface::Api, lang).into()
}

/// A body that is not the JSON the route takes.
pub fn bad_body(lang: Lang) -> impl Fn(JsonRejection) -> Refused {
    move |e| WebError::invalid(e.body_text(), Surface::Api, lang).into()
}

/// A query string that is not what the route takes.
pub fn bad_query(lang: Lang) -> impl Fn(QueryRejection) -> Refused {
    move |e| WebError::invalid(e.body_text(), Surface::Api, lang).into()
}

/// Invalid input the API finds itself, said with the catalogue's words for `key`.
pub fn invalid(lang: Lang, key: &str, args: &Args) -> Refused {
    WebError::invalid(t(lang, key, args), Surface::Api, lang).into()
}

/// An id in the path that does not parse names nothing there: 404.
pub fn path_id<T, E>(
    parse: impl FnOnce(&str) -> Result<T, E>,
    text: &str,
    lang: Lang,
) -> Result<T, Refused> {
    parse(text).map_err(|_| WebError::not_found(Surface::Api, lang).into())
}

/// An id in a body that does not parse: 422, naming the field.
pub fn body_id<T, E>(
    parse: impl FnOnce(&str) -> Result<T, E>,
    text: &str,
    field: &str,
    lang: Lang,
) -> Result<T, Refused> {
    parse(text).map_err(|_| {
        invalid(
            lang,
            "api-bad-id",
            &Args::new()
                .text("field", field.to_owned())
                .text("value", text.to_owned()),
        )
    })
}

/// `?as_of=`: a day, today when absent.
pub fn as_of(
    given: Option<&str>,
    today: chrono::NaiveDate,
    lang: Lang,
) -> Result<chrono::NaiveDate, Refused> {
    match given.map(str::trim).filter(|d| !d.is_empty()) {
        None => Ok(today),
        Some(d) => amparo_domain::date::parse_day(d)
            .map_err(|e| WebError::invalid(e.to_string(), Surface::Api, lang).into()),
    }
}

/// `status` with `body` as JSON.
pub fn json(status: StatusCode, body: &impl Serialize) -> Response {
    (status, Json(body)).into_response()
}

/// 201 with `body`, and the new thing's address in `Location`.
pub fn created(location: String, body: &impl Serialize) -> Response {
    let mut response = json(StatusCode::CREATED, body);
    if let Ok(value) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// A thing recorded: its id.
#[derive(Debug, Serialize, ToSchema)]
pub struct Created {
    pub id: String,
}

/// Why a change is made: every change is logged with its why.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Reason {
    /// Required; kept in the audit log.
    #[serde(default)]
    pub reason: String,
}

/// What a change did.
#[derive(Debug, Serialize, ToSchema)]
pub struct Changed {
    /// What was changed.
    pub id: String,
    /// retracted, withdrawn, merged or unmerged.
    pub change: String,
    /// After a merge: the person whose facts they now are.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub into: Option<String>,
}

impl Changed {
    pub fn new(id: impl ToString, change: &str) -> Changed {
        Changed {
            id: id.to_string(),
            change: change.to_owned(),
            into: None,
        }
    }
}
