//! Whether two records' names agree part by part: what tells a typo in one person's
//! national id from two people's neighbouring numbers.
//!
//! Cédulas are issued in sequence, so the numbers one digit away from a person's belong to
//! other people. A list of 100,000 people with sequential cédulas, imported, queued 99.8%
//! of its rows and merged 174 into other persons: ids one edit apart were read as a typo
//! whatever the names said. A one-edit difference is a typo only under names that agree
//! (see [`crate::compare::compare`]); under names that differ the ids are two people's.

use crate::compare::{Field, MISSING, NF};
use crate::record::{NONE, Prepared};
use crate::similarity::Sim;

/// How the names of two records agree, part by part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameAgreement {
    /// The first given name and first surname are on both sides, and every part given on
    /// both sides is the same name: equal, an initial, a nickname, misspelt, or the given
    /// names in the other order.
    Agree,
    /// No part given on both sides is another name, but one is only close by Jaro-Winkler,
    /// not a misspelling of it: another name beside a different id ("Salas" / "Salazar",
    /// "Peña" / "Peñaloza"), a garbled one beside the same id ("Macrela" / "Madrcela").
    Close,
    /// No part given on both sides differs, but a first given name or first surname is
    /// missing on one side: too little to read a near id as a typo.
    Partial,
    /// A part given on both sides is another name ("Pérez" / "González").
    Differ,
}

/// How one name part compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// Not given on both sides.
    Missing,
    /// The same name (equal, nickname, initial, misspelt, the other given name).
    Same,
    /// Close by Jaro-Winkler only, which puts a name and its start close ("Peña" /
    /// "Peñaloza" 0.90, "Marín" / "Martínez") as well as two misspellings of one name.
    Close,
    /// Another name.
    Other,
}

/// Read the names of a compared pair from its name levels (`crossed`: the surnames were
/// aligned paternal ↔ maternal). Levels below exact agreement (other than a nickname, an
/// initial or the given names swapped) are checked for a misspelling ([`Sim::same_name`]):
/// Jaro-Winkler scores one typo low on short names ("Paz" / "Pas") and puts other names
/// close ("Salas" / "Salazar", "Mora" / "Morales").
pub(crate) fn name_agreement(
    s: &Sim<'_>,
    a: &Prepared,
    b: &Prepared,
    levels: &[u8; NF],
    crossed: bool,
) -> NameAgreement {
    let level = |f: Field| levels[f as usize];
    // `close`: the level is one Jaro-Winkler calls similar
    let read = |same: bool, close: bool| match (same, close) {
        (true, _) => Part::Same,
        (false, true) => Part::Close,
        (false, false) => Part::Other,
    };
    let (s1, s2) = if crossed {
        ((a.s1, b.s2), (a.s2, b.s1))
    } else {
        ((a.s1, b.s1), (a.s2, b.s2))
    };
    let given_swapped = a.g2 != NONE && a.g1 == b.g2 && a.g2 == b.g1;
    let parts = [
        match level(Field::Given1) {
            MISSING => Part::Missing,
            // exact, nickname, an initial or the other given name
            0 | 1 | 4 => Part::Same,
            l => read(s.same_name(a.g1, b.g1), l <= 3),
        },
        match level(Field::Given2) {
            MISSING => Part::Missing,
            // exact, an initial
            0 | 1 => Part::Same,
            l => read(given_swapped || s.same_name(a.g2, b.g2), l == 2),
        },
        match level(Field::Surname1) {
            MISSING => Part::Missing,
            0 => Part::Same,
            // one surname given against two: it may be the second ("Diana Oviedo" for
            // Diana González Oviedo)
            l => read(
                s.same_name(s1.0, s1.1)
                    || (a.s2 == NONE && b.s2 != NONE && s.same_name(a.s1, b.s2))
                    || (b.s2 == NONE && a.s2 != NONE && s.same_name(b.s1, a.s2)),
                l <= 2,
            ),
        },
        match level(Field::Surname2) {
            MISSING => Part::Missing,
            0 => Part::Same,
            l => read(s.same_name(s2.0, s2.1), l == 1),
        },
    ];
    if parts.contains(&Part::Other) {
        NameAgreement::Differ
    } else if parts.contains(&Part::Close) {
        NameAgreement::Close
    } else if parts[0] == Part::Missing || parts[2] == Part::Missing {
        NameAgreement::Partial
    } else {
        NameAgreement::Agree
    }
}

#[cfg(test)]
mod tests {
    use super::NameAgreement::{self, Agree, Close, Differ, Partial};
    use crate::blocking::NameKeys;
    use crate::compare::{Comparison, Field, SameId, compare};
    use crate::prepare::Dataset;
    use crate::record::Record;
    use crate::similarity::Sim;

