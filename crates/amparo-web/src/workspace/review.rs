//! `/revision`: the review queue. Each proposal shows what it proposes in words, its
//! sentence marked inside the source it came from, the registry person it may be (side by
//! side), and forms to accept (with a date when the text gave none) or reject with a reason.

use super::candidates::{self, Compared, Said};
use super::mark::{self, Piece};
use super::{Fields, Frame, Refusal, check_csrf, failed, invalid, page as render_page, see_other};
use crate::pages::Negotiated;
use crate::signed_in::SignedIn;
use crate::state::AppState;
use crate::words;
use amparo_app::{Actor, App, AppError, Edits};
use amparo_domain::{
    PersonId, Proposal, ProposalId, Proposed, ProposedPerson, ReviewState, SourceId,
};
use amparo_i18n::{Args, Lang, number, t};
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Deserialize;
use std::collections::HashMap;

/// Proposals a page shows: each carries its context and two forms (about 3 KB), and a
/// page stays under 30 KB.
const PER_PAGE: usize = 7;
/// The kinds the app lets a reviewer correct a proposed fact into.
const CORRECTABLE: [&str; 6] = [
    "arrest",
    "detention",
    "transfer",
    "release",
    "death-in-custody",
    "whereabouts-unknown",
];
/// Bytes of the source shown either side of a proposal's sentence.
const ROOM: usize = 240;

/// The registry person a proposal may be about.
pub struct Candidate {
    pub name: String,
    pub link: String,
    /// "0.97" when identity resolution linked them (the proposal is about this person).
    pub score: Option<String>,
    pub rows: Vec<Compared>,
}

/// A proposal as the queue shows it.
pub struct Item {
    pub id: String,
    /// A fact (which the correction form applies to), not a number or announcement.
    pub is_fact: bool,
    pub what: String,
    /// The person it names, as written or as the registry has them.
    pub who: String,
    pub date: Option<String>,
    pub verification: String,
    pub note: Option<String>,
    pub publisher: String,
    pub source_link: String,
    pub context: Vec<Piece>,
    pub candidate: Option<Candidate>,
}

#[derive(Debug, Default, Deserialize)]
pub struct QueueParams {
    pub pagina: Option<usize>,
    /// Proposals just filed by news intake.
    pub nuevas: Option<u64>,
    /// What was just done: "aceptada" or "rechazada".
    pub hecho: Option<String>,
}

#[derive(Template)]
#[template(path = "workspace/review.html")]
struct ReviewPage {
    frame: Frame,
    flash: Option<String>,
    showing: String,
    items: Vec<Item>,
    may_review: bool,
    /// The kinds a proposed fact may be corrected into.
    kinds: Vec<(&'static str, String)>,
    newer: Option<String>,
    older: Option<String>,
}

/// The original of each source, read once per page.
struct Originals<'a> {
    app: &'a App,
    actor: &'a Actor,
    texts: HashMap<SourceId, Option<String>>,
}

impl Originals<'_> {
    async fn text(&mut self, id: SourceId) -> Result<Option<&str>, AppError> {
        if !self.texts.contains_key(&id) {
            let bytes = self.app.source_original(self.actor, id).await?;
            let text = bytes.and_then(|b| String::from_utf8(b).ok());
            self.texts.insert(id, text);
        }
        Ok(self.texts.get(&id).and_then(|t| t.as_deref()))
    }
}

