//! The list reader: recognised headers, explicit mappings, and the truth column.

use amparo_resolve::{ColumnMapping, ResolveError, read_records};

#[test]
fn reads_febrl_columns() {
    let csv = "rec_id,entity_id,given_name,surname,street_number,address_1,address_2,suburb,postcode,state,date_of_birth,soc_sec_id\n\
               rec-1-org,1,ana,perez,7,calle uno,,centro,1010,dc,19560409,1804974\n";
    let r = read_records(csv.as_bytes(), &ColumnMapping::default()).unwrap();
    assert_eq!(r[0].id, "rec-1-org");
    assert_eq!(r[0].first_name, "ana");
    assert_eq!(r[0].surname_1, "perez");
    assert_eq!(r[0].birth_date, "19560409");
    assert_eq!(r[0].national_id, "1804974");
    assert_eq!(r[0].address, "7 calle uno");
}

#[test]
fn reads_synthetic_columns() {
    let csv = "record_id,entity_id,source,full_name,first_name,middle_name,surname_1,surname_2,dob,cedula,state\n\
               3,77,ngo,\"ROJAS PAZ, Ana Luisa\",Ana,Luisa,Rojas,Paz,1990-01-02,V-1.234.567,Lara\n";
    let r = read_records(csv.as_bytes(), &ColumnMapping::default()).unwrap();
    assert_eq!(r[0].id, "3");
    assert_eq!(r[0].middle_name, "Luisa");
    assert_eq!(r[0].surname_2, "Paz");
    assert_eq!(r[0].national_id, "V-1.234.567");
    assert_eq!(r[0].region, "Lara");
}

#[test]
fn reads_spanish_headers() {
    let csv = "id,Nombre,Apellidos,Cédula,Fecha de nacimiento\n9,José María,Basoa Pérez,V-12.345.678,1970-05-06\n";
    let r = read_records(csv.as_bytes(), &ColumnMapping::default()).unwrap();
    assert_eq!(r[0].first_name, "José María");
    assert_eq!(r[0].surname_1, "Basoa Pérez");
    assert_eq!(r[0].national_id, "V-12.345.678");
    assert_eq!(r[0].birth_date, "1970-05-06");
}

#[test]
fn never_reads_the_truth_column() {
    // The entity_id values would make the two rows one person; the reader must not see them.
    let csv = "record_id,entity_id,full_name\n1,5,Ana Rojas\n2,5,Pedro Paz\n";
    let r = read_records(csv.as_bytes(), &ColumnMapping::default()).unwrap();
    let text = format!("{r:?}");
    assert!(
        !text.contains("\"5\""),
        "truth value leaked into records: {text}"
    );
    let mapping = ColumnMapping {
        national_id: Some("entity_id".into()),
        ..ColumnMapping::default()
    };
    assert!(matches!(
        read_records(csv.as_bytes(), &mapping),
        Err(ResolveError::TruthColumn(_))
    ));
}

#[test]
fn explicit_mapping_is_used() {
    let csv = "codigo,persona,doc\nA1,Ana Rojas,123456\n";
    let mapping = ColumnMapping {
        id: Some("codigo".into()),
        full_name: Some("persona".into()),
        national_id: Some("doc".into()),
        ..ColumnMapping::default()
    };
    let r = read_records(csv.as_bytes(), &mapping).unwrap();
    assert_eq!(
        (
            r[0].id.as_str(),
            r[0].full_name.as_str(),
            r[0].national_id.as_str()
        ),
        ("A1", "Ana Rojas", "123456")
    );
}

#[test]
fn missing_id_column_is_an_error() {
    let csv = "full_name\nAna Rojas\n";
    assert!(matches!(
        read_records(csv.as_bytes(), &ColumnMapping::default()),
        Err(ResolveError::MissingIdColumn)
    ));
}
