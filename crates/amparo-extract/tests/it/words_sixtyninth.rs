//! issue 13, sixty-ninth round: forms read from blind91 (spent), written anew with invented
//! names.

#[test]
fn issue_13_articles_on_domestic_violence_are_no_crime_of_the_writer() {
    let x = crate::run(
        "Women's rights defender Shirin Rostami was arrested at her home in Tabriz on 3 May 2025. \
On 12 June, she was charged with \"propaganda against the system\" for her peaceful work, \
including publishing articles on domestic violence.",
        "2025-08-01",
    );
    let kinds = crate::kinds_of(&x, "Shirin Rostami");
    assert!(kinds.contains(&"arrest"), "{x:#?}");
    assert!(kinds.contains(&"charge"), "{x:#?}");
}

#[test]
fn issue_13_one_of_them_serving_a_sentence_for_fraud_leaves_the_one_she_shared_a_cell_with() {
    let x = crate::run(
        "Teacher Laleh Navabi was arrested in Karaj in June 2024. In December she was moved to \
Qarchak prison. One of them, Soraya Bahrami, a woman serving a sentence for fraud, shared a bunk \
with Navabi for four months.",
        "2026-01-10",
    );
    let kinds = crate::kinds_of(&x, "Laleh Navabi");
    assert!(kinds.contains(&"arrest"), "{x:#?}");
    assert!(kinds.contains(&"transfer"), "{x:#?}");
    assert!(crate::person(&x, "Soraya Bahrami").is_none(), "{x:#?}");
}

#[test]
fn issue_13_a_testimony_that_quotes_its_charge_is_still_the_teller_s() {
    let x = crate::run(
        "Me llamo Yordanis Peña Vidal. Tengo 41 años y vendía pan en Manzanillo.\n\nEn mayo de \
2022 me juzgaron en una sola mañana y me condenaron a cuatro años por \"desacato\".\n\nEl 3 de \
octubre de 2025 me dieron la libertad condicional. Tengo que presentarme cada mes en la \
estación.",
        "2025-12-01",
    );
    let kinds = crate::kinds_of(&x, "Yordanis Peña Vidal");
    assert!(kinds.contains(&"sentence"), "{x:#?}");
    assert!(kinds.contains(&"conditional_release"), "{x:#?}");
}

#[test]
fn issue_13_lo_pasaron_a_tocuyito_is_a_transfer() {
    let x = crate::run(
        "A Wilfredo Salas lo detuvieron en Valencia en junio de 2024. En marzo de este año lo \
pasaron a Tocuyito.",
        "2025-11-20",
    );
    assert_eq!(crate::date_of(&x, "Wilfredo Salas", "transfer"), "2025-03");
}

