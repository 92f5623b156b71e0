//! issue 13, eighteenth round: court records printed as fields ("Imputados: …", "Delitos: …",
//! "Audiencia: …", "Resultado: …") under a case number, with the court's officers on lines of
//! their own. Invented names and sentences only.

use crate::{date_of, kinds_of, person, run};

const DOCKET: &str = "BOLETÍN DE AUDIENCIAS | Caracas, martes 10 de marzo de 2026

Nuestro equipo siguió tres audiencias ante tribunales con competencia en terrorismo.

——————————
EXP. 2C-11.408-25
Tribunal: Segundo de Control con competencia en terrorismo
Jueza: Maribel Quintero Salas (suplente)
Imputados: ARAUJO MEDINA, Rosendo Javier (docente); PALMA, Luisana del Valle (enfermera)
Fecha de aprehensión: 14/11/2025
Delitos: traición a la patria, asociación para delinquir
Audiencia: 09/03/2026 (preliminar)
Resultado: Se acordó medida cautelar sustitutiva para Palma: presentación cada 30 días y prohibición de salida del país. Salió del Rodeo I esa misma noche. Para Araujo Medina se mantiene la medida privativa de libertad; permanece en el Rodeo I.

——————————
EXP. 3C-12.002-25
Tribunal: Tercero de Control con competencia en terrorismo
Juez: Orlando Betancourt Lira
Imputada: VIVAS, Dayana Sofía (estudiante de la UCV, 21 años)
Fecha de aprehensión: 02/01/2026
Delitos: incitación al odio
Audiencia: 06/03/2026 (revisión de medida)
Resultado: Arresto domiciliario por razones de salud.

——————————
1) Asunto N° TC2-1187-2025
Imputados: MORENO GIL, YOLIMAR y MORENO GIL, YORMARY
Decisión: se difiere la audiencia preliminar. Las imputadas permanecen recluidas en el INOF.
";

#[test]
fn issue_13_a_court_record_names_its_people_and_gives_each_their_part() {
    let x = run(DOCKET, "2026-03-10");
    let araujo = "ARAUJO MEDINA, Rosendo Javier";
    let palma = "PALMA, Luisana del Valle";
    assert_eq!(date_of(&x, araujo, "arrest"), "2025-11-14", "{x:#?}");
    assert_eq!(date_of(&x, palma, "arrest"), "2025-11-14", "{x:#?}");
    // Each one's part of the result: Palma's release, Araujo Medina's custody.
    assert_eq!(
        date_of(&x, palma, "conditional_release"),
        "2026-03-09",
        "{x:#?}"
    );
    assert!(!kinds_of(&x, palma).contains(&"detention"), "{x:#?}");
    assert!(kinds_of(&x, araujo).contains(&"detention"), "{x:#?}");
    assert!(
        !kinds_of(&x, araujo).contains(&"conditional_release"),
        "{x:#?}"
    );
    // "Delitos:" under "Imputados:": charged.
    assert!(kinds_of(&x, araujo).contains(&"charge"), "{x:#?}");
    // A given name's particle and a description in brackets, however long.
    let vivas = "VIVAS, Dayana Sofía";
    assert_eq!(date_of(&x, vivas, "house_arrest"), "2026-03-06", "{x:#?}");
    assert_eq!(date_of(&x, vivas, "arrest"), "2026-01-02", "{x:#?}");
    // Surnames first in capitals, joined by "y".
    assert!(
        kinds_of(&x, "MORENO GIL, YOLIMAR").contains(&"detention"),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "MORENO GIL, YORMARY").contains(&"detention"),
        "{x:#?}"
    );
    // The court, its judges and the case numbers are no detainees.
    for name in [
        "Maribel Quintero Salas",
        "Orlando Betancourt Lira",
        "Segundo de Control",
        "Tercero de Control",
        "Asunto N",
    ] {
        assert!(person(&x, name).is_none(), "{name} in {x:#?}");
    }
}

