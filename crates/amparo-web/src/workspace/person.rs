//! `/personas/{id}`: a person as the organisation knows them: the derived status in words
//! with the facts that decided it and the conflicts between sources explained, the timeline
//! of every fact with its sources, excerpts, verification and who recorded it, and the forms
//! that correct the record (see [`super::person_forms`]).

use super::{Frame, failed, invalid, page as render_page, who};
use crate::pages::Negotiated;
use crate::signed_in::SignedIn;
use crate::state::AppState;
use crate::words;
use amparo_app::views::StatusView;
use amparo_app::{AppError, PublicStatus, Role};
use amparo_domain::fact::FactType;
use amparo_domain::{EntityKind, Person, PersonId, Verification};
use amparo_i18n::{Args, t};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Deserialize;

/// A citation of a fact.
pub struct Cited {
    pub publisher: String,
    pub link: String,
    pub excerpt: Option<String>,
}

/// A fact of the timeline.
pub struct Line {
    pub id: String,
    pub date: String,
    pub title: String,
    pub verification: String,
    pub review: String,
    pub decides: bool,
    pub retracted: Option<String>,
    pub recorded_by: String,
    pub cited: Vec<Cited>,
}

/// The record's fields as the edit form shows them.
pub struct Form {
    pub name: String,
    pub aliases: String,
    pub national_id: String,
    pub sex: String,
    pub birth_date: String,
    pub nationalities: String,
    pub roles: String,
    pub visibility: String,
    pub high_profile: bool,
    pub contacts: String,
    pub notes: String,
}

