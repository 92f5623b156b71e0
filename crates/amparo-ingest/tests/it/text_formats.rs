//! Delimited text and JSON: encodings, delimiters, quoting, line numbers, header variants.

use crate::{at, reject_lines};
use amparo_domain::{PersonRole, ReleaseKind, Sex};
use amparo_ingest::{DateOrder, Field, Format, IngestError, ListStatus, read_list};

const SPANISH: &str = "Nombre;Apellidos;Cédula;Fecha de detención;Estado\n\
Ana Lucía;Prado Ruiz;V-9.876.543;08/01/2026;Detenida\n\
Iñaki;Ezcurra Peña;V-11.222.333;2025-12-30;Excarcelado\n";

#[test]
fn utf8_with_bom_is_read_and_the_bom_is_not_part_of_the_first_header() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(SPANISH.as_bytes());
    let read = read_list(&bytes, "lista.csv", None).unwrap();
    assert_eq!(read.encoding, "UTF-8 (BOM)");
    assert_eq!(
        read.columns[0],
        ("Nombre".to_owned(), Some(Field::GivenNames))
    );
    assert_eq!(at(&read, 3).names[0].as_str(), "Iñaki Ezcurra Peña");
}

#[test]
fn plain_utf8_and_windows_1252_read_alike() {
    let utf8 = read_list(SPANISH.as_bytes(), "a.csv", None).unwrap();
    let (cp1252, _, unmappable) = encoding_rs::WINDOWS_1252.encode(SPANISH);
    assert!(!unmappable);
    let latin = read_list(&cp1252, "a.csv", None).unwrap();
    assert_eq!(utf8.encoding, "UTF-8");
    assert_eq!(latin.encoding, "windows-1252");
    assert_eq!(utf8.rows, latin.rows);
}

#[test]
fn utf16_text_with_a_bom_is_read() {
    let tsv = SPANISH.replace(';', "\t");
    let mut bytes = vec![0xFF, 0xFE];
    for unit in tsv.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let read = read_list(&bytes, "export.txt", None).unwrap();
    assert_eq!(read.encoding, "UTF-16LE");
    assert_eq!(read.format, Format::Delimited { delimiter: '\t' });
    assert_eq!(read.rows.len(), 2);
}

#[test]
fn estado_with_statuses_is_the_status() {
    let read = read_list(SPANISH.as_bytes(), "a.csv", None).unwrap();
    assert_eq!(read.columns[4].1, Some(Field::Status));
    assert_eq!(at(&read, 2).status, Some(ListStatus::Detained));
    assert_eq!(
        at(&read, 3).status,
        Some(ListStatus::Released {
            kind: Some(ReleaseKind::Conditional)
        })
    );
}

#[test]
fn quoted_fields_with_delimiters_and_newlines_keep_line_numbers() {
    let csv = "nombre completo,cédula,observaciones\r\n\
               \"Pérez, Juan Carlos\",V-12.345.678,\"detenido en la calle,\r\nsin orden judicial\r\ny sin abogado\"\r\n\
               Rosa Elvira Campos,V-3.222.111,\r\n\
               ,V-1.111.111,sin nombre\r\n\
               \"Gómez\"\"El Flaco\"\" Tovar\",,\r\n";
    let read = read_list(csv.as_bytes(), "a.csv", None).unwrap();
    assert_eq!(read.format, Format::Delimited { delimiter: ',' });
    assert_eq!(at(&read, 2).names[0].as_str(), "Pérez, Juan Carlos");
    assert!(
        at(&read, 2)
            .notes
            .as_deref()
            .unwrap()
            .contains("sin abogado")
    );
    assert_eq!(at(&read, 5).names[0].as_str(), "Rosa Elvira Campos");
    assert_eq!(reject_lines(&read), [6]);
    assert_eq!(at(&read, 7).names[0].as_str(), "Gómez\"El Flaco\" Tovar");
    assert!(read.is_accounted());
}

#[test]
fn leading_empty_lines_and_a_title_above_the_header() {
    let csv = "\n\nLista al 29/12/2025;;\n;;\nN°;Nombres y apellidos;Situación\n1;Ana Prado;detenida\n2;;\n";
    let read = read_list(csv.as_bytes(), "a.csv", None).unwrap();
    assert_eq!(read.header_line, 5);
    assert_eq!(at(&read, 6).record_id.as_deref(), Some("1"));
    assert_eq!((read.rows.len(), read.rejects.len(), read.blank), (1, 0, 1));
}

