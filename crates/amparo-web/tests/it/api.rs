//! The JSON API: every route of the router's table is in the generated OpenAPI document
//! (this test fails when one is missing), every route answers, and errors are RFC 9457
//! problem documents.

use super::support::{demo, get};

#[tokio::test]
async fn every_api_route_is_in_the_openapi_document() {
    let site = demo().await;
    let doc = get(&site.router, "/api/v1/openapi.json").await;
    assert_eq!(doc.status, 200);
    let json: serde_json::Value = serde_json::from_str(&doc.body).unwrap();
    assert!(
        json["openapi"].as_str().unwrap().starts_with("3.1"),
        "{}",
        json["openapi"]
    );
    let paths = json["paths"].as_object().unwrap();
    let mut routes = amparo_web::api::routes();
    assert!(routes.len() >= 7);
    routes.extend(amparo_web::api::routes_with_token());
    for (path, _) in &routes {
        assert!(
            paths.contains_key(*path),
            "{path} is served but not in the OpenAPI document"
        );
    }
    for path in paths.keys() {
        assert!(
            routes.iter().any(|(p, _)| p == path),
            "{path} is documented but not served"
        );
    }
}

#[tokio::test]
async fn every_api_route_answers_json() {
    let site = demo().await;
    let id = site.state.index().search("Quevedo").hits[0].entry.id;
    for (path, _) in amparo_web::api::routes() {
        let uri = path.replace("{id}", &id.to_string()) + "?q=quevedo&as_of=2026-01-10";
        let answer = get(&site.router, &uri).await;
        assert_eq!(answer.status, 200, "{uri}: {}", answer.body);
        assert!(
            answer.headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("application/json"),
            "{uri}"
        );
        let _: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    }
    let lookup = get(&site.router, "/api/v1/lookup?q=ines+quevdo&lang=en").await;
    let json: serde_json::Value = serde_json::from_str(&lookup.body).unwrap();
    let first = &json["results"][0];
    assert_eq!(first["name"], "Inés Carolina Quevedo Lara");
    assert_eq!(first["status"]["state"], "released-with-measures");
    assert!(
        first["status"]["text"]
            .as_str()
            .unwrap()
            .starts_with("Released on 8 January 2026"),
        "{}",
        first["status"]["text"]
    );
    let balance = get(&site.router, "/api/v1/balance?as_of=2025-12-31").await;
    let json: serde_json::Value = serde_json::from_str(&balance.body).unwrap();
    assert_eq!(json["report"], "balance");
    assert!(json["data"]["in_prison"]["total"].as_u64().unwrap() > 0);
}

#[tokio::test]
async fn errors_are_problem_documents() {
    let site = demo().await;
    for (uri, status) in [
        ("/api/v1/balance?as_of=yesterday-ish", 422),
        ("/api/v1/series?from=2026-01-01&to=2025-01-01", 422),
        ("/api/v1/persons/not-an-id", 404),
        ("/api/v1/persons/01a223e4-0a4c-70e0-a9f5-7d1b7457444d", 404),
        ("/api/v1/nothing-here", 404),
    ] {
        let answer = get(&site.router, uri).await;
        assert_eq!(answer.status, status, "{uri}: {}", answer.body);
        assert_eq!(
            answer.headers["content-type"], "application/problem+json",
            "{uri}"
        );
        let json: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
        assert_eq!(json["status"], status);
        assert!(
            json["title"].is_string() && json["detail"].is_string(),
            "{json}"
        );
    }
}
