//! issue 13, thirty-third round: forms read from the spent blind sets' errors, written anew
//! with invented names.

#[test]
fn issue_13_a_name_between_a_sources_clause_and_the_verb_is_its_subject() {
    let x = crate::run(
        "Anselmo Quiroga Tapia fue trasladado a Tocorón. Según la abogada Dilcia Orozco Fermín, que asiste a varias de las familias, Quiroga Tapia cumple una condena de 12 años dictada en mayo de 2025.",
        "2026-02-27",
    );
    assert!(
        crate::kinds_of(&x, "Anselmo Quiroga Tapia").contains(&"sentence"),
        "{x:#?}"
    );
    assert!(crate::no_events(&x, "Dilcia Orozco Fermín"), "{x:#?}");
}

#[test]
fn issue_13_a_prosecutor_accusing_of_a_named_offence_is_a_charge() {
    let x = crate::run(
        "El Ministerio Público acusó en mayo a Dilcia Orozco Fermín de «incitación al odio» y «asociación».",
        "2026-02-10",
    );
    assert_eq!(
        crate::date_of(&x, "Dilcia Orozco Fermín", "charge"),
        "2025-05",
        "{x:#?}"
    );
    // (A minister's blame, or one with no offence named, is none.)
    let y = crate::run(
        "El ministro acusó a Dilcia Orozco Fermín de «terrorismo». La Fiscalía acusó a Anselmo Quiroga Tapia de conspirar.",
        "2026-02-10",
    );
    assert!(crate::no_events(&y, "Dilcia Orozco Fermín"), "{y:#?}");
    assert!(crate::no_events(&y, "Anselmo Quiroga Tapia"), "{y:#?}");
}

#[test]
fn issue_13_the_state_after_an_officials_act_on_him_is_his() {
    let x = crate::run(
        "ANSELMO QUIROGA TAPIA\n\nPeriodista de Holguín. El 20 de enero la fiscal provincial Dilcia Orozco Fermín lo imputó formalmente de \"propaganda contra el orden constitucional\" y desde ese día está en reclusión domiciliaria.",
        "2026-02-10",
    );
    assert!(
        crate::kinds_of(&x, "ANSELMO QUIROGA TAPIA").contains(&"house_arrest"),
        "{x:#?}"
    );
    assert!(crate::no_events(&x, "Dilcia Orozco Fermín"), "{x:#?}");
}

#[test]
fn issue_13_the_one_a_prosecutor_charges_is_not_the_prosecutor() {
    let x = crate::run(
        "El rapero Anselmo Quiroga Tapia fue arrestado el martes. El fiscal provincial, Dilcio Orozco Fermín, le imputa \"desacato\" y \"propaganda\".",
        "2026-02-10",
    );
    assert!(
        crate::kinds_of(&x, "Anselmo Quiroga Tapia").contains(&"charge"),
        "{x:#?}"
    );
    assert!(crate::no_events(&x, "Dilcio Orozco Fermín"), "{x:#?}");
}

#[test]
fn issue_13_a_list_opened_after_a_count_of_political_prisoners_is_of_people_held() {
    let x = crate::run(
        "El Observatorio documenta 86 mujeres privadas de libertad por razones políticas, con corte al 30 de noviembre de 2025. Siete de ellas tienen más de 60 años. La coordinadora, Dilcia Orozco Fermín, pidió \"medidas humanitarias\".\n\nPublicamos a continuación los casos cuyos familiares autorizaron la difusión:\n\n1. QUIROGA TAPIA, ANSELMA (61 años) – INOF, Los Teques\n2. OROZCO LUGO, MARÍA DILCIA (29 años) – Tocuyito",
        "2025-12-03",
    );
    assert_eq!(
        crate::date_of(&x, "QUIROGA TAPIA, ANSELMA", "detention"),
        "2025-11-30",
        "{x:#?}"
    );
    assert!(crate::no_events(&x, "Dilcia Orozco Fermín"), "{x:#?}");
}

