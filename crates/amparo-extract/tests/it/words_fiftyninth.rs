//! issue 13, fifty-ninth round: forms read from blind81 (spent), written anew with invented
//! names.

#[test]
fn issue_13_cases_still_being_verified_are_no_custody() {
    let x = crate::run(
        "Caracas. La ONG confirmó este domingo la excarcelación de nueve presos políticos. \
Según su coordinadora, todos salieron con régimen de presentación cada 15 días. \"Seis casos \
están verificados; los otros tres siguen en proceso de verificación\", precisó.\n\nEstos son \
sus nombres:\n\n1. Anselmo Rafael Quintana Lugo\n2. Dorismar Elena Caraballo\n3. Ricardo \
Antonio Vielma Paz",
        "2026-02-08",
    );
    for name in [
        "Anselmo Rafael Quintana Lugo",
        "Dorismar Elena Caraballo",
        "Ricardo Antonio Vielma Paz",
    ] {
        let kinds = crate::kinds_of(&x, name);
        assert!(kinds.contains(&"conditional_release"), "{name}: {x:#?}");
        assert!(!kinds.contains(&"detention"), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_a_table_row_that_prints_a_prison_holds_its_people_there() {
    let x = crate::run(
        "AGENDA JUDICIAL\n\nFECHA | TRIBUNAL | PROCESADO(S) | ACTO | JUEZ(A) | RECLUSIÓN / \
ESTATUS\n10/03 | 2° Control (Caracas) | QUINTERO LEAL, Yusbely Carolina | Audiencia \
preliminar diferida | Armando Velásquez Rey | INOF (Los Teques)\n11/03 | 4° Juicio (Caracas) | \
BRICEÑO SOTO, Julio César; MEDINA ARAY, Oscar Luis | Continuación de juicio | Marbella Peña \
Ortiz | Rodeo I (Guatire)\n",
        "2026-03-09",
    );
    for name in [
        "QUINTERO LEAL, Yusbely Carolina",
        "BRICEÑO SOTO, Julio César",
        "MEDINA ARAY, Oscar Luis",
    ] {
        assert!(
            crate::kinds_of(&x, name).contains(&"detention"),
            "{name}: {x:#?}"
        );
    }
    for judge in ["Armando Velásquez Rey", "Marbella Peña Ortiz"] {
        assert!(
            crate::person(&x, judge).is_none_or(|p| p.events.is_empty()),
            "{judge}: {x:#?}"
        );
    }
}
