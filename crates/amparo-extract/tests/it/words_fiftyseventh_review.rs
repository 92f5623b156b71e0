//! issue 13, fifty-seventh round: what the black-box review of the round's rules found, written
//! anew with invented names.

#[test]
fn issue_13_a_move_table_s_destination_that_tells_a_release_is_a_release() {
    let x = crate::run(
        "Traslados de presos políticos registrados esta semana

| Nombre | Origen | Destino | Fecha |
|---|---|---|---|
| Evaristo Lozada Gil | El Helicoide | Tocorón | 08/04/2024 |
| Fabiola Ortiz Salcedo | Rodeo I | Excarcelada, enviada a su casa | 10/04/2024 |",
        "2024-04-12",
    );
    let freed = crate::kinds_of(&x, "Fabiola Ortiz Salcedo");
    assert!(
        freed.contains(&"release") && !freed.contains(&"transfer"),
        "{x:#?}"
    );
    assert!(!freed.contains(&"detention"), "{x:#?}");
    assert_eq!(
        crate::date_of(&x, "Fabiola Ortiz Salcedo", "release"),
        "2024-04-10",
        "{x:#?}"
    );
    // (Nor is an empty destination, "—", the place of a release.)
    let x = crate::run(
        "Traslados de presos políticos registrados esta semana

| Nombre | Origen | Destino | Fecha | Observación |
|---|---|---|---|---|
| Evaristo Lozada Gil | El Helicoide | Tocorón | 08/04/2024 | |
| Fabiola Ortiz Salcedo | Rodeo I | — | 10/04/2024 | Excarcelada con medida cautelar |",
        "2024-04-12",
    );
    let freed = crate::event_of(&x, "Fabiola Ortiz Salcedo", "conditional_release").expect("freed");
    assert_ne!(freed.place.as_deref(), Some("—"), "{x:#?}");
}

#[test]
fn issue_13_a_move_table_under_a_banishment_is_the_banishment() {
    let x = crate::run(
        "Presos políticos desterrados a Guatemala el 9 de abril

| Nombre | Origen | Destino | Fecha |
|---|---|---|---|
| Evaristo Lozada Gil | La Modelo | Ciudad de Guatemala | 09/04/2024 |
| Irma Castañeda Mena | La Esperanza | Ciudad de Guatemala | 09/04/2024 |",
        "2024-04-12",
    );
    let kinds = crate::kinds_of(&x, "Irma Castañeda Mena");
    assert!(
        kinds.contains(&"exile") && !kinds.contains(&"transfer"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_day_of_death_column_is_no_death_in_custody_outside_custody() {
    let x = crate::run(
        "Personas fallecidas durante las protestas de julio

| Nombre | Ciudad | Fecha de fallecimiento | Causa |
|---|---|---|---|
| Rogerio Antúnez Paredes | Maracay | 29/07/2024 | Disparo |",
        "2024-08-15",
    );
    assert!(crate::no_events(&x, "Rogerio Antúnez Paredes"), "{x:#?}");
    let x = crate::run(
        "Familiares de presos políticos fallecidos

| Nombre | Parentesco | Preso | Fecha de fallecimiento |
|---|---|---|---|
| Amparo Villalta de Nieves | Madre | Tomás Nieves Villalta | 04/03/2024 |",
        "2024-06-02",
    );
    assert!(crate::no_events(&x, "Amparo Villalta de Nieves"), "{x:#?}");
}
