//! An explicit mapping overrides header recognition, and picks sheet, delimiter, encoding
//! and date order.

use crate::{at, fixture};
use amparo_ingest::{DateOrder, Field, IngestError, Mapping, read_list};

const MAPPING: &str = r#"
date_order = "mdy"
delimiter = ","
encoding = "latin1"

[columns]
"Preso" = "full-name"
"Doc." = "national-id"
"Cárcel actual" = "facility"
"Estado" = "region"
"Fecha" = "arrest-date"
"Columna interna" = "ignore"
"#;

#[test]
fn toml_mapping_overrides_detection_for_the_columns_it_names() {
    let mapping = Mapping::parse(MAPPING, "mapa.toml").unwrap();
    let text = "Preso,Doc.,Cárcel actual,Estado,Fecha,Columna interna,Observaciones\n\
                Ana Prado,V-9.876.543,Rodeo I,Detenida,01/13/2026,xyz,nota libre\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    let read = read_list(&bytes, "lista.csv", Some(&mapping)).unwrap();
    assert_eq!(read.encoding, "windows-1252");
    assert_eq!(read.date_order, DateOrder::Mdy);
    let fields: Vec<Option<Field>> = read.columns.iter().map(|(_, f)| *f).collect();
    assert_eq!(
        fields,
        [
            Some(Field::FullName),
            Some(Field::NationalId),
            Some(Field::Facility),
            Some(Field::Region),
            Some(Field::ArrestDate),
            None,
            Some(Field::Notes),
        ]
    );
    let ana = at(&read, 2);
    assert_eq!(
        ana.region.as_deref(),
        Some("Detenida"),
        "the mapping wins over the values"
    );
    assert_eq!(ana.arrest_date.unwrap().to_string(), "2026-01-13");
    assert_eq!(
        read.ignored_columns().collect::<Vec<_>>(),
        ["Columna interna"]
    );
}

#[test]
fn json_mapping_and_sheet_choice() {
    let mapping = Mapping::parse(
        r#"{"sheet": "otra hoja", "columns": {"Nombre": "full-name"}}"#,
        "m.json",
    )
    .unwrap();
    let read = read_list(&fixture("lista.xlsx"), "lista.xlsx", Some(&mapping)).unwrap();
    assert_eq!(read.sheet.as_deref(), Some("Otra hoja"));
    assert_eq!(read.rows[0].names[0].as_str(), "Invented Second Sheet");

    let missing = Mapping::parse(r#"sheet = "Nada""#, "m.toml").unwrap();
    let err = read_list(&fixture("lista.xlsx"), "lista.xlsx", Some(&missing)).unwrap_err();
    assert!(matches!(err, IngestError::SheetNotFound { .. }));
    assert!(err.to_string().contains("Detenidos"), "{err}");
}

#[test]
fn bad_mappings_say_what_is_wrong() {
    for (text, needle) in [
        ("[columns]\nNombre = \"apodo\"", "unknown field"),
        ("encoding = \"klingon\"", "encoding"),
        ("delimiter = \"##\"", "delimiter"),
        ("colums = {}", "colums"),
    ] {
        let err = Mapping::parse(text, "m.toml").unwrap_err().to_string();
        assert!(err.contains(needle), "{text}: {err}");
    }
}

#[test]
fn a_mapping_deserialises_inside_a_larger_configuration() {
    #[derive(serde::Deserialize)]
    struct Config {
        mapping: Mapping,
    }
    let config: Config = serde_json::from_str(
        r#"{"mapping": {"date_order": "mdy", "columns": {"Preso": "full-name"}}}"#,
    )
    .unwrap();
    assert_eq!(config.mapping.date_order, Some(DateOrder::Mdy));
    assert_eq!(config.mapping.column("PRESO"), Some(Some(Field::FullName)));
    let bad = serde_json::from_str::<Config>(r#"{"mapping": {"columns": {"Preso": "apodo"}}}"#);
    assert!(bad.is_err());
}
