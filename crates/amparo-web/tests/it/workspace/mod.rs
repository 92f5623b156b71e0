//! The documenters' workspace (issue 12): every page renders for a viewer, small and without
//! script; a viewer's accept is refused 403; a form without its CSRF token is refused 403
//! before anything is done; a reviewer accepts what a pasted invented news text proposes and
//! the person's status changes; an edit saved over an older version is refused, never
//! overwriting. The session layer is replaced by one that signs in a fixed account.

mod english;
mod forms;
mod pages;

use super::support::{Answer, Site};
use amparo_app::{Actor, IngestOptions, Role};
use amparo_domain::{PersonId, ProposalId};
use amparo_web::signed_in::SignedIn;
use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::middleware::{Next, from_fn};
use http_body_util::BodyExt;
use tower::ServiceExt;

const TOKEN: &str = "token-de-prueba-0123456789";

/// An invented article: a person of the fixture arrested again after her release.
const NEWS: &str = "Caracas, 11 de enero de 2026. Casilda Ordóñez Pimentel fue detenida nuevamente el 11 de enero de 2026 por funcionarios del SEBIN y trasladada a El Helicoide, según informó su abogado.";

/// The workspace as `name` with `role`, mounted where the accounts layer mounts it.
fn workspace(site: &Site, name: &str, role: Role) -> Router {
    let signed = SignedIn {
        actor: Actor::new(format!("user:{name}"), role),
        name: name.into(),
        csrf: TOKEN.into(),
    };
    let sign_in = move |mut request: Request, next: Next| {
        let signed = signed.clone();
        async move {
            request.extensions_mut().insert(signed);
            next.run(request).await
        }
    };
    Router::new()
        .nest(
            "/trabajo",
            amparo_web::workspace::router().layer(from_fn(sign_in)),
        )
        .with_state(site.state.clone())
}

async fn send(router: &Router, request: Request<Body>) -> Answer {
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

async fn get(router: &Router, uri: &str) -> Answer {
    send(router, Request::get(uri).body(Body::empty()).unwrap()).await
}

async fn post(router: &Router, uri: &str, fields: &[(&str, &str)]) -> Answer {
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish();
    let request = Request::post(uri)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap();
    send(router, request).await
}

async fn post_multipart(router: &Router, uri: &str, fields: &[(&str, &str)]) -> Answer {
    post_file(router, uri, fields, ("", "")).await
}

/// A multipart form with `file` (name, content) as its file part.
async fn post_file(
    router: &Router,
    uri: &str,
    fields: &[(&str, &str)],
    file: (&str, &str),
) -> Answer {
    let boundary = "----limite-amparo-prueba";
    let mut body = String::new();
    for (name, value) in fields {
        body.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
        ));
    }
    body.push_str(&format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{}\"\r\nContent-Type: application/octet-stream\r\n\r\n{}\r\n--{boundary}--\r\n",
        file.0, file.1
    ));
    let request = Request::post(uri)
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(Body::from(body))
        .unwrap();
    send(router, request).await
}

/// Files the invented article's proposals as the command line would.
async fn ingest_news(site: &Site) -> Vec<ProposalId> {
    let options = IngestOptions {
        publisher: "Diario Inventado".into(),
        published: chrono::NaiveDate::from_ymd_opt(2026, 1, 11).unwrap(),
        url: Some("https://diario-inventado.example/nota".into()),
        kind: "news-article".into(),
        lang: None,
        accept: false,
    };
    let done = site
        .app
        .ingest_texts(
            &Actor::local("test"),
            vec![("nota.txt".into(), NEWS.as_bytes().to_vec())],
            &options,
        )
        .await
        .unwrap();
    done.into_iter().flat_map(|d| d.proposals).collect()
}

/// The article's first proposal accepted, so the article is a cited source: the fixture's
/// person and the article's id.
async fn accepted_news(site: &Site) -> (PersonId, amparo_domain::SourceId) {
    let proposals = ingest_news(site).await;
    let admin = Actor::local("test");
    site.app
        .accept_proposal(&admin, proposals[0], None, "prueba")
        .await
        .unwrap();
    let news = site
        .app
        .sources(&admin)
        .await
        .unwrap()
        .iter()
        .find(|s| s.publisher == "Diario Inventado")
        .unwrap()
        .id;
    (casilda(site).await, news)
}

async fn casilda(site: &Site) -> PersonId {
    let admin = Actor::local("test");
    let page = site
        .app
        .list_persons(&admin, Some("Casilda"), site.app.today(), 5, 0)
        .await
        .unwrap();
    PersonId::parse(&page.items[0].id).unwrap()
}
