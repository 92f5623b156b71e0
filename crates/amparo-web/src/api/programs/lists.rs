//! A list for programs: the body is the list itself (CSV, XLSX, ODS or JSON, said by its
//! `Content-Type`), the query says what `amparo import` takes as options, and the answer
//! accounts for every row as the command line's import does: a new person, matched to a
//! known person (or an earlier row), queued for review, or rejected with its line and
//! reason. Lists may be large: the signed-in size and time limits apply.

use super::{Answer, Refused, bad_query, failed, invalid, json};
use crate::api::auth::TokenActor;
use crate::error::{Problem, problem};
use crate::pages::Negotiated;
use crate::state::AppState;
use amparo_app::{ImportOptions, ImportSummary, LineOutcome};
use amparo_i18n::{Args, Lang, t};
use axum::body::Bytes;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// The content types a list may come as, and the extension that tells the reader so.
const LIST_TYPES: [(&str, &str); 8] = [
    ("text/csv", "csv"),
    ("text/tab-separated-values", "tsv"),
    ("text/plain", "txt"),
    (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xlsx",
    ),
    ("application/vnd.ms-excel", "xls"),
    ("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ("application/json", "json"),
    ("application/x-ndjson", "jsonl"),
];

/// The options of `amparo import`.
#[derive(Debug, Deserialize, IntoParams)]
pub struct ListOptions {
    /// Who published the list (required).
    pub source_publisher: Option<String>,
    /// The list's date (required): statuses without a date of their own are "as of" it.
    pub source_published: Option<String>,
    /// The kind of source the list is: ngo-list (when absent), official-statement,
    /// consular-note...
    pub source_kind: Option<String>,
    pub source_url: Option<String>,
    pub source_title: Option<String>,
    /// The verification level of the facts the rows give: reported when absent.
    pub verification: Option<String>,
    /// A mapping (TOML or JSON text: column → field, sheet, delimiter, encoding, date
    /// order) for headers amparo does not recognise.
    pub mapping: Option<String>,
    /// Decide every row, write nothing.
    #[serde(default)]
    pub dry_run: bool,
    /// The file's name, kept with the source ("lista-junio.csv").
    pub file: Option<String>,
}

/// A workbook's bytes, as sent: this type only describes the body in the document.
#[allow(dead_code)]
#[derive(Debug, ToSchema)]
#[schema(value_type = String, format = Binary)]
pub struct ListFile(pub Vec<u8>);

/// What became of one row.
#[derive(Debug, Serialize, ToSchema)]
pub struct RowOutcome {
    /// The line (or sheet row) as a spreadsheet counts it.
    pub line: usize,
    /// created, matched, queued or rejected.
    pub outcome: String,
    /// Created or matched: the person; queued: the person it may be.
    pub person: Option<String>,
    /// Matched or queued: how alike, 0 to 1.
    pub score: Option<f64>,
    /// Matched to the person of an earlier row of the same list: that row's line.
    pub same_as_line: Option<usize>,
    /// Rejected: the column at fault.
    pub column: Option<String>,
    /// Rejected: the value at fault (shortened).
    pub value: Option<String>,
    /// Rejected: why.
    pub reason: Option<String>,
}

impl RowOutcome {
    fn of(line: usize, outcome: &LineOutcome) -> RowOutcome {
        let (word, person, score, same_as_line) = match outcome {
            LineOutcome::Created { person } => ("created", Some(*person), None, None),
            LineOutcome::Matched {
                person,
                score,
                line_of_first,
            } => ("matched", Some(*person), Some(*score), *line_of_first),
            LineOutcome::Queued {
                possible_match,
                score,
            } => ("queued", *possible_match, Some(*score), None),
        };
        RowOutcome {
            line,
            outcome: word.into(),
            person: person.map(|p| p.to_string()),
            score,
            same_as_line,
            column: None,
            value: None,
            reason: None,
        }
    }
}

/// What the import did.
#[derive(Debug, Serialize, ToSchema)]
pub struct ListImported {
    /// `amparo import --json`'s summary (docs/json.md): the counts, the columns read,
    /// `matched_to` (the first ten, named), `warnings` and `rejects`; its `lines` are given
    /// here as `outcomes`.
    #[serde(flatten)]
    #[schema(value_type = Object)]
    pub summary: ImportSummary,
    /// Every row, by line, rejected ones included with their reason.
    pub outcomes: Vec<RowOutcome>,
    /// The rejected rows as CSV (line, column, value, name, reason), to correct and send
    /// again; null when none was.
    pub rejects_csv: Option<String>,
}

/// The name the list is read and kept as: the extension its content type says.
fn file_name(headers: &HeaderMap, given: Option<&str>, lang: Lang) -> Result<String, Refused> {
    let sent = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let essence = sent
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let Some((_, ext)) = LIST_TYPES.iter().find(|(kind, _)| *kind == essence) else {
        let args = Args::new().text("type", sent.chars().take(80).collect::<String>());
        return Err(problem(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            t(lang, "api-list-type", &args),
        )
        .into());
    };
    let name = given
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .unwrap_or("list");
    let suffix = format!(".{ext}");
    Ok(if name.to_ascii_lowercase().ends_with(&suffix) {
        name.to_owned()
    } else {
        format!("{name}{suffix}")
    })
}

fn required(value: Option<String>, key: &str, lang: Lang) -> Result<String, Refused> {
    value
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
        .ok_or_else(|| invalid(lang, key, &Args::new()))
}

/// Imports a list, accounting for every row.
#[utoipa::path(
    post,
    path = "/api/v1/registry/lists",
    params(ListOptions),
    request_body(
        description = "The list file itself",
        content(
            (String = "text/csv"),
            (String = "text/tab-separated-values"),
            (ListFile = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (ListFile = "application/vnd.oasis.opendocument.spreadsheet"),
            (Vec<Object> = "application/json")
        )
    ),
    responses(
        (status = 201, description = "Imported: what became of every row", body = ListImported),
        (status = 200, description = "A dry run, or a list already imported (nothing added)", body = ListImported),
        (status = 401, description = "No valid token", body = Problem),
        (status = 403, description = "The token's role may not change the record (editor needed)", body = Problem),
        (status = 408, description = "The import took longer than the signed-in time limit", body = Problem),
        (status = 413, description = "The list is larger than the signed-in size limit", body = Problem),
        (status = 415, description = "Not a list type amparo reads", body = Problem),
        (status = 422, description = "No publisher or date, or the list cannot be read at all", body = Problem)
    ),
    security(("bearer" = [])),
    tag = "registry"
)]
pub async fn import(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    TokenActor(actor): TokenActor,
    query: Result<Query<ListOptions>, QueryRejection>,
    headers: HeaderMap,
    body: Bytes,
) -> Answer {
    let Query(q) = query.map_err(bad_query(lang))?;
    let name = file_name(&headers, q.file.as_deref(), lang)?;
    let options = ImportOptions {
        source_publisher: required(q.source_publisher, "api-list-publisher-needed", lang)?,
        source_published: required(q.source_published, "api-list-date-needed", lang)?,
        source_kind: q.source_kind,
        source_url: q.source_url,
        source_title: q.source_title,
        verification: q.verification,
        mapping: q.mapping.map(|text| (text, "mapping".to_owned())),
        dry_run: q.dry_run,
        lines: true,
    };
    let mut summary = state
        .app
        .import_list(&actor, &name, body.to_vec(), &options, &|_| {})
        .await
        .map_err(failed(lang))?;
    let mut outcomes: Vec<RowOutcome> = std::mem::take(&mut summary.lines)
        .iter()
        .map(|(line, outcome)| RowOutcome::of(*line, outcome))
        .collect();
    outcomes.extend(summary.rejects.iter().map(|r| RowOutcome {
        line: r.line,
        outcome: "rejected".into(),
        person: None,
        score: None,
        same_as_line: None,
        column: r.column.clone(),
        value: r.value.clone(),
        reason: Some(r.reason.clone()),
    }));
    outcomes.sort_by_key(|o| o.line);
    let rejects_csv = if summary.rejects.is_empty() {
        None
    } else {
        Some(summary.rejects_csv().map_err(failed(lang))?)
    };
    let wrote = !summary.dry_run && summary.result == "imported";
    let status = if wrote {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok(json(
        status,
        &ListImported {
            summary,
            outcomes,
            rejects_csv,
        },
    ))
}
