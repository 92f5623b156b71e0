//! Reading the lists that NGOs, governments and consulates publish — CSV exported from
//! Excel in Windows-1252 with Spanish headers, workbooks, JSON — into validated rows for
//! `amparo import`. Pure: no database, no async, no clock.
//!
//! [`read_list`] tells the format and encoding, recognises the headers (Spanish and
//! English), and turns each row into a [`ListRow`] of domain values, or a [`Reject`] that
//! names the line, the column and the value at fault. Only a row without a usable name is
//! rejected: a cell that cannot be read (a date that is no date, an unknown country)
//! becomes a [`RowWarning`] and the row comes in without that value; a warning on a field
//! the row's facts rest on marks the row for review ([`ListRow::needs_review`]). Columns no
//! field takes travel with the row ([`ListRow::extra`]). Every data row is accounted for:
//! `rows_read == rows + rejects + blank`. Matching rows to persons (and to each other) is
//! the importer's job, done with each row's `line` kept.
//!
//! ```
//! use amparo_ingest::{read_list, ListStatus};
//! let csv = "Nombre;Apellidos;Cédula;Fecha de detención;Estado\n\
//!            Ana Lucía;Prado Ruiz;V-9.876.543;08/01/2026;Detenida\n";
//! let read = read_list(csv.as_bytes(), "lista.csv", None).unwrap();
//! let row = &read.rows[0];
//! assert_eq!(row.names[0].as_str(), "Ana Lucía Prado Ruiz");
//! assert_eq!(row.arrest_date.unwrap().to_string(), "2026-01-08");
//! assert_eq!(row.status, Some(ListStatus::Detained));
//! assert!(read.is_accounted());
//! ```
//!
//! Crates used, not rewritten: `csv` (quoting, record positions), `calamine` (workbooks),
//! `encoding_rs` (Windows-1252, UTF-16). Written here: header recognition and the
//! vocabularies (statuses, measures, demonyms, roles, Spanish dates), which no crate has.

mod cells;
mod country;
mod dates;
mod delimited;
mod encoding;
mod error;
mod facts;
mod header_words;
mod headers;
mod json;
mod limits;
mod list;
mod mapping;
mod model;
mod read;
mod roles;
mod row;
mod settle;
mod sheet;
mod status;
mod text;

pub use country::{is_venezuelan_state, parse_nationalities};
pub use dates::{from_excel_serial, parse_date};
pub use delimited::sniff_delimiter;
pub use encoding::{Decoded, decode};
pub use error::IngestError;
pub use facts::ProposedFact;
pub use limits::{MAX_CELL_CHARS, MAX_COLUMNS, MAX_NAME_CHARS};
pub use list::{ListRead, ListRow, ReadWarning, Reject, RowWarning};
pub use mapping::Mapping;
pub use model::{DateOrder, Field, Format, ListStatus};
pub use read::read_list;
pub use roles::{parse_roles, parse_sex};
pub use status::{parse_measures, parse_status};
