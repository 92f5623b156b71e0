//! `/noticias`: news intake. An editor pastes a text or uploads a file, with its publisher,
//! date and address; the app's ingest stores it as a source and files what it says in the
//! review queue, where the editor is sent with the number of new proposals.

use super::{Frame, check_csrf, failed, invalid, page as render_page, see_other};
use crate::pages::Negotiated;
use crate::signed_in::SignedIn;
use crate::state::AppState;
use amparo_app::{IngestOptions, Role};
use amparo_domain::date::parse_day;
use amparo_i18n::{Args, t};
use askama::Template;
use axum::extract::{Request, State};
use axum::response::Response;

/// The source kinds a text may be, as the form offers them.
const KINDS: [&str; 4] = [
    "news-article",
    "official-statement",
    "ngo-list",
    "consular-note",
];

#[derive(Template)]
#[template(path = "workspace/intake.html")]
struct IntakePage {
    frame: Frame,
    may_edit: bool,
    today: String,
    kinds: Vec<(&'static str, String)>,
}

fn frame(state: &AppState, signed: &SignedIn, lang: amparo_i18n::Lang) -> Frame {
    Frame::new(
        state,
        signed,
        lang,
        t(lang, "ws-intake-title", &Args::new()),
        "ws-intake",
        "/noticias",
    )
}

/// `GET /noticias`.
pub async fn page(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
) -> Response {
    let page = IntakePage {
        may_edit: signed.at_least(Role::Editor),
        today: state.app.today().to_string(),
        kinds: KINDS
            .iter()
            .map(|k| (*k, t(lang, &format!("ws-kind-{k}"), &Args::new())))
            .collect(),
        frame: frame(&state, &signed, lang),
    };
    render_page(&page, &page.frame)
}

/// `POST /noticias` (multipart): ingests the pasted text and the uploaded file.
pub async fn submit(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
    request: Request,
) -> Response {
    let frame = frame(&state, &signed, lang);
    let (fields, file) = super::fields::multipart(request, &state).await;
    if let Err(refused) = check_csrf(&frame, &signed, fields.get("csrf")) {
        return *refused;
    }
    let mut texts = Vec::new();
    if let Some(text) = fields.get("text") {
        texts.push((
            t(lang, "ws-pasted-text", &Args::new()),
            text.as_bytes().to_vec(),
        ));
    }
    if let Some(file) = file {
        texts.push(file);
    }
    if texts.is_empty() {
        return invalid(&frame, &frame.t("ws-intake-nothing"));
    }
    let Some(publisher) = fields.text("publisher") else {
        return invalid(&frame, &frame.t("ws-intake-publisher-needed"));
    };
    let published = match fields.get("published").map(parse_day) {
        Some(Ok(day)) => day,
        Some(Err(e)) => return invalid(&frame, &e.to_string()),
        None => state.app.today(),
    };
    let options = IngestOptions {
        publisher,
        published,
        url: fields.text("url"),
        kind: fields.text("kind").unwrap_or_else(|| KINDS[0].to_owned()),
        lang: None,
        accept: false,
    };
    match state.app.ingest_texts(&signed.actor, texts, &options).await {
        Ok(done) => {
            let new: usize = done.iter().map(|d| d.proposals.len()).sum();
            see_other(&format!("/revision?nuevas={new}&lang={}", lang.code()))
        }
        Err(e) => failed(&frame, e),
    }
}
