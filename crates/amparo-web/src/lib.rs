//! amparo's web server: the family lookup (`/`), a person's public page (`/p/{id}`), the
//! public counts (`/cifras`) and a JSON API (`/api/v1`, with its OpenAPI document).
//!
//! Every page is rendered on the server from askama templates, in Spanish by default and
//! English on request, with no script at all; a page and its stylesheet fit in 30 KB.
//! Every read is the public's: hidden persons never appear, initials stay initials, and no
//! national id, contact, health, note or private source is ever in a response. The lookup
//! answers from an in-memory index rebuilt off the request path ([`AppState`]), so a search
//! never waits for the database.

pub mod api;
mod cache;
mod chart;
pub mod config;
pub mod error;
mod login;
pub mod pages;
pub mod security;
pub mod session;
pub mod signed_in;
pub mod state;
mod words;
pub mod workspace;

pub use config::{Config, ConfigError, default_toml};
pub use state::AppState;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::from_fn_with_state;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use pages::{Chrome, Negotiated};
use std::sync::Arc;
use std::time::Duration;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

/// The stylesheet, served with a long cache lifetime under a versioned name.
const CSS: &str = include_str!("../static/amparo.css");

async fn stylesheet() -> Response {
    let mut r = CSS.into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/css; charset=utf-8"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=86400"),
    );
    r
}

async fn not_found(
    axum::extract::State(state): axum::extract::State<AppState>,
    Negotiated(lang): Negotiated,
    uri: axum::http::Uri,
) -> Response {
    let surface = if uri.path().starts_with("/api/") {
        error::Surface::Api
    } else {
        error::Surface::Page
    };
    let chrome = Chrome::new(
        &state,
        lang,
        amparo_i18n::t(lang, "error-title", &amparo_i18n::Args::new()),
        "",
        "/",
        &[],
    );
    chrome
        .error(error::WebError::not_found(surface, lang))
        .into_response()
}

async fn robots() -> &'static str {
    // Person pages are for families who search, not for search engines to list.
    "User-agent: *\nDisallow: /p/\nDisallow: /api/\n"
}

/// The whole site over `state`.
pub fn router(state: AppState) -> Router {
    let limiter = Arc::new(security::Limiter::new(
        state.config.rate_limit_per_minute,
        state.config.rate_limit_burst,
        state.config.trust_forwarded_for,
    ));
    let sweeper = Arc::clone(&limiter);
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        loop {
            tick.tick().await;
            sweeper.shrink();
        }
    });
    // What the public may send is small and answered at once; signed-in work (a list
    // uploaded, a news text pasted, a program's call) may be large and slow.
    let mut public = Router::new()
        .route("/", get(pages::lookup::page))
        .route("/p/{id}", get(pages::person::page))
        .route("/cifras", get(pages::figures::page))
        .route("/cifras/{file}", get(pages::figures::csv))
        .route("/static/amparo.css", get(stylesheet))
        .route("/robots.txt", get(robots))
        .route("/ingresar", get(login::page).post(login::submit))
        .route("/salir", post(login::logout));
    for (path, handler) in api::routes() {
        public = public.route(path, handler);
    }
    let public = public
        .fallback(not_found)
        .layer(RequestBodyLimitLayer::new(state.config.max_body_bytes))
        .layer(timeout(state.config.request_timeout_seconds));
    let mut programs = Router::new();
    for (path, handler) in api::routes_with_token() {
        programs = programs.route(path, handler);
    }
    let upload = state.config.max_upload_bytes;
    let work = Router::new()
        .nest(
            session::WORKSPACE,
            workspace::router().layer(from_fn_with_state(state.clone(), session::require)),
        )
        .merge(programs.layer(from_fn_with_state(state.clone(), api::auth::require_token)))
        .layer(DefaultBodyLimit::max(upload))
        .layer(RequestBodyLimitLayer::new(upload))
        .layer(timeout(state.config.work_timeout_seconds));
    public
        .merge(work)
        .layer(from_fn_with_state(limiter, security::rate_limit))
        .layer(from_fn_with_state(state.clone(), security::headers))
        // gzip at its fastest: a page is a few kilobytes, and brotli, even fast, cost a
        // sixth of the server's time under load for a few bytes less.
        .layer(
            CompressionLayer::new()
                .no_br()
                .no_deflate()
                .no_zstd()
                .quality(CompressionLevel::Fastest),
        )
        .layer(TraceLayer::new_for_http().make_span_with(security::span))
        .with_state(state)
}

/// Answers 408 to a request still running after `seconds` (at least one).
fn timeout(seconds: u64) -> TimeoutLayer {
    TimeoutLayer::with_status_code(
        StatusCode::REQUEST_TIMEOUT,
        Duration::from_secs(seconds.max(1)),
    )
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::warn!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}

/// Serves `state` on `listener` until `shutdown` resolves, then finishes the requests in
/// flight. The public index is refreshed in the background meanwhile.
pub async fn serve(
    state: AppState,
    listener: tokio::net::TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let refresher = state.spawn_refresher()?;
    let app = router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    let result = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await;
    refresher.stop();
    result
}
