//! Reading person lists from CSV: recognises FEBRL, the synthetic benchmark layout and
//! common Spanish headers, or takes an explicit mapping. The ground-truth column
//! (`entity_id`) is never read, even when present.

use crate::error::ResolveError;
use crate::normalize::fold;
use crate::record::Record;
use std::io::Read;

/// Header names (folded) that are ground truth and must never be read.
pub const TRUTH_COLUMNS: &[&str] = &["entity id", "entity", "cluster id", "true id"];

/// Explicit header names for the record fields; `None` means "recognise from the header".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnMapping {
    /// Record id column.
    pub id: Option<String>,
    /// Full printed name column.
    pub full_name: Option<String>,
    /// First given name column.
    pub first_name: Option<String>,
    /// Further given names column.
    pub middle_name: Option<String>,
    /// First surname column (or all surnames).
    pub surname_1: Option<String>,
    /// Second surname column.
    pub surname_2: Option<String>,
    /// Birth date column.
    pub birth_date: Option<String>,
    /// National id column.
    pub national_id: Option<String>,
    /// State/region column.
    pub region: Option<String>,
    /// Postal code column.
    pub postcode: Option<String>,
    /// Town/suburb column.
    pub locality: Option<String>,
    /// Street address column.
    pub address: Option<String>,
    /// Street number column (prepended to the address).
    pub street_number: Option<String>,
}

const ALIASES: [(&str, &[&str]); 13] = [
    (
        "id",
        &["rec id", "record id", "id", "id registro", "registro"],
    ),
    (
        "full_name",
        &[
            "full name",
            "name",
            "nombre completo",
            "nombre y apellido",
            "nombres y apellidos",
        ],
    ),
    (
        "first_name",
        &[
            "first name",
            "given name",
            "nombre",
            "nombres",
            "primer nombre",
            "given names",
        ],
    ),
    ("middle_name", &["middle name", "segundo nombre"]),
    (
        "surname_1",
        &[
            "surname 1",
            "surname",
            "last name",
            "apellido",
            "apellidos",
            "primer apellido",
            "apellido 1",
            "apellido paterno",
        ],
    ),
    (
        "surname_2",
        &[
            "surname 2",
            "segundo apellido",
            "apellido 2",
            "apellido materno",
        ],
    ),
    (
        "birth_date",
        &[
            "dob",
            "date of birth",
            "birth date",
            "fecha de nacimiento",
            "fecha nacimiento",
            "nacimiento",
        ],
    ),
    (
        "national_id",
        &[
            "cedula",
            "soc sec id",
            "national id",
            "ci",
            "documento",
            "cedula de identidad",
            "dni",
        ],
    ),
    ("region", &["state", "estado", "region", "provincia"]),
    (
        "postcode",
        &["postcode", "postal code", "zip", "codigo postal"],
    ),
    (
        "locality",
        &["suburb", "city", "ciudad", "municipio", "localidad"],
    ),
    ("address", &["address 1", "address", "direccion", "street"]),
    ("street_number", &["street number", "numero"]),
];

fn explicit(m: &ColumnMapping, field: &str) -> Option<String> {
    match field {
        "id" => m.id.clone(),
        "full_name" => m.full_name.clone(),
        "first_name" => m.first_name.clone(),
        "middle_name" => m.middle_name.clone(),
        "surname_1" => m.surname_1.clone(),
        "surname_2" => m.surname_2.clone(),
        "birth_date" => m.birth_date.clone(),
        "national_id" => m.national_id.clone(),
        "region" => m.region.clone(),
        "postcode" => m.postcode.clone(),
        "locality" => m.locality.clone(),
        "address" => m.address.clone(),
        "street_number" => m.street_number.clone(),
        _ => None,
    }
}

