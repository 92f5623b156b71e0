//! `amparo extract`, `amparo ingest` and `amparo eval`: news texts in, proposals out.

use crate::cli::{EvalCommand, Ingest};
use crate::context::Context;
use crate::output::print_json;
use amparo_domain::{
    Access, CountryCode, FactKind, PartialDate, PersonRole, Proposal, ProposalId, ProposedPerson,
    ReleaseKind, ReleaseMeasure, ReviewState, Sha256, Source, SourceId, SourceKind, Verification,
    facility,
};
use amparo_extract::{Certainty, Event, EventType, Extraction, Lang};
use amparo_store::Write;
use anyhow::{Context as _, Result, bail};
use serde::Serialize;
use std::io::Read;
use std::path::Path;

fn read_text(file: &Path) -> Result<String> {
    let mut bytes = Vec::new();
    if file.as_os_str() == "-" {
        std::io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    }
    String::from_utf8(bytes).with_context(|| format!("{} is not UTF-8 text", file.display()))
}

fn lang(given: Option<&str>) -> Result<Option<Lang>> {
    match given {
        None => Ok(None),
        Some("es") => Ok(Some(Lang::Es)),
        Some("en") => Ok(Some(Lang::En)),
        Some(other) => bail!("invalid language {other:?}: expected es or en"),
    }
}

pub fn extract(
    file: &Path,
    published: Option<&str>,
    language: Option<&str>,
    json: bool,
) -> Result<()> {
    let text = read_text(file)?;
    let published = published.map(amparo_domain::date::parse_day).transpose()?;
    let extraction = amparo_extract::extract(&text, published, lang(language)?);
    if json {
        print_json(&extraction)
    } else {
        println!("{}", amparo_extract::render_text(&extraction));
        Ok(())
    }
}

pub fn eval(cmd: &EvalCommand) -> Result<()> {
    match cmd {
        EvalCommand::Ner {
            file,
            lang: language,
            json,
        } => {
            let text = read_text(file)?;
            let lang = match language.as_deref() {
                None => amparo_ner::detect_language(&text),
                Some("es") => amparo_ner::Lang::Es,
                Some("en") => amparo_ner::Lang::En,
                Some(other) => bail!("invalid language {other:?}: expected es or en"),
            };
            let tagger = amparo_ner::Tagger::bundled(lang)?;
            let report = amparo_ner::evaluate(&tagger, &text)?;
            if *json {
                return print_json(&report);
            }
            println!(
                "{:<8} {:>9} {:>9} {:>9}",
                "type", "precision", "recall", "F1"
            );
            for (label, s) in report
                .per_type
                .iter()
                .chain(std::iter::once((&"overall".to_owned(), &report.overall)))
            {
                println!(
                    "{label:<8} {:>9.4} {:>9.4} {:>9.4}",
                    s.precision, s.recall, s.f1
                );
            }
            println!("{:.0} words/s", report.words_per_second);
            Ok(())
        }
        EvalCommand::Extract { dir, json } => {
            let report = amparo_extract::score_dir(dir)?;
            if *json {
                print_json(&report)
            } else {
                println!("{report}");
                Ok(())
            }
        }
    }
}

/// Release conditions from the text's words, as data where the words are plain.
fn measures(conditions: Option<&str>) -> Vec<ReleaseMeasure> {
    let Some(text) = conditions else {
        return Vec::new();
    };
    vec![ReleaseMeasure::Other {
        text: text.to_owned(),
    }]
}

/// The fact an extracted event proposes, and a note when the text left something open.
fn fact_kind(
    event: &Event,
    facilities: &[amparo_domain::Facility],
) -> Option<(FactKind, Option<String>)> {
    let place = event.place.as_deref().and_then(|p| {
        facility::find(facilities, p)
            .map(|f| f.name.clone())
            .or_else(|| Some(p.to_owned()))
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
            Some(
                "the text does not say whether the release has conditions: check before accepting"
                    .into(),
            ),
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

/// The extractor, knowing also the facilities documenters added to the registry's
/// gazetteer (`amparo facility add`), so a new place needs no new release.
fn extractor_with(facilities: &[amparo_domain::Facility]) -> amparo_extract::Extractor {
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

/// `ingest --json`: what was done with each file.
#[derive(Serialize)]
struct IngestedFile {
    file: String,
    source: Option<SourceId>,
    /// "ingested", or why not ("already ingested as SOURCE").
    outcome: String,
    proposals: Vec<ProposalId>,
    accepted: usize,
    linked_to_known_persons: usize,
    skipped_events: usize,
}

pub async fn ingest(ctx: &Context, args: Ingest) -> Result<()> {
    let published = amparo_domain::date::parse_day(&args.published)?;
    let kind = SourceKind::parse(&args.kind)?;
    let language = lang(args.lang.as_deref())?;
    let facilities = ctx.store().facilities(Access::Admin).await?;
    let extractor = extractor_with(&facilities);
    let known = ctx.store().all_persons(Access::Admin).await?;
    let known: Vec<_> = known
        .into_iter()
        .filter(|p| p.merged_into.is_none())
        .collect();
    let records: Vec<amparo_resolve::Record> =
        known.iter().map(super::review::resolve_record).collect();
    let mut index =
        amparo_resolve::Index::build(&records, &amparo_resolve::ResolveOptions::default());
    let mut report = Vec::new();
    for file in &args.files {
        let bytes =
            std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
        let name = file.display().to_string();
        if let Some(existing) = ctx
            .store()
            .source_by_hash(&Sha256::of(&bytes), Access::Admin)
            .await?
        {
            report.push(IngestedFile {
                file: name,
                source: Some(existing.id),
                outcome: format!("already ingested as source {}", existing.id),
                proposals: vec![],
                accepted: 0,
                linked_to_known_persons: 0,
                skipped_events: 0,
            });
            continue;
        }
        let text = String::from_utf8(bytes.clone())
            .with_context(|| format!("{name} is not UTF-8 text"))?;
        let extraction: Extraction = extractor.extract(&text, Some(published), language);
        let mut source = Source::new(SourceId::generate(), kind, &args.publisher)?;
        source.url = args.url.clone();
        source.published = Some(PartialDate::from_day(published));
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
                    Some(Certainty::Disputed) => Some("the text says this is disputed".to_owned()),
                    _ => note,
                };
                let proposal = Proposal {
                    id: ProposalId::generate(),
                    source: source.id,
                    person: proposed.clone(),
                    kind,
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
        ctx.store().write_batch(writes, &ctx.write()).await?;
        let mut accepted = 0;
        if args.accept {
            for id in &proposals {
                if super::review::accept(ctx, *id, None, "accepted at ingest (--accept)")
                    .await
                    .is_ok()
                {
                    accepted += 1;
                }
            }
        }
        report.push(IngestedFile {
            file: name,
            source: Some(source.id),
            outcome: "ingested".into(),
            proposals,
            accepted,
            linked_to_known_persons: linked,
            skipped_events: skipped,
        });
    }
    if args.json {
        return print_json(&report);
    }
    for r in &report {
        println!("{}: {}", r.file, r.outcome);
        if r.outcome == "ingested" {
            println!(
                "  {} proposal(s) in the review queue ({} linked to known persons, {} accepted, {} event(s) without a fact kind)",
                r.proposals.len() - r.accepted,
                r.linked_to_known_persons,
                r.accepted,
                r.skipped_events
            );
        }
    }
    println!("next: amparo review list");
    Ok(())
}
