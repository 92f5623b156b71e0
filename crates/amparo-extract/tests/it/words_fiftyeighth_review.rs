//! issue 13, fifty-eighth round: what the black-box review of the round's rules found, written
//! anew with invented names.

#[test]
fn issue_13_a_cue_after_another_group_accused_of_a_crime_names_the_first_group() {
    let x = crate::run(
        "Quito. Agentes detuvieron el lunes a tres dirigentes indígenas en Cotopaxi tras una \
marcha contra la minería. En la misma provincia, la policía capturó el domingo a dos hombres \
acusados de feminicidio. Fueron identificados como Segundo Manuel Changoluisa, Rosa Elvira \
Tipanta y Luis Humberto Quishpi, dirigentes de la comunidad de Saquisilí.",
        "2024-02-14",
    );
    for name in [
        "Segundo Manuel Changoluisa",
        "Rosa Elvira Tipanta",
        "Luis Humberto Quishpi",
    ] {
        assert!(!crate::no_events(&x, name), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_an_accusation_the_text_disputes_leaves_the_group_political() {
    let x = crate::run(
        "Caracas. Funcionarios de la PNB detuvieron el martes a tres sindicalistas acusados de \
extorsionar a empresarios de Guayana, según el fiscal, quien no presentó pruebas. Fueron \
identificados como Néstor Alfonso Guaiqui, Leonardo José Azocar Rey y Rubén Darío Marcial. El \
sindicato denunció que el motivo fue la protesta salarial, y Provea los considera presos \
políticos.",
        "2024-05-10",
    );
    for name in [
        "Néstor Alfonso Guaiqui",
        "Leonardo José Azocar Rey",
        "Rubén Darío Marcial",
    ] {
        assert!(
            crate::kinds_of(&x, name).contains(&"arrest"),
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_two_figures_after_a_verb_of_keeping_count_are_a_balance() {
    let x = crate::run(
        "Boletín judicial de marzo

En marzo registramos 25 nuevas detenciones, entre ellas la del periodista Ángel Rafael Zerpa \
Lugo, detenido el 4 de marzo en Mérida, y 3 condenas.

12/03 — Tribunal Segundo de Juicio (Barquisimeto). ROSMERY DEL VALLE TORRALBA, enfermera: 6 \
años de prisión por incitación al odio.",
        "2024-04-05",
    );
    assert_eq!(
        crate::kinds_of(&x, "ROSMERY DEL VALLE TORRALBA"),
        ["sentence"],
        "{x:#?}"
    );
}

#[test]
fn issue_13_an_english_bulletin_s_new_arrests_among_its_figures_are_a_balance() {
    let x = crate::run(
        "Court bulletin for March

In March we recorded 4 convictions, 2 acquittals and 3 changes of measure, plus more than 25 \
new arrests across the country.

12/03 — Second Trial Court (Barquisimeto). ROSMERY DEL VALLE TORRALBA, nurse: 6 years in prison \
for incitement to hatred.
19/03 — Fifth Control Court (Maracay). Granted alternative measures to: Luis Ángel Morales and \
Pedro José Bastardo, Sidor workers.",
        "2024-04-05",
    );
    for name in ["Luis Ángel Morales", "Pedro José Bastardo"] {
        assert!(
            !crate::kinds_of(&x, name).contains(&"arrest"),
            "{name}: {x:#?}"
        );
    }
    assert_eq!(
        crate::kinds_of(&x, "ROSMERY DEL VALLE TORRALBA"),
        ["sentence"],
        "{x:#?}"
    );
}