#[test]
fn english_headers_comma_csv_and_separate_surnames() {
    let csv = "Record ID,First name,Last name,Sex,Date of birth,Nationality,Occupation,Arrest date,Prison,Status,Release date,Conditions\n\
               A-1,Laura,Méndez,F,1990,Spanish,journalist,\"January 8, 2026\",El Helicoide,released,2026-01-14,\"report every 15 days; travel ban\"\n";
    let read = read_list(csv.as_bytes(), "list.csv", None).unwrap();
    let row = at(&read, 2);
    assert_eq!(row.record_id.as_deref(), Some("A-1"));
    assert_eq!(row.names[0].as_str(), "Laura Méndez");
    assert_eq!(row.sex, Some(Sex::Female));
    assert_eq!(row.nationalities[0].as_str(), "ES");
    assert_eq!(row.roles, [PersonRole::Journalist]);
    assert_eq!(row.arrest_date.unwrap().to_string(), "2026-01-08");
    assert_eq!(row.release_date.unwrap().to_string(), "2026-01-14");
    assert_eq!(
        row.status,
        Some(ListStatus::Released {
            kind: Some(ReleaseKind::Conditional)
        }),
        "measures make a bare 'released' conditional"
    );
    assert!(
        read.ignored_columns().next().is_none(),
        "{:?}",
        read.columns
    );
}

#[test]
fn first_and_second_surname_columns_and_name_alone_as_full_name() {
    let csv = "Nombres|Primer apellido|Segundo apellido\nCarlos Luis|Rivas|Ochoa\n";
    let read = read_list(csv.as_bytes(), "a.txt", None).unwrap();
    assert_eq!(read.format, Format::Delimited { delimiter: '|' });
    assert_eq!(at(&read, 2).surnames.as_deref(), Some("Rivas Ochoa"));
    assert_eq!(at(&read, 2).names[0].as_str(), "Carlos Luis Rivas Ochoa");

    let csv = "Nombre\tEstado\nCARLOS LUIS RIVAS OCHOA\tZulia\n";
    let read = read_list(csv.as_bytes(), "a.tsv", None).unwrap();
    assert_eq!(read.columns[0].1, Some(Field::FullName));
    assert_eq!(read.columns[1].1, Some(Field::Region), "Zulia is a state");
}

#[test]
fn month_first_dates_are_noticed_when_only_they_fit() {
    let csv = "name,arrest date\nA Uno,01/13/2026\nB Dos,02/01/2026\n";
    let read = read_list(csv.as_bytes(), "a.csv", None).unwrap();
    assert_eq!(read.date_order, DateOrder::Mdy);
    assert_eq!(at(&read, 3).arrest_date.unwrap().to_string(), "2026-02-01");
}

#[test]
fn bad_optional_values_are_warnings_with_the_column_and_value() {
    // issue 10: one unreadable optional cell must not lose the person.
    let csv = "nombre;cédula;nacionalidad;fecha de detención;sexo\n\
               Ana Uno;V-12#45;venezolana;2026-01-08;F\n\
               Ana Dos;;marciana;2026-01-08;F\n\
               Ana Tres;;venezolana;2018 (según X) / 2020-09 (según Y);F\n\
               Total 863;;;;\n\
               Ana Cuatro;;venezolana;;Z\n\
               Ana Cinco;N/A;s/i;-;?\n";
    let read = read_list(csv.as_bytes(), "a.csv", None).unwrap();
    assert_eq!(
        reject_lines(&read),
        [5],
        "only the row without a usable name"
    );
    assert!(read.rejects[0].reason.contains("digits"));
    assert!(read.is_accounted());
    let only = |line| {
        let row = at(&read, line);
        assert_eq!(row.warnings.len(), 1, "{:?}", row.warnings);
        row.warnings[0].clone()
    };
    let cedula = only(2);
    assert_eq!(
        (
            cedula.line,
            cedula.column.as_deref(),
            cedula.value.as_deref()
        ),
        (2, Some("cédula"), Some("V-12#45"))
    );
    assert!(at(&read, 2).national_id.is_none());
    assert_eq!(at(&read, 2).arrest_date.unwrap().to_string(), "2026-01-08");
    assert_eq!(only(3).value.as_deref(), Some("marciana"));
    let date = only(4);
    assert_eq!(date.field, Some(Field::ArrestDate));
    assert_eq!(
        date.value.as_deref(),
        Some("2018 (según X) / 2020-09 (según Y)")
    );
    assert_eq!(
        at(&read, 4).sex,
        Some(Sex::Female),
        "the rest of the row is read"
    );
    assert_eq!(only(6).field, Some(Field::Sex));
    assert!(at(&read, 7).warnings.is_empty(), "placeholders are empty");
    // The id, the nationality and the arrest date matter for identity or a fact; sex not.
    let review: Vec<usize> = read.rows_needing_review().map(|r| r.line).collect();
    assert_eq!(review, [2, 3, 4]);
}

