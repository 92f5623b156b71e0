//! No input makes the extractor panic, and excerpts are where their offsets say.

use proptest::prelude::*;

fn check(text: &str) {
    let x = amparo_extract::extract(text, Some(crate::day("2026-01-08")), None).expect("read");
    let chars: Vec<char> = text.chars().collect();
    for p in &x.persons {
        for e in &p.events {
            let slice: String = chars
                .get(e.start..e.end)
                .map(|c| c.iter().collect())
                .unwrap_or_default();
            assert_eq!(slice, e.excerpt);
        }
    }
    let _ = serde_json::to_string(&x).expect("serialises");
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,300}") {
        check(&text);
    }

    #[test]
    fn news_like_text_never_panics(words in proptest::collection::vec(prop::sample::select(vec![
        "Ana", "Rivas", "fue", "detenida", "excarcelada", "el", "jueves", ",", ".", "y", "and", "was", "freed", "on",
        "Thursday", "2021", "863", "presos", "políticos", "Foro", "Penal", "his", "brother", "su", "hermano", "\"",
        "El", "Helicoide", "house", "arrest", "no", "will", "be", "released", "U.S.", "forces", "de", "la", "\n\n",
        "(2026-01-08, test)", "Jan.", "8", "desde", "since", "held", "Ambos", "Both", "—",
    ]), 0..80)) {
        check(&words.join(" "));
    }

    // issue 13: the layout reads lines, bullets, tables, headers and noise: no shape of them panics.
    #[test]
    fn page_like_text_never_panics(words in proptest::collection::vec(prop::sample::select(vec![
        "\n", "\n\n", "|", ":", "-", "•", "1.", "2)", "Foto:", "Lee también:", "Read more:", "ANA", "PÉREZ",
        "Ana", "Pérez", ",", ";", "y", "and", "03/08/2024", "Nombre", "Cédula", "Fecha de detención", "Centro",
        "Con arresto domiciliario", "Mujeres", "excarcelados", "freed", "They include", "CARACAS", "—",
        "Tocorón", "(32 años)", "\t", "**", "#", "el lunes", "Estos son sus nombres", "los cuatro",
        "deberán presentarse cada 15 días", "Advertisement", "By", "Por",
    ]), 0..120)) {
        check(&words.join(" "));
    }
}

#[test]
fn header_line_gives_the_publication_date_and_offsets_count_it() {
    let text = "(2026-01-08, invented)\n\nAna Rivas fue excarcelada ayer.";
    let x = amparo_extract::extract(text, None, None).expect("read");
    assert_eq!(x.published.as_deref(), Some("2026-01-08"));
    let p = &x.persons[0];
    assert_eq!(p.events[0].date.as_deref(), Some("2026-01-07"));
    assert_eq!(p.events[0].start, 24);
    check(text);
}

#[test]
fn language_is_detected() {
    assert_eq!(
        amparo_extract::extract("El periodista fue detenido en su casa.", None, None)
            .expect("read")
            .language,
        "es"
    );
    assert_eq!(
        amparo_extract::extract("The journalist was arrested at home.", None, None)
            .expect("read")
            .language,
        "en"
    );
}
