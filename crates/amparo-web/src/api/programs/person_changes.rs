//! Correcting a person for programs: an edit names the version it read and is refused
//! (409), never overwriting, when someone changed the person since; a merge moves one
//! person's facts under another, and an unmerge undoes it. Each is logged with its reason.

use super::persons::{RegistryPerson, read};
use super::{Answer, Changed, Reason, bad_body, body_id, failed, invalid, json, path_id};
use crate::api::auth::TokenActor;
use crate::error::{Problem, problem};
use crate::pages::Negotiated;
use crate::state::AppState;
use amparo_app::{ErrorKind, PersonEdit};
use amparo_domain::PersonId;
use amparo_i18n::{Args, t};
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::Deserialize;
use utoipa::ToSchema;

/// A correction of a person: what is absent stays as it is.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonChange {
    /// The `version` read with the person (required): if the person changed since, the
    /// change is refused (409) and nothing is overwritten.
    pub version: Option<i64>,
    /// Why (required; kept in the audit log).
    #[serde(default)]
    pub reason: String,
    /// The name shown (the old one is kept as an alias).
    pub name: Option<String>,
    #[serde(default)]
    pub add_aliases: Vec<String>,
    #[serde(default)]
    pub remove_aliases: Vec<String>,
    /// "" removes it.
    pub national_id: Option<String>,
    /// female, male or other; "" removes it.
    pub sex: Option<String>,
    /// "" removes it.
    pub birth_date: Option<String>,
    /// Replaces the nationalities ([] removes them all).
    pub nationalities: Option<Vec<String>>,
    /// Replaces the roles ([] removes them all).
    pub roles: Option<Vec<String>>,
    pub high_profile: Option<bool>,
    /// public, initials or hidden; making a protected person more visible needs an admin.
    pub visibility: Option<String>,
    /// "" removes it.
    pub contacts: Option<String>,
    /// "" removes it.
    pub notes: Option<String>,
}

/// Corrects a person, if nobody changed them since the version given.
#[utoipa::path(
    patch,
    path = "/api/v1/registry/persons/{id}",
    params(("id" = String, Path, description = "The person's id")),
    request_body = PersonChange,
    responses(
        (status = 200, description = "Corrected: the person as now recorded, with the new version", body = RegistryPerson),
        (status = 401, description = "No valid token", body = Problem),
        (status = 403, description = "The token's role may not change the record (editor needed; admin to make a protected person more visible)", body = Problem),
        (status = 404, description = "No such person", body = Problem),
        (status = 409, description = "The person changed since the version given (nothing was overwritten), or another person has the national id", body = Problem),
        (status = 422, description = "No version or reason, or a value does not parse", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "registry"
)]
pub async fn edit(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
    Path(id): Path<String>,
    body: Result<Json<PersonChange>, JsonRejection>,
) -> Answer {
    let id = path_id(PersonId::parse, &id, lang)?;
    let Json(c) = body.map_err(bad_body(lang))?;
    // Without the version it read, a program could overwrite someone else's change.
    let Some(version) = c.version else {
        return Err(invalid(lang, "api-version-needed", &Args::new()));
    };
    let edit = PersonEdit {
        name: c.name,
        add_aliases: c.add_aliases,
        remove_aliases: c.remove_aliases,
        national_id: c.national_id,
        sex: c.sex,
        birth_date: c.birth_date,
        nationalities: c.nationalities.map(|list| {
            list.iter()
                .map(|code| code.trim().to_ascii_uppercase())
                .collect()
        }),
        roles: c.roles,
        high_profile: c.high_profile,
        visibility: c.visibility,
        contacts: c.contacts,
        notes: c.notes,
        version: Some(version),
    };
    match state.app.edit_person(&actor, id, &edit, &c.reason).await {
        Ok(_) => {}
        Err(e) if e.kind() == ErrorKind::Conflict => {
            // A stale version says so plainly; any other conflict (a national id another
            // person has) is said as the app says it.
            return match state.app.person_version(&actor, id).await {
                Ok(now) if now != version => Err(problem(
                    StatusCode::CONFLICT,
                    t(
                        lang,
                        "api-stale-version",
                        &Args::new().text("seen", version.to_string()),
                    ),
                )
                .into()),
                _ => Err(failed(lang)(e)),
            };
        }
        Err(e) => return Err(failed(lang)(e)),
    }
    let person = read(&state, &actor, id, state.app.today(), lang)
        .await
        .map_err(failed(lang))?;
    Ok(json(StatusCode::OK, &person))
}

/// A merge: this person is the same as `into`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Merge {
    /// The person whose record stays; this one's facts then show under it.
    pub into: String,
    /// Why (required; kept in the audit log).
    #[serde(default)]
    pub reason: String,
}

/// Merges this person into another (reversible with unmerge).
#[utoipa::path(
    post,
    path = "/api/v1/registry/persons/{id}/merge",
    params(("id" = String, Path, description = "The person merged away")),
    request_body = Merge,
    responses(
        (status = 200, description = "Merged", body = Changed),
        (status = 401, description = "No valid token", body = Problem),
        (status = 403, description = "The token's role may not change the record (editor needed)", body = Problem),
        (status = 404, description = "No such person", body = Problem),
        (status = 409, description = "Already merged, or the merge would make a cycle", body = Problem),
        (status = 422, description = "No reason, or a person merged into itself", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "registry"
)]
pub async fn merge(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
    Path(id): Path<String>,
    body: Result<Json<Merge>, JsonRejection>,
) -> Answer {
    let from = path_id(PersonId::parse, &id, lang)?;
    let Json(m) = body.map_err(bad_body(lang))?;
    let into = body_id(PersonId::parse, &m.into, "into", lang)?;
    state
        .app
        .merge_persons(&actor, into, from, &m.reason)
        .await
        .map_err(failed(lang))?;
    let mut done = Changed::new(from, "merged");
    done.into = Some(into.to_string());
    Ok(json(StatusCode::OK, &done))
}

/// Undoes this person's merge: their facts are theirs again.
#[utoipa::path(
    post,
    path = "/api/v1/registry/persons/{id}/unmerge",
    params(("id" = String, Path, description = "The person merged away")),
    request_body = Reason,
    responses(
        (status = 200, description = "Unmerged", body = Changed),
        (status = 401, description = "No valid token", body = Problem),
        (status = 403, description = "The token's role may not change the record (editor needed)", body = Problem),
        (status = 404, description = "No such person", body = Problem),
        (status = 409, description = "Not merged", body = Problem),
        (status = 422, description = "No reason", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "registry"
)]
pub async fn unmerge(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
    Path(id): Path<String>,
    body: Result<Json<Reason>, JsonRejection>,
) -> Answer {
    let id = path_id(PersonId::parse, &id, lang)?;
    let Json(r) = body.map_err(bad_body(lang))?;
    state
        .app
        .unmerge_person(&actor, id, &r.reason)
        .await
        .map_err(failed(lang))?;
    Ok(json(StatusCode::OK, &Changed::new(id, "unmerged")))
}
