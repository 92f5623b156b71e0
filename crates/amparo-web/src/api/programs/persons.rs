//! Persons for programs: find them in the record, read one as the token's role may see it
//! (the facts, the derived status with the facts that decided it and the conflicts between
//! sources explained), and record one. Corrections, merges and unmerges are in
//! [`super::person_changes`].

use super::{Answer, REGISTRY, as_of, bad_body, bad_query, created, failed, path_id};
use crate::api::auth::TokenActor;
use crate::error::Problem;
use crate::pages::Negotiated;
use crate::state::AppState;
use amparo_app::views::{FactView, PersonLine, StatusView};
use amparo_app::{Action, Actor, AppResult, PersonInput};
use amparo_domain::{Person, PersonId};
use amparo_i18n::Lang;
use axum::Json;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::response::IntoResponse;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// Persons a page lists when the caller does not say.
const PER_PAGE: u32 = 50;
/// The most persons one page lists.
const MAX_PER_PAGE: u32 = 500;

/// `?name=&as_of=&limit=&offset=`.
#[derive(Debug, Deserialize, IntoParams)]
pub struct PersonSearch {
    /// Part of a name or an alias (any case, accents optional); for the roles that see
    /// them, digits of a national id. Everyone when absent.
    pub name: Option<String>,
    /// The day statuses are derived as of (YYYY-MM-DD); today when absent.
    pub as_of: Option<String>,
    /// Persons per page, 1 to 500; 50 when absent.
    pub limit: Option<u32>,
    /// Persons to skip.
    pub offset: Option<u32>,
}

/// A page of persons.
#[derive(Debug, Serialize, ToSchema)]
pub struct PersonsFound {
    /// By name: `{"id", "name", ...status fields}` as `amparo person list --json` prints
    /// them (docs/json.md).
    #[schema(value_type = Vec<Object>)]
    pub items: Vec<PersonLine>,
    /// Persons found in all.
    pub total: u64,
    pub offset: u64,
}

/// `?as_of=`.
#[derive(Debug, Deserialize, IntoParams)]
pub struct AsOf {
    /// The day the status is derived as of (YYYY-MM-DD); today when absent.
    pub as_of: Option<String>,
}

/// A person as the token's role may see them: `amparo person show --json` (docs/json.md)
/// and the record's version.
#[derive(Debug, Serialize, ToSchema)]
pub struct RegistryPerson {
    /// The version to send with a correction (refused if the person changed since); absent
    /// for the roles that do not read the whole record.
    pub version: Option<i64>,
    /// The record; restricted fields (national id, contacts, health, notes) are null for
    /// the roles that may not see them.
    #[schema(value_type = Object)]
    pub person: Person,
    pub as_of: String,
    /// The derived status, the facts that decided it (`decided_by`) and the conflicts
    /// between sources, explained in the negotiated language.
    #[schema(value_type = Object)]
    pub status: StatusView,
    /// Every fact, retracted ones included, with their citations.
    #[schema(value_type = Vec<Object>)]
    pub facts: Vec<FactView>,
}

/// A person as the token's role may see them, the version read first: if the person
/// changes meanwhile, an edit naming that version is refused rather than overwriting.
pub(super) async fn read(
    state: &AppState,
    actor: &Actor,
    id: PersonId,
    as_of: NaiveDate,
    lang: Lang,
) -> AppResult<RegistryPerson> {
    let version = match actor.require(Action::ReadRecord) {
        Ok(()) => Some(state.app.person_version(actor, id).await?),
        Err(_) => None,
    };
    let shown = state.app.show_person(actor, id, as_of, lang).await?;
    Ok(RegistryPerson {
        version,
        person: shown.person,
        as_of: shown.as_of,
        status: shown.status,
        facts: shown.facts,
    })
}

/// Finds persons by name, a page at a time, with their status.
#[utoipa::path(
    get,
    path = "/api/v1/registry/persons",
    params(PersonSearch),
    responses(
        (status = 200, description = "A page of persons, as the token's role may see them", body = PersonsFound),
        (status = 401, description = "No valid token", body = Problem),
        (status = 422, description = "A date or number does not parse", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "registry"
)]
pub async fn list(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
    query: Result<Query<PersonSearch>, QueryRejection>,
) -> Answer {
    let Query(q) = query.map_err(bad_query(lang))?;
    let day = as_of(q.as_of.as_deref(), state.app.today(), lang)?;
    let name = q.name.as_deref().map(str::trim).filter(|n| !n.is_empty());
    let limit = q.limit.unwrap_or(PER_PAGE).clamp(1, MAX_PER_PAGE);
    let page = state
        .app
        .list_persons(&actor, name, day, limit, q.offset.unwrap_or(0))
        .await
        .map_err(failed(lang))?;
    Ok(Json(PersonsFound {
        items: page.items,
        total: page.total,
        offset: page.offset,
    })
    .into_response())
}

