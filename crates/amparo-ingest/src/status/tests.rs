//! Tests of the status and measure vocabulary.

use super::*;

#[test]
fn statuses_in_both_languages() {
    let kind = |t: &str| parse_status(t);
    assert_eq!(kind("Detenida"), Some(ListStatus::Detained));
    assert_eq!(kind("PRESO"), Some(ListStatus::Detained));
    assert_eq!(
        kind("Excarcelado"),
        Some(released(ReleaseKind::Conditional))
    );
    assert_eq!(kind("libertad plena"), Some(released(ReleaseKind::Full)));
    assert_eq!(
        kind("Casa por cárcel"),
        Some(released(ReleaseKind::HouseArrest))
    );
    assert_eq!(
        kind("arresto domiciliario"),
        Some(released(ReleaseKind::HouseArrest))
    );
    assert_eq!(
        kind("Expulsado del país"),
        Some(released(ReleaseKind::Exile))
    );
    assert_eq!(kind("liberado"), Some(ListStatus::Released { kind: None }));
    assert_eq!(
        kind("paradero desconocido"),
        Some(ListStatus::WhereaboutsUnknown)
    );
    assert_eq!(kind("Fallecido"), Some(ListStatus::Deceased));
    assert_eq!(
        kind("released on bail"),
        Some(ListStatus::Released { kind: None })
    );
    assert_eq!(kind("Miranda"), None);
}

#[test]
fn measures_with_periods_and_leftovers() {
    let m = parse_measures(
        "Régimen de presentación cada 30 días, prohibición de salida del país y prohibición de declarar a medios",
    );
    assert_eq!(
        m,
        vec![
            ReleaseMeasure::Reporting { every_days: 30 },
            ReleaseMeasure::TravelBan,
            ReleaseMeasure::MediaBan
        ]
    );
    let m = parse_measures("arresto domiciliario con grillete; fianza Bs 1.000,50");
    assert_eq!(
        m,
        vec![
            ReleaseMeasure::HouseArrest {
                electronic_monitor: true
            },
            ReleaseMeasure::Bail {
                amount: Some("1.000,50".into())
            }
        ]
    );
    let m = parse_measures("presentación quincenal; no acercarse a la víctima");
    assert_eq!(
        m,
        vec![
            ReleaseMeasure::Reporting { every_days: 15 },
            ReleaseMeasure::Other {
                text: "no acercarse a la víctima".into()
            }
        ]
    );
}
