//! What every answer carries: security headers, validators that let caches and mirrors
//! serve pages (304), a per-client rate limit (429 with Retry-After), the language the
//! reader asked for, page sizes a cheap phone can afford, and logs without queries.

use super::support::{config, demo, enc, fixture, get, get_with, site_of};
use amparo_web::Config;

#[tokio::test]
async fn every_answer_carries_the_security_headers() {
    let site = demo().await;
    for uri in [
        "/",
        "/?q=quevedo",
        "/cifras",
        "/api/v1/lookup?q=x",
        "/nothing",
        "/static/amparo.css",
    ] {
        let a = get(&site.router, uri).await;
        let h = &a.headers;
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("frame-ancestors 'none'") && !csp.contains("script-src"),
            "{uri}"
        );
        assert!(
            csp.contains("default-src 'none'"),
            "{uri}: scripts fall back to none"
        );
        assert_eq!(h["x-content-type-options"], "nosniff", "{uri}");
        assert_eq!(h["referrer-policy"], "no-referrer", "{uri}");
        assert!(h.contains_key("permissions-policy"), "{uri}");
        assert!(
            !h.contains_key("strict-transport-security"),
            "{uri}: not behind TLS"
        );
        assert!(!a.body.contains("<script"), "{uri}: no script at all");
        assert!(!a.body.contains(" style="), "{uri}: no inline style");
    }
    let dir = tempfile::tempdir().unwrap();
    let app = super::support::open(&dir).await;
    let tls = site_of(
        dir,
        app,
        Config {
            behind_tls: true,
            ..config()
        },
        Default::default(),
    )
    .await;
    let a = get(&tls.router, "/").await;
    assert!(
        a.headers["strict-transport-security"]
            .to_str()
            .unwrap()
            .contains("max-age=")
    );
}

#[tokio::test]
async fn pages_revalidate_from_the_audit_head() {
    let site = demo().await;
    for uri in ["/?q=quevedo", "/cifras", "/api/v1/balance"] {
        let first = get(&site.router, uri).await;
        let etag = first.headers["etag"].to_str().unwrap().to_owned();
        assert!(first.headers.contains_key("last-modified"), "{uri}");
        let again = get_with(&site.router, uri, &[("if-none-match", &etag)]).await;
        assert_eq!(again.status, 304, "{uri}");
        assert!(again.body.is_empty());
        let english = get_with(
            &site.router,
            uri,
            &[("if-none-match", &etag), ("accept-language", "en")],
        )
        .await;
        assert_eq!(
            english.status, 200,
            "{uri}: another language is another version"
        );
    }
}

#[tokio::test]
async fn a_client_over_its_limit_is_told_when_to_come_back() {
    let dir = tempfile::tempdir().unwrap();
    let app = super::support::open(&dir).await;
    let limited = Config {
        rate_limit_per_minute: 2,
        rate_limit_burst: 3,
        ..config()
    };
    let site = site_of(dir, app, limited, Default::default()).await;
    let mut statuses = Vec::new();
    for _ in 0..5 {
        statuses.push(get(&site.router, "/api/v1/lookup?q=ana").await);
    }
    assert!(statuses[..3].iter().all(|a| a.status == 200));
    let refused = &statuses[4];
    assert_eq!(refused.status, 429);
    let wait: u64 = refused.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    assert_eq!(refused.headers["content-type"], "application/problem+json");
}

#[tokio::test]
async fn spanish_by_default_english_on_request_with_a_switch_on_every_page() {
    let site = demo().await;
    let es = get(&site.router, "/").await;
    assert!(es.body.contains("<html lang=\"es\">") && es.body.contains("Buscar a una persona"));
    let en = get_with(&site.router, "/", &[("accept-language", "en-US,en;q=0.9")]).await;
    assert!(en.body.contains("<html lang=\"en\">") && en.body.contains("Find a person"));
    let forced = get_with(
        &site.router,
        "/cifras?lang=en",
        &[("accept-language", "es")],
    )
    .await;
    assert!(forced.body.contains("Figures"));
    assert!(
        forced.body.contains("href=\"/cifras?lang=es\""),
        "the switch goes back"
    );
    let searched = get(&site.router, "/?q=ines+quevdo").await;
    assert!(
        searched
            .body
            .contains("href=\"/?q=ines+quevdo&#38;lang=en\""),
        "{}",
        searched.body
    );
}

#[tokio::test]
async fn pages_fit_a_cheap_phone() {
    let site = fixture().await;
    let gz = [("accept-encoding", "gzip")];
    let css = get_with(&site.router, "/static/amparo.css", &gz)
        .await
        .body
        .len();
    // The longest lookup page: ten results.
    let lookup = get_with(&site.router, "/?q=Casilda+Ordonez", &gz)
        .await
        .body
        .len();
    let id = site.state.index().search("Casilda").hits[0].entry.id;
    let person = get_with(&site.router, &format!("/p/{id}"), &gz)
        .await
        .body
        .len();
    let figures = get_with(&site.router, "/cifras", &gz).await.body.len();
    eprintln!(
        "transferred: css {css} B, lookup {lookup} B, person {person} B, figures {figures} B"
    );
    assert!(lookup + css <= 30 * 1024);
    assert!(person + css <= 20 * 1024);
    assert!(figures + css <= 30 * 1024);
}

/// Every log line of this test binary, captured by one global subscriber (a scoped one
/// misses events whose callsites other tests' threads registered first).
fn captured_logs() -> &'static std::sync::Mutex<Vec<u8>> {
    use std::sync::{Mutex, OnceLock};
    static LOGS: OnceLock<&'static Mutex<Vec<u8>>> = OnceLock::new();
    LOGS.get_or_init(|| {
        let logs: &'static Mutex<Vec<u8>> = Box::leak(Box::new(Mutex::new(Vec::new())));
        struct Writer(&'static Mutex<Vec<u8>>);
        impl std::io::Write for Writer {
            fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
                self.0.lock().unwrap().extend_from_slice(buf);
                Ok(buf.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_writer(move || Writer(logs))
            .finish();
        tracing::subscriber::set_global_default(subscriber).unwrap();
        logs
    })
}

#[tokio::test]
async fn no_query_reaches_the_logs() {
    let logs = captured_logs();
    let site = fixture().await;
    for q in ["Casilda Ordóñez", "Baltasar Quiroga", "V-19.283.746"] {
        get(&site.router, &format!("/?q={}", enc(q))).await;
        get(&site.router, &format!("/api/v1/lookup?q={}", enc(q))).await;
    }
    let text = String::from_utf8_lossy(&logs.lock().unwrap()).into_owned();
    assert!(
        text.contains("answered"),
        "the requests were logged: {text}"
    );
    for secret in [
        "Casilda",
        "Ordóñez",
        "Ord%C3%B3%C3%B1ez",
        "Baltasar",
        "Quiroga",
        "19283746",
        "19.283.746",
    ] {
        assert!(!text.contains(secret), "{secret} in the logs");
    }
}