async fn item(
    state: &AppState,
    signed: &SignedIn,
    frame: &Frame,
    originals: &mut Originals<'_>,
    publishers: &HashMap<String, String>,
    p: &Proposal,
) -> Result<Item, AppError> {
    let (app, actor, lang) = (&state.app, &signed.actor, frame.lang);
    let quantity = amparo_report::claims::quantity_text;
    let (what, who, candidate) = match &p.what {
        Proposed::Fact { person, kind } => {
            let what = words::fact(lang, kind);
            match person {
                ProposedPerson::Existing { id, score } => {
                    let known = app.person(actor, *id).await?;
                    let name = known.display_name().to_owned();
                    let candidate = Candidate {
                        name: name.clone(),
                        link: frame.href(&format!("/personas/{id}")),
                        score: Some(format!("{score:.2}")),
                        rows: Vec::new(),
                    };
                    (what, name, Some(candidate))
                }
                ProposedPerson::New {
                    name,
                    variants,
                    nationalities,
                    roles,
                    possible_match,
                    details,
                } => {
                    let candidate = match possible_match {
                        Some(id) => {
                            let known = app.person(actor, *id).await?;
                            let said = Said {
                                name,
                                variants,
                                nationalities: nationalities
                                    .iter()
                                    .map(|c| c.to_string())
                                    .collect(),
                                roles: roles.iter().map(|r| r.to_string()).collect(),
                                details,
                            };
                            Some(Candidate {
                                name: known.display_name().to_owned(),
                                link: frame.href(&format!("/personas/{id}")),
                                score: None,
                                rows: candidates::compare(lang, &said, &known),
                            })
                        }
                        None => None,
                    };
                    let who = t(
                        lang,
                        "ws-new-person",
                        &Args::new().text("name", name.clone()),
                    );
                    (what, who, candidate)
                }
            }
        }
        Proposed::Claim { claim } => (
            t(
                lang,
                "figures-claim",
                &Args::new()
                    .text("by", claim.according_to.clone())
                    .text("claimed", quantity(&claim.quantity)),
            ),
            String::new(),
            None,
        ),
        Proposed::Announcement { announcement } => (
            t(
                lang,
                "figures-announcement",
                &Args::new()
                    .text("by", announcement.announced_by.clone())
                    .text("date", words::date_text(lang, &announcement.date))
                    .text("promised", quantity(&announcement.quantity)),
            ),
            String::new(),
            None,
        ),
    };
    let context = match originals.text(p.source).await? {
        Some(text) => match mark::find(text, &p.excerpt, p.locator.as_deref()) {
            Some(range) => mark::around(text, range, ROOM),
            None => mark::alone(&p.excerpt),
        },
        None => mark::alone(&p.excerpt),
    };
    Ok(Item {
        id: p.id.to_string(),
        is_fact: p.fact().is_some(),
        what,
        who,
        date: p.date.as_ref().map(|d| words::date_text(lang, d)),
        verification: words::verification(lang, p.verification),
        note: p.note.as_deref().map(|n| amparo_i18n::stored_note(lang, n)),
        publisher: publishers
            .get(&p.source.to_string())
            .cloned()
            .unwrap_or_else(|| p.source.to_string()),
        source_link: frame.href(&format!("/fuentes/{}", p.source)),
        context,
        candidate,
    })
}

fn flash(lang: Lang, params: &QueueParams) -> Option<String> {
    if let Some(n) = params.nuevas {
        return Some(t(
            lang,
            "ws-new-proposals",
            &Args::new().num("count", n as f64),
        ));
    }
    match params.hecho.as_deref() {
        Some("aceptada") => Some(t(lang, "ws-accepted", &Args::new())),
        Some("rechazada") => Some(t(lang, "ws-rejected", &Args::new())),
        _ => None,
    }
}

