//! Ingesting news texts: each is stored as a source, and what it says goes into the review
//! queue as proposals, linked to known persons where identity resolution is confident.

use crate::{Action, Actor, App, AppError, AppResult};
use amparo_domain::{
    Access, AggregateClaim, Announcement, ClaimId, ClaimSubject, CountryCode, Facility, FactKind,
    PartialDate, PersonRole, Proposal, ProposalId, Proposed, ProposedPerson, Quantity, ReleaseKind,
    ReleaseMeasure, ReviewState, Sha256, Source, SourceId, SourceKind, Verification, facility,
};
use amparo_extract::{Certainty, Count, CountModality, CountSubject, Event, EventType, Extraction};
use amparo_store::Write;
use chrono::NaiveDate;
use serde::Serialize;

/// How a batch of texts comes in.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    pub publisher: String,
    /// Relative dates in the texts resolve against it.
    pub published: NaiveDate,
    pub url: Option<String>,
    /// The kind of source (news-article, official-statement, testimony...).
    pub kind: String,
    /// The language, detected from each text when not given.
    pub lang: Option<amparo_text::Lang>,
    /// Accept at once every proposal that has a date, without review.
    pub accept: bool,
}

/// What was done with one text.
#[derive(Debug, Clone, Serialize)]
pub struct IngestedText {
    /// The file name or label the text came with.
    pub file: String,
    pub source: Option<SourceId>,
    /// "ingested", or why not ("already ingested as SOURCE").
    pub outcome: String,
    pub proposals: Vec<ProposalId>,
    pub accepted: usize,
    /// Why proposals could not be accepted at once, when `accept` was asked.
    pub not_accepted: Vec<String>,
    pub linked_to_known_persons: usize,
    pub skipped_events: usize,
    /// Numbers and announcements the text states, filed as proposals too.
    pub claims: usize,
}

/// Release conditions from the text's words, kept as the words.
fn measures(conditions: Option<&str>) -> Vec<ReleaseMeasure> {
    conditions
        .map(|text| {
            vec![ReleaseMeasure::Other {
                text: text.to_owned(),
            }]
        })
        .unwrap_or_default()
}

/// The fact an extracted event proposes, and a note when the text left something open.
fn fact_kind(event: &Event, facilities: &[Facility]) -> Option<(FactKind, Option<String>)> {
    let place = event.place.as_deref().map(|p| {
        facility::find(facilities, p)
            .map(|f| f.name.clone())
            .unwrap_or_else(|| p.to_owned())
    });
    Some(match event.kind {
        EventType::Arrest => (
            FactKind::Arrest {
                facility: place,
                agency: None,
            },
            None,
        ),
        EventType::Detention => (FactKind::Detention { facility: place }, None),
        EventType::Transfer => (FactKind::Transfer { facility: place? }, None),
        EventType::Release => (
            FactKind::Release {
                release_kind: ReleaseKind::Conditional,
                measures: vec![],
            },
            // A catalogue key: each reader sees it in their language (amparo_i18n::stored_note).
            Some("note-release-conditions-unknown".into()),
        ),
        EventType::ConditionalRelease => (
            FactKind::Release {
                release_kind: ReleaseKind::Conditional,
                measures: measures(event.conditions.as_deref()),
            },
            None,
        ),
        EventType::HouseArrest => (
            FactKind::Release {
                release_kind: ReleaseKind::HouseArrest,
                measures: vec![],
            },
            None,
        ),
        EventType::Sentence => (
            FactKind::Sentence {
                term_months: None,
                text: event.charges.clone(),
            },
            None,
        ),
        EventType::Charge => (
            FactKind::Charge {
                offences: vec![event.charges.clone().unwrap_or_else(|| "not stated".into())],
            },
            None,
        ),
        EventType::DeathInCustody => (FactKind::DeathInCustody { facility: place }, None),
        EventType::Disappearance => (FactKind::WhereaboutsUnknown, None),
        EventType::Exile | EventType::Expulsion => (
            FactKind::Release {
                release_kind: ReleaseKind::Exile,
                measures: vec![],
            },
            None,
        ),
    })
}

