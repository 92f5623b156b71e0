//! issue 13, twenty-third round: what words say of one person or a group — a participle that
//! describes people told of in an announcement. Invented names only.

use crate::kinds_of;

#[test]
fn issue_13_people_described_as_freed_in_an_announcement_were_freed() {
    let x = crate::run(
        "El tribunal anunció ayer que las 12 personas excarceladas el martes y trasladadas a Guatemala en un vuelo fletado pierden la nacionalidad.\n\nLa lista de desterrados incluye:\n\n· PERALTA NÚÑEZ, Abelardo José. Campesino, preso desde 2023.\n· ZAMORA CUADRA, Irma Lucía. Maestra.",
        "2025-10-10",
    );
    for name in ["PERALTA NÚÑEZ, Abelardo José", "ZAMORA CUADRA, Irma Lucía"] {
        let kinds = kinds_of(&x, name);
        assert!(kinds.contains(&"release"), "{name}: {x:#?}");
        assert!(kinds.contains(&"exile"), "{name}: {x:#?}");
    }
}
