//! The forms of a person's page: edit the record (refused, never overwriting, when someone
//! saved it since the form was read), retract a fact, merge into another person, unmerge.
//! Each checks the CSRF token first, then calls the app, then goes back to the page.

use super::{Fields, Frame, Refusal, answer, check_csrf, failed, invalid, see_other};
use crate::pages::Negotiated;
use crate::signed_in::SignedIn;
use crate::state::AppState;
use amparo_app::{ErrorKind, FactInput, PersonEdit};
use amparo_domain::{FactId, PersonId, SourceId};
use amparo_i18n::{Args, Lang, t};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

/// The frame, the fields (token checked) and the reason every correction needs.
fn form(
    state: &AppState,
    signed: &SignedIn,
    lang: Lang,
    path: &str,
    body: &[u8],
) -> Result<(Frame, Fields, String), Refusal> {
    let frame = Frame::new(
        state,
        signed,
        lang,
        t(lang, "ws-person-title", &Args::new()),
        "ws-person",
        path,
    );
    let fields = Fields::parse(body);
    check_csrf(&frame, signed, fields.get("csrf"))?;
    let Some(reason) = fields.text("reason") else {
        return Err(Box::new(invalid(&frame, &frame.t("ws-reason-needed"))));
    };
    Ok((frame, fields, reason))
}

fn back(person: &str, done: &str, lang: Lang) -> Response {
    see_other(&format!(
        "/personas/{person}?hecho={done}&lang={}",
        lang.code()
    ))
}

/// `POST /personas/{id}/editar`.
pub async fn edit(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let (frame, fields, reason) =
        match form(&state, &signed, lang, &format!("/personas/{id}"), &body) {
            Ok(f) => f,
            Err(refused) => return *refused,
        };
    let Ok(person) = PersonId::parse(&id) else {
        return invalid(&frame, &frame.t("ws-bad-id"));
    };
    // Without the version read with the form, a save could overwrite another's: refused.
    let Some(version) = fields.get("version").and_then(|v| v.parse::<i64>().ok()) else {
        return invalid(&frame, &frame.t("ws-version-needed"));
    };
    let current = match state.app.person(&signed.actor, person).await {
        Ok(p) => p,
        Err(e) => return failed(&frame, e),
    };
    let aliases = fields.list("aliases");
    let shown: Vec<String> = current
        .names
        .iter()
        .map(|n| n.as_str().to_owned())
        .collect();
    let name = fields.text("name");
    let edit = PersonEdit {
        add_aliases: aliases
            .iter()
            .filter(|a| !shown.contains(a))
            .cloned()
            .collect(),
        // Names the form no longer lists, except the one it shows (kept as an alias when
        // the name changes).
        remove_aliases: shown
            .iter()
            .skip(1)
            .filter(|n| !aliases.contains(n) && name.as_ref() != Some(*n))
            .cloned()
            .collect(),
        name,
        national_id: fields.raw("national_id").map(str::to_owned),
        sex: fields.raw("sex").map(str::to_owned),
        birth_date: fields.raw("birth_date").map(str::to_owned),
        nationalities: Some(
            fields
                .list("nationalities")
                .into_iter()
                .map(|c| c.to_ascii_uppercase())
                .collect(),
        ),
        roles: Some(fields.list("roles")),
        high_profile: Some(fields.ticked("high_profile")),
        visibility: fields.text("visibility"),
        contacts: fields.raw("contacts").map(str::to_owned),
        notes: fields.raw("notes").map(str::to_owned),
        version: Some(version),
    };
    match state
        .app
        .edit_person(&signed.actor, person, &edit, &reason)
        .await
    {
        Ok(_) => back(&id, "editada", lang),
        Err(e) if e.kind() == ErrorKind::Conflict => {
            // Someone saved the record since this form was read: say so plainly.
            match state.app.person_version(&signed.actor, person).await {
                Ok(now) if now != version => {
                    answer(&frame, StatusCode::CONFLICT, &frame.t("ws-stale-version"))
                }
                _ => failed(&frame, e),
            }
        }
        Err(e) => failed(&frame, e),
    }
}

