//! Contract test of what each role may read: every read method called as the public and as
//! a researcher over protected persons finds none of their names, ids or restricted fields
//! (issue 9). One test, past 400 lines on purpose: every read method is called in one
//! place, so a new read is added where the privacy test will see it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::{Harness, ctx, fact, source};
use crate::{PersonQuery, Write};
use amparo_domain::*;

/// What a protected fixture must never show to the public or a researcher.
struct Secrets {
    words: Vec<String>,
}

impl Secrets {
    fn assert_absent(&self, what: &str, shown: &str) {
        let folded = amparo_text::fold(shown);
        for w in &self.words {
            assert!(
                !folded.contains(&amparo_text::fold(w)),
                "{what} shows {w:?}: {shown}"
            );
        }
    }
}

/// Every read method, as `access`, over a registry holding a hidden person, an
/// initials-only person, restricted fields, a cédula inside a retraction reason and a
/// public person whose excerpt names the hidden one.
pub async fn every_read_hides_what_the_role_may_not_see(h: &dyn Harness) {
    let store = h.store();
    let article = source(store, "Diario Inventado", Some(b"un texto inventado")).await;
    let mut testimony =
        Source::new(SourceId::generate(), SourceKind::Testimony, "Familia").unwrap();
    testimony.title = Some("Testimonio de la madre de Teodora Quintana".into());
    let mut hidden = Person::new(
        PersonId::generate(),
        PersonName::parse("Teodora Quintana Urbina").unwrap(),
    );
    hidden.visibility = Visibility::Hidden;
    hidden.national_id = Some(NationalId::parse("V-14.725.836").unwrap());
    hidden
        .names
        .push(PersonName::parse("La Flaca Quintana").unwrap());
    let mut initials = Person::new(
        PersonId::generate(),
        PersonName::parse("Wenceslao Iturriaga Belloso").unwrap(),
    );
    initials.visibility = Visibility::Initials;
    initials
        .names
        .push(PersonName::parse("Wences Iturriaga").unwrap());
    let mut public = Person::new(
        PersonId::generate(),
        PersonName::parse("Ana Prado").unwrap(),
    );
    public.national_id = Some(NationalId::parse("V-20.111.222").unwrap());
    public.contacts = Some("telefono de la hermana 0414-5550000".into());
    public.health = Some("hipertensa".into());
    public.notes = Some("nota interna reservada".into());
    // A duplicate of the hidden person, merged into her: protected as much as she is.
    let duplicate = Person::new(
        PersonId::generate(),
        PersonName::parse("Teodora Q. Urbina").unwrap(),
    );
    let cite = |text: &str| Citation::new(article.id, Some(text.into()), None).unwrap();
    let mut hidden_arrest = fact(
        &hidden,
        &article,
        FactKind::Arrest {
            facility: None,
            agency: None,
        },
        "2024-08-03",
    );
    hidden_arrest = Fact::new(
        hidden_arrest.id,
        hidden.id,
        hidden_arrest.kind.clone(),
        hidden_arrest.date,
        vec![cite("Detuvieron a Teodora Quintana, cédula 14.725.836")],
    )
    .unwrap();
    let initials_arrest = Fact::new(
        FactId::generate(),
        initials.id,
        FactKind::Arrest {
            facility: None,
            agency: None,
        },
        PartialDate::parse("2024-09-01").unwrap(),
        vec![cite("Wenceslao Iturriaga fue detenido")],
    )
    .unwrap();
    let public_arrest = Fact::new(
        FactId::generate(),
        public.id,
        FactKind::Arrest {
            facility: None,
            agency: None,
        },
        PartialDate::parse("2024-08-03").unwrap(),
        vec![cite("Ana Prado y Teodora Quintana fueron detenidas")],
    )
    .unwrap();
    let public_release = Fact::new(
        FactId::generate(),
        public.id,
        FactKind::Release {
            release_kind: ReleaseKind::Full,
            measures: vec![],
        },
        PartialDate::parse("2026-01-08").unwrap(),
        vec![cite("Ana Prado salió")],
    )
    .unwrap();
    let proposal = Proposal {
        id: ProposalId::generate(),
        source: article.id,
        what: amparo_domain::Proposed::Fact {
            person: ProposedPerson::Existing {
                id: hidden.id,
                score: 1.0,
            },
            kind: FactKind::WhereaboutsUnknown,
        },
        date: None,
        verification: Verification::Reported,
        excerpt: "Se desconoce el paradero de Teodora Quintana".into(),
        locator: None,
        note: None,
        state: ReviewState::Proposed,
        decision: None,
    };
    let announcement = Announcement {
        id: ClaimId::generate(),
        source: article.id,
        announced_by: "Asamblea".into(),
        date: PartialDate::parse("2026-01-08").unwrap(),
        quantity: Quantity::Unspecified,
        description: Some("incluiría a Teodora Quintana".into()),
        retracted: None,
    };
    store
        .write_batch(
            vec![
                Write::Source {
                    source: testimony.clone(),
                    original: Some(b"Teodora Quintana Urbina, V-14.725.836".to_vec()),
                },
                Write::Person(hidden.clone()),
                Write::Person(initials.clone()),
                Write::Person(public.clone()),
                Write::Person(duplicate.clone()),
                Write::Merge {
                    into: hidden.id,
                    from: duplicate.id,
                    reason: "misma persona: Teodora Quintana".into(),
                },
                Write::Fact(hidden_arrest.clone()),
                Write::Fact(initials_arrest.clone()),
                Write::Fact(public_arrest.clone()),
                Write::Fact(public_release.clone()),
                Write::Retract {
                    fact: public_release.id,
                    reason: "confundida con la cédula V-14.725.836".into(),
                },
                Write::Proposal(proposal.clone()),
                Write::Announcement(announcement),
            ],
            &ctx(),
        )
        .await
        .unwrap();
    let secrets = Secrets {
        words: [
            "Teodora",
            "Quintana",
            "Urbina",
            "Flaca",
            "Wenceslao",
            "Iturriaga",
            "Belloso",
            "Wences",
            "14725836",
            "14.725.836",
            "20111222",
            "20.111.222",
            // (The whole number: four hex digits turn up in an audit hash by chance.)
            "0414-5550000",
            "5550000",
            "hipertensa",
            "nota interna",
            "Testimonio",
        ]
        .iter()
        .map(|s| s.to_string())
        .chain([hidden.id, duplicate.id].iter().map(ToString::to_string))
        .chain([hidden_arrest.id.to_string(), proposal.id.to_string()])
        .chain([testimony.id.to_string()])
        .collect(),
    };
    let all = PersonQuery {
        text: None,
        limit: 0,
        offset: 0,
    };
    let hidden_facts = vec![hidden_arrest.id.to_string()];
    for access in [Access::Public, Access::Researcher] {
        let show =
            |what: &str, value: String| secrets.assert_absent(&format!("{access} {what}"), &value);
        show(
            "sources",
            format!("{:?}", store.sources(access).await.unwrap()),
        );
        show(
            "source",
            format!(
                "{:?}",
                store
                    .source(testimony.id, access)
                    .await
                    .map_err(|_| "not found")
            ),
        );
        show(
            "source",
            format!("{:?}", store.source(article.id, access).await.unwrap()),
        );
        show(
            "source_by_hash",
            format!(
                "{:?}",
                store
                    .source_by_hash(
                        &Sha256::of(b"Teodora Quintana Urbina, V-14.725.836"),
                        access
                    )
                    .await
            ),
        );
        show(
            "source_original",
            format!(
                "{:?}",
                store
                    .source_original(article.id, access)
                    .await
                    .map_err(|_| "not found")
            ),
        );
        show(
            "source_original",
            format!(
                "{:?}",
                store
                    .source_original(testimony.id, access)
                    .await
                    .map_err(|_| "not found")
            ),
        );
        for id in [hidden.id, initials.id, public.id, duplicate.id] {
            show(
                "person",
                format!(
                    "{:?}",
                    store.person(id, access).await.map_err(|_| "not found")
                ),
            );
            show(
                "facts_of",
                format!(
                    "{:?}",
                    store.facts_of(id, access).await.map_err(|_| "not found")
                ),
            );
            let version = store.person_version(id, access).await;
            assert_eq!(
                version.is_ok(),
                id == initials.id || id == public.id,
                "{access} person_version of {id}"
            );
        }
        for text in [
            "Teodora",
            "Quintana",
            "Wenceslao",
            "Iturriaga",
            "14725836",
            "q",
        ] {
            let q = PersonQuery {
                text: Some(text.into()),
                limit: 0,
                offset: 0,
            };
            let page = store.find_persons(&q, access).await.unwrap();
            show("find_persons", format!("{page:?}"));
            if text != "q" {
                assert!(
                    page.items.iter().all(|p| p.id == public.id),
                    "{access} finds a protected person by {text:?}"
                );
            }
        }
        show(
            "find_persons",
            format!("{:?}", store.find_persons(&all, access).await.unwrap()),
        );
        for id in [&hidden.national_id, &public.national_id]
            .into_iter()
            .flatten()
        {
            show(
                "persons_with_national_id",
                format!(
                    "{:?}",
                    store.persons_with_national_id(id, access).await.unwrap()
                ),
            );
        }
        show(
            "all_persons",
            format!("{:?}", store.all_persons(access).await.unwrap()),
        );
        for prefix in [
            &hidden.id.to_string()[..8],
            &duplicate.id.to_string()[..8],
            "0",
        ] {
            show(
                "persons_with_id_prefix",
                format!(
                    "{:?}",
                    store.persons_with_id_prefix(prefix, access).await.unwrap()
                ),
            );
        }

        show(
            "proposals",
            format!("{:?}", store.proposals(None, access).await.unwrap()),
        );
        show(
            "proposal",
            format!(
                "{:?}",
                store
                    .proposal(proposal.id, access)
                    .await
                    .map_err(|_| "not found")
            ),
        );
        for id in [
            hidden_arrest.id,
            initials_arrest.id,
            public_arrest.id,
            public_release.id,
        ] {
            show(
                "fact",
                format!(
                    "{:?}",
                    store.fact(id, access).await.map_err(|_| "not found")
                ),
            );
        }
        show(
            "custody_events",
            format!("{:?}", store.custody_events(access).await.unwrap()),
        );
        show(
            "other_facts",
            format!("{:?}", store.other_facts(access).await.unwrap()),
        );
        show(
            "facilities",
            format!("{:?}", store.facilities(access).await.unwrap()),
        );
        show(
            "announcements",
            format!("{:?}", store.announcements(access).await.unwrap()),
        );
        show(
            "claims",
            format!("{:?}", store.claims(access).await.unwrap()),
        );
        show(
            "audit_log",
            format!("{:?}", store.audit_log(access).await.unwrap()),
        );
        show(
            "facts_citing",
            format!(
                "{:?}",
                store.facts_citing(article.id, access).await.unwrap()
            ),
        );
        show(
            "audit_page",
            format!("{:?}", store.audit_page(access, 1000, 0).await.unwrap()),
        );
        show(
            "first_actors",
            format!(
                "{:?}",
                store
                    .first_actors(EntityKind::Fact, &hidden_facts, access)
                    .await
                    .unwrap()
            ),
        );
        // What may be seen is still there.
        assert_eq!(
            store
                .person(initials.id, access)
                .await
                .unwrap()
                .display_name(),
            "W. I. B."
        );
        assert_eq!(store.facts_of(public.id, access).await.unwrap().len(), 2);
        assert_eq!(store.all_persons(access).await.unwrap().len(), 2);
    }
    // The roles that see everything see it.
    let everything = format!(
        "{:?}{:?}",
        store.facts_of(public.id, Access::Documenter).await.unwrap(),
        store.person(hidden.id, Access::Admin).await.unwrap()
    );
    assert!(everything.contains("Teodora Quintana") && everything.contains("14725836"));
    let actors = store
        .first_actors(EntityKind::Fact, &hidden_facts, Access::Documenter)
        .await
        .unwrap();
    assert_eq!(actors.len(), 1, "{actors:?}");
    assert!(
        store
            .facts_citing(hidden_arrest.citations()[0].source, Access::Documenter)
            .await
            .unwrap()
            .iter()
            .any(|f| f.fact.id == hidden_arrest.id)
    );
    assert_eq!(
        store
            .proposals(None, Access::Documenter)
            .await
            .unwrap()
            .len(),
        1
    );
}
