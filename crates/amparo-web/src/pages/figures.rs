//! `/cifras`: the public counts. The balance as of a date in both scopes, a period's
//! releases by kind and the revolving door, the weekly series as an inline chart,
//! announcements and other sources' numbers beside the registry's, filters by nationality,
//! facility and state, and CSV downloads (JSON is the API's).

use super::rows::{Row, claim_lines, map_rows, period_rows, tally_rows};
use super::{Chrome, Negotiated, render};
use crate::cache::Version;
use crate::chart;
use crate::error::{Surface, WebError};
use crate::state::AppState;
use amparo_app::{Actor, ReportFilterInput, ReportRequest};
use amparo_domain::date::parse_day;
use amparo_i18n::{Args, date_long, t};
use amparo_report::{Balance, ClaimsReport, Format, PeriodReport, Report, Series};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::{Days, NaiveDate};
use serde::Deserialize;

/// The page's form: dates and filters, all optional.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct FiguresParams {
    pub as_of: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub nationality: Option<String>,
    pub facility: Option<String>,
    pub state: Option<String>,
    pub lang: Option<String>,
}

fn given(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

/// The dates the page counts for.
pub struct Dates {
    pub as_of: NaiveDate,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The weekly series' first day: 26 weeks before `to`.
    pub series_from: NaiveDate,
}

impl FiguresParams {
    /// The filter the form asks for.
    pub fn filter(&self) -> ReportFilterInput {
        ReportFilterInput {
            nationality: given(&self.nationality).map(|n| n.to_ascii_uppercase()),
            facility: given(&self.facility),
            state: given(&self.state),
            ..ReportFilterInput::default()
        }
    }

    /// The dates, defaulting to today and the week before it.
    pub fn dates(&self, today: NaiveDate) -> Result<Dates, String> {
        let day = |v: &Option<String>| given(v).map(|s| parse_day(&s).map_err(|e| e.to_string()));
        let as_of = day(&self.as_of).transpose()?.unwrap_or(today);
        let to = day(&self.to).transpose()?.unwrap_or(as_of);
        let from = day(&self.from)
            .transpose()?
            .unwrap_or_else(|| to.checked_sub_days(Days::new(6)).unwrap_or(to));
        let series_from = to.checked_sub_days(Days::new(26 * 7 - 1)).unwrap_or(to);
        Ok(Dates {
            as_of,
            from,
            to,
            series_from,
        })
    }

    fn pairs(&self) -> Vec<(&'static str, String)> {
        [
            ("as_of", &self.as_of),
            ("from", &self.from),
            ("to", &self.to),
            ("nationality", &self.nationality),
            ("facility", &self.facility),
            ("state", &self.state),
        ]
        .into_iter()
        .filter_map(|(k, v)| given(v).map(|v| (k, v)))
        .collect()
    }
}

#[derive(Template)]
#[template(path = "figures.html")]
struct FiguresPage {
    chrome: Chrome,
    form: FiguresParams,
    as_of: String,
    balance_title: String,
    rows: Vec<Row>,
    by_country: Vec<Row>,
    by_facility: Vec<Row>,
    by_state: Vec<Row>,
    period_title: String,
    period: Vec<Row>,
    chart: String,
    announcements: Vec<String>,
    claims: Vec<String>,
    query: String,
}

/// The four reports the page shows, read as the public.
pub struct Reports {
    pub balance: Balance,
    pub period: PeriodReport,
    pub series: Series,
    pub claims: ClaimsReport,
}

async fn reports(
    state: &AppState,
    params: &FiguresParams,
    d: &Dates,
) -> Result<Reports, amparo_app::AppError> {
    let public = Actor::public();
    let filter = params.filter();
    let get = |request: ReportRequest| {
        let (public, filter) = (&public, &filter);
        async move { state.app.report(public, &request, filter).await }
    };
    let balance = get(ReportRequest::Balance {
        as_of: Some(d.as_of.to_string()),
    })
    .await?;
    let period = get(ReportRequest::Period {
        from: d.from.to_string(),
        to: d.to.to_string(),
    })
    .await?;
    let series = get(ReportRequest::Series {
        from: d.series_from.to_string(),
        to: d.to.to_string(),
        every: "week".into(),
    })
    .await?;
    let claims = get(ReportRequest::Claims {
        as_of: Some(d.as_of.to_string()),
    })
    .await?;
    match (balance, period, series, claims) {
        (
            Report::Balance(balance),
            Report::Period(period),
            Report::Series(series),
            Report::Claims(claims),
        ) => Ok(Reports {
            balance,
            period,
            series,
            claims,
        }),
        _ => Err(amparo_app::AppError::Invalid(
            "unexpected report kind".into(),
        )),
    }
}

/// `GET /cifras`.
pub async fn page(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    Query(params): Query<FiguresParams>,
    headers: HeaderMap,
) -> Response {
    let pairs = params.pairs();
    let kept: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let chrome = Chrome::new(
        &state,
        lang,
        t(lang, "figures-title", &Args::new()),
        "figures",
        "/cifras",
        &kept,
    );
    let fail = |e: WebError| chrome.clone().error(e).into_response();
    let dates = match params.dates(state.app.today()) {
        Ok(d) => d,
        Err(detail) => return fail(WebError::invalid(detail, Surface::Page, lang)),
    };
    let head = match state.app.store().head().await {
        Ok(h) => h,
        Err(e) => return fail(WebError::app(e.into(), Surface::Page, lang)),
    };
    let version = Version::new(head, state.app.today(), lang.code(), state.built());
    if let Some(not_modified) = version.not_modified(&headers) {
        return not_modified;
    }
    let r = match reports(&state, &params, &dates).await {
        Ok(r) => r,
        Err(e) => return fail(WebError::app(e, Surface::Page, lang)),
    };
    let (ip, dl) = (&r.balance.in_prison, &r.balance.deprived_of_liberty);
    let (announcements, claims) = claim_lines(lang, &r.claims);
    let first = r
        .series
        .steps
        .first()
        .map(|s| date_long(lang, s.end))
        .unwrap_or_default();
    let last = r
        .series
        .steps
        .last()
        .map(|s| date_long(lang, s.end))
        .unwrap_or_default();
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (k, v) in &pairs {
        query.append_pair(k, v);
    }
    let page = FiguresPage {
        as_of: dates.as_of.to_string(),
        balance_title: t(
            lang,
            "figures-balance",
            &Args::new().text("date", date_long(lang, dates.as_of)),
        ),
        rows: tally_rows(lang, ip, dl),
        by_country: map_rows(lang, &ip.by_country, &dl.by_country),
        by_facility: map_rows(lang, &ip.by_facility, &dl.by_facility),
        by_state: map_rows(lang, &ip.by_state, &dl.by_state),
        period_title: t(
            lang,
            "figures-period",
            &Args::new()
                .text("from", date_long(lang, dates.from))
                .text("to", date_long(lang, dates.to)),
        ),
        period: period_rows(lang, &r.period),
        chart: chart::series_svg(
            &r.series,
            &t(lang, "figures-series", &Args::new()),
            &first,
            &last,
        ),
        announcements,
        claims,
        query: query.finish(),
        form: params.clone(),
        chrome: chrome.clone(),
    };
    version.apply(render(&page, lang))
}

/// `GET /cifras/{kind}.csv`: the balance, the period or the series as CSV.
pub async fn csv(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    Path(file): Path<String>,
    Query(params): Query<FiguresParams>,
) -> Response {
    let fail = |e: WebError| e.into_response();
    let dates = match params.dates(state.app.today()) {
        Ok(d) => d,
        Err(detail) => return fail(WebError::invalid(detail, Surface::Page, lang)),
    };
    let request = match file.as_str() {
        "balance.csv" => ReportRequest::Balance {
            as_of: Some(dates.as_of.to_string()),
        },
        "period.csv" => ReportRequest::Period {
            from: dates.from.to_string(),
            to: dates.to.to_string(),
        },
        "series.csv" => ReportRequest::Series {
            from: dates.series_from.to_string(),
            to: dates.to.to_string(),
            every: "week".into(),
        },
        _ => return fail(WebError::not_found(Surface::Page, lang)),
    };
    let report = match state
        .app
        .report(&Actor::public(), &request, &params.filter())
        .await
    {
        Ok(r) => r,
        Err(e) => return fail(WebError::app(e, Surface::Page, lang)),
    };
    match amparo_report::render(&report, Format::Csv) {
        Ok(text) => {
            let mut response = text.into_response();
            let h = response.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            );
            if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"amparo-{file}\""))
            {
                h.insert(header::CONTENT_DISPOSITION, v);
            }
            response
        }
        Err(e) => fail(WebError::app(e.into(), Surface::Page, lang)),
    }
}