/// The proposal a count the text states makes: a promised or announced release wave is an
/// announcement; a reported number of people held is a claim as of its date (the reviewer
/// supplies one when the text gives none); a reported number released or arrested is a
/// claim over the day it is dated (or the publication day). Counts of nothing the registry
/// counts are left out.
fn count_proposal(count: &Count, source: &Source, published: NaiveDate) -> Option<Proposal> {
    let quantity = match (count.number, &count.vague_quantity) {
        (Some(n), _) => Quantity::Number(n),
        (None, Some(words)) => Quantity::Vague(words.clone()),
        (None, None) => Quantity::Unspecified,
    };
    let by = count
        .according_to
        .clone()
        .unwrap_or_else(|| source.publisher.clone());
    let dated = count
        .as_of
        .as_deref()
        .and_then(|d| PartialDate::parse(d).ok());
    let day = dated.unwrap_or_else(|| PartialDate::from_day(published));
    let what = match (count.modality, count.subject) {
        (CountModality::Future | CountModality::Announced, CountSubject::Released) => {
            Proposed::Announcement {
                announcement: Announcement {
                    id: ClaimId::generate(),
                    source: source.id,
                    announced_by: by,
                    date: day,
                    quantity,
                    description: Some(count.excerpt.clone()),
                    retracted: None,
                },
            }
        }
        (CountModality::Reported, subject) => {
            let subject = match subject {
                CountSubject::Held => ClaimSubject::Held,
                CountSubject::Released => ClaimSubject::Released,
                CountSubject::Arrested => ClaimSubject::Arrested,
                CountSubject::Other => return None,
            };
            Proposed::Claim {
                claim: AggregateClaim {
                    id: ClaimId::generate(),
                    source: source.id,
                    according_to: by,
                    subject,
                    quantity,
                    as_of: if subject.is_stock() { dated } else { None },
                    period: (!subject.is_stock()).then_some((day, day)),
                    retracted: None,
                },
            }
        }
        _ => return None,
    };
    let date = match &what {
        Proposed::Announcement { .. } => Some(day),
        _ => dated,
    };
    Some(Proposal {
        id: ProposalId::generate(),
        source: source.id,
        what,
        date,
        verification: Verification::Reported,
        excerpt: count.excerpt.clone(),
        locator: Some(format!("chars {}-{}", count.start, count.end)),
        note: Some(format!("note-count-stated:{}", count.what)),
        state: ReviewState::Proposed,
        decision: None,
    })
}

/// The extractor, knowing also the facilities documenters added to the registry's
/// gazetteer, so a new place needs no new release.
fn extractor_with(facilities: &[Facility]) -> amparo_extract::Extractor {
    let mut extractor = amparo_extract::Extractor::default();
    let gazetteer = extractor.gazetteer_mut();
    for f in facilities {
        if gazetteer.entries().iter().any(|e| e.name == f.name) {
            continue;
        }
        let entry = amparo_extract::Entry {
            name: f.name.clone(),
            kind: amparo_extract::EntryKind::Facility,
            town: f.town.clone(),
            operator: f.operator.clone(),
            category: None,
        };
        let aliases: Vec<&str> = f.aliases.iter().map(String::as_str).collect();
        gazetteer.add(entry, &aliases);
    }
    extractor
}

