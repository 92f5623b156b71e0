//! What every response carries and every request passes: security headers (a CSP without
//! any script, no framing, no sniffing, no referrer, no powerful features, HSTS behind
//! TLS), a per-client rate limit answered 429 with Retry-After, and request spans that
//! name the path only (a query string may hold a name: it is never logged).

use crate::error::problem;
use crate::state::AppState;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;

/// The Content-Security-Policy: no script at all, styles and images from this site only.
pub const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; \
form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// Features no page of amparo uses.
pub const PERMISSIONS: &str = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), \
magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

/// Adds the security headers to every response.
pub async fn headers(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let api = request.uri().path().starts_with("/api/");
    let lang = crate::pages::lang_of(&request);
    let mut response = next.run(request).await;
    if let Some(said) = crate::error::said_plainly(&response, api, lang) {
        response = said;
    }
    tracing::info!(status = response.status().as_u16(), "answered");
    let h = response.headers_mut();
    let set = |h: &mut HeaderMap, name: HeaderName, value: &'static str| {
        h.insert(name, HeaderValue::from_static(value));
    };
    set(h, header::CONTENT_SECURITY_POLICY, CSP);
    set(h, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(h, header::X_FRAME_OPTIONS, "DENY");
    set(h, header::REFERRER_POLICY, "no-referrer");
    set(
        h,
        HeaderName::from_static("permissions-policy"),
        PERMISSIONS,
    );
    set(
        h,
        HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    );
    if state.config.behind_tls {
        set(
            h,
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=31536000; includeSubDomains",
        );
    }
    if api {
        // Public data: any site may read the API from a browser (no cookies are used).
        set(h, header::ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    }
    response
}

/// The client a request comes from: the last X-Forwarded-For entry when trusted (behind a
/// proxy that sets it), else the connection's address.
pub fn client_ip(request: &Request, trust_forwarded_for: bool) -> IpAddr {
    if trust_forwarded_for
        && let Some(ip) = request
            .headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .and_then(|v| v.trim().parse().ok())
    {
        return ip;
    }
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
        .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
}

/// A per-client limiter.
pub struct Limiter {
    limiter: Option<DefaultKeyedRateLimiter<IpAddr>>,
    trust_forwarded_for: bool,
}

impl Limiter {
    /// A limiter of `per_minute` requests a minute after a burst of `burst`; none for 0.
    pub fn new(per_minute: u32, burst: u32, trust_forwarded_for: bool) -> Limiter {
        let limiter = NonZeroU32::new(per_minute).map(|rate| {
            let burst = NonZeroU32::new(burst).unwrap_or(rate);
            RateLimiter::keyed(Quota::per_minute(rate).allow_burst(burst))
        });
        Limiter {
            limiter,
            trust_forwarded_for,
        }
    }

    /// The client a request comes from.
    fn client(&self, request: &Request) -> IpAddr {
        client_ip(request, self.trust_forwarded_for)
    }

    /// Seconds to wait when the client is over its limit.
    fn check(&self, request: &Request) -> Option<u64> {
        let limiter = self.limiter.as_ref()?;
        match limiter.check_key(&self.client(request)) {
            Ok(()) => None,
            Err(not_until) => {
                let wait = not_until.wait_time_from(DefaultClock::default().now());
                Some(wait.as_secs().max(1))
            }
        }
    }

    /// Forgets clients that are back within their limit (called now and then).
    pub fn shrink(&self) {
        if let Some(l) = &self.limiter {
            l.retain_recent();
            l.shrink_to_fit();
        }
    }
}

/// Refuses a client over its limit with 429 and Retry-After.
pub async fn rate_limit(
    State(limiter): State<Arc<Limiter>>,
    request: Request,
    next: Next,
) -> Response {
    let Some(wait) = limiter.check(&request) else {
        return next.run(request).await;
    };
    let api = request.uri().path().starts_with("/api/");
    let lang = crate::pages::lang_of(&request);
    let sentence = amparo_i18n::t(
        lang,
        "error-too-many",
        &amparo_i18n::Args::new().text("seconds", wait.to_string()),
    );
    let mut response = if api {
        problem(StatusCode::TOO_MANY_REQUESTS, sentence)
    } else {
        (StatusCode::TOO_MANY_REQUESTS, sentence).into_response()
    };
    if let Ok(v) = HeaderValue::from_str(&wait.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, v);
    }
    response
}

/// The span of a request: method and path, never the query string.
pub fn span(request: &Request) -> tracing::Span {
    tracing::info_span!(
        "request",
        method = %request.method(),
        path = %request.uri().path(),
    )
}