#[test]
fn issue_13_lo_pasaron_a_casa_por_carcel_is_no_transfer() {
    let x = crate::run(
        "A Wilfredo Salas lo detuvieron en Valencia en junio de 2024. En marzo de este año lo \
pasaron a casa por cárcel.",
        "2025-11-20",
    );
    assert!(
        !crate::kinds_of(&x, "Wilfredo Salas").contains(&"transfer"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_mother_whose_son_is_told_held_in_her_apposition_left_the_station() {
    let x = crate::run(
        "Al menos tres mujeres fueron detenidas el miércoles 10 de diciembre durante una vigilia. \
Dos de ellas fueron liberadas en la noche del mismo miércoles. Yanira Coello, madre del cabo Luis \
Coello, detenido desde 2020 y recluido en Ramo Verde, salió de la comandancia de la PNB con la \
obligación de presentarse el lunes ante la Fiscalía. \
Marlene Duque, esposa del dirigente Óscar Duque, preso en Tocorón, fue liberada sin medidas.",
        "2025-12-11",
    );
    assert_eq!(
        crate::date_of(&x, "Yanira Coello", "conditional_release"),
        "2025-12-10"
    );
    assert!(crate::kinds_of(&x, "Marlene Duque").contains(&"release"));
    assert!(
        !crate::kinds_of(&x, "Luis Coello").contains(&"conditional_release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_the_day_one_must_report_dates_no_release() {
    let x = crate::run(
        "Eneida Rojas fue detenida el miércoles 10 de diciembre. Fue excarcelada esa misma noche \
con la obligación de presentarse el lunes ante el tribunal.",
        "2025-12-11",
    );
    assert_eq!(
        crate::date_of(&x, "Eneida Rojas", "conditional_release"),
        "2025-12-10"
    );
}

#[test]
fn issue_13_a_gapped_term_past_a_nickname_aside_is_the_named_one_s() {
    let x = crate::run(
        "El tribunal condenó el lunes a tres vecinos de Gibara. Marisleydis Ávila, madre de dos \
niños, recibió seis años, y Ariel Pupo Leyva, a quien en el barrio llaman \"el Chino\", cinco años.",
        "2025-09-26",
    );
    assert!(crate::kinds_of(&x, "Ariel Pupo Leyva").contains(&"sentence"));
}

#[test]
fn issue_13_a_list_entry_s_released_on_a_month_day_is_the_entry_s() {
    let x = crate::run(
        "RELEASED\n\nFabián Ortega (\"Fabi\"), 20, a student arrested during protests in Carora in \
August 2024. Released January 12 from the Fénix prison in Lara state.\n\nMOVED TO HOUSE \
ARREST\n\nLucía Benavides, 64, human rights defender. Moved from El Helicoide to house arrest in \
Caracas on January 12.",
        "2026-01-13",
    );
    assert_eq!(crate::date_of(&x, "Fabián Ortega", "release"), "2026-01-12");
    assert_eq!(
        crate::date_of(&x, "Lucía Benavides", "house_arrest"),
        "2026-01-12"
    );
}

#[test]
fn issue_13_a_former_mayor_holds_no_office() {
    let x = crate::run(
        "MOVED TO HOUSE ARREST\n\nRogelio Anzola, former mayor of a municipality in Falcón state. \
Moved from Rodeo I to house arrest in Coro on January 10.",
        "2026-01-13",
    );
    assert_eq!(
        crate::date_of(&x, "Rogelio Anzola", "house_arrest"),
        "2026-01-10"
    );
}

#[test]
fn issue_13_a_cellmate_s_extortion_leaves_the_one_who_shared_his_cell() {
    let x = crate::run(
        "Isidro Mata, dirigente sindical de Bolívar, fue detenido el 20 de junio de 2024. \
Reapareció el 6 de agosto en Tocorón, donde compartió celda con presos comunes, entre ellos \
Wilmer Ochoa, alias el Gocho, condenado por extorsión, que según Mata \"fue el único que me \
regaló una sábana\".",
        "2026-02-15",
    );
    assert!(
        crate::kinds_of(&x, "Isidro Mata").contains(&"arrest"),
        "{x:#?}"
    );
    assert!(crate::person(&x, "Wilmer Ochoa").is_none(), "{x:#?}");
}

#[test]
fn issue_13_lo_llevaron_al_penal_later_is_a_transfer_but_not_on_arrest() {
    let x = crate::run(
        "A Rafael Cedeño lo detuvieron en Maturín en junio de 2024. En marzo de 2025 lo llevaron al \
Centro Penitenciario Rodeo I, en Guatire.",
        "2026-02-15",
    );
    assert_eq!(crate::date_of(&x, "Rafael Cedeño", "transfer"), "2025-03");
    let y = crate::run(
        "Zulay Gómez fue detenida el 9 de enero en su casa por funcionarios del SEBIN, que la \
llevaron a El Helicoide.",
        "2026-02-15",
    );
    assert!(
        !crate::kinds_of(&y, "Zulay Gómez").contains(&"transfer"),
        "{y:#?}"
    );
}

#[test]
fn issue_13_a_move_told_by_a_lawyer_cited_after_it_is_the_one_held() {
    let x = crate::run(
        "Ramiro Salas pasó sus primeras semanas en la sede de la DGCIM en Puerto Ordaz. En julio de \
2024 fue trasladado a la sede central del organismo en Boleíta, en Caracas, donde, según su \
abogada, Zoila Marcano, permaneció 40 días.",
        "2026-02-15",
    );
    assert_eq!(crate::date_of(&x, "Ramiro Salas", "transfer"), "2024-07");
}

#[test]
fn issue_13_comment_authors_over_an_aged_reaction_bar_are_no_detainees() {
    let x = crate::run(
        "Nour Hamdi\n2 d · 🌐\n\nMy brother Karim Hamdi was arrested at our home on 2 September \
2023 and is still held in Badr prison.\n\n👍 1.2K · 310 comments\n\nAdel Samir\nStay strong \
Nour. My father was held in the same station in 2021.\n3h · Like · Reply · 9\n\nRana Fouad\nMy \
cousin is the kindest person I know. Free Karim 🙏\n4h · Like · Reply · 12",
        "2025-05-19",
    );
    assert!(crate::person(&x, "Adel Samir").is_none(), "{x:#?}");
    assert!(crate::person(&x, "Rana Fouad").is_none(), "{x:#?}");
    assert!(crate::kinds_of(&x, "Karim Hamdi").contains(&"arrest"));
}

#[test]
fn issue_13_a_release_order_a_lawyer_delivered_is_no_release_of_his() {
    let x = crate::run(
        "La profesora Elvira Sosa cumplió este miércoles 116 días detenida. Al día siguiente de la \
decisión, su abogado, Alexis Durán Mora, entregó la boleta de excarcelación en la sede del SEBIN \
en El Helicoide.",
        "2025-10-08",
    );
    assert!(crate::person(&x, "Alexis Durán Mora").is_none(), "{x:#?}");
}

#[test]
fn issue_13_she_opening_a_sentence_is_the_one_person_named_before() {
    let x = crate::run(
        "MOSCOW. Basmanny court sent theatre director Yulia Andreyevna Sokolova to pre-trial \
detention until April 9. She was detained Monday at her flat. She is being held in SIZO-6.",
        "2026-02-12",
    );
    assert!(crate::kinds_of(&x, "Yulia Andreyevna Sokolova").contains(&"arrest"));
}

#[test]
fn issue_13_he_after_a_sentence_on_another_he_is_not_the_name_in_passing() {
    let x = crate::run(
        "Anatoly Rudin, a physicist, died on January 14 in a colony in Mordovia.\n\nRudin was born in \
Omsk. He ran a seminar in a room named after the physicist Pyotr Kapitsa.\n\nHe was detained at \
his dacha on June 14, 2023.",
        "2026-01-20",
    );
    assert!(crate::person(&x, "Pyotr Kapitsa").is_none(), "{x:#?}");
}
