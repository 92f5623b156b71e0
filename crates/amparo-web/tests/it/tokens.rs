//! The API for programs (issue 12): a bearer token acts with its role; no token is 401, a
//! role too low is 403, both as problem documents; a pasted text goes to the review queue
//! and a reviewer's token decides it, through the same use cases as the command line.

use super::support::{Answer, config, get_with, open, site_of};
use amparo_app::{Actor, Role};
use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;

const ARTICLE: &str = "CARACAS, 12 de marzo. La periodista Marta Quintero Salas fue detenida el martes por \
funcionarios del SEBIN y trasladada a El Helicoide, según denunció su abogado. El sindicalista Ramón \
Ibáñez Toro, detenido en 2024, fue excarcelado ayer con régimen de presentación cada 15 días.\n";

async fn post(router: &Router, uri: &str, token: Option<&str>, body: serde_json::Value) -> Answer {
    let mut request = Request::builder()
        .method("POST")
        .uri(uri)
        .header("content-type", "application/json");
    if let Some(token) = token {
        request = request.header("authorization", format!("Bearer {token}"));
    }
    let response = router
        .clone()
        .oneshot(request.body(Body::from(body.to_string())).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Answer {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

fn problem(a: &Answer, status: StatusCode) {
    assert_eq!(a.status, status, "{}", a.body);
    assert_eq!(a.headers["content-type"], "application/problem+json");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokens_act_with_their_role_and_only_theirs() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(&dir).await;
    let admin = Actor::local("test");
    let token = |label: &'static str, role| {
        let app = &app;
        let admin = &admin;
        async move { app.add_token(admin, label, role).await.unwrap().token }
    };
    let viewer = token("lector", Role::Viewer).await;
    let reviewer = token("revisora", Role::Reviewer).await;
    let editor = token("importador", Role::Editor).await;
    let revoked = token("viejo", Role::Admin).await;
    app.revoke_token(&admin, "viejo").await.unwrap();
    let site = site_of(dir, app, config(), Default::default()).await;
    let r = &site.router;
    let text = serde_json::json!({"text": ARTICLE, "publisher": "Diario Inventado", "published": "2026-03-12"});

    let none = post(r, "/api/v1/sources/text", None, text.clone()).await;
    problem(&none, StatusCode::UNAUTHORIZED);
    assert_eq!(none.headers["www-authenticate"], "Bearer");
    problem(
        &post(r, "/api/v1/sources/text", Some(&revoked), text.clone()).await,
        StatusCode::UNAUTHORIZED,
    );
    problem(
        &post(
            r,
            "/api/v1/sources/text",
            Some("amparo_forged"),
            text.clone(),
        )
        .await,
        StatusCode::UNAUTHORIZED,
    );
    problem(
        &post(r, "/api/v1/sources/text", Some(&viewer), text.clone()).await,
        StatusCode::FORBIDDEN,
    );
    problem(
        &get_with(r, "/api/v1/review", &[]).await,
        StatusCode::UNAUTHORIZED,
    );
    let bad = serde_json::json!({"text": ARTICLE, "publisher": "X", "published": "someday"});
    problem(
        &post(r, "/api/v1/sources/text", Some(&editor), bad).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    );

    let done = post(r, "/api/v1/sources/text", Some(&editor), text).await;
    assert_eq!(done.status, StatusCode::CREATED, "{}", done.body);
    let done: serde_json::Value = serde_json::from_str(&done.body).unwrap();
    let proposals = done["proposals"].as_array().unwrap();
    assert!(proposals.len() >= 2, "{done}");

    let auth = format!("Bearer {viewer}");
    let queue = get_with(r, "/api/v1/review", &[("authorization", &auth)]).await;
    assert_eq!(queue.status, StatusCode::OK, "{}", queue.body);
    let queue: serde_json::Value = serde_json::from_str(&queue.body).unwrap();
    assert_eq!(
        queue["proposals"].as_array().unwrap().len(),
        proposals.len()
    );

    let first = proposals[0].as_str().unwrap();
    let second = proposals[1].as_str().unwrap();
    let accept = format!("/api/v1/review/{first}/accept");
    let decision = serde_json::json!({"date": "2026-03-10", "reason": "checked with the lawyer"});
    problem(
        &post(r, &accept, Some(&viewer), decision.clone()).await,
        StatusCode::FORBIDDEN,
    );
    let ok = post(r, &accept, Some(&reviewer), decision.clone()).await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    assert!(ok.body.contains("\"accepted\""), "{}", ok.body);
    problem(
        &post(r, &accept, Some(&reviewer), decision).await,
        StatusCode::CONFLICT,
    );
    let reject = format!("/api/v1/review/{second}/reject");
    let why = serde_json::json!({"reason": "not this person"});
    problem(
        &post(r, &reject, Some(&viewer), why.clone()).await,
        StatusCode::FORBIDDEN,
    );
    assert_eq!(
        post(r, &reject, Some(&reviewer), why).await.status,
        StatusCode::OK
    );

    // The audit log names the tokens that wrote.
    let log = site
        .app
        .store()
        .audit_log(amparo_domain::Access::Admin)
        .await
        .unwrap();
    assert!(log.iter().any(|e| e.actor.starts_with("token:importador")));
    assert!(log.iter().any(|e| e.actor.starts_with("token:revisora")));
}
