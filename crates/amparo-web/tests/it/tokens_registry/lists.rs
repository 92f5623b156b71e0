//! An editor's token records claims and announcements and withdraws them once, and imports
//! lists: every row accounted for, the bad one with its line and reason.

use super::{LIST, Story, id};
use axum::http::{Method, StatusCode};
use serde_json::{Value, json};

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// A number and an announced wave: recorded, listed, withdrawn once.
pub async fn claims_and_announcements(s: &Story, source: &str) {
    let e = &s.editor;
    let created = StatusCode::CREATED;
    let held = json!({"source": source, "by": "Foro Inventado", "subject": "held", "number": 863, "as_of": "2025-12-29"});
    let claim = e.ok(Method::POST, "/claims", held, created).await;
    let half = json!({"source": source, "by": "X", "subject": "released", "number": 8, "from": "2026-01-01"});
    e.refused(
        Method::POST,
        "/claims",
        half,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    let wave = json!({"source": source, "by": "Gobierno Inventado", "date": "2026-01-08", "vague": "un número importante"});
    let announced = e.ok(Method::POST, "/announcements", wave, created).await;
    assert_eq!(e.get("/claims").await["claims"][0]["id"], claim["id"]);
    let listed = e.get("/announcements").await;
    assert_eq!(listed["announcements"][0]["id"], announced["id"]);
    for (kind, thing) in [("claims", &claim), ("announcements", &announced)] {
        let path = format!("/{kind}/{}/retract", id(thing));
        let why = json!({"reason": "the source corrected it"});
        let done = e.ok(Method::POST, &path, why, StatusCode::OK).await;
        assert_eq!(done["change"], "withdrawn");
        let again = json!({"reason": "again"});
        e.refused(Method::POST, &path, again, StatusCode::CONFLICT)
            .await;
    }
    let claims = e.get("/claims").await;
    assert_eq!(claims["claims"][0]["retracted"], "the source corrected it");
}

/// A CSV list with a bad row, the same list again, a workbook in a dry run, and what is not
/// a list.
pub async fn lists(s: &Story) {
    let e = &s.editor;
    let path = "/lists?source_publisher=Foro%20Inventado&source_published=2026-01-10&file=enero";
    let csv = LIST.as_bytes().to_vec();
    let a = e
        .raw(Method::POST, path, "text/csv; charset=utf-8", csv.clone())
        .await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.body);
    let done: Value = serde_json::from_str(&a.body).unwrap();
    assert_eq!(done["file"], "enero.csv");
    let counts = (done["rows"].as_u64(), done["rejected"].as_u64());
    assert_eq!(counts, (Some(3), Some(1)), "{done}");
    let outcomes = done["outcomes"].as_array().unwrap();
    let at = |line: u64| outcomes.iter().find(|o| o["line"] == line).unwrap();
    assert_eq!(at(2)["outcome"], "matched", "{done}");
    assert_eq!(at(2)["person"], s.casilda.as_str(), "matched to whom");
    assert_eq!(at(3)["outcome"], "created");
    assert!(at(3)["person"].is_string());
    assert_eq!(at(4)["outcome"], "rejected");
    let reason = at(4)["reason"].as_str().unwrap();
    assert!(reason.contains("12345"), "{reason}");
    assert_eq!(done["rejects"][0]["line"], 4);
    let rejects = done["rejects_csv"].as_str().unwrap();
    assert!(rejects.contains("\n4,"), "{rejects}");
    let again = e.raw(Method::POST, path, "text/csv", csv.clone()).await;
    assert_eq!(
        again.status,
        StatusCode::OK,
        "the same list adds nothing: {}",
        again.body
    );
    assert!(again.body.contains("already imported"), "{}", again.body);

    let workbook = include_bytes!("../../../../amparo-ingest/tests/fixtures/lista.xlsx").to_vec();
    let path = "/lists?source_publisher=Foro%20Inventado&source_published=2026-01-11&dry_run=true";
    let a = e.raw(Method::POST, path, XLSX, workbook.clone()).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    let done: Value = serde_json::from_str(&a.body).unwrap();
    assert_eq!(done["format"], "xlsx", "{done}");
    assert!(
        done["rows"].as_u64().unwrap() > 0 && done["dry_run"] == true,
        "{done}"
    );
    let a = e.raw(Method::POST, path, "application/pdf", workbook).await;
    super::problem(&a, StatusCode::UNSUPPORTED_MEDIA_TYPE, "a PDF");
    let path = "/lists?source_published=2026-01-11";
    let a = e.raw(Method::POST, path, "text/csv", csv).await;
    super::problem(
        &a,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a list without its publisher",
    );
    assert!(a.body.contains("source_publisher"), "{}", a.body);
}
