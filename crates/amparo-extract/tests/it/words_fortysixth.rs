//! issue 13, forty-sixth round: forms read from the spent blind sets' errors, written anew with
//! invented names.

#[test]
fn issue_13_names_reproduced_as_they_were_sent_are_no_transfer() {
    // ("Los reproducimos tal como fueron enviados:" before a list: the names were sent to the
    // paper; the list takes the lead's release and exile.)
    let x = crate::run(
        "Liberados y desterrados 12 presos políticos\n\nUn vuelo con doce presos políticos excarcelados y desterrados por el régimen aterrizó anoche en San José.\n\nLa organización compartió los nombres. Los reproducimos tal como fueron enviados:\n\n1. PÉREZ SOLÓRZANO, JACINTO RAMIRO — campesino\n2. MAIRENA ULLOA, TERESA DE JESÚS — activista\n",
        "2024-10-03",
    );
    for name in [
        "PÉREZ SOLÓRZANO, JACINTO RAMIRO",
        "MAIRENA ULLOA, TERESA DE JESÚS",
    ] {
        let kinds = crate::kinds_of(&x, name);
        assert!(kinds.contains(&"release"), "{name}: {x:#?}");
        assert!(!kinds.contains(&"transfer"), "{name}: {x:#?}");
    }
}
