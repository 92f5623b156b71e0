//! The bugs testers measured in issues 10 and 14, through `read_list`: encoding decided on
//! evidence, nothing of a row lost, English headers and a status date, hostile lengths.

use crate::{at, reject_lines};
use amparo_domain::FactKind;
use amparo_ingest::{
    Field, ListStatus, MAX_CELL_CHARS, MAX_COLUMNS, MAX_NAME_CHARS, Mapping, read_list,
};

#[test]
fn issue_14_one_stray_byte_in_row_300_keeps_the_file_utf8() {
    let mut bytes = "Nombre;Cédula;Situación\n".as_bytes().to_vec();
    for i in 1..300 {
        bytes.extend_from_slice(
            format!("José Núñez Peña;V-{};Detenido\n", 1_000_000 + i).as_bytes(),
        );
    }
    let offset = bytes.len() + 3;
    bytes.extend_from_slice(b"Jos\xE9 Ib\xC3\xA1\xC3\xB1ez;V-2000000;Detenido\n");
    let read = read_list(&bytes, "lista.csv", None).unwrap();
    assert_eq!(read.encoding, "UTF-8");
    assert_eq!(
        read.columns[1],
        ("Cédula".to_owned(), Some(Field::NationalId))
    );
    assert_eq!(at(&read, 2).names[0].as_str(), "José Núñez Peña");
    let kept = read.rows.iter().filter(|r| r.national_id.is_some()).count();
    assert_eq!(kept, 300, "every cédula is kept");
    assert_eq!(read.warnings.len(), 1);
    assert_eq!(
        (read.warnings[0].line, read.warnings[0].offset),
        (301, Some(offset))
    );
    let damaged = at(&read, 301);
    assert_eq!(damaged.names[0].as_str(), "Jos\u{FFFD} Ibáñez");
    assert_eq!(damaged.warnings[0].field, Some(Field::FullName));
    assert!(
        damaged.needs_review(),
        "a damaged name is checked by a person"
    );
}

#[test]
fn issue_14_a_windows_1252_list_still_reads_as_windows_1252() {
    let text = "Nombre;Cédula\nJosé Núñez;V-1234567\nIñaki Peña;V-7654321\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    let read = read_list(&bytes, "lista.csv", None).unwrap();
    assert_eq!(read.encoding, "windows-1252");
    assert!(read.warnings.is_empty());
    assert_eq!(at(&read, 3).names[0].as_str(), "Iñaki Peña");
}

const ENGLISH: &str = "name,id_number,detention_date,place,status,status_date,charges\n\
    Ana Prado,V-9.876.543,2025-11-03,Rodeo I,released,2026-01-09,\"terrorism, incitement\"\n\
    Luis Ochoa,12345678,2024,El Helicoide,detained,2025-12-29,\n";

#[test]
fn issue_10_english_headers_and_a_status_date() {
    let read = read_list(ENGLISH.as_bytes(), "list.csv", None).unwrap();
    let fields: Vec<Option<Field>> = read.columns.iter().map(|(_, f)| *f).collect();
    assert_eq!(
        fields,
        [
            Some(Field::FullName),
            Some(Field::NationalId),
            Some(Field::ArrestDate),
            Some(Field::Facility),
            Some(Field::Status),
            Some(Field::StatusDate),
            None,
        ]
    );
    let ana = at(&read, 2);
    assert_eq!(ana.status_date.unwrap().to_string(), "2026-01-09");
    let release = ana
        .proposed_facts()
        .into_iter()
        .find(|f| matches!(f.kind, FactKind::Release { .. }))
        .unwrap();
    assert_eq!(release.date.unwrap().to_string(), "2026-01-09");
    let luis = at(&read, 3);
    assert_eq!(luis.status, Some(ListStatus::Detained));
    let detention = luis
        .proposed_facts()
        .into_iter()
        .find(|f| matches!(f.kind, FactKind::Detention { .. }))
        .unwrap();
    assert_eq!(detention.date.unwrap().to_string(), "2025-12-29");
}

#[test]
fn issue_14_columns_no_field_takes_travel_with_the_row() {
    let read = read_list(ENGLISH.as_bytes(), "list.csv", None).unwrap();
    assert_eq!(read.ignored_columns().collect::<Vec<_>>(), ["charges"]);
    assert_eq!(
        at(&read, 2).extra,
        [("charges".to_owned(), "terrorism, incitement".to_owned())]
    );
    assert!(at(&read, 3).extra.is_empty(), "empty cells are not carried");
    // A second column for a one-column field, and cells past the last header, too.
    let csv = "Nombre;Cédula;Cédula\nAna Prado;V-1234567;V-7654321;suelto\n";
    let read = read_list(csv.as_bytes(), "a.csv", None).unwrap();
    assert_eq!(
        at(&read, 2).extra,
        [
            ("Cédula".to_owned(), "V-7654321".to_owned()),
            ("column 4".to_owned(), "suelto".to_owned())
        ]
    );
}

#[test]
fn a_column_the_mapping_ignores_is_not_carried() {
    let mapping = Mapping::parse("[columns]\n\"Interna\" = \"ignore\"\n", "m.toml").unwrap();
    let csv = "Nombre;Interna;Otra\nAna Prado;secreto;visible\n";
    let read = read_list(csv.as_bytes(), "a.csv", Some(&mapping)).unwrap();
    assert_eq!(
        at(&read, 2).extra,
        [("Otra".to_owned(), "visible".to_owned())]
    );
}

#[test]
fn issue_14_a_million_character_name_is_a_reject_with_its_line() {
    let mut csv = String::from("Nombre;Observaciones\nAna Prado;corta\n");
    csv.push_str(&"A".repeat(1_000_000));
    csv.push_str(";nota\nLuis Ochoa;");
    csv.push_str(&"ñ".repeat(MAX_CELL_CHARS + 5));
    csv.push('\n');
    let read = read_list(csv.as_bytes(), "a.csv", None).unwrap();
    assert!(read.is_accounted());
    assert_eq!(reject_lines(&read), [3]);
    let reject = &read.rejects[0];
    assert_eq!(reject.column.as_deref(), Some("Nombre"));
    assert!(
        reject.reason.contains("1000000 characters")
            && reject.reason.contains(&MAX_NAME_CHARS.to_string()),
        "{}",
        reject.reason
    );
    assert!(reject.value.as_ref().unwrap().chars().count() <= 81);
    // A long note is cut, with a warning, and the row kept.
    let luis = at(&read, 4);
    assert_eq!(luis.notes.as_ref().unwrap().chars().count(), MAX_CELL_CHARS);
    assert_eq!(luis.warnings[0].field, Some(Field::Notes));
    assert!(!luis.needs_review());
}

#[test]
fn a_table_wider_than_any_list_is_refused() {
    let mut csv = String::from("Nombre");
    csv.push_str(&";Nombre".repeat(MAX_COLUMNS));
    csv.push_str("\nAna\n");
    let err = read_list(csv.as_bytes(), "a.csv", None).unwrap_err();
    assert!(err.to_string().contains("columns"), "{err}");
}