/// A person as the token's role may see them: the record, every fact, the status and why.
#[utoipa::path(
    get,
    path = "/api/v1/registry/persons/{id}",
    params(("id" = String, Path, description = "The person's id"), AsOf),
    responses(
        (status = 200, description = "The person", body = RegistryPerson),
        (status = 401, description = "No valid token", body = Problem),
        (status = 404, description = "No such person, or not one the token's role may see", body = Problem),
        (status = 422, description = "The date does not parse", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "registry"
)]
pub async fn show(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
    Path(id): Path<String>,
    query: Result<Query<AsOf>, QueryRejection>,
) -> Answer {
    let id = path_id(PersonId::parse, &id, lang)?;
    let Query(q) = query.map_err(bad_query(lang))?;
    let day = as_of(q.as_of.as_deref(), state.app.today(), lang)?;
    let person = read(&state, &actor, id, day, lang)
        .await
        .map_err(failed(lang))?;
    Ok(Json(person).into_response())
}

/// A person to record.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPerson {
    /// The name as the source writes it.
    pub name: String,
    /// Other spellings.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// A national id (V-12.345.678): restricted.
    pub national_id: Option<String>,
    /// female, male or other.
    pub sex: Option<String>,
    /// YYYY, YYYY-MM or YYYY-MM-DD.
    pub birth_date: Option<String>,
    /// ISO 3166 codes (VE, ES, ...).
    #[serde(default)]
    pub nationalities: Vec<String>,
    /// journalist, lawyer, human-rights-defender, politician, military, student, ...
    #[serde(default)]
    pub roles: Vec<String>,
    /// public (when absent), initials or hidden.
    pub visibility: Option<String>,
    #[serde(default)]
    pub high_profile: bool,
    /// Restricted.
    pub contacts: Option<String>,
    /// Restricted.
    pub notes: Option<String>,
    /// Records the person although another has the national id, for this reason (kept in
    /// the notes). Without it such a person is refused (409), naming the other.
    pub force: Option<String>,
}

/// A person another one likely is, by name.
#[derive(Debug, Serialize, ToSchema)]
pub struct LikelyDuplicate {
    pub id: String,
    pub name: String,
    /// How alike, 0 to 1.
    pub score: f64,
}

/// A person recorded.
#[derive(Debug, Serialize, ToSchema)]
pub struct PersonCreated {
    pub id: String,
    /// Persons already recorded that this one likely is: merge them if so.
    pub likely_duplicates: Vec<LikelyDuplicate>,
}

/// Records a person.
#[utoipa::path(
    post,
    path = "/api/v1/registry/persons",
    request_body = NewPerson,
    responses(
        (status = 201, description = "Recorded", body = PersonCreated),
        (status = 401, description = "No valid token", body = Problem),
        (status = 403, description = "The token's role may not change the record (editor needed)", body = Problem),
        (status = 409, description = "Another person has this national id", body = Problem),
        (status = 422, description = "A value does not parse", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "registry"
)]
pub async fn create(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
    body: Result<Json<NewPerson>, JsonRejection>,
) -> Answer {
    let Json(p) = body.map_err(bad_body(lang))?;
    let input = PersonInput {
        name: p.name,
        aliases: p.aliases,
        national_id: p.national_id,
        sex: p.sex,
        birth_date: p.birth_date,
        nationalities: p
            .nationalities
            .iter()
            .map(|c| c.trim().to_ascii_uppercase())
            .collect(),
        roles: p.roles,
        visibility: p.visibility,
        high_profile: p.high_profile,
        contacts: p.contacts,
        notes: p.notes,
    };
    let added = state
        .app
        .add_person(&actor, &input, p.force.as_deref())
        .await
        .map_err(failed(lang))?;
    let body = PersonCreated {
        id: added.id.to_string(),
        likely_duplicates: added
            .likely_duplicates
            .into_iter()
            .map(|(id, name, score)| LikelyDuplicate {
                id: id.to_string(),
                name,
                score,
            })
            .collect(),
    };
    Ok(created(format!("{REGISTRY}/persons/{}", added.id), &body))
}
