//! Persons: record them, find them, show what is known of them and why, merge duplicates.

use crate::views::{FactView, Paged, PersonLine, PersonShow, StatusView};
use crate::{Action, Actor, App, AppResult};
use amparo_domain::{
    CountryCode, CustodyEvent, CustodyStatus, NationalId, PartialDate, Person, PersonId,
    PersonName, PersonRole, Sex, Visibility, custody_status,
};
use amparo_resolve::{Decision, Record, ResolveOptions};
use amparo_store::{PersonQuery, StoredFact, Write};
use amparo_text::Lang;
use chrono::NaiveDate;
use serde::Serialize;

/// A person as a documenter describes them.
#[derive(Debug, Clone, Default)]
pub struct PersonInput {
    /// The name as the source writes it.
    pub name: String,
    /// Other spellings.
    pub aliases: Vec<String>,
    pub national_id: Option<String>,
    pub sex: Option<String>,
    pub birth_date: Option<String>,
    /// ISO 3166 codes.
    pub nationalities: Vec<String>,
    pub roles: Vec<String>,
    /// public, initials or hidden; public when not given.
    pub visibility: Option<String>,
    pub high_profile: bool,
    pub contacts: Option<String>,
    pub notes: Option<String>,
}

impl PersonInput {
    /// The person these words describe, with a new id.
    pub fn build(&self) -> AppResult<Person> {
        let mut person = Person::new(PersonId::generate(), PersonName::parse(&self.name)?);
        for alias in &self.aliases {
            person.names.push(PersonName::parse(alias)?);
        }
        person.national_id = self
            .national_id
            .as_deref()
            .map(NationalId::parse)
            .transpose()?;
        person.sex = self.sex.as_deref().map(Sex::parse).transpose()?;
        person.birth_date = self
            .birth_date
            .as_deref()
            .map(PartialDate::parse)
            .transpose()?;
        person.nationalities = self
            .nationalities
            .iter()
            .map(|c| CountryCode::parse(c))
            .collect::<Result<_, _>>()?;
        person.roles = self
            .roles
            .iter()
            .map(|r| PersonRole::parse(r))
            .collect::<Result<_, _>>()?;
        person.visibility = Visibility::parse(self.visibility.as_deref().unwrap_or("public"))?;
        person.high_profile = self.high_profile;
        person.contacts.clone_from(&self.contacts);
        person.notes.clone_from(&self.notes);
        Ok(person)
    }
}

/// A registry person as identity resolution reads it.
pub(crate) fn resolve_record(p: &Person) -> Record {
    Record {
        id: p.id.to_string(),
        full_name: p.display_name().to_owned(),
        national_id: p
            .national_id
            .as_ref()
            .map(|n| n.digits().to_owned())
            .unwrap_or_default(),
        birth_date: p.birth_date.map(|d| d.to_string()).unwrap_or_default(),
        ..Default::default()
    }
}

/// A recorded person, and the persons it likely duplicates by name (id, name, score).
#[derive(Debug, Clone, Serialize)]
pub struct AddedPerson {
    pub id: PersonId,
    pub likely_duplicates: Vec<(PersonId, String, f64)>,
}

/// A suggested merge: two registry persons identity resolution finds alike.

#[derive(Debug, Clone, Serialize)]
pub struct Suggestion {
    pub left: PersonId,
    pub left_name: String,
    pub right: PersonId,
    pub right_name: String,
    pub score: f64,
    /// "match" (certain enough to merge) or "review" (a person should look).
    pub decision: String,
}

impl App {
    /// Records a person. A national id another active person has is refused (naming
    /// them) unless `force` gives the reason, which is kept in the person's notes. Persons
    /// the new one likely duplicates by name come back as a warning.
    #[tracing::instrument(skip_all)]
    pub async fn add_person(
        &self,
        actor: &Actor,
        input: &PersonInput,
        force: Option<&str>,
    ) -> AppResult<AddedPerson> {
        actor.require(Action::Edit)?;
        let mut person = input.build()?;
        if let Some(nid) = &person.national_id {
            match (self.check_national_id(actor, nid, None).await, force) {
                (Ok(()), _) => {}
                (Err(_), Some(reason)) if !reason.trim().is_empty() => {
                    let note = format!(
                        "recorded with a national id another person has: {}",
                        reason.trim()
                    );
                    person.notes = Some(match person.notes.take() {
                        Some(n) => format!("{n}\n{note}"),
                        None => note,
                    });
                }
                (Err(e), _) => return Err(e),
            }
        }
        let known: Vec<Person> = self
            .store
            .all_persons(actor.access())
            .await?
            .into_iter()
            .filter(|p| p.merged_into.is_none())
            .collect();
        let candidate = resolve_record(&person);
        let likely = tokio::task::spawn_blocking(move || {
            let records: Vec<Record> = known.iter().map(resolve_record).collect();
            let mut index = amparo_resolve::Index::build(&records, &ResolveOptions::default());
            let outcome = index.match_one(&candidate);
            match (outcome.decision, outcome.best) {
                (Decision::Match | Decision::Review, Some((i, score))) => known
                    .get(i)
                    .map(|p| vec![(p.id, p.display_name().to_owned(), score)])
                    .unwrap_or_default(),
                _ => Vec::new(),
            }
        })
        .await
        .map_err(crate::AppError::Task)?;
        let id = person.id;
        self.write(actor, Action::Edit, vec![Write::Person(person)])
            .await?;
        Ok(AddedPerson {
            id,
            likely_duplicates: likely,
        })
    }

