//! JSON lists: an array of objects, or one object per line (JSONL). Keys are the column
//! headers, in order of first appearance; arrays are joined with ", " ("nacionalidades":
//! ["VE", "ES"]). Line numbers are the lines where each object starts. An item that is not
//! an object, or a JSONL line that does not parse, is a reject, not a failure.

use crate::IngestError;
use crate::encoding::Decoded;
use crate::headers::plan;
use crate::limits::MAX_COLUMNS;
use crate::list::{ListRead, Reject};
use crate::mapping::Mapping;
use crate::model::Format;
use crate::read::Collected;
use crate::row::{Outcome, RowBuilder};
use serde_json::{Map, Value};
use std::collections::HashSet;

/// An item of the list: its line and the object, or why it is not one.
type Item = (usize, Result<Map<String, Value>, String>);

/// Reads a JSON array of objects.
pub fn read_array(
    decoded: &Decoded<'_>,
    mapping: Option<&Mapping>,
) -> Result<ListRead, IngestError> {
    let items = split_array(&decoded.text)?;
    read_items(items, Format::Json, decoded, mapping)
}

/// Reads JSONL: one object per non-empty line.
pub fn read_lines(
    decoded: &Decoded<'_>,
    mapping: Option<&Mapping>,
) -> Result<ListRead, IngestError> {
    let items = decoded
        .text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            let item = match serde_json::from_str::<Value>(l) {
                Ok(Value::Object(map)) => Ok(map),
                Ok(_) => Err("the line is not a JSON object".to_owned()),
                Err(e) => Err(format!("invalid JSON: {e}")),
            };
            (i + 1, item)
        })
        .collect();
    read_items(items, Format::Jsonl, decoded, mapping)
}

fn read_items(
    items: Vec<Item>,
    format: Format,
    decoded: &Decoded<'_>,
    mapping: Option<&Mapping>,
) -> Result<ListRead, IngestError> {
    if items.is_empty() {
        return Err(IngestError::Empty);
    }
    // Keys in order of first appearance, looked up in a set: a hostile file with many
    // keys must not cost a scan of the headers per key.
    let mut headers: Vec<String> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for (_, item) in &items {
        if let Ok(map) = item {
            for key in map.keys() {
                if seen.insert(key) {
                    headers.push(key.clone());
                    if headers.len() > MAX_COLUMNS {
                        return Err(IngestError::TooManyColumns {
                            count: headers.len(),
                            max: MAX_COLUMNS,
                        });
                    }
                }
            }
        }
    }
    let rows: Vec<(usize, Result<Vec<String>, String>)> = items
        .into_iter()
        .map(|(line, item)| {
            let cells = item.map(|map| {
                headers
                    .iter()
                    .map(|h| map.get(h).map(value_text).unwrap_or_default())
                    .collect()
            });
            (line, cells)
        })
        .collect();
    let sample: Vec<Vec<String>> = rows
        .iter()
        .filter_map(|(_, r)| r.as_ref().ok().cloned())
        .take(500)
        .collect();
    let plan = plan(&headers, &sample, mapping)?;
    let mut out = Collected::decoded(format, decoded);
    out.set_plan(&plan, 0);
    let mut builder = RowBuilder::new(&plan, decoded.replaced());
    for (line, cells) in rows {
        let outcome = match cells {
            Ok(cells) => builder.build(line, cells.as_slice()),
            Err(reason) => Outcome::Reject(Reject {
                line,
                column: None,
                value: None,
                reason,
                name: None,
            }),
        };
        out.push(outcome);
    }
    Ok(out.read)
}

/// A JSON value as cell text.
fn value_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => items
            .iter()
            .map(value_text)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        Value::Object(_) => value.to_string(),
    }
}

/// Splits a top-level array into its items, each with the line where it starts, by reading
/// one value at a time (serde_json's stream deserializer reports where each ends).
fn split_array(text: &str) -> Result<Vec<Item>, IngestError> {
    let bytes = text.as_bytes();
    let mut line = 1usize;
    let mut pos;
    let advance = |from: usize, to: usize, line: &mut usize| {
        *line += bytes
            .get(from..to)
            .map_or(0, |s| s.iter().filter(|b| **b == b'\n').count());
    };
    let skip_ws = |mut p: usize| {
        while bytes.get(p).is_some_and(u8::is_ascii_whitespace) {
            p += 1;
        }
        p
    };
    let start = skip_ws(0);
    advance(0, start, &mut line);
    if bytes.get(start) != Some(&b'[') {
        return Err(IngestError::Json {
            line,
            message: "expected an array of objects ([ {...}, {...} ])".to_owned(),
        });
    }
    pos = start + 1;
    let mut items = Vec::new();
    loop {
        let next = skip_ws(pos);
        advance(pos, next, &mut line);
        pos = next;
        match bytes.get(pos) {
            Some(b']') => break,
            Some(b',') if !items.is_empty() => {
                pos += 1;
                continue;
            }
            None => {
                return Err(IngestError::Json {
                    line,
                    message: "the array is not closed".to_owned(),
                });
            }
            _ => {}
        }
        let rest = text.get(pos..).unwrap_or_default();
        let mut stream = serde_json::Deserializer::from_str(rest).into_iter::<Value>();
        let value = match stream.next() {
            Some(Ok(v)) => v,
            Some(Err(e)) => {
                return Err(IngestError::Json {
                    line: line + e.line().saturating_sub(1),
                    message: e.to_string(),
                });
            }
            None => {
                return Err(IngestError::Json {
                    line,
                    message: "the array is not closed".to_owned(),
                });
            }
        };
        let end = pos + stream.byte_offset();
        let item = match value {
            Value::Object(map) => Ok(map),
            _ => Err("the item is not a JSON object".to_owned()),
        };
        items.push((line, item));
        advance(pos, end, &mut line);
        pos = end;
    }
    Ok(items)
}
