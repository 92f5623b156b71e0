//! Signing in to the workspace (issue 12): the session cookie and its flags, one message for
//! any wrong login, throttling, the session layer over /trabajo, CSRF on every form, and
//! signing out.

use super::support::{Answer, config, get_with, open, site_of};
use amparo_app::{Actor, Password, Role};
use amparo_web::Config;
use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;

const PASSWORD: &str = "una clave muy larga";

async fn signing_site(config: Config) -> super::support::Site {
    let dir = tempfile::tempdir().unwrap();
    let app = open(&dir).await;
    app.add_user(
        &Actor::local("test"),
        "carla",
        Some("Carla Inventada"),
        Role::Reviewer,
        &Password::new(PASSWORD),
    )
    .await
    .unwrap();
    site_of(dir, app, config, Default::default()).await
}

async fn post(router: &Router, uri: &str, cookie: &str, form: &[(&str, &str)]) -> Answer {
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(form)
        .finish();
    let request = Request::builder()
        .method("POST")
        .uri(uri)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", cookie)
        .body(Body::from(body))
        .unwrap();
    let response = router.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Answer {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

/// The `Set-Cookie` header that sets `name`.
fn set_cookie(a: &Answer, name: &str) -> Option<String> {
    a.headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|v| v.starts_with(&format!("{name}=")))
}

fn cookie_value(set: &str) -> String {
    set.split(';')
        .next()
        .unwrap()
        .split_once('=')
        .unwrap()
        .1
        .to_owned()
}

/// The sign-in form: its cookie and its hidden token.
async fn form(router: &Router) -> (String, String) {
    let a = get_with(router, "/ingresar?next=%2Ftrabajo", &[]).await;
    assert_eq!(a.status, StatusCode::OK);
    let cookie = cookie_value(&set_cookie(&a, "amparo_signin").unwrap());
    let hidden = a.body.split(r#"name="csrf" value=""#).nth(1).unwrap();
    let hidden = hidden.split('"').next().unwrap().to_owned();
    assert_eq!(cookie, hidden);
    (format!("amparo_signin={cookie}"), hidden)
}

async fn sign_in(router: &Router, password: &str) -> Answer {
    let (cookie, csrf) = form(router).await;
    post(
        router,
        "/ingresar",
        &cookie,
        &[
            ("login", "Carla"),
            ("password", password),
            ("csrf", &csrf),
            ("next", "/trabajo"),
        ],
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_in_sets_a_strict_cookie_and_opens_the_workspace() {
    let site = signing_site(config()).await;
    let a = sign_in(&site.router, PASSWORD).await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    assert_eq!(a.headers["location"], "/trabajo");
    let set = set_cookie(&a, "amparo_session").unwrap();
    for flag in ["HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(set.contains(flag), "{set}");
    }
    assert!(!set.contains("Secure"), "not behind TLS: {set}");
    let session = format!("amparo_session={}", cookie_value(&set));
    let page = get_with(&site.router, "/trabajo", &[("cookie", &session)]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Carla Inventada"), "{}", page.body);
    assert_eq!(page.headers["cache-control"], "no-store");
    // The same security headers as the public pages.
    let csp = page.headers["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("frame-ancestors 'none'") && !csp.contains("script-src"));
    assert_eq!(page.headers["x-content-type-options"], "nosniff");
    assert!(!page.body.contains("<script"));

    let tls = signing_site(Config {
        behind_tls: true,
        ..config()
    })
    .await;
    let a = sign_in(&tls.router, PASSWORD).await;
    assert!(
        set_cookie(&a, "amparo_session")
            .unwrap()
            .contains("; Secure")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_password_gets_the_form_again_and_repeats_are_throttled() {
    let site = signing_site(config()).await;
    let a = sign_in(&site.router, "no es la clave").await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(
        a.body.contains("Usuario o contraseña incorrectos."),
        "{}",
        a.body
    );
    assert!(set_cookie(&a, "amparo_session").is_none());
    // An unknown login gets the very same message.
    let (cookie, csrf) = form(&site.router).await;
    let b = post(
        &site.router,
        "/ingresar",
        &cookie,
        &[("login", "nadie"), ("password", PASSWORD), ("csrf", &csrf)],
    )
    .await;
    assert!(b.body.contains("Usuario o contraseña incorrectos."));
    for _ in 0..4 {
        sign_in(&site.router, "no es la clave").await;
    }
    let c = sign_in(&site.router, PASSWORD).await;
    assert_eq!(c.status, StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = c.headers["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=900).contains(&wait), "{wait}");
    assert!(
        c.body.contains("Demasiados intentos fallidos"),
        "{}",
        c.body
    );
    assert!(set_cookie(&c, "amparo_session").is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_workspace_needs_a_session_and_forms_need_their_token() {
    let site = signing_site(config()).await;
    let a = get_with(&site.router, "/trabajo?x=1", &[]).await;
    assert_eq!(a.status, StatusCode::SEE_OTHER);
    assert_eq!(a.headers["location"], "/ingresar?next=%2Ftrabajo%3Fx%3D1");
    let forged = get_with(
        &site.router,
        "/trabajo",
        &[("cookie", "amparo_session=forged")],
    )
    .await;
    assert_eq!(forged.status, StatusCode::SEE_OTHER);
    assert_eq!(
        post(&site.router, "/trabajo", "", &[]).await.status,
        StatusCode::FORBIDDEN
    );

    // A sign-in form posted without its cookie, or with another token, is refused unread.
    let (cookie, csrf) = form(&site.router).await;
    let fields = [
        ("login", "carla"),
        ("password", PASSWORD),
        ("csrf", csrf.as_str()),
    ];
    assert_eq!(
        post(&site.router, "/ingresar", "", &fields).await.status,
        StatusCode::FORBIDDEN
    );
    let other = [("login", "carla"), ("password", PASSWORD), ("csrf", "otro")];
    assert_eq!(
        post(&site.router, "/ingresar", &cookie, &other)
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    let set = set_cookie(&sign_in(&site.router, PASSWORD).await, "amparo_session").unwrap();
    let session = format!("amparo_session={}", cookie_value(&set));
    let page = get_with(&site.router, "/trabajo", &[("cookie", &session)]).await;
    let token = page
        .body
        .split(r#"name="csrf" value=""#)
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    // Signing out without the session's token is refused, and the session lives on.
    assert_eq!(
        post(&site.router, "/salir", &session, &[]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        post(&site.router, "/salir", &session, &[("csrf", "x")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        get_with(&site.router, "/trabajo", &[("cookie", &session)])
            .await
            .status,
        StatusCode::OK
    );
    let out = post(&site.router, "/salir", &session, &[("csrf", &token)]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert!(
        set_cookie(&out, "amparo_session")
            .unwrap()
            .contains("Max-Age=0")
    );
    let after = get_with(&site.router, "/trabajo", &[("cookie", &session)]).await;
    assert_eq!(
        after.status,
        StatusCode::SEE_OTHER,
        "the session ended on the server too"
    );
}

/// A pasted news text or an uploaded list is larger than anything the public sends: the
/// public routes keep their small body limit (413 past it), while signed-in work takes up to
/// `max_upload_bytes`, so a long article is not refused before the session is even checked.
#[tokio::test]
async fn signed_in_work_may_send_more_than_the_public() {
    // As a browser sends it: with its length, which the limit reads before the body.
    async fn post(router: &Router, uri: &str, _cookie: &str, form: &[(&str, &str)]) -> Answer {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        let request = Request::builder()
            .method("POST")
            .uri(uri)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("content-length", body.len())
            .body(Body::from(body))
            .unwrap();
        let response = router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        Answer {
            status,
            headers: Default::default(),
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }
    let site = signing_site(config()).await;
    let big = "Una nota inventada muy larga. ".repeat(4_000);
    assert!(big.len() > config().max_body_bytes);
    let a = post(
        &site.router,
        "/ingresar",
        "",
        &[("login", "carla"), ("password", &big)],
    )
    .await;
    assert_eq!(
        a.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "public: {}",
        a.body
    );
    // Without a session the workspace refuses it for that reason, not for its size.
    let a = post(&site.router, "/trabajo/noticias", "", &[("text", &big)]).await;
    assert_eq!(a.status, StatusCode::FORBIDDEN, "workspace: {}", a.body);
    let small = Config {
        max_upload_bytes: 1024,
        ..config()
    };
    let site = signing_site(small).await;
    let a = post(&site.router, "/trabajo/noticias", "", &[("text", &big)]).await;
    assert_eq!(
        a.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "past max_upload_bytes"
    );
    assert!(
        a.body.contains("supera el tamaño"),
        "said in Spanish: {}",
        a.body
    );
    // A program is told so in a problem document, in its language.
    let request = Request::builder()
        .method("POST")
        .uri("/api/v1/sources/text")
        .header("content-type", "application/json")
        .header("accept-language", "en")
        .header("content-length", big.len())
        .body(Body::from(big.clone()))
        .unwrap();
    let response = site.router.clone().oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let problem: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(problem["status"], 413);
    let detail = problem["detail"].as_str().unwrap();
    assert!(
        detail.contains("larger than the registry accepts"),
        "{detail}"
    );
}