#[test]
fn a_file_without_a_name_column_is_an_error_that_lists_the_columns() {
    let err = read_list(b"foo;bar\n1;2\n", "a.csv", None).unwrap_err();
    assert!(matches!(err, IngestError::NoNameColumn { .. }));
    assert!(err.to_string().contains("\"foo\""));
    assert!(matches!(
        read_list(b"  \n", "a.csv", None),
        Err(IngestError::Empty)
    ));
}

#[test]
fn json_array_of_objects_with_lines_and_arrays() {
    let json = r#"[
  {"nombre": "Ana Prado", "nacionalidades": ["VE", "ES"], "situacion": "detenida",
   "fecha_detencion": "2026-01-08"},
  {"nombre": "", "situacion": "detenido"},
  7,
  {"nombre": "Luis Díaz", "cedula": 12345678, "profesion": "abogado", "nota": null}
]"#;
    let read = read_list(json.as_bytes(), "lista.json", None).unwrap();
    assert_eq!(read.format, Format::Json);
    assert_eq!(at(&read, 2).nationalities.len(), 2);
    assert_eq!(at(&read, 2).arrest_date.unwrap().to_string(), "2026-01-08");
    assert_eq!(reject_lines(&read), [4, 5]);
    let luis = at(&read, 6);
    assert_eq!(luis.national_id.as_ref().unwrap().digits(), "12345678");
    assert_eq!(luis.roles, [PersonRole::Lawyer]);
    assert!(read.is_accounted());
}

#[test]
fn jsonl_lines_that_do_not_parse_are_rejects() {
    let jsonl = "{\"full name\": \"Ana Prado\", \"status\": \"released\", \"measures\": \"house arrest\"}\n\
                 \n\
                 {\"full name\": \"Luis\n\
                 {\"full name\": \"Pedro Páez\", \"status\": \"whereabouts unknown\"}\n";
    let read = read_list(jsonl.as_bytes(), "x.jsonl", None).unwrap();
    assert_eq!(read.format, Format::Jsonl);
    assert_eq!(
        at(&read, 1).status,
        Some(ListStatus::Released {
            kind: Some(ReleaseKind::HouseArrest)
        })
    );
    assert_eq!(reject_lines(&read), [3]);
    assert_eq!(at(&read, 4).status, Some(ListStatus::WhereaboutsUnknown));
    // Told apart from a CSV by its first character when the name says nothing.
    assert_eq!(
        read_list(jsonl.as_bytes(), "x", None).unwrap().format,
        Format::Jsonl
    );
}

#[test]
fn measures_decide_the_kind_of_a_release() {
    let csv = "nombre;situación;medidas\n\
               Ana Uno;excarcelada;arresto domiciliario\n\
               Ana Dos;;presentación cada 8 días\n\
               Ana Tres;libertad plena;prohibición de salida del país\n\
               Ana Cuatro;liberada;\n";
    let read = read_list(csv.as_bytes(), "a.csv", None).unwrap();
    let kind = |line| at(&read, line).status;
    let released = |k| Some(ListStatus::Released { kind: k });
    assert_eq!(kind(2), released(Some(ReleaseKind::HouseArrest)));
    assert_eq!(kind(3), released(Some(ReleaseKind::Conditional)));
    assert_eq!(kind(4), released(Some(ReleaseKind::Full)));
    assert!(
        !at(&read, 4).warnings.is_empty(),
        "full release with measures is flagged"
    );
    assert_eq!(kind(5), released(None));
}

#[test]
fn excel_sep_line_gives_the_delimiter_and_is_not_a_row() {
    let csv = "sep=;\r\nNombre completo;Fecha de detención\r\nAna, la de Petare;8/1/2026\r\n";
    let read = read_list(csv.as_bytes(), "a.csv", None).unwrap();
    assert_eq!(read.format, Format::Delimited { delimiter: ';' });
    assert_eq!(read.header_line, 2);
    assert_eq!(at(&read, 3).names[0].as_str(), "Ana, la de Petare");
    assert_eq!(read.rows_read, 1);
}