    /// Compare the last two of `names` (with cédulas), the others giving the vocabulary.
    fn compared(names: &[(&str, &str)]) -> Comparison {
        let records: Vec<Record> = names
            .iter()
            .map(|(name, id)| Record {
                full_name: (*name).into(),
                national_id: (*id).into(),
                ..Record::default()
            })
            .collect();
        let ds = Dataset::build(&records);
        let keys = NameKeys::build(&ds.tokens);
        let sim = &mut Sim::new(&ds.tokens, &keys);
        let n = ds.recs.len();
        compare(sim, &ds.recs[n - 2], &ds.recs[n - 1])
    }

    #[rstest::rstest]
    #[case::same(
        "María Alejandra Pérez González",
        "MARIA ALEJANDRA PEREZ GONZALEZ",
        Agree
    )]
    #[case::second_surname(
        "María Alejandra Pérez Pérez",
        "María Alejandra Pérez González",
        Differ
    )]
    #[case::second_given("María Alejandra Pérez", "María Isabel Pérez", Differ)]
    #[case::close_by_jaro_winkler("Ana Salas", "Ana Salazar", Close)]
    #[case::a_surname_and_its_start("Luis Mora Paz", "Luis Morales Paz", Close)]
    #[case::a_second_surname_and_its_start("Alberto Ochoa Peña", "Alberto Peñaloza Ochoa", Close)]
    #[case::garbled_twice("Judith Macrela Rivera", "Judith Madrcela Rivera", Close)]
    #[case::short_typo("Ana Paz", "Ana Pas", Agree)]
    #[case::transposed("Noeila Espinosa", "Noelia Espinosa Miranda", Agree)]
    #[case::initial("José M. Rojas", "José Manuel Rojas", Agree)]
    #[case::given_names_swapped("José Luis Rojas", "Luis José Rojas", Agree)]
    #[case::surnames_crossed("Ana Rojas Paz", "PAZ ROJAS, ANA", Agree)]
    #[case::only_the_second_surname("Diana Oviedo", "Diana González Oviedo", Agree)]
    #[case::no_surname("Ana", "Ana Rojas", Partial)]
    fn names_are_read_part_by_part(
        #[case] a: &str,
        #[case] b: &str,
        #[case] expected: NameAgreement,
    ) {
        assert_eq!(compared(&[(a, ""), (b, "")]).names, expected);
    }

    #[test]
    fn two_misspellings_of_one_common_surname_agree() {
        // "Pérjez" and "Péerz" are two edits apart, but each is one from the vocabulary's
        // far more frequent "Pérez".
        let mut names = vec![("Rosa Pérez", ""); 4];
        names.extend([("Sandra Pérjez", ""), ("Sandra Péerz Valencia", "")]);
        assert_eq!(compared(&names).names, Agree);
    }

    #[test]
    fn a_cedula_one_digit_off_is_a_typo_only_under_names_that_agree() {
        let typo = compared(&[
            ("Ignacio Uzcátegui Larrazábal", "V-10.000.213"),
            ("IGNACIO UZCATEGUI LARRAZABAL", "10000218"),
        ]);
        assert_eq!(typo.level(Field::NationalId), 1);
        assert!(!typo.identifier_conflict() && !typo.different_persons());
        // Weak evidence, but never dropped: at least shown for review, whatever the weights.
        assert_eq!(typo.decide(0.0, 0.35, 0.2), 0.2);

        let neighbours = compared(&[
            ("María Alejandra Pérez Pérez", "V-10000001"),
            ("María Alejandra Pérez González", "V-10000002"),
        ]);
        assert_eq!(neighbours.level(Field::NationalId), 2);
        assert!(neighbours.ids_one_edit_apart);
        assert!(neighbours.vetoes_auto_match() && neighbours.different_persons());
        // Whatever the weights said, neither a match nor a review.
        assert!(neighbours.decide(1.0, 0.35, 0.2) < 0.2);
        // A surname only close to the other by Jaro-Winkler is another surname too.
        let close = compared(&[
            ("Ana Lucía Salas", "V-10000001"),
            ("Ana Lucía Salazar", "V-10000002"),
        ]);
        assert!(close.different_persons());

        // One number under names that differ in a part: a typo onto a neighbour's number,
        // shown, never merged (with nothing else agreeing).
        let typo_onto_neighbour = compared(&[
            ("María Alejandra Pérez Pérez", "10000002"),
            ("María Alejandra Pérez González", "V-10000002"),
        ]);
        assert_eq!(typo_onto_neighbour.same_id, SameId::Doubtful);
        assert!(typo_onto_neighbour.vetoes_auto_match());
        assert!((0.2..0.35).contains(&typo_onto_neighbour.decide(1.0, 0.35, 0.2)));

        // Names that do not disagree but say too little: kept from merging, still shown.
        let bare = compared(&[("Ana", "V-10000001"), ("Ana Rojas", "V-10000002")]);
        assert!(bare.vetoes_auto_match() && !bare.different_persons());
    }
}
