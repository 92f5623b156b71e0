//! `/noticias`: news intake. An editor pastes a text or uploads a file, with its publisher,
//! date and address; the app's ingest stores it as a source and files what it says in the
//! review queue, where the editor is sent with the number of new proposals.

use super::{Fields, Frame, check_csrf, failed, invalid, page as render_page, see_other};
use crate::pages::Negotiated;
use crate::signed_in::SignedIn;
use crate::state::AppState;
use amparo_app::{IngestOptions, Role};
use amparo_domain::date::parse_day;
use amparo_i18n::{Args, t};
use askama::Template;
use axum::extract::{FromRequest, Multipart, Request, State};
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

/// A multipart form read whole: its text fields and the file, if one was chosen.
async fn read(mut form: Multipart) -> Result<(Fields, Option<(String, Vec<u8>)>), String> {
    let mut pairs = Vec::new();
    let mut file = None;
    while let Some(field) = form.next_field().await.map_err(|e| e.body_text())? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            let file_name = field.file_name().unwrap_or_default().to_owned();
            let bytes = field.bytes().await.map_err(|e| e.body_text())?;
            if !bytes.is_empty() {
                file = Some((file_name, bytes.to_vec()));
            }
        } else {
            let text = field.text().await.map_err(|e| e.body_text())?;
            pairs.push((name, text));
        }
    }
    Ok((Fields::from_pairs(pairs), file))
}

/// `POST /noticias` (multipart): ingests the pasted text and the uploaded file.
pub async fn submit(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
    request: Request,
) -> Response {
    let frame = frame(&state, &signed, lang);
    // A body that is not a readable multipart form carries no token that could be checked:
    // it is refused like a form without one.
    let read = match Multipart::from_request(request, &state).await {
        Ok(form) => read(form).await.ok(),
        Err(_) => None,
    };
    let (fields, file) = read.unwrap_or_default();
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