/// `POST /personas/{id}/hechos`: records a fact about the person (or proposes it, for a
/// second pair of eyes), or a correction superseding one of their facts. Only the fields of
/// its kind may be filled; the app says which not.
pub async fn add_fact(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let frame = Frame::new(
        &state,
        &signed,
        lang,
        t(lang, "ws-person-title", &Args::new()),
        "ws-person",
        &format!("/personas/{id}"),
    );
    let f = Fields::parse(&body);
    if let Err(refused) = check_csrf(&frame, &signed, f.get("csrf")) {
        return *refused;
    }
    let Ok(person) = PersonId::parse(&id) else {
        return invalid(&frame, &frame.t("ws-bad-id"));
    };
    let Some(Ok(source)) = f.get("source_id").or(f.get("source")).map(SourceId::parse) else {
        return invalid(&frame, &frame.t("ws-fact-source-needed"));
    };
    let supersedes = match f.get("supersedes").map(FactId::parse) {
        Some(Ok(id)) => Some(id),
        Some(Err(_)) => return invalid(&frame, &frame.t("ws-bad-id")),
        None => None,
    };
    let input = FactInput {
        person,
        kind: f.text("kind").unwrap_or_default(),
        date: f.text("date").unwrap_or_default(),
        sources: vec![source],
        excerpt: f.text("excerpt"),
        locator: f.text("locator"),
        verification: f.text("verification"),
        release_kind: f.text("release_kind"),
        measures: f.list("measures"),
        facility: f.text("facility"),
        agency: f.text("agency"),
        offences: f.list("offences"),
        term_months: f.get("term_months").and_then(|m| m.parse().ok()),
        text: f.text("text"),
        by: f.text("by"),
        criteria: f.text("criteria"),
        country: f.text("country"),
        role: f.text("role"),
        supersedes,
        proposed: f.ticked("proposed"),
    };
    match state.app.add_fact(&signed.actor, &input).await {
        Ok(added) if added.proposed => back(&id, "propuesto", lang),
        Ok(_) => back(&id, "dato", lang),
        Err(e) => failed(&frame, e),
    }
}

/// `POST /hechos/{id}/retirar`: the fact stays in the history and counts for nothing.
pub async fn retract(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let (frame, fields, reason) = match form(&state, &signed, lang, "", &body) {
        Ok(f) => f,
        Err(refused) => return *refused,
    };
    let Ok(fact) = FactId::parse(&id) else {
        return invalid(&frame, &frame.t("ws-bad-id"));
    };
    let person = fields
        .get("person")
        .and_then(|p| PersonId::parse(p).ok())
        .map(|p| p.to_string());
    match state.app.retract_fact(&signed.actor, fact, &reason).await {
        Ok(()) => match person {
            Some(p) => back(&p, "retirado", lang),
            None => see_other(&format!("?lang={}", lang.code())),
        },
        Err(e) => failed(&frame, e),
    }
}

/// `POST /personas/{id}/fusionar`: this person's facts then show under the other.
pub async fn merge(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let (frame, fields, reason) =
        match form(&state, &signed, lang, &format!("/personas/{id}"), &body) {
            Ok(f) => f,
            Err(refused) => return *refused,
        };
    let (Ok(from), Some(Ok(into))) = (
        PersonId::parse(&id),
        fields.get("into").map(PersonId::parse),
    ) else {
        return invalid(&frame, &frame.t("ws-bad-id"));
    };
    match state
        .app
        .merge_persons(&signed.actor, into, from, &reason)
        .await
    {
        Ok(()) => back(&into.to_string(), "fusionada", lang),
        Err(e) => failed(&frame, e),
    }
}

/// `POST /personas/{id}/separar`: undoes this person's merge.
pub async fn unmerge(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let (frame, _, reason) = match form(&state, &signed, lang, &format!("/personas/{id}"), &body) {
        Ok(f) => f,
        Err(refused) => return *refused,
    };
    let Ok(person) = PersonId::parse(&id) else {
        return invalid(&frame, &frame.t("ws-bad-id"));
    };
    match state
        .app
        .unmerge_person(&signed.actor, person, &reason)
        .await
    {
        Ok(()) => back(&id, "separada", lang),
        Err(e) => failed(&frame, e),
    }
}
