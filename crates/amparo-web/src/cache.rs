//! Validators for caches and mirrors: a weak ETag from the registry's audit head, the day
//! the statuses are for and the language, and Last-Modified from when that version was
//! first served. A request that already has the version gets 304 without the work.

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};

/// The version of a public representation.
#[derive(Debug, Clone)]
pub struct Version {
    pub etag: String,
    pub modified: DateTime<Utc>,
}

impl Version {
    /// The version for the registry at `head`, statuses as of `day`, in `lang`.
    pub fn new(head: i64, day: NaiveDate, lang: &str, modified: DateTime<Utc>) -> Version {
        Version {
            etag: format!("W/\"{head}-{}-{lang}\"", day.format("%Y%m%d")),
            modified,
        }
    }

    /// 304 when the request's validators show it has this version.
    pub fn not_modified(&self, request: &HeaderMap) -> Option<Response> {
        let matches = match request.get(header::IF_NONE_MATCH) {
            Some(v) => v.to_str().ok().is_some_and(|v| {
                v.split(',')
                    .any(|t| t.trim() == self.etag || t.trim() == "*")
            }),
            None => request
                .get(header::IF_MODIFIED_SINCE)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| DateTime::parse_from_rfc2822(v).ok())
                .is_some_and(|since| self.modified.timestamp() <= since.timestamp()),
        };
        matches.then(|| {
            let mut r = StatusCode::NOT_MODIFIED.into_response();
            self.stamp(r.headers_mut());
            r
        })
    }

    /// Sets ETag, Last-Modified, Vary and Cache-Control on a response.
    pub fn stamp(&self, headers: &mut HeaderMap) {
        if let Ok(v) = HeaderValue::from_str(&self.etag) {
            headers.insert(header::ETAG, v);
        }
        let modified = self
            .modified
            .format("%a, %d %b %Y %H:%M:%S GMT")
            .to_string();
        if let Ok(v) = HeaderValue::from_str(&modified) {
            headers.insert(header::LAST_MODIFIED, v);
        }
        headers.insert(header::VARY, HeaderValue::from_static("Accept-Language"));
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=60"),
        );
    }

    /// `response` with the validators set.
    pub fn apply(&self, mut response: Response) -> Response {
        self.stamp(response.headers_mut());
        response
    }
}