    /// A person as the actor may see them.
    #[tracing::instrument(skip_all, fields(id = %id))]
    pub async fn person(&self, actor: &Actor, id: PersonId) -> AppResult<Person> {
        Ok(self.store.person(id, actor.access()).await?)
    }

    /// A person's facts (as the actor may see them) and their status as of a date.
    #[tracing::instrument(skip_all)]
    pub async fn person_status(
        &self,
        actor: &Actor,
        id: PersonId,
        as_of: NaiveDate,
    ) -> AppResult<(Vec<StoredFact>, CustodyStatus)> {
        let facts = self.store.facts_of(id, actor.access()).await?;
        let events: Vec<CustodyEvent> = facts
            .iter()
            .filter_map(|f| CustodyEvent::from_fact(&f.fact, f.retraction.is_some()))
            .collect();
        Ok((facts, custody_status(&events, as_of)))
    }

    /// Persons whose names (or, for the roles that see them, national ids) contain `text`,
    /// with their status as of a date, a page at a time.
    #[tracing::instrument(skip_all)]
    pub async fn list_persons(
        &self,
        actor: &Actor,
        text: Option<&str>,
        as_of: NaiveDate,
        limit: u32,
        offset: u32,
    ) -> AppResult<Paged<PersonLine>> {
        let query = PersonQuery {
            text: text.map(str::to_owned),
            limit,
            offset,
        };
        let page = self.store.find_persons(&query, actor.access()).await?;
        let mut items = Vec::with_capacity(page.items.len());
        for p in &page.items {
            let (_, status) = self.person_status(actor, p.id, as_of).await?;
            items.push(PersonLine {
                id: p.id.to_string(),
                name: p.display_name().to_owned(),
                status: StatusView::from(&status),
            });
        }
        Ok(Paged {
            items,
            total: page.total,
            offset: page.offset,
        })
    }

    /// A person whole: the record, the facts with their sources, the status and why, the
    /// conflicts explained in `lang`.
    #[tracing::instrument(skip_all)]
    pub async fn show_person(
        &self,
        actor: &Actor,
        id: PersonId,
        as_of: NaiveDate,
        lang: Lang,
    ) -> AppResult<PersonShow> {
        let person = self.person(actor, id).await?;
        let (facts, status) = self.person_status(actor, id, as_of).await?;
        let publishers = self.publishers(actor).await?;
        Ok(PersonShow {
            person,
            as_of: as_of.to_string(),
            status: StatusView::new(&status, &publishers, lang),
            facts: facts
                .iter()
                .map(|f| FactView::new(f, &status, &publishers))
                .collect(),
        })
    }

    /// Merges `from` into `into`: `from`'s facts then show under `into`. Reversible.
    #[tracing::instrument(skip_all)]
    pub async fn merge_persons(
        &self,
        actor: &Actor,
        into: PersonId,
        from: PersonId,
        reason: &str,
    ) -> AppResult<()> {
        let write = Write::Merge {
            into,
            from,
            reason: reason.to_owned(),
        };
        self.write(actor, Action::Edit, vec![write]).await
    }

    /// Undoes a merge.
    #[tracing::instrument(skip_all, fields(id = %id))]
    pub async fn unmerge_person(&self, actor: &Actor, id: PersonId, reason: &str) -> AppResult<()> {
        let write = Write::Unmerge {
            person: id,
            reason: reason.to_owned(),
        };
        self.write(actor, Action::Edit, vec![write]).await
    }

    /// Pairs of registry persons that identity resolution finds alike.
    #[tracing::instrument(skip_all)]
    pub async fn duplicates(&self, actor: &Actor) -> AppResult<Vec<Suggestion>> {
        actor.require(Action::ReadRecord)?;
        let known: Vec<Person> = self
            .store
            .all_persons(actor.access())
            .await?
            .into_iter()
            .filter(|p| p.merged_into.is_none())
            .collect();
        let suggestions = tokio::task::spawn_blocking(move || {
            let records: Vec<Record> = known.iter().map(resolve_record).collect();
            let resolution = amparo_resolve::dedupe(&records, &ResolveOptions::default());
            resolution
                .pairs
                .iter()
                .filter_map(|p| {
                    let decision = match p.decision {
                        Decision::Match => "match",
                        Decision::Review => "review",
                        Decision::Distinct => return None,
                    };
                    let (l, r) = (known.get(p.left)?, known.get(p.right)?);
                    Some(Suggestion {
                        left: l.id,
                        left_name: l.display_name().to_owned(),
                        right: r.id,
                        right_name: r.display_name().to_owned(),
                        score: p.score,
                        decision: decision.to_owned(),
                    })
                })
                .collect()
        })
        .await
        .map_err(crate::AppError::Task)?;
        Ok(suggestions)
    }
}