impl Form {
    fn of(p: &Person) -> Form {
        let list = |items: Vec<String>| items.join(", ");
        Form {
            name: p.display_name().to_owned(),
            aliases: p
                .names
                .iter()
                .skip(1)
                .map(|n| n.as_str().to_owned())
                .collect::<Vec<_>>()
                .join("\n"),
            national_id: p
                .national_id
                .as_ref()
                .map(|n| n.to_string())
                .unwrap_or_default(),
            sex: p.sex.map(|s| s.to_string()).unwrap_or_default(),
            birth_date: p.birth_date.map(|d| d.to_string()).unwrap_or_default(),
            nationalities: list(p.nationalities.iter().map(|c| c.to_string()).collect()),
            roles: list(p.roles.iter().map(|r| r.to_string()).collect()),
            visibility: p.visibility.to_string(),
            high_profile: p.high_profile,
            contacts: p.contacts.clone().unwrap_or_default(),
            notes: p.notes.clone().unwrap_or_default(),
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct PersonParams {
    /// What was just done: "creada", "editada", "retirado", "fusionada", "separada",
    /// "dato", "propuesto".
    pub hecho: Option<String>,
    /// A person the one just recorded likely duplicates.
    pub parecida: Option<String>,
}

/// What a form of this page may report done.
const DONE: [&str; 7] = [
    "creada",
    "editada",
    "retirado",
    "fusionada",
    "separada",
    "dato",
    "propuesto",
];

#[derive(Template)]
#[template(path = "workspace/person.html")]
struct PersonPage {
    frame: Frame,
    id: String,
    flash: Option<String>,
    status: String,
    /// The facts that decided the status, in words.
    reasons: Vec<String>,
    conflicts: Vec<String>,
    merged_into: Option<String>,
    timeline: Vec<Line>,
    version: i64,
    form: Form,
    may_edit: bool,
    twin: Option<String>,
    /// The facts a new one may correct (supersede): id, and date with title.
    supersedable: Vec<(String, String)>,
    sources: Vec<(String, String)>,
    kinds: Vec<(&'static str, String)>,
    verifications: Vec<(&'static str, String)>,
    sexes: Vec<(&'static str, String)>,
    visibilities: Vec<(&'static str, String)>,
}

/// `GET /personas/{id}`.
pub async fn page(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
    Path(id): Path<String>,
    Query(params): Query<PersonParams>,
) -> Response {
    let frame = Frame::new(
        &state,
        &signed,
        lang,
        t(lang, "ws-person-title", &Args::new()),
        "ws-person",
        &format!("/personas/{id}"),
    );
    let Ok(id) = PersonId::parse(&id) else {
        return invalid(&frame, &frame.t("ws-bad-id"));
    };
    match build(&state, &signed, frame.clone(), id, &params).await {
        Ok(page) => render_page(&page, &page.frame),
        Err(e) => failed(&frame, e),
    }
}

async fn build(
    state: &AppState,
    signed: &SignedIn,
    mut frame: Frame,
    id: PersonId,
    params: &PersonParams,
) -> Result<PersonPage, AppError> {
    let (app, actor, lang) = (&state.app, &signed.actor, frame.lang);
    // The version first: it is the role check (reading the whole record).
    let version = app.person_version(actor, id).await?;
    let person = app.person(actor, id).await?;
    let (facts, status) = app.person_status(actor, id, app.today()).await?;
    let publishers = app.publishers(actor).await?;
    let ids: Vec<String> = facts.iter().map(|f| f.fact.id.to_string()).collect();
    let recorded = app.recorded_by(actor, EntityKind::Fact, &ids).await?;
    let view = StatusView::new(&status, &publishers, lang);
    frame.chrome.title = t(
        lang,
        "person-title",
        &Args::new().text("name", person.display_name()),
    );
    let timeline: Vec<Line> = facts
        .iter()
        .map(|f| {
            let fact = &f.fact;
            Line {
                id: fact.id.to_string(),
                date: words::date_text(lang, &fact.date),
                title: words::fact(lang, &fact.kind),
                verification: words::verification(lang, fact.verification),
                review: t(lang, &format!("ws-review-{}", fact.review), &Args::new()),
                decides: status.decided_by.contains(&fact.id),
                retracted: f.retraction.clone(),
                recorded_by: recorded
                    .get(&fact.id.to_string())
                    .map(|a| who::name(lang, a))
                    .unwrap_or_default(),
                cited: fact
                    .citations()
                    .iter()
                    .map(|c| Cited {
                        publisher: publishers
                            .get(&c.source.to_string())
                            .cloned()
                            .unwrap_or_else(|| c.source.to_string()),
                        link: frame.href(&format!("/fuentes/{}", c.source)),
                        excerpt: c.excerpt.clone(),
                    })
                    .collect(),
            }
        })
        .collect();
    let reasons = timeline
        .iter()
        .filter(|l: &&Line| l.decides)
        .map(|l| {
            let by: Vec<&str> = l.cited.iter().map(|c| c.publisher.as_str()).collect();
            t(
                lang,
                "ws-reason-line",
                &Args::new()
                    .text("fact", l.title.clone())
                    .text("date", l.date.clone())
                    .text("sources", by.join(", ")),
            )
        })
        .collect();
    let flash = params
        .hecho
        .as_deref()
        .filter(|h| DONE.contains(h))
        .map(|h| t(lang, &format!("ws-done-{h}"), &Args::new()));
    let choices = |values: &[&'static str], prefix: &str| {
        values
            .iter()
            .map(|v| {
                let key = if v.is_empty() { "none" } else { v };
                (*v, t(lang, &format!("{prefix}{key}"), &Args::new()))
            })
            .collect()
    };
    let sources = super::claims::offered_sources(app, actor, lang).await?;
    let twin = params
        .parecida
        .as_deref()
        .and_then(|p| PersonId::parse(p).ok())
        .map(|p| frame.href(&format!("/personas/{p}")));
    let supersedable = timeline
        .iter()
        .filter(|l| l.retracted.is_none())
        .map(|l| (l.id.clone(), format!("{} · {}", l.date, l.title)))
        .collect();
    Ok(PersonPage {
        twin,
        supersedable,
        sources,
        kinds: FactType::ALL
            .iter()
            .map(|k| (k.as_str(), t(lang, &format!("fact-{k}"), &Args::new())))
            .collect(),
        verifications: Verification::ALL
            .iter()
            .map(|v| (v.as_str(), words::verification(lang, *v)))
            .collect(),
        id: id.to_string(),
        flash,
        status: words::status(lang, person.sex, &PublicStatus::from_status(&status)),
        reasons,
        conflicts: view
            .conflicts
            .iter()
            .map(|c| c.explanation.clone())
            .collect(),
        merged_into: person
            .merged_into
            .map(|into| frame.href(&format!("/personas/{into}"))),
        timeline,
        version,
        form: Form::of(&person),
        may_edit: signed.at_least(Role::Editor),
        sexes: choices(&["", "female", "male", "other"], "ws-sex-"),
        visibilities: choices(&["public", "initials", "hidden"], "ws-visibility-"),
        frame,
    })
}
