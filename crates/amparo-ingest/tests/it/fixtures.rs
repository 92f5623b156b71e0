//! The committed fixtures read as their README says, so the CLI test can rely on them.

use crate::{at, fixture, reject_lines};
use amparo_domain::{ReleaseKind, ReleaseMeasure};
use amparo_ingest::{Field, Format, ListStatus, read_list};

#[test]
fn windows_1252_list_with_spanish_headers_reads_as_its_readme_says() {
    let read = read_list(&fixture("lista-cp1252.csv"), "lista-cp1252.csv", None).unwrap();
    assert_eq!(read.encoding, "windows-1252");
    assert_eq!(read.format, Format::Delimited { delimiter: ';' });
    assert_eq!(read.header_line, 1);
    assert_eq!(
        (
            read.rows_read,
            read.rows.len(),
            read.rejects.len(),
            read.blank
        ),
        (9, 7, 1, 1)
    );
    assert!(read.is_accounted());
    // issue 10: the impossible arrest date loses only itself; the person comes in, for
    // review, since the date was part of a fact.
    assert_eq!(reject_lines(&read), [5]);
    assert!(read.rejects[0].reason.contains("no usable name"));
    let luisa = at(&read, 4);
    assert_eq!(luisa.names[0].as_str(), "Luisa Elena Carvajal Pérez");
    assert_eq!(luisa.arrest_date, None);
    let warning = &luisa.warnings[0];
    assert_eq!(warning.column.as_deref(), Some("Fecha de detención"));
    assert_eq!(warning.field, Some(Field::ArrestDate));
    assert_eq!(warning.value.as_deref(), Some("31/02/2025"));
    assert!(warning.reason.contains("does not exist"), "{warning}");
    assert!(luisa.needs_review());
    let review: Vec<usize> = read.rows_needing_review().map(|r| r.line).collect();
    assert_eq!(review, [4]);

    let fields: Vec<Option<Field>> = read.columns.iter().map(|(_, f)| *f).collect();
    assert_eq!(
        fields,
        [
            Some(Field::GivenNames),
            Some(Field::Surnames),
            Some(Field::NationalId),
            Some(Field::ArrestDate),
            Some(Field::Facility),
            Some(Field::Region),
            Some(Field::Nationality),
            Some(Field::Released),
            Some(Field::Measures),
        ]
    );
    assert_eq!(read.columns[2].0, "Cédula", "decoded from Windows-1252");

    let maria = at(&read, 2);
    assert_eq!(maria.names[0].as_str(), "María Fernanda Quintero Salas");
    assert_eq!(maria.status, Some(ListStatus::Detained));
    assert_eq!(maria.arrest_date.unwrap().to_string(), "2026-01-08");
    assert_eq!(maria.national_id.as_ref().unwrap().digits(), "14235876");

    // The duplicated person keeps both lines, for the importer to report "row 7 matched row 3".
    let (first, again) = (at(&read, 3), at(&read, 7));
    assert_eq!(first.names, again.names);
    assert_eq!(first.national_id, again.national_id);
    assert_eq!(
        first
            .nationalities
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>(),
        ["VE", "ES"]
    );
    assert_eq!(
        first.status,
        Some(ListStatus::Released {
            kind: Some(ReleaseKind::Conditional)
        })
    );
    assert_eq!(
        first.measures,
        [
            ReleaseMeasure::Reporting { every_days: 30 },
            ReleaseMeasure::TravelBan
        ]
    );

    let andres = at(&read, 6);
    assert_eq!(andres.names[0].as_str(), "Andrés Eloy Baptista Núñez");
    assert_eq!(andres.release_date.unwrap().to_string(), "2026-01-10");
    assert_eq!(andres.arrest_date.unwrap().to_string(), "2026-01-03");
    assert_eq!(
        andres.status,
        Some(ListStatus::Released {
            kind: Some(ReleaseKind::HouseArrest)
        })
    );
    assert_eq!(
        andres.measures,
        [ReleaseMeasure::HouseArrest {
            electronic_monitor: true
        }]
    );

    let carmen = at(&read, 8);
    assert_eq!(
        carmen.facility.as_deref(),
        Some("Centro de Formación \"Hombre Nuevo\"; El Libertador")
    );
    assert_eq!(carmen.region.as_deref(), Some("Táchira"));

    let wilmer = at(&read, 9);
    assert_eq!(
        wilmer.status,
        Some(ListStatus::Released {
            kind: Some(ReleaseKind::Full)
        })
    );
    assert_eq!(wilmer.arrest_date.unwrap().to_string(), "2026-01");
}

fn check_workbook(name: &str, format: Format) {
    let read = read_list(&fixture(name), name, None).unwrap();
    assert_eq!(read.format, format);
    assert_eq!(read.sheet.as_deref(), Some("Detenidos"));
    assert_eq!(read.header_line, 3, "title and empty row above the header");
    assert_eq!(
        (
            read.rows_read,
            read.rows.len(),
            read.rejects.len(),
            read.blank
        ),
        (6, 4, 1, 1)
    );
    assert_eq!(reject_lines(&read), [8]);
    // issue 10: a bad birth date is a warning; it does not send the row to review.
    let bad_birth = at(&read, 7);
    assert_eq!(bad_birth.birth_date, None);
    assert_eq!(bad_birth.warnings[0].field, Some(Field::BirthDate));
    assert!(
        bad_birth.warnings[0].column.as_deref() == Some("Fecha de nacimiento"),
        "{:?}",
        bad_birth.warnings
    );
    assert!(!bad_birth.needs_review());

    let rosa = at(&read, 4);
    assert_eq!(rosa.record_id.as_deref(), Some("1"));
    assert_eq!(rosa.birth_date.unwrap().to_string(), "1985-04-12");
    assert_eq!(rosa.arrest_date.unwrap().to_string(), "2026-01-08");
    assert_eq!(rosa.national_id.as_ref().unwrap().digits(), "12345678");
    assert_eq!(rosa.status, Some(ListStatus::Detained));

    let pedro = at(&read, 5);
    assert_eq!(pedro.birth_date.unwrap().to_string(), "1979");
    assert_eq!(
        pedro.status,
        Some(ListStatus::Released {
            kind: Some(ReleaseKind::Conditional)
        })
    );

    let hector = at(&read, 9);
    assert_eq!(
        hector.arrest_date.unwrap().to_string(),
        "2025-01-10",
        "Excel serial"
    );
    assert_eq!(hector.status, Some(ListStatus::WhereaboutsUnknown));
}

#[test]
fn xlsx_fixture_reads_dates_serials_and_sheet_rows() {
    check_workbook("lista.xlsx", Format::Xlsx);
}

#[test]
fn ods_fixture_reads_like_the_xlsx_one() {
    check_workbook("lista.ods", Format::Ods);
}

#[test]
fn rows_propose_the_facts_their_columns_assert() {
    use amparo_domain::FactKind;
    let read = read_list(&fixture("lista-cp1252.csv"), "lista-cp1252.csv", None).unwrap();
    let kinds = |line| {
        at(&read, line)
            .proposed_facts()
            .into_iter()
            .map(|f| (f.kind.fact_type().as_str(), f.date.map(|d| d.to_string())))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        kinds(2),
        [
            ("arrest", Some("2026-01-08".to_owned())),
            ("detention", None),
            ("nationality", None)
        ]
    );
    let andres = at(&read, 6).proposed_facts();
    assert!(matches!(
        &andres[1].kind,
        FactKind::Release { release_kind: ReleaseKind::HouseArrest, measures } if measures.len() == 1
    ));
    assert_eq!(andres[1].date.unwrap().to_string(), "2026-01-10");
}
