//! Who may do what: every route of the record is documented and tested here; no token is
//! 401 and a viewer's writes are 403 with nothing written; each role reads as it may.

use super::{Story, problem, reads, writes};
use axum::http::{Method, StatusCode};
use serde_json::{Value, json};

/// Whether `path` (with its query) is an instance of the route `pattern`.
fn instance_of(path: &str, pattern: &str) -> bool {
    let parts: Vec<&str> = path.split('?').next().unwrap_or("").split('/').collect();
    let pattern: Vec<&str> = pattern.split('/').collect();
    parts.len() == pattern.len()
        && parts
            .iter()
            .zip(&pattern)
            .all(|(a, b)| a == b || b.starts_with('{'))
}

/// A new route of the record without a request in the tables fails here, and the document
/// must have each route with the method the tables send, behind the bearer scheme.
pub async fn every_route_is_documented_and_tested(s: &Story) {
    let all: Vec<(Method, String, Value)> = writes(&s.casilda, "f", "c", &s.news)
        .into_iter()
        .chain(reads(&s.casilda, &s.news))
        .collect();
    let doc = super::super::support::get(&s.site.router, "/api/v1/openapi.json").await;
    let doc: Value = serde_json::from_str(&doc.body).unwrap();
    for (route, _) in amparo_web::api::routes_with_token() {
        let Some(pattern) = route.strip_prefix("/api/v1/registry") else {
            continue;
        };
        let sent: Vec<&Method> = all
            .iter()
            .filter(|(_, path, _)| instance_of(path, pattern))
            .map(|(method, _, _)| method)
            .collect();
        assert!(!sent.is_empty(), "{route} has no test here");
        for method in sent {
            let operation = &doc["paths"][route][method.as_str().to_ascii_lowercase()];
            assert!(operation.is_object(), "{method} {route} is not documented");
            assert_eq!(operation["security"][0]["bearer"], json!([]), "{route}");
        }
    }
    assert!(doc["components"]["schemas"]["ListImported"].is_object());
}

/// No token: 401 everywhere, reads included. A viewer's token: 403 on every write, and
/// the registry does not move.
pub async fn no_token_and_a_low_role_are_refused(s: &Story) {
    let all = writes(&s.casilda, "f", "c", &s.news)
        .into_iter()
        .chain(reads(&s.casilda, &s.news));
    for (method, path, body) in all {
        let a = s.anyone.send(method, &path, &body).await;
        problem(&a, StatusCode::UNAUTHORIZED, &path);
        assert_eq!(a.headers["www-authenticate"], "Bearer");
    }
    let person = s.viewer.get(&format!("/persons/{}", s.casilda)).await;
    let arrest = person["facts"][0]["id"].as_str().unwrap().to_owned();
    let before = s.site.app.store().head().await.unwrap();
    // Real ids: the refusal is the role's, not a missing thing's.
    for (method, path, body) in writes(&s.casilda, &arrest, &arrest, &s.news) {
        let a = s
            .viewer
            .refused(method, &path, body, StatusCode::FORBIDDEN)
            .await;
        assert!(a.body.contains("role does not allow"), "{}", a.body);
    }
    let after = s.site.app.store().head().await.unwrap();
    assert_eq!(after, before, "a viewer wrote");
}

/// A viewer reads the whole record, cédula included; a researcher reads a public person
/// without restricted fields (nor the cédula quoted in an excerpt), and no hidden person.
pub async fn each_role_reads_what_it_may(s: &Story) {
    let person = s.viewer.get(&format!("/persons/{}", s.casilda)).await;
    assert_eq!(person["person"]["national_id"], "V-21436587", "{person}");
    assert!(person["version"].is_i64());
    let hidden = s.viewer.get(&format!("/persons/{}", s.hidden)).await;
    assert_eq!(hidden["person"]["visibility"], "hidden");

    let a = s
        .researcher
        .send(
            Method::GET,
            &format!("/persons/{}", s.casilda),
            &Value::Null,
        )
        .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    for secret in ["21436587", "21.436.587", "nota-interna"] {
        assert!(
            !a.body.contains(secret),
            "a researcher read {secret}: {}",
            a.body
        );
    }
    let seen: Value = serde_json::from_str(&a.body).unwrap();
    assert!(seen["person"]["national_id"].is_null(), "{seen}");
    assert_eq!(seen["facts"].as_array().unwrap().len(), 1, "{seen}");
    assert!(seen["version"].is_null(), "only the record's readers edit");
    let path = format!("/persons/{}", s.hidden);
    s.researcher
        .refused(Method::GET, &path, Value::Null, StatusCode::NOT_FOUND)
        .await;
    assert_eq!(s.researcher.get("/persons?name=quiroga").await["total"], 0);
    assert_eq!(s.viewer.get("/persons?name=quiroga").await["total"], 1);
    let by_cedula = s.viewer.get("/persons?name=21436587").await;
    assert_eq!(by_cedula["items"][0]["id"], s.casilda.as_str());
    assert_eq!(s.researcher.get("/persons?name=21436587").await["total"], 0);
}
