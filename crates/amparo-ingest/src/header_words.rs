//! The words of list headers, Spanish and English, and what each says about its column:
//! "Cédula de identidad" is the national id, "Fecha de detención" the arrest date,
//! "Estado" either the state or the status (decided later, by the values).

use crate::model::Field;
use crate::text::{fold, has_any};

/// What a header alone says about its column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guess {
    Field(Field),
    /// "nombre(s)": the full name, unless another column holds the surnames.
    NameOrGiven,
    /// "estado": the Venezuelan state or the custody status, as the values say.
    Estado,
    /// "id": the *cédula* or the list's record id, as the values say.
    IdOrRecord,
    Unknown,
}

/// Exact folded headers.
const EXACT: &[(&str, Field)] = &[
    ("nro", Field::RecordId),
    ("no", Field::RecordId),
    ("n", Field::RecordId),
    ("num", Field::RecordId),
    ("numero", Field::RecordId),
    ("item", Field::RecordId),
    ("record id", Field::RecordId),
    ("registro", Field::RecordId),
    ("codigo", Field::RecordId),
    ("name", Field::FullName),
    ("names", Field::FullName),
    ("full name", Field::FullName),
    ("nombre completo", Field::FullName),
    ("person", Field::FullName),
    ("persona", Field::FullName),
    ("first name", Field::GivenNames),
    ("first names", Field::GivenNames),
    ("given name", Field::GivenNames),
    ("given names", Field::GivenNames),
    ("forename", Field::GivenNames),
    ("last name", Field::Surnames),
    ("surname", Field::Surnames),
    ("surnames", Field::Surnames),
    ("family name", Field::Surnames),
    ("ci", Field::NationalId),
    ("c i", Field::NationalId),
    ("cedula", Field::NationalId),
    ("documento", Field::NationalId),
    ("dni", Field::NationalId),
    ("national id", Field::NationalId),
    ("id number", Field::NationalId),
    ("id no", Field::NationalId),
    ("cedula de identidad", Field::NationalId),
    ("d o b", Field::BirthDate),
    ("sexo", Field::Sex),
    ("genero", Field::Sex),
    ("sex", Field::Sex),
    ("gender", Field::Sex),
    ("edad", Field::Age),
    ("age", Field::Age),
    ("dob", Field::BirthDate),
    ("nacimiento", Field::BirthDate),
    ("pais", Field::Nationality),
    ("country", Field::Nationality),
    ("citizenship", Field::Nationality),
    ("rol", Field::Role),
    ("role", Field::Role),
    ("cargo", Field::Role),
    ("oficio", Field::Role),
    ("perfil", Field::Role),
    ("civil militar", Field::Role),
    ("civil o militar", Field::Role),
    ("militar civil", Field::Role),
    ("facility", Field::Facility),
    ("prison", Field::Facility),
    ("place", Field::Facility),
    ("location", Field::Facility),
    ("penal", Field::Facility),
    ("carcel", Field::Facility),
    ("reclusion", Field::Facility),
    ("state", Field::Region),
    ("region", Field::Region),
    ("entidad", Field::Region),
    ("entidad federal", Field::Region),
    ("situacion", Field::Status),
    ("status", Field::Status),
    ("estatus", Field::Status),
    ("condicion", Field::Status),
    ("excarcelado", Field::Released),
    ("excarcelada", Field::Released),
    ("excarcelados", Field::Released),
    ("liberado", Field::Released),
    ("liberada", Field::Released),
    ("released", Field::Released),
    ("medidas", Field::Measures),
    ("conditions", Field::Measures),
    ("measures", Field::Measures),
    ("condiciones", Field::Measures),
    ("observaciones", Field::Notes),
    ("observacion", Field::Notes),
    ("notas", Field::Notes),
    ("nota", Field::Notes),
    ("notes", Field::Notes),
    ("comentarios", Field::Notes),
    ("comments", Field::Notes),
    ("remarks", Field::Notes),
    ("detalles", Field::Notes),
];