impl App {
    /// Stores each text as a source and files what it says as proposals. A text whose
    /// bytes are already stored adds nothing.
    #[tracing::instrument(skip_all)]
    pub async fn ingest_texts(
        &self,
        actor: &Actor,
        texts: Vec<(String, Vec<u8>)>,
        options: &IngestOptions,
    ) -> AppResult<Vec<IngestedText>> {
        actor.require(Action::Edit)?;
        let kind = SourceKind::parse(&options.kind)?;
        let language = options.lang;
        let facilities = self.store.facilities(actor.access()).await?;
        let extractor = extractor_with(&facilities);
        let known: Vec<_> = self
            .store
            .all_persons(Access::Admin)
            .await?
            .into_iter()
            .filter(|p| p.merged_into.is_none())
            .collect();
        let records: Vec<amparo_resolve::Record> =
            known.iter().map(crate::persons::resolve_record).collect();
        let mut index =
            amparo_resolve::Index::build(&records, &amparo_resolve::ResolveOptions::default());
        let mut report = Vec::new();
        for (name, bytes) in texts {
            if let Some(existing) = self
                .store
                .source_by_hash(&Sha256::of(&bytes), Access::Admin)
                .await?
            {
                report.push(IngestedText {
                    file: name,
                    source: Some(existing.id),
                    outcome: format!("already ingested as source {}", existing.id),
                    proposals: vec![],
                    accepted: 0,
                    not_accepted: vec![],
                    linked_to_known_persons: 0,
                    skipped_events: 0,
                    claims: 0,
                });
                continue;
            }
            let text = String::from_utf8(bytes.clone())
                .map_err(|_| AppError::Invalid(format!("{name} is not UTF-8 text")))?;
            let extraction: Extraction = extractor
                .extract(&text, Some(options.published), language)
                .map_err(|e| AppError::Invalid(format!("{name}: {e}")))?;
            let mut source = Source::new(SourceId::generate(), kind, &options.publisher)?;
            source.url.clone_from(&options.url);
            source.published = Some(PartialDate::from_day(options.published));
            source.language = amparo_domain::Language::parse(&extraction.language).ok();
            let mut writes = vec![Write::Source {
                source: source.clone(),
                original: Some(bytes),
            }];
            let (mut proposals, mut linked, mut skipped) = (Vec::new(), 0, 0);
            for person in &extraction.persons {
                let candidate = amparo_resolve::Record {
                    id: "incoming".into(),
                    full_name: person.name.clone(),
                    ..Default::default()
                };
                let outcome = index.match_one(&candidate);
                let best = outcome
                    .best
                    .and_then(|(i, score)| known.get(i).map(|p| (p.id, score)));
                let proposed = match (outcome.decision, best) {
                    (amparo_resolve::Decision::Match, Some((id, score))) => {
                        linked += 1;
                        ProposedPerson::Existing { id, score }
                    }
                    (decision, best) => ProposedPerson::New {
                        name: person.name.clone(),
                        variants: person.name_variants_in_text.clone(),
                        nationalities: person
                            .nationality
                            .iter()
                            .filter_map(|c| CountryCode::parse(c).ok())
                            .collect(),
                        roles: person
                            .roles
                            .iter()
                            .filter_map(|r| PersonRole::parse(r).ok())
                            .collect(),
                        possible_match: best
                            .filter(|_| decision == amparo_resolve::Decision::Review)
                            .map(|(id, _)| id),
                        details: amparo_domain::PersonDetails::default(),
                    },
                };
                for event in &person.events {
                    let Some((kind, note)) = fact_kind(event, &facilities) else {
                        skipped += 1;
                        continue;
                    };
                    let verification = match event.certainty {
                        Some(Certainty::Announced) => Verification::Announced,
                        _ => Verification::Reported,
                    };
                    let note = match event.certainty {
                        Some(Certainty::Disputed) => {
                            Some("the text says this is disputed".to_owned())
                        }
                        _ => note,
                    };
                    let proposal = Proposal {
                        id: ProposalId::generate(),
                        source: source.id,
                        what: amparo_domain::Proposed::Fact {
                            person: proposed.clone(),
                            kind,
                        },
                        date: event
                            .date
                            .as_deref()
                            .and_then(|d| PartialDate::parse(d).ok()),
                        verification,
                        excerpt: event.excerpt.clone(),
                        locator: Some(format!("chars {}-{}", event.start, event.end)),
                        note,
                        state: ReviewState::Proposed,
                        decision: None,
                    };
                    proposals.push(proposal.id);
                    writes.push(Write::Proposal(proposal));
                }
            }
            let mut claims = 0;
            for count in &extraction.counts {
                if let Some(proposal) = count_proposal(count, &source, options.published) {
                    claims += 1;
                    proposals.push(proposal.id);
                    writes.push(Write::Proposal(proposal));
                }
            }
            self.write(actor, Action::Edit, writes).await?;
            let (mut accepted, mut not_accepted) = (0, Vec::new());
            if options.accept {
                for id in &proposals {
                    match self
                        .accept_proposal(actor, *id, None, "accepted at ingest")
                        .await
                    {
                        Ok(_) => accepted += 1,
                        Err(e) => not_accepted.push(format!("proposal {id}: {e}")),
                    }
                }
            }
            report.push(IngestedText {
                file: name,
                source: Some(source.id),
                outcome: "ingested".into(),
                proposals,
                accepted,
                not_accepted,
                linked_to_known_persons: linked,
                skipped_events: skipped,
                claims,
            });
        }
        Ok(report)
    }
}
