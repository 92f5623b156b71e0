//! One interface over the cells of a CSV record, a worksheet row and a JSON object, so that
//! one row builder serves every format without copying cells.

use crate::dates::{from_excel_datetime, from_excel_serial, parse_date};
use crate::model::DateOrder;
use amparo_domain::PartialDate;
use calamine::Data;
use std::borrow::Cow;

/// A cell as its format gives it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    Empty,
    Text(&'a str),
    Number(f64),
    /// A workbook date cell, already converted (or why it could not be).
    Date(Result<PartialDate, String>),
}

impl<'a> Cell<'a> {
    /// The cell as text: numbers without a needless ".0", dates in ISO form.
    pub fn text(&self) -> Cow<'a, str> {
        match self {
            Cell::Empty => Cow::Borrowed(""),
            Cell::Text(t) => Cow::Borrowed(t.trim()),
            Cell::Number(n) => Cow::Owned(number_text(*n)),
            Cell::Date(Ok(d)) => Cow::Owned(d.to_string()),
            Cell::Date(Err(_)) => Cow::Borrowed(""),
        }
    }

    /// The cell as a date: text is parsed in the given order, a whole number between 1900
    /// and 2200 is a year, another number is an Excel serial day.
    pub fn date(&self, order: DateOrder) -> Result<PartialDate, String> {
        match self {
            Cell::Empty => Err("it is empty".to_owned()),
            Cell::Text(t) => parse_date(t, order),
            Cell::Number(n) if n.fract() == 0.0 && (1900.0..=2200.0).contains(n) => {
                parse_date(&number_text(*n), order)
            }
            Cell::Number(n) => from_excel_serial(*n),
            Cell::Date(d) => d.clone(),
        }
    }
}

/// A number as a person would type it: 12345678, not 12345678.0.
pub fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// Cells of one row.
pub trait Cells {
    /// How many cells the row has (rows may be ragged).
    fn count(&self) -> usize;
    /// The cell at a column; `Cell::Empty` past the end.
    fn cell(&self, index: usize) -> Cell<'_>;
}

impl Cells for csv::StringRecord {
    fn count(&self) -> usize {
        self.len()
    }
    fn cell(&self, index: usize) -> Cell<'_> {
        match self.get(index) {
            Some(t) if !t.trim().is_empty() => Cell::Text(t),
            _ => Cell::Empty,
        }
    }
}

impl Cells for [Data] {
    fn count(&self) -> usize {
        self.len()
    }
    fn cell(&self, index: usize) -> Cell<'_> {
        match self.get(index) {
            None | Some(Data::Empty | Data::Error(_)) => Cell::Empty,
            Some(Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s)) => {
                if s.trim().is_empty() {
                    Cell::Empty
                } else {
                    Cell::Text(s)
                }
            }
            Some(Data::Int(i)) => Cell::Number(*i as f64),
            Some(Data::Float(f)) => Cell::Number(*f),
            Some(Data::Bool(true)) => Cell::Text("true"),
            Some(Data::Bool(false)) => Cell::Text("false"),
            Some(Data::DateTime(dt)) if dt.is_datetime() => Cell::Date(from_excel_datetime(dt)),
            Some(Data::DateTime(dt)) => Cell::Number(dt.as_f64()),
        }
    }
}

impl Cells for [String] {
    fn count(&self) -> usize {
        self.len()
    }
    fn cell(&self, index: usize) -> Cell<'_> {
        match self.get(index) {
            Some(t) if !t.trim().is_empty() => Cell::Text(t),
            _ => Cell::Empty,
        }
    }
}
