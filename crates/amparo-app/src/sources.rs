//! Sources: the documents facts come from.

use crate::{Action, Actor, App, AppResult};
use amparo_domain::{Language, PartialDate, Reliability, Source, SourceId, SourceKind};
use amparo_store::Write;
use std::collections::HashMap;

/// A source as a documenter describes it.
#[derive(Debug, Clone, Default)]
pub struct SourceInput {
    /// news-article, ngo-list, official-statement, court-record, testimony or consular-note.
    pub kind: String,
    pub publisher: String,
    pub title: Option<String>,
    pub url: Option<String>,
    /// YYYY, YYYY-MM or YYYY-MM-DD.
    pub published: Option<String>,
    pub language: Option<String>,
    /// A (completely reliable) to F (cannot be judged); F when not given.
    pub reliability: Option<String>,
}

impl SourceInput {
    /// The source these words describe, with a new id.
    pub fn build(&self) -> AppResult<Source> {
        let mut source = Source::new(
            SourceId::generate(),
            SourceKind::parse(&self.kind)?,
            &self.publisher,
        )?;
        source.title.clone_from(&self.title);
        source.url.clone_from(&self.url);
        source.published = self
            .published
            .as_deref()
            .map(PartialDate::parse)
            .transpose()?;
        source.language = self.language.as_deref().map(Language::parse).transpose()?;
        source.reliability = Reliability::parse(self.reliability.as_deref().unwrap_or("f"))?;
        Ok(source)
    }
}

impl App {
    /// Records a source, with its original bytes when given (stored and hashed).
    #[tracing::instrument(skip_all)]
    pub async fn register_source(
        &self,
        actor: &Actor,
        input: &SourceInput,
        original: Option<Vec<u8>>,
    ) -> AppResult<SourceId> {
        let source = input.build()?;
        let id = source.id;
        self.write(
            actor,
            Action::Edit,
            vec![Write::Source { source, original }],
        )
        .await?;
        Ok(id)
    }

    /// The sources the actor may see, oldest first.
    #[tracing::instrument(skip_all)]
    pub async fn sources(&self, actor: &Actor) -> AppResult<Vec<Source>> {
        Ok(self.store.sources(actor.access()).await?)
    }

    /// One source.
    #[tracing::instrument(skip_all, fields(id = %id))]
    pub async fn source(&self, actor: &Actor, id: SourceId) -> AppResult<Source> {
        Ok(self.store.source(id, actor.access()).await?)
    }

    /// A source's original bytes, for the roles that read the whole record.
    #[tracing::instrument(skip_all, fields(id = %id))]
    pub async fn source_original(&self, actor: &Actor, id: SourceId) -> AppResult<Option<Vec<u8>>> {
        actor.require(Action::ReadRecord)?;
        Ok(self.store.source_original(id, actor.access()).await?)
    }

    /// Source id → publisher, for the sources the actor may see (to name them in output).
    #[tracing::instrument(skip_all)]
    pub async fn publishers(&self, actor: &Actor) -> AppResult<HashMap<String, String>> {
        Ok(self
            .sources(actor)
            .await?
            .into_iter()
            .map(|s| (s.id.to_string(), s.publisher))
            .collect())
    }
}
