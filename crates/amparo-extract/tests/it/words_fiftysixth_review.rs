//! issue 13, fifty-sixth round: the over-reaches a black-box review found in the round's
//! rules, written anew with invented names.

#[test]
fn issue_13_judges_the_text_tells_held_are_no_bench() {
    let x = crate::run(
        "Caracas. El Sebin detuvo el 8 de septiembre a tres jueces que habían otorgado medidas cautelares a presos políticos.
Magistrados detenidos: Gladys Requeno (jueza de control), Elsa Gómez Pardo y Juan Carlos Hidalgo.
Fueron trasladados a El Helicoide.",
        "2025-09-10",
    );
    assert!(
        crate::kinds_of(&x, "Elsa Gómez Pardo").contains(&"arrest"),
        "{x:#?}"
    );
    let x = crate::run(
        "Minsk. Three former judges who refused to convict protesters were arrested on 8 September and taken to the KGB pre-trial prison.
Judges: Aliaksandr Kuzmin, Natallia Dzemchyk and Viktar Savitski.
Their families have not been allowed to see them.",
        "2025-09-10",
    );
    assert!(
        crate::kinds_of(&x, "Natallia Dzemchyk").contains(&"arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_kin_in_apposition_and_rows_of_people_banished_from_abroad_are_no_one_held() {
    let x = crate::run(
        "Managua. La policía detuvo el 11 de marzo a dos dirigentes comunales de Masaya. Sus familiares denunciaron el hecho ante la CIDH. Se trata de la madre del dirigente, Rosa Amelia Gaitán, de 70 años, y del hermano menor, Julio Gaitán Ruiz.",
        "2025-03-14",
    );
    assert!(crate::no_events(&x, "Julio Gaitán Ruiz"), "{x:#?}");
    let x = crate::run(
        "ANEXO 2. PERSONAS DESTERRADAS Y DESNACIONALIZADAS DESDE EL EXTERIOR

N°  APELLIDOS, NOMBRES | OBSERVACIONES
1. DUARTE MOLINO, ERNESTO | Periodista, vive en Costa Rica desde 2018.
2. ESPINOZA VEGA, LUCÍA | Escritora, residente en Madrid.
3. FONSECA ARCE, RAMIRO | Exdiplomático.",
        "2026-05-09",
    );
    assert!(crate::no_events(&x, "DUARTE MOLINO, ERNESTO"), "{x:#?}");
    assert!(crate::no_events(&x, "FONSECA ARCE, RAMIRO"), "{x:#?}");
}

#[test]
fn issue_13_the_rest_of_the_whole_a_lead_tells_keep_its_event() {
    // ("Los diez restantes son los siguientes:" after the move of all fourteen: theirs too.)
    let x = crate::run(
        "De acuerdo con Justicia y Proceso, catorce presos políticos fueron trasladados en la madrugada del jueves desde el Rodeo I hacia otras cárceles del país.

Los familiares de cuatro de los trasladados pidieron no publicar sus nombres. Los diez restantes son los siguientes:

- Julio Aguirre Pinto, del Rodeo I a Tocuyito.
- Carlos Brito Lugo, del Rodeo I a Tocorón.",
        "2026-09-05",
    );
    assert!(
        crate::kinds_of(&x, "Julio Aguirre Pinto").contains(&"transfer"),
        "{x:#?}"
    );
}
