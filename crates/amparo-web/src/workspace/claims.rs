//! `/anuncios`: announced release waves and the numbers other sources state, beside the
//! registry's own counts (the figures page compares them): listed, recorded, withdrawn.

use super::{Fields, Frame, check_csrf, failed, invalid, page as render_page, see_other};
use crate::pages::Negotiated;
use crate::signed_in::SignedIn;
use crate::state::AppState;
use crate::words;
use amparo_app::{Action, Actor, App, AppResult, ClaimInput, Role};
use amparo_domain::{ClaimId, ClaimSubject, SourceId};
use amparo_i18n::{Args, Lang, t};
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;

/// Sources a form offers, newest first (others are given by id).
const SOURCES_OFFERED: usize = 30;

/// The newest sources as a form's choices: id, and publisher with date.
pub async fn offered_sources(
    app: &App,
    actor: &Actor,
    lang: Lang,
) -> AppResult<Vec<(String, String)>> {
    Ok(app
        .sources(actor)
        .await?
        .into_iter()
        .rev()
        .take(SOURCES_OFFERED)
        .map(|s| {
            let when = s
                .published
                .map(|d| format!(" · {}", words::date_text(lang, &d)))
                .unwrap_or_default();
            (s.id.to_string(), format!("{}{when}", s.publisher))
        })
        .collect())
}

/// An announcement or a claim as a line.
pub struct Stated {
    pub id: String,
    pub text: String,
    pub retracted: Option<String>,
}

#[derive(Template)]
#[template(path = "workspace/claims.html")]
struct ClaimsPage {
    frame: Frame,
    announcements: Vec<Stated>,
    claims: Vec<Stated>,
    sources: Vec<(String, String)>,
    subjects: Vec<(&'static str, String)>,
    may_edit: bool,
}

fn frame(state: &AppState, signed: &SignedIn, lang: Lang) -> Frame {
    Frame::new(
        state,
        signed,
        lang,
        t(lang, "ws-claims-title", &Args::new()),
        "ws-claims",
        "/anuncios",
    )
}

/// `GET /anuncios`.
pub async fn page(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
) -> Response {
    let frame = frame(&state, &signed, lang);
    match build(&state, &signed, frame.clone()).await {
        Ok(page) => render_page(&page, &page.frame),
        Err(e) => failed(&frame, e),
    }
}

async fn build(state: &AppState, signed: &SignedIn, frame: Frame) -> AppResult<ClaimsPage> {
    let (app, actor, lang) = (&state.app, &signed.actor, frame.lang);
    actor.require(Action::ReadRecord)?;
    let quantity = amparo_report::claims::quantity_text;
    let announcements = app
        .announcements(actor)
        .await?
        .iter()
        .rev()
        .map(|a| Stated {
            id: a.id.to_string(),
            text: t(
                lang,
                "figures-announcement",
                &Args::new()
                    .text("by", a.announced_by.clone())
                    .text("date", words::date_text(lang, &a.date))
                    .text("promised", quantity(&a.quantity)),
            ),
            retracted: a.retracted.clone(),
        })
        .collect();
    let claims = app
        .claims(actor)
        .await?
        .iter()
        .rev()
        .map(|c| {
            let when = c
                .as_of
                .as_ref()
                .map(|d| words::date_text(lang, d))
                .or_else(|| {
                    c.period.as_ref().map(|(a, b)| {
                        format!(
                            "{} – {}",
                            words::date_text(lang, a),
                            words::date_text(lang, b)
                        )
                    })
                })
                .map(|w| format!(", {w}"))
                .unwrap_or_default();
            Stated {
                id: c.id.to_string(),
                text: t(
                    lang,
                    "ws-claim-line",
                    &Args::new()
                        .text("by", c.according_to.clone())
                        .text(
                            "subject",
                            t(lang, &format!("ws-subject-{}", c.subject), &Args::new()),
                        )
                        .text("claimed", quantity(&c.quantity))
                        .text("when", when),
                ),
                retracted: c.retracted.clone(),
            }
        })
        .collect();
    Ok(ClaimsPage {
        announcements,
        claims,
        sources: offered_sources(app, actor, lang).await?,
        subjects: ClaimSubject::ALL
            .iter()
            .map(|s| {
                (
                    s.as_str(),
                    t(lang, &format!("ws-subject-{s}"), &Args::new()),
                )
            })
            .collect(),
        may_edit: signed.at_least(Role::Editor),
        frame,
    })
}

/// The frame and the fields of a posted form, its token checked.
fn posted(
    state: &AppState,
    signed: &SignedIn,
    lang: Lang,
    body: &[u8],
) -> Result<(Frame, Fields), super::Refusal> {
    let frame = frame(state, signed, lang);
    let fields = Fields::parse(body);
    check_csrf(&frame, signed, fields.get("csrf"))?;
    Ok((frame, fields))
}

/// What the announcement and claim forms share.
fn input(f: &Fields) -> Result<ClaimInput, &'static str> {
    let source = f
        .get("source_id")
        .or(f.get("source"))
        .and_then(|s| SourceId::parse(s).ok())
        .ok_or("ws-fact-source-needed")?;
    Ok(ClaimInput {
        source: Some(source),
        by: f.text("by").unwrap_or_default(),
        subject: f.text("subject"),
        number: f
            .get("number")
            .and_then(|n| n.replace(['.', ','], "").parse().ok()),
        vague: f.text("vague"),
        date: f.text("date"),
        as_of: f.text("as_of"),
        period: f.text("from").zip(f.text("to")),
        description: f.text("description"),
    })
}

fn done(lang: Lang) -> Response {
    see_other(&format!("/anuncios?lang={}", lang.code()))
}

/// `POST /anuncios/anuncio`: records an announced release wave.
pub async fn announce(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
    body: Bytes,
) -> Response {
    let (frame, fields) = match posted(&state, &signed, lang, &body) {
        Ok(p) => p,
        Err(refused) => return *refused,
    };
    let input = match input(&fields) {
        Ok(i) => i,
        Err(key) => return invalid(&frame, &frame.t(key)),
    };
    match state.app.announce(&signed.actor, &input).await {
        Ok(_) => done(lang),
        Err(e) => failed(&frame, e),
    }
}

/// `POST /anuncios/cifra`: records a number a source states.
pub async fn claim(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
    body: Bytes,
) -> Response {
    let (frame, fields) = match posted(&state, &signed, lang, &body) {
        Ok(p) => p,
        Err(refused) => return *refused,
    };
    let input = match input(&fields) {
        Ok(i) => i,
        Err(key) => return invalid(&frame, &frame.t(key)),
    };
    match state.app.add_claim(&signed.actor, &input).await {
        Ok(_) => done(lang),
        Err(e) => failed(&frame, e),
    }
}

/// `POST /anuncios/{id}/retirar`: withdraws an announcement or a claim, with the reason.
pub async fn retract(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let (frame, fields) = match posted(&state, &signed, lang, &body) {
        Ok(p) => p,
        Err(refused) => return *refused,
    };
    let Ok(id) = ClaimId::parse(&id) else {
        return invalid(&frame, &frame.t("ws-bad-id"));
    };
    let Some(reason) = fields.text("reason") else {
        return invalid(&frame, &frame.t("ws-reason-needed"));
    };
    match state.app.retract_claim(&signed.actor, id, &reason).await {
        Ok(()) => done(lang),
        Err(e) => failed(&frame, e),
    }
}