#[test]
fn issue_13_a_replaced_custody_in_a_record_is_no_detention() {
    let x = run(
        "1) Asunto N° TC2-1203-2025
Imputado: BRAVO URQUIOLA, JESÚS ALBERTO
Decisión: revisión de medida. Se sustituye la privativa de libertad por medida cautelar de presentación periódica cada treinta (30) días.

2) Asunto N° TC2-1211-2025
Acusada: FIGUERA DE LEÓN, NATALY ROSSANA
Decisión: vista la admisión de los hechos, se condena a la acusada a cumplir la pena de OCHO (8) AÑOS de prisión.
",
        "2026-02-11",
    );
    let bravo = "BRAVO URQUIOLA, JESÚS ALBERTO";
    assert!(
        kinds_of(&x, bravo).contains(&"conditional_release"),
        "{x:#?}"
    );
    assert!(!kinds_of(&x, bravo).contains(&"detention"), "{x:#?}");
    assert!(
        kinds_of(&x, "FIGUERA DE LEÓN, NATALY ROSSANA").contains(&"sentence"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_charges_are_told_by_a_courts_table_not_a_status_table() {
    let court = run(
        "Los imputados fueron presentados el lunes 20 de abril ante un tribunal de control.

Causa | Imputado | Delitos imputados | Medida acordada
4C-1187-26 | LUIS ALFREDO BRITO PAREDES | Traición a la patria | Privativa judicial preventiva de libertad
4C-1188-26 | ANA KARINA VILORIA DE ORTA | Incitación al odio | Arresto domiciliario
",
        "2026-04-22",
    );
    assert!(
        kinds_of(&court, "ANA KARINA VILORIA DE ORTA").contains(&"charge"),
        "{court:#?}"
    );
    let status = run(
        "Selected cases, as of 28 October 2025:

Name | Date of arrest | Charges | Status
María Auxiliadora Belloso | 03/08/2024 | terrorism | Held
Roxana Isabel Figueredo | 17/09/2024 | incitement to hatred | Conditionally released on 22/10/2025
",
        "2025-10-31",
    );
    assert!(
        !kinds_of(&status, "María Auxiliadora Belloso").contains(&"charge"),
        "{status:#?}"
    );
}

#[test]
fn issue_13_fewer_of_a_list_than_it_named_take_none_of_its_event() {
    let x = run(
        "El tribunal otorgó medidas cautelares a cuatro presos el sábado 17 de enero:

ALBORNOZ PEÑA, Katherine Andreína
BASTIDAS ROJAS, Néstor Alfonso
CHIRINO LEAL, Yelitza María
DUQUE MONTERO, Juan Bautista

Familiares confirmaron que al menos tres de los cuatro nombrados salieron el domingo 18 de Tocorón.
",
        "2026-01-20",
    );
    for name in [
        "ALBORNOZ PEÑA, Katherine Andreína",
        "DUQUE MONTERO, Juan Bautista",
    ] {
        assert_eq!(kinds_of(&x, name), ["conditional_release"], "{x:#?}");
    }
    // ("seis de los siete detenidos en la protesta": the participle tells of all seven.)
    let y = run(
        "SAN CRISTÓBAL.– Dos de los tres estudiantes universitarios detenidos la noche del lunes 6 de julio durante una protesta fueron liberados este martes con régimen de presentación cada 15 días. Se trata de:

- Andrea Colmenares Mora
- Luis Fernando Chaparro
",
        "2026-07-08",
    );
    assert_eq!(
        date_of(&y, "Andrea Colmenares Mora", "arrest"),
        "2026-07-06",
        "{y:#?}"
    );
}

#[test]
fn issue_13_a_record_alone_and_names_in_plain_order_are_read() {
    // (One court record alone, in plain order, with its charges and decision.)
    let x = run(
        "Procesado: Julio César Rangel Piña
Fecha de aprehensión: 11/10/2025
Delitos: instigación al odio
Audiencia: 18/02/2026
Decisión: arresto domiciliario por razones de salud.
",
        "2026-02-20",
    );
    assert_eq!(
        date_of(&x, "Julio César Rangel Piña", "house_arrest"),
        "2026-02-18",
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "Julio César Rangel Piña", "arrest"),
        "2025-10-11",
        "{x:#?}"
    );
    // (Several in plain order; a single given name after the surnames.)
    let y = run(
        "EXP. 1C-300-26
Imputados: José Rivas Peña, Marta León Araque y Pedro Gil Suárez
Fecha de aprehensión: 20/01/2026
Resultado: Se mantiene la privativa de libertad.

EXP. 1C-301-26
Imputada: ARMAS BELLO, CAROLINA
Resultado: Libertad plena.
",
        "2026-02-05",
    );
    assert_eq!(
        date_of(&y, "Marta León Araque", "arrest"),
        "2026-01-20",
        "{y:#?}"
    );
    assert!(
        kinds_of(&y, "ARMAS BELLO, CAROLINA").contains(&"release"),
        "{y:#?}"
    );
}

#[test]
fn issue_13_a_records_status_goes_to_whom_it_names() {
    // (Shared surnames: the whole run of surnames, else the given name; "Los otros dos" are the
    // rest.)
    let x = run(
        "EXP. 5C-800-25
Imputados: ACOSTA BRICEÑO, Nelson Rafael; BRICEÑO DE ACOSTA, Yajaira del Carmen; ACOSTA BRICEÑO, Daniel Alejandro
Audiencia: 18/02/2026
Resultado: Se acordó arresto domiciliario para Briceño de Acosta. Los otros dos permanecen en la DGCIM de Boleíta.

EXP. 5C-801-25
Imputados: SOTO, Ramón; SOTO, Elías
Resultado: Ramón Soto recibió arresto domiciliario; Elías Soto sigue recluido en Rodeo I.
",
        "2026-02-20",
    );
    let yajaira = "BRICEÑO DE ACOSTA, Yajaira del Carmen";
    assert_eq!(kinds_of(&x, yajaira), ["house_arrest"], "{x:#?}");
    for name in [
        "ACOSTA BRICEÑO, Nelson Rafael",
        "ACOSTA BRICEÑO, Daniel Alejandro",
        "SOTO, Elías",
    ] {
        assert_eq!(kinds_of(&x, name), ["detention"], "{name} in {x:#?}");
    }
    assert_eq!(kinds_of(&x, "SOTO, Ramón"), ["house_arrest"], "{x:#?}");
    // ("Ambos" after one was named: both.)
    let y = run(
        "EXP. 2C-7000-25
Imputados: GIL PARRA, Sergio Andrés; PAZ MORALES, Irene Sofía
Resultado: Para Paz Morales se ratificó la privativa de libertad. Ambos fueron trasladados el 18/02/2026 al Rodeo I.

EXP. 2C-7001-25
Imputado: VERA LUNA, Julián José
Resultado: Libertad plena.
",
        "2026-02-20",
    );
    assert_eq!(
        date_of(&y, "GIL PARRA, Sergio Andrés", "transfer"),
        "2026-02-18",
        "{y:#?}"
    );
}

#[test]
fn issue_13_fewer_named_after_a_colon_and_a_denunciation_stay_what_they_are() {
    // ("Dos de los tres … fueron liberados el martes: A y B": the list names the two.)
    let x = run(
        "Dos de los tres estudiantes fueron liberados el martes 7 de julio: Andrea Colmenares Mora y Luis Fernando Chaparro.",
        "2026-07-08",
    );
    assert_eq!(
        date_of(&x, "Andrea Colmenares Mora", "release"),
        "2026-07-07",
        "{x:#?}"
    );
    // ("se condena a las autoridades": an NGO condemns, no court sentences.)
    let y = run(
        "El comunicado denuncia la detención de Luis Mora Tirado el 3 de febrero en Mérida. Asimismo, se condena a las autoridades por negarle a su esposa, Marta Ruiz, el derecho a visitarlo.",
        "2026-02-11",
    );
    assert!(person(&y, "Marta Ruiz").is_none(), "{y:#?}");
}

#[test]
fn issue_13_terms_given_part_by_part_share_the_sentence() {
    let x = run(
        "Judge Rashad Mammadli of the Baku Grave Crimes Court sentenced editor-in-chief Sevinj Aliyeva to nine years; deputy editor Elnur Qasimli and reporter Nargiz Rzayeva to eight and a half years each; and camera operator Rauf Jafarli to seven years.",
        "2026-01-20",
    );
    for name in [
        "Sevinj Aliyeva",
        "Elnur Qasimli",
        "Nargiz Rzayeva",
        "Rauf Jafarli",
    ] {
        assert!(kinds_of(&x, name).contains(&"sentence"), "{name} in {x:#?}");
    }
    assert!(person(&x, "Rashad Mammadli").is_none(), "{x:#?}");
    // (A part without a term of its own is another clause: "; his lawyer, X, will appeal".)
    let y = run(
        "A court sentenced activist Tomás Ferreira Lugo to six years; his lawyer, Ana Belén Ortiz, said she would appeal.",
        "2026-01-20",
    );
    assert!(person(&y, "Ana Belén Ortiz").is_none(), "{y:#?}");
}

#[test]
fn issue_13_a_term_sought_or_counted_from_an_arrest_is_no_sentence() {
    let x = run(
        "A court sentenced Pavel Rudenko to nine years in prison; prosecutors led by Andrei Volkonsky had sought up to 20 years.",
        "2025-03-10",
    );
    assert!(person(&x, "Andrei Volkonsky").is_none(), "{x:#?}");
    let y = run(
        "Un tribunal condenó a Carlos Pereda Lugo a seis años de prisión; a dos años de su arresto, su madre, Elena Pereda Díaz, pide su liberación.",
        "2025-03-10",
    );
    assert!(person(&y, "Elena Pereda Díaz").is_none(), "{y:#?}");
    // (Past a part without a term: "…; X was acquitted; and Y to seven years".)
    let z = run(
        "The court sentenced Pavel Rudenko to nine years; Olga Sirenko, his co-defendant, received a suspended term; and Denis Marchenko to seven years.",
        "2025-03-10",
    );
    assert!(
        kinds_of(&z, "Denis Marchenko").contains(&"sentence"),
        "{z:#?}"
    );
}