/// `GET /revision`.
pub async fn page(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
    Query(params): Query<QueueParams>,
) -> Response {
    let frame = Frame::new(
        &state,
        &signed,
        lang,
        t(lang, "ws-review-title", &Args::new()),
        "ws-review",
        "/revision",
    );
    let queue = match state
        .app
        .proposals(&signed.actor, Some(ReviewState::Proposed))
        .await
    {
        Ok(q) => q,
        Err(e) => return failed(&frame, e),
    };
    let publishers = match state.app.publishers(&signed.actor).await {
        Ok(p) => p,
        Err(e) => return failed(&frame, e),
    };
    let n = params.pagina.unwrap_or(1).max(1);
    let offset = (n - 1).saturating_mul(PER_PAGE);
    let mut originals = Originals {
        app: &state.app,
        actor: &signed.actor,
        texts: HashMap::new(),
    };
    let mut items = Vec::new();
    for p in queue.iter().skip(offset).take(PER_PAGE) {
        match item(&state, &signed, &frame, &mut originals, &publishers, p).await {
            Ok(i) => items.push(i),
            Err(e) => return failed(&frame, e),
        }
    }
    let shown = items.len();
    let page_link = |k: usize| format!("{}&pagina={k}", frame.href("/revision"));
    let page = ReviewPage {
        flash: flash(lang, &params),
        showing: t(
            lang,
            "ws-showing",
            &Args::new()
                .text(
                    "from",
                    number(lang, (offset + usize::from(shown > 0)) as i64),
                )
                .text("to", number(lang, (offset + shown) as i64))
                .text("total", number(lang, queue.len() as i64)),
        ),
        may_review: signed.at_least(amparo_app::Role::Reviewer),
        kinds: CORRECTABLE
            .iter()
            .map(|k| (*k, t(lang, &format!("fact-{k}"), &Args::new())))
            .collect(),
        newer: (n > 1).then(|| page_link(n - 1)),
        older: (offset + shown < queue.len()).then(|| page_link(n + 1)),
        items,
        frame,
    };
    render_page(&page, &page.frame)
}

/// What a decision needs before the app is called: the frame, the fields (token checked)
/// and the proposal's id.
fn decision(
    state: &AppState,
    signed: &SignedIn,
    lang: Lang,
    id: &str,
    body: &[u8],
) -> Result<(Frame, Fields, ProposalId), Refusal> {
    let frame = Frame::new(
        state,
        signed,
        lang,
        t(lang, "ws-review-title", &Args::new()),
        "ws-review",
        "/revision",
    );
    let fields = Fields::parse(body);
    check_csrf(&frame, signed, fields.get("csrf"))?;
    let id = ProposalId::parse(id).map_err(|e| Box::new(invalid(&frame, &e.to_string())))?;
    Ok((frame, fields, id))
}

/// `POST /revision/{id}/aceptar`: accepts, with the reviewer's corrections, if any (a date
/// the text did not give, another kind, release kind, measures, facility, verification or
/// registry person).
pub async fn accept(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let (frame, fields, id) = match decision(&state, &signed, lang, &id, &body) {
        Ok(d) => d,
        Err(refused) => return *refused,
    };
    let person = match fields.get("person").map(PersonId::parse) {
        Some(Ok(p)) => Some(p),
        Some(Err(e)) => return invalid(&frame, &e.to_string()),
        None => None,
    };
    let edits = Edits {
        date: fields.text("date"),
        person,
        kind: fields.text("kind"),
        release_kind: fields.text("release_kind"),
        measures: fields.list("measures"),
        facility: fields.text("facility"),
        verification: fields.text("verification"),
    };
    let untouched = edits.date.is_none()
        && edits.person.is_none()
        && edits.kind.is_none()
        && edits.release_kind.is_none()
        && edits.measures.is_empty()
        && edits.facility.is_none()
        && edits.verification.is_none();
    let edits = (!untouched).then_some(edits);
    let reason = fields
        .text("reason")
        .unwrap_or_else(|| t(lang, "ws-accept-reason", &Args::new()));
    match state
        .app
        .accept_proposal(&signed.actor, id, edits, &reason)
        .await
    {
        Ok(_) => see_other(&format!("/revision?hecho=aceptada&lang={}", lang.code())),
        Err(e) => failed(&frame, e),
    }
}

/// `POST /revision/{id}/rechazar`: rejects, with the reviewer's reason.
pub async fn reject(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let (frame, fields, id) = match decision(&state, &signed, lang, &id, &body) {
        Ok(d) => d,
        Err(refused) => return *refused,
    };
    let Some(reason) = fields.text("reason") else {
        return invalid(&frame, &frame.t("ws-reason-needed"));
    };
    match state.app.reject_proposal(&signed.actor, id, &reason).await {
        Ok(()) => see_other(&format!("/revision?hecho=rechazada&lang={}", lang.code())),
        Err(e) => failed(&frame, e),
    }
}