#[test]
fn issue_13_a_participle_joined_after_a_long_time_phrase_is_the_one_named() {
    let x = crate::run(
        "07:10 — Familiares informan que el exalcalde Anselmo Quiroga Tapia fue sacado de la Zona 7 \"entre la noche del viernes y la madrugada de hoy\" y llevado a su casa en Guarenas con arresto domiciliario.",
        "2026-02-10",
    );
    assert!(
        crate::kinds_of(&x, "Anselmo Quiroga Tapia").contains(&"house_arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_witness_summoned_and_sent_home_after_anothers_arrest_was_never_held() {
    let x = crate::run(
        "Journalist Anselm Kirau was detained in Vitebsk on Tuesday; he is being held in the pre-trial detention centre. Trade unionist Dzmitry Orlau was summoned to the Investigative Committee on Wednesday, questioned for two hours as a witness, and allowed to go home.",
        "2026-02-10",
    );
    assert!(crate::no_events(&x, "Dzmitry Orlau"), "{x:#?}");
    // (Found guilty in absentia and then sentenced: never held either.)
    let y = crate::run(
        "Municipal deputy Artyom Kirau was found guilty of \"discrediting the armed forces\" in absentia and sentenced to 5 years. He lives in Tbilisi.",
        "2026-02-10",
    );
    assert!(crate::no_events(&y, "Artyom Kirau"), "{y:#?}");
}

#[test]
fn issue_13_a_timelines_present_arrest_is_a_verb_with_its_object_after() {
    let x = crate::run(
        "19 August 2025 — At dawn, officers break into the parish house and arrest the priest and a seminarian, Anselm Quiroga Tapia, 22.",
        "2026-02-10",
    );
    assert_eq!(
        crate::date_of(&x, "Anselm Quiroga Tapia", "arrest"),
        "2025-08-19",
        "{x:#?}"
    );
}

#[test]
fn issue_13_an_acts_place_and_day_line_is_the_hearings_day() {
    let x = crate::run(
        "TRIBUNAL SEGUNDO DE CONTROL\nCaracas, lunes 2 de febrero de 2026\n\nACTA DE AUDIENCIA DE PRESENTACIÓN\n\nEn el día de hoy se constituyó el Tribunal a fin de celebrar la audiencia de presentación del ciudadano Anselmo Quiroga Tapia, aprehendido el 30/01/2026 en La Victoria. Se le imputa el delito de terrorismo.",
        "2026-02-03",
    );
    assert_eq!(
        crate::date_of(&x, "Anselmo Quiroga Tapia", "charge"),
        "2026-02-02",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_release_a_fact_check_calls_false_is_none() {
    let x = crate::run(
        "FACT CHECK: Viral post falsely claims jailed journalist Anselm Kirau was freed\nA widely shared post says Kirau was released on Monday. This is FALSE. His lawyer, Dilcia Orozco, told us he was still in Nubarashen prison on Wednesday. Kirau was arrested on 2 October 2023 on charges of treason.",
        "2024-03-15",
    );
    assert!(
        !crate::kinds_of(&x, "Anselm Kirau").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_letter_smuggled_out_of_prison_frees_no_one() {
    let x = crate::run(
        "These are the words of human rights defender Dilcia Orozco Fermín, in a letter smuggled out of prison and published on Tuesday by her husband. Orozco Fermín was arrested on 19 May 2023.",
        "2024-03-15",
    );
    assert!(
        !crate::kinds_of(&x, "Dilcia Orozco Fermín").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_an_exiled_figure_sentenced_in_absentia_is_no_detainee() {
    let x = crate::run(
        "A Minsk court sentenced exiled opposition figure Dzmitra Kirava in absentia to 12 years on Tuesday. Exiled opposition leader Anselm Orlau thanked Vilnius.",
        "2024-03-15",
    );
    assert!(crate::no_events(&x, "Dzmitra Kirava"), "{x:#?}");
    assert!(crate::no_events(&x, "Anselm Orlau"), "{x:#?}");
}

#[test]
fn issue_13_measures_bail_and_duties_to_sign_are_conditions() {
    let x = crate::run(
        "Un tribunal de control otorgó el miércoles medidas cautelares a la activista Dilcia Orozco Fermín, detenida desde el 4 de enero. Anselmo Quiroga Tapia fue puesto en libertad ayer con la obligación de firmar semanalmente.",
        "2024-02-16",
    );
    assert!(
        crate::kinds_of(&x, "Dilcia Orozco Fermín").contains(&"conditional_release"),
        "{x:#?}"
    );
    assert!(
        crate::kinds_of(&x, "Anselmo Quiroga Tapia").contains(&"conditional_release"),
        "{x:#?}"
    );
    let y = crate::run(
        "A Hong Kong court granted bail on Friday to activist Kelvin Lau Kit-man, who was arrested in January. He must surrender his passport and report to police weekly.",
        "2024-03-18",
    );
    assert_eq!(
        crate::date_of(&y, "Kelvin Lau Kit-man", "conditional_release"),
        "2024-03-15",
        "{y:#?}"
    );
    // (The Inter-American Commission's protect: no release.)
    let z = crate::run(
        "La CIDH otorgó medidas cautelares a la periodista Dilcia Orozco Fermín, detenida desde el 4 de enero en El Helicoide.",
        "2024-02-16",
    );
    assert!(
        !crate::kinds_of(&z, "Dilcia Orozco Fermín").contains(&"conditional_release"),
        "{z:#?}"
    );
}

#[test]
fn issue_13_one_reunited_with_his_mother_after_a_clause_brings_her_no_event() {
    let x = crate::run(
        "Belarus freed opposition activist Anselm Kirau on Friday. Kirau, who was sentenced in 2022 to six years for \"extremism\", was reunited with his mother, Dzmitra Kirava, in Hrodna.",
        "2024-08-17",
    );
    assert!(crate::no_events(&x, "Dzmitra Kirava"), "{x:#?}");
    assert!(
        crate::kinds_of(&x, "Anselm Kirau").contains(&"sentence"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_pre_trial_custody_ordered_or_extended_holds_its_person() {
    let x = crate::run(
        "Un tribunal de Moscú prorrogó el viernes hasta el 20 de mayo la prisión preventiva del periodista Anselm Kirau. Un juez dictó el sábado prisión preventiva contra la dirigente Dilcia Orozco Fermín.",
        "2026-02-16",
    );
    assert!(
        crate::kinds_of(&x, "Anselm Kirau").contains(&"detention"),
        "{x:#?}"
    );
    assert!(
        !crate::kinds_of(&x, "Dilcia Orozco Fermín").is_empty(),
        "{x:#?}"
    );
    // (A term served in it before the sentence is no custody told.)
    let y = crate::run(
        "Dilcia Orozco, sobrina del alcalde, fue condenada por encubrimiento a una pena que ya cumplió en prisión preventiva: salió en libertad la misma mañana.",
        "2026-02-16",
    );
    assert!(
        !crate::kinds_of(&y, "Dilcia Orozco").contains(&"detention"),
        "{y:#?}"
    );
}

#[test]
fn issue_13_a_transcripts_role_then_name_label_is_its_speaker() {
    let x = crate::run(
        "PRESENTADORA (DILCIA OROZCO): Vamos a Turquía, donde un juez envió a prisión preventiva al alcalde opositor del distrito de Kadıköy.",
        "2026-02-16",
    );
    assert!(crate::no_events(&x, "DILCIA OROZCO"), "{x:#?}");
}

#[test]
fn issue_13_a_channels_name_before_its_dotted_stamp_dates_its_post() {
    let x = crate::run(
        "OVD-Info, [10.03.2024 21:14]\nPolice in St Petersburg detained Dzmitra Kirava at a flower-laying.\nOVD-Info, [11.03.2024 09:02]\nDzmitra Kirava was released from the police station without charges.",
        "2024-03-11",
    );
    assert_eq!(
        crate::date_of(&x, "Dzmitra Kirava", "arrest"),
        "2024-03-10",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_bus_leaving_a_prison_frees_no_one() {
    let x = crate::run(
        "A Policía Nacional bus just left Rodeo I with a dozen men inside, among them Anselm Kirau.",
        "2026-02-28",
    );
    assert!(
        crate::person(&x, "Anselm Kirau").is_none_or(|p| !crate::kinds(p).contains(&"release")),
        "{x:#?}"
    );
}

#[test]
fn issue_13_one_moved_to_another_prison_is_held_there_now() {
    let x = crate::run(
        "Siete presos políticos fueron sacados de Rodeo I en la noche del miércoles y repartidos entre cuatro penales, denunció el comité.\n\nLa lista:\n\n1. QUIROGA TAPIA, ANSELMO (45 años) – Tocorón\n2. OROZCO FERMÍN, DILCIA (32 años) – Tocuyito",
        "2026-02-06",
    );
    assert_eq!(
        crate::date_of(&x, "QUIROGA TAPIA, ANSELMO", "detention"),
        "2026-02-06",
        "{x:#?}"
    );
    // (Not one told freed after the move.)
    let y = crate::run(
        "Anselmo Quiroga Tapia fue trasladado el lunes a Tocorón. El viernes fue excarcelado con régimen de presentación.",
        "2026-02-06",
    );
    assert!(
        !crate::kinds_of(&y, "Anselmo Quiroga Tapia").contains(&"detention"),
        "{y:#?}"
    );
}

#[test]
fn issue_13_a_colonys_regime_and_years_of_a_sentence_are_its_terms() {
    let x = crate::run(
        "Verdicts of 3 March 2026:\n- ZAKHAROVA, Daria Pavlovna | Art. 205.2 | Guilty. 5 years in a general-regime colony.\n- KIRAU, Anselm Petrovich | Art. 275 | 14 years, strict-regime colony.\n\nEn Cuba, Dilcio Orozco Fermín sigue adentro. Orozco Fermín tiene quince años de condena.",
        "2026-03-05",
    );
    assert!(
        crate::kinds_of(&x, "Dilcio Orozco Fermín").contains(&"sentence"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_move_to_a_destination_withheld_is_a_disappearance_from_that_day() {
    let x = crate::run(
        "Siete presos políticos fueron trasladados en la noche del miércoles desde Rodeo I. La lista:\n\n1. QUIROGA TAPIA, ANSELMO (45 años) – Tocorón\n2. OROZCO GIL, RAMÓN ANTONIO (58 años) – destino desconocido",
        "2026-02-06",
    );
    assert_eq!(
        crate::date_of(&x, "OROZCO GIL, RAMÓN ANTONIO", "disappearance"),
        "2026-02-04",
        "{x:#?}"
    );
    assert!(
        !crate::kinds_of(&x, "OROZCO GIL, RAMÓN ANTONIO").contains(&"detention"),
        "{x:#?}"
    );
}
