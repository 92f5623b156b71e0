//! `/`: the workspace's first page: today's balance (the figures page's rows), the weekly
//! series chart, the review queue's size and the last changes with who made them.

use super::log::{Change, change};
use super::{Frame, failed, page as render_page};
use crate::chart;
use crate::pages::Negotiated;
use crate::pages::rows::{Row, tally_rows};
use crate::signed_in::SignedIn;
use crate::state::AppState;
use amparo_app::{AppError, ReportFilterInput, ReportRequest};
use amparo_domain::ReviewState;
use amparo_i18n::{Args, date_long, t};
use amparo_report::Report;
use askama::Template;
use axum::extract::State;
use axum::response::Response;
use chrono::Days;

/// Changes the dashboard lists.
const RECENT: usize = 12;

#[derive(Template)]
#[template(path = "workspace/dashboard.html")]
struct DashboardPage {
    frame: Frame,
    balance_title: String,
    rows: Vec<Row>,
    chart: String,
    queue: String,
    changes: Vec<Change>,
}

/// `GET /`.
pub async fn page(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
) -> Response {
    let frame = Frame::new(
        &state,
        &signed,
        lang,
        t(lang, "ws-dashboard-title", &Args::new()),
        "ws-dashboard",
        "",
    );
    match build(&state, &signed, frame.clone()).await {
        Ok(page) => render_page(&page, &page.frame),
        Err(e) => failed(&frame, e),
    }
}

async fn build(
    state: &AppState,
    signed: &SignedIn,
    frame: Frame,
) -> Result<DashboardPage, AppError> {
    let (app, actor, lang) = (&state.app, &signed.actor, frame.lang);
    // The queue first: it is the role check (the public and researchers have no workspace).
    let queue = app
        .proposals(actor, Some(ReviewState::Proposed))
        .await?
        .len();
    let today = app.today();
    let filter = ReportFilterInput::default();
    let balance = app
        .report(
            actor,
            &ReportRequest::Balance {
                as_of: Some(today.to_string()),
            },
            &filter,
        )
        .await?;
    let from = today
        .checked_sub_days(Days::new(26 * 7 - 1))
        .unwrap_or(today);
    let series = app
        .report(
            actor,
            &ReportRequest::Series {
                from: from.to_string(),
                to: today.to_string(),
                every: "week".into(),
            },
            &filter,
        )
        .await?;
    let (Report::Balance(balance), Report::Series(series)) = (balance, series) else {
        return Err(AppError::Invalid("unexpected report kind".into()));
    };
    let recent = app.audit_page(actor, RECENT, 0).await?;
    let day =
        |s: Option<&amparo_report::Step>| s.map(|s| date_long(lang, s.end)).unwrap_or_default();
    Ok(DashboardPage {
        balance_title: t(
            lang,
            "figures-balance",
            &Args::new().text("date", date_long(lang, today)),
        ),
        rows: tally_rows(lang, &balance.in_prison, &balance.deprived_of_liberty),
        chart: chart::series_svg(
            &series,
            &t(lang, "figures-series", &Args::new()),
            &day(series.steps.first()),
            &day(series.steps.last()),
        ),
        queue: t(
            lang,
            "ws-queue-size",
            &Args::new().num("count", queue as f64),
        ),
        changes: recent.items.iter().map(|e| change(&frame, e)).collect(),
        frame,
    })
}