pub fn guess(header: &str) -> Guess {
    let h = fold(header);
    if h.is_empty() {
        return Guess::Unknown;
    }
    if let Some((_, field)) = EXACT.iter().find(|(k, _)| *k == h) {
        return Guess::Field(*field);
    }
    let any = |words: &[&str]| has_any(&h, words);
    let field = if h == "estado" || h == "edo" {
        return Guess::Estado;
    } else if h == "id" {
        return Guess::IdOrRecord;
    } else if any(&["estado civil", "marital*"]) {
        return Guess::Unknown;
    } else if any(&["fecha", "date", "dia", "f", "fec"])
        && any(&["nac", "nacimiento", "nacid*", "birth*", "born"])
    {
        Field::BirthDate
    } else if any(&["excarcel*", "liber*", "release*", "salida", "freed"])
        && any(&["fecha", "date", "el", "on", "dia"])
    {
        Field::ReleaseDate
    } else if any(&[
        "detenc*",
        "detenid*",
        "arrest*",
        "captur*",
        "aprehen*",
        "detain*",
        "detention date",
    ]) && any(&["fecha", "date", "el", "on", "dia", "desde", "since"])
    {
        Field::ArrestDate
    } else if any(&["status", "estatus", "situacion*", "condicion", "estado"])
        && any(&["fecha", "date"])
    {
        // Only with a date word: "Estatus al 15/01/2026" is the status as of that day.
        Field::StatusDate
    } else if any(&["lugar", "place", "sitio", "location", "where"])
        && any(&["arrest*", "captur*", "aprehen*", "detained", "detenid*"])
    {
        // Where the arrest happened, not where the person is held.
        Field::Region
    } else if any(&["nombre*", "name*"]) && any(&["apellido*", "surname*", "last"]) {
        Field::FullName
    } else if any(&["primer apellido", "first surname", "apellido paterno"]) {
        Field::FirstSurname
    } else if any(&["segundo apellido", "second surname", "apellido materno"]) {
        Field::SecondSurname
    } else if any(&["apellido*", "surname*", "last name*", "family name*"]) {
        Field::Surnames
    } else if any(&[
        "nombre completo",
        "full name",
        "nombre y apellido*",
        "nombres y apellido*",
    ]) {
        Field::FullName
    } else if any(&[
        "primer nombre",
        "first name*",
        "given name*",
        "nombre de pila",
    ]) {
        Field::GivenNames
    } else if h == "nombre"
        || h == "nombres"
        || any(&["nombre", "nombres"])
            && !any(&[
                "centro", "carcel", "lugar", "madre", "padre", "familiar", "abogado",
            ])
    {
        return Guess::NameOrGiven;
    } else if any(&["nacionalidad*", "nationalit*", "ciudadania", "citizenship"]) {
        Field::Nationality
    } else if any(&[
        "cedula*",
        "c i",
        "ci",
        "documento*",
        "dni",
        "national id*",
        "identity*",
        "identidad",
        "id number",
        "v e",
    ]) {
        Field::NationalId
    } else if any(&["record id", "nro*", "numero", "n de", "no de"]) {
        Field::RecordId
    } else if any(&["sexo", "genero", "sex", "gender"]) {
        Field::Sex
    } else if any(&["fecha de nacimiento", "birth*", "f nac", "fec nac"]) {
        Field::BirthDate
    } else if any(&["edad", "age"]) {
        Field::Age
    } else if any(&[
        "profesion*",
        "ocupacion*",
        "oficio",
        "rol",
        "role*",
        "occupation*",
        "profession*",
        "actividad",
        "perfil",
        "militar*",
        "tipo de preso",
    ]) {
        Field::Role
    } else if any(&[
        "reclusion",
        "centro*",
        "carcel*",
        "prision*",
        "penitenciari*",
        "facility",
        "prison",
        "detention center*",
        "detention centre*",
        "place of detention",
        "lugar de detencion",
        "held at",
        "recinto*",
        "internado",
        "recluid*",
        "held in",
        "where held",
        "detention facility",
        "detention site",
        "penal",
    ]) {
        Field::Facility
    } else if any(&[
        "situacion*",
        "status",
        "estatus",
        "condicion actual",
        "custodia",
        "custody",
    ]) {
        Field::Status
    } else if any(&["excarcel*", "liberad*", "released"]) {
        Field::Released
    } else if any(&["detenc*", "arrest*", "detained*", "detenid*"]) {
        Field::ArrestDate
    } else if any(&[
        "medida*",
        "condiciones",
        "conditions",
        "measures",
        "restricciones",
        "restrictions",
        "regimen*",
    ]) {
        Field::Measures
    } else if any(&[
        "observacion*",
        "nota*",
        "notes",
        "comentario*",
        "comment*",
        "remarks",
        "detalle*",
        "informacion adicional",
    ]) {
        Field::Notes
    } else if any(&["estado", "edo"]) {
        return Guess::Estado;
    } else if any(&["state", "region", "entidad", "municipio de detencion"]) {
        Field::Region
    } else if any(&["id"]) {
        Field::RecordId
    } else {
        return Guess::Unknown;
    };
    Guess::Field(field)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(h: &str) -> Option<Field> {
        match guess(h) {
            Guess::Field(f) => Some(f),
            _ => None,
        }
    }

    #[test]
    fn spanish_and_english_headers() {
        assert_eq!(field("Cédula de Identidad"), Some(Field::NationalId));
        assert_eq!(field("C.I."), Some(Field::NationalId));
        assert_eq!(field("Fecha de detención"), Some(Field::ArrestDate));
        assert_eq!(field("FECHA DE ARRESTO"), Some(Field::ArrestDate));
        assert_eq!(field("Detained on"), Some(Field::ArrestDate));
        assert_eq!(field("Fecha de excarcelación"), Some(Field::ReleaseDate));
        assert_eq!(field("Release date"), Some(Field::ReleaseDate));
        assert_eq!(field("Fecha de nacimiento"), Some(Field::BirthDate));
        assert_eq!(field("Date of birth"), Some(Field::BirthDate));
        assert_eq!(field("Nombres y Apellidos"), Some(Field::FullName));
        assert_eq!(field("Apellidos"), Some(Field::Surnames));
        assert_eq!(field("Primer apellido"), Some(Field::FirstSurname));
        assert_eq!(field("Segundo Apellido"), Some(Field::SecondSurname));
        assert_eq!(field("Centro de reclusión"), Some(Field::Facility));
        assert_eq!(field("Lugar de reclusión"), Some(Field::Facility));
        assert_eq!(field("Situación"), Some(Field::Status));
        assert_eq!(field("Medidas cautelares"), Some(Field::Measures));
        assert_eq!(field("N°"), Some(Field::RecordId));
        assert_eq!(field("Profesión u oficio"), Some(Field::Role));
        assert_eq!(field("Nacionalidad"), Some(Field::Nationality));
        assert_eq!(field("Excarcelado"), Some(Field::Released));
        assert_eq!(field("Observaciones"), Some(Field::Notes));
        assert_eq!(field("Estado civil"), None);
        assert_eq!(field("F. Nac."), Some(Field::BirthDate));
        assert_eq!(
            field("Nacionalidad (según el documento)"),
            Some(Field::Nationality)
        );
        assert_eq!(guess("Estado"), Guess::Estado);
        assert_eq!(guess("Nombre"), Guess::NameOrGiven);
    }

    #[test]
    fn issue_10_headers_are_recognised() {
        // issue 10: an English export and the Spanish forms testers met.
        assert_eq!(field("name"), Some(Field::FullName));
        assert_eq!(field("id_number"), Some(Field::NationalId));
        assert_eq!(field("detention_date"), Some(Field::ArrestDate));
        assert_eq!(field("place"), Some(Field::Facility));
        assert_eq!(field("status"), Some(Field::Status));
        assert_eq!(field("status_date"), Some(Field::StatusDate));
        assert_eq!(field("Lugar de reclusión"), Some(Field::Facility));
        assert_eq!(field("Estatus"), Some(Field::Status));
        assert_eq!(field("Fecha de la detención"), Some(Field::ArrestDate));
        assert_eq!(field("Centro penitenciario"), Some(Field::Facility));
        assert_eq!(field("Sitio de reclusión"), Some(Field::Facility));
        assert_eq!(field("Situación actual"), Some(Field::Status));
        assert_eq!(field("Date of arrest"), Some(Field::ArrestDate));
        assert_eq!(field("Facility"), Some(Field::Facility));
        assert_eq!(field("Prison"), Some(Field::Facility));
        assert_eq!(field("Nationality"), Some(Field::Nationality));
        assert_eq!(guess("ID"), Guess::IdOrRecord);
        assert_eq!(field("Cédula de identidad"), Some(Field::NationalId));
        assert_eq!(field("C.I."), Some(Field::NationalId));
        assert_eq!(field("Fecha del estatus"), Some(Field::StatusDate));
        assert_eq!(field("Estatus al 15/01/2026"), Some(Field::Status));
        assert_eq!(field("Recluido en"), Some(Field::Facility));
        assert_eq!(field("Place of arrest"), Some(Field::Region));
        assert_eq!(field("Lugar de detención"), Some(Field::Facility));
        assert_eq!(field("D.O.B."), Some(Field::BirthDate));
        assert_eq!(field("Names"), Some(Field::FullName));
    }
}