/// Column index per field (in `ALIASES` order), never pointing at a truth column.
fn resolve_columns(
    header: &[String],
    mapping: &ColumnMapping,
) -> Result<[Option<usize>; 13], ResolveError> {
    let folded: Vec<String> = header.iter().map(|h| fold(h)).collect();
    let mut cols = [None; 13];
    for (k, (field, aliases)) in ALIASES.iter().enumerate() {
        if let Some(name) = explicit(mapping, field) {
            let f = fold(&name);
            if TRUTH_COLUMNS.contains(&f.as_str()) {
                return Err(ResolveError::TruthColumn(name));
            }
            cols[k] = Some(
                folded
                    .iter()
                    .position(|h| *h == f)
                    .ok_or(ResolveError::UnknownColumn(name))?,
            );
        } else {
            cols[k] = aliases
                .iter()
                .find_map(|a| folded.iter().position(|h| h == a));
        }
    }
    // "nombre" with no surname column is the whole name, not the given names.
    if cols[4].is_none()
        && cols[5].is_none()
        && cols[1].is_none()
        && explicit(mapping, "first_name").is_none()
    {
        cols[1] = cols[2].take();
    }
    if cols[0].is_none() {
        return Err(ResolveError::MissingIdColumn);
    }
    if cols[1].is_none() && cols[2].is_none() && cols[4].is_none() {
        return Err(ResolveError::MissingNameColumn);
    }
    Ok(cols)
}

/// Person records read one at a time from CSV text with a header row, so that a large
/// list can be prepared in chunks instead of held whole.
pub struct RecordReader<R: Read> {
    rdr: csv::Reader<R>,
    cols: [Option<usize>; 13],
    row: csv::ByteRecord,
}

impl<R: Read> RecordReader<R> {
    /// Read the header and recognise (or map) the columns.
    pub fn new(input: R, mapping: &ColumnMapping) -> Result<Self, ResolveError> {
        let mut rdr = csv::ReaderBuilder::new()
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(input);
        let header: Vec<String> = rdr
            .byte_headers()?
            .iter()
            .map(|h| String::from_utf8_lossy(h).into_owned())
            .collect();
        let cols = resolve_columns(&header, mapping)?;
        Ok(RecordReader {
            rdr,
            cols,
            row: csv::ByteRecord::new(),
        })
    }

    /// Overwrite `rec` with the next row; `false` at the end of the input.
    pub fn read_into(&mut self, rec: &mut Record) -> Result<bool, ResolveError> {
        if !self.rdr.read_byte_record(&mut self.row)? {
            return Ok(false);
        }
        let (cols, row) = (&self.cols, &self.row);
        let set = |k: usize, out: &mut String| {
            out.clear();
            if let Some(b) = cols[k].and_then(|c| row.get(c)) {
                out.push_str(&String::from_utf8_lossy(b));
            }
        };
        set(0, &mut rec.id);
        set(1, &mut rec.full_name);
        set(2, &mut rec.first_name);
        set(3, &mut rec.middle_name);
        set(4, &mut rec.surname_1);
        set(5, &mut rec.surname_2);
        set(6, &mut rec.birth_date);
        set(7, &mut rec.national_id);
        set(8, &mut rec.region);
        set(9, &mut rec.postcode);
        set(10, &mut rec.locality);
        set(11, &mut rec.address);
        if let Some(street) = cols[12].and_then(|c| row.get(c)).filter(|b| !b.is_empty()) {
            let street = String::from_utf8_lossy(street);
            rec.address = if rec.address.is_empty() {
                street.into_owned()
            } else {
                format!("{street} {}", rec.address)
            };
        }
        Ok(true)
    }
}

/// Read all person records from CSV text with a header row.
pub fn read_records<R: Read>(
    input: R,
    mapping: &ColumnMapping,
) -> Result<Vec<Record>, ResolveError> {
    let mut reader = RecordReader::new(input, mapping)?;
    let mut out = Vec::new();
    let mut rec = Record::default();
    while reader.read_into(&mut rec)? {
        out.push(std::mem::take(&mut rec));
    }
    Ok(out)
}
