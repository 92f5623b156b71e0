//! Conflicts in words (issue 10: "conflicts are named by fact ids only"): each says which
//! sources say what, on which dates, and how it was settled, in English or Spanish.

use crate::support::*;
use amparo_domain::custody::Change;
use amparo_domain::*;
use amparo_text::Lang;

#[test]
fn issue_10_a_conflict_says_who_says_what_in_english_and_spanish() {
    let (ngo, paper) = (SourceId::generate(), SourceId::generate());
    let a = arrest("2024-02-09");
    let freed = CustodyEvent {
        source: Some(paper),
        ..release(
            "2026-01-08",
            Verification::Reported,
            ReleaseKind::Conditional,
            vec![ReleaseMeasure::Reporting { every_days: 30 }],
        )
    };
    let held = CustodyEvent {
        source: Some(ngo),
        ..event(
            "2026-01-08",
            Verification::Verified,
            held_at(Some("Rodeo I")),
        )
    };
    let status = custody_status(&[a, freed.clone(), held.clone()], day("2026-01-08"));
    let c = &status.conflicts[0];
    assert_eq!(c.kind, ConflictKind::SameDayBetterVerified);
    assert_eq!((c.overruled, c.prevailing), (freed.fact, held.fact));
    assert_eq!(c.overruled_says.source, Some(paper));
    assert_eq!(c.prevailing_says.change, held.change);
    let names = |id: SourceId| {
        (id == ngo)
            .then(|| "Observatorio Inventado".to_owned())
            .or_else(|| (id == paper).then(|| "Diario Ficticio".to_owned()))
    };
    assert_eq!(
        c.explain(Lang::En, names),
        "Diario Ficticio reports a release with measures (reporting:30) on 2026-01-08 \
         (reported); but Observatorio Inventado reports the person held at Rodeo I on \
         2026-01-08 (verified). Same day, outcomes that cannot both be true: the \
         better-verified fact prevails."
    );
    assert_eq!(
        c.explain(Lang::Es, names),
        "Diario Ficticio informa una excarcelación con medidas (reporting:30) el 2026-01-08 \
         (reportado); pero Observatorio Inventado informa a la persona detenida en Rodeo I el \
         2026-01-08 (verificado). Mismo día, resultados incompatibles: prevalece el hecho \
         mejor verificado."
    );
    assert!(
        c.reason
            .starts_with(&format!("source {paper} reports a release"))
    );
}

#[test]
fn every_kind_of_conflict_has_words_in_both_languages() {
    let a = arrest("2024-02-09");
    let died = event("2025-01-01", Verification::Verified, Change::Died);
    let later = release(
        "2025-02-01",
        Verification::Reported,
        ReleaseKind::Full,
        vec![],
    );
    let listed = observed("2026-01-12", Verification::Reported, held_at(None));
    let status = custody_status(&[a, died, later, listed.clone()], day("2026-01-31"));
    assert_eq!(status.conflicts.len(), 2);
    for c in &status.conflicts {
        assert_eq!(c.kind, ConflictKind::AfterDeath);
        let (en, es) = (c.explain(Lang::En, |_| None), c.explain(Lang::Es, |_| None));
        assert!(en.ends_with("the death prevails."), "{en}");
        assert!(es.ends_with("prevalece la muerte."), "{es}");
    }
    let words = status.conflicts[1].explain(Lang::Es, |_| None);
    assert!(
        words.starts_with("una fuente no registrada registra a la persona detenida al 2026-01-12, sin fecha del cambio"),
        "{words}"
    );
    for kind in ConflictKind::ALL {
        assert_eq!(ConflictKind::parse(kind.as_str()).unwrap(), *kind);
    }
}
