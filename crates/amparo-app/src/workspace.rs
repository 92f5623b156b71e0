//! What the documenters' workspace in the browser reads that the command line never needed:
//! a person's version (for edits that must not overwrite someone else's), the facts citing
//! one source, who wrote each fact, and the audit log a page at a time, newest first.
//!
//! Each is one indexed query of the store ([`amparo_store::Provenance`]).

use crate::views::Paged;
use crate::{Action, Actor, App, AppResult, LogEntry};
use amparo_domain::{EntityKind, PersonId, SourceId};
use amparo_store::StoredFact;
use std::collections::HashMap;

impl App {
    /// The version of a person's record as the actor reads it: an edit naming it is refused
    /// if the record changed since (see [`crate::PersonEdit::version`]).
    #[tracing::instrument(skip_all, fields(id = %id))]
    pub async fn person_version(&self, actor: &Actor, id: PersonId) -> AppResult<i64> {
        actor.require(Action::ReadRecord)?;
        Ok(self.store.person_version(id, actor.access()).await?)
    }

    /// The facts (as the actor may see them) that cite `source` in any of their
    /// citations, oldest event first, retracted ones included (with their retraction).
    #[tracing::instrument(skip_all, fields(id = %source))]
    pub async fn facts_citing(
        &self,
        actor: &Actor,
        source: SourceId,
    ) -> AppResult<Vec<StoredFact>> {
        actor.require(Action::ReadRecord)?;
        // The source must exist for this reader before anything about it is said.
        self.store.source(source, actor.access()).await?;
        Ok(self.store.facts_citing(source, actor.access()).await?)
    }

    /// Who recorded each of `entities` of `kind` (the actor of its first audit entry), as
    /// the audit log names them: "user:ana (editor)". Roles that do not see who acted
    /// learn nobody.
    #[tracing::instrument(skip_all)]
    pub async fn recorded_by(
        &self,
        actor: &Actor,
        kind: EntityKind,
        entities: &[String],
    ) -> AppResult<HashMap<String, String>> {
        actor.require(Action::ReadRecord)?;
        Ok(self
            .store
            .first_actors(kind, entities, actor.access())
            .await?)
    }

    /// A page of the audit log, newest first: `limit` entries after skipping `offset`.
    #[tracing::instrument(skip_all)]
    pub async fn audit_page(
        &self,
        actor: &Actor,
        limit: usize,
        offset: usize,
    ) -> AppResult<Paged<LogEntry>> {
        actor.require(Action::ReadRecord)?;
        let (items, total) = self
            .store
            .audit_page(actor.access(), limit as u64, offset as u64)
            .await?;
        Ok(Paged {
            items,
            total,
            offset: offset as u64,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use crate::{Actor, App, FactInput, FixedClock, OpenOptions, PersonEdit, PersonInput, Role};
    use crate::{SourceInput, error::ErrorKind};
    use amparo_domain::{Citation, EntityKind, PersonId, SourceId};
    use std::sync::Arc;

    fn clock() -> Arc<FixedClock> {
        Arc::new(FixedClock(
            chrono::DateTime::parse_from_rfc3339("2026-01-12T10:00:00Z")
                .unwrap()
                .to_utc(),
        ))
    }

    fn fact(person: PersonId, kind: &str, date: &str, sources: Vec<SourceId>) -> FactInput {
        FactInput {
            person,
            kind: kind.into(),
            date: date.into(),
            sources,
            excerpt: Some("Fue detenida por el SEBIN.".into()),
            locator: None,
            verification: None,
            release_kind: None,
            measures: vec![],
            facility: None,
            agency: None,
            offences: vec![],
            term_months: None,
            text: None,
            by: None,
            criteria: None,
            country: None,
            role: None,
            supersedes: None,
            proposed: false,
        }
    }

    /// What the workspace reads, on one registry.
    async fn reads_what_the_workspace_shows(app: &App) {
        let admin = Actor::local("test");
        let editor = Actor::new("user:elena", Role::Editor);
        let source = |publisher: &str| SourceInput {
            kind: "news-article".into(),
            publisher: publisher.into(),
            ..SourceInput::default()
        };
        let a = app
            .register_source(&admin, &source("Diario A"), None)
            .await
            .unwrap();
        let b = app
            .register_source(&admin, &source("Diario B"), None)
            .await
            .unwrap();
        let person = app
            .add_person(
                &admin,
                &PersonInput {
                    name: "Rosalba Etchegaray Mújica".into(),
                    ..PersonInput::default()
                },
                None,
            )
            .await
            .unwrap()
            .id;
        let arrest = app
            .add_fact(&editor, &fact(person, "arrest", "2025-05-02", vec![a]))
            .await
            .unwrap();
        let mut charge = fact(person, "charge", "2025-05-04", vec![a, b]);
        charge.offences = vec!["terrorismo".into()];
        app.add_fact(&editor, &charge).await.unwrap();
        let release = app
            .add_fact(&editor, &fact(person, "release", "2026-01-08", vec![b, a]))
            .await
            .unwrap();
        // A custody fact citing A only second, its person with no other fact citing A.
        let other = app
            .add_person(
                &admin,
                &PersonInput {
                    name: "Anacleto Urdaneta Bello".into(),
                    ..PersonInput::default()
                },
                None,
            )
            .await
            .unwrap()
            .id;
        let second = app
            .add_fact(&editor, &fact(other, "arrest", "2025-06-01", vec![b, a]))
            .await
            .unwrap();
        let citing_a = app.facts_citing(&editor, a).await.unwrap();
        assert_eq!(citing_a.len(), 4);
        assert_eq!(citing_a[0].fact.id.to_string(), arrest.id);
        assert!(citing_a.iter().any(|f| f.fact.id.to_string() == second.id));
        let citing_b = app.facts_citing(&editor, b).await.unwrap();
        assert_eq!(citing_b.len(), 3);
        assert!(
            citing_b
                .iter()
                .all(|f| f.fact.citations().iter().any(|c: &Citation| c.source == b))
        );
        let by = app
            .recorded_by(&editor, EntityKind::Fact, std::slice::from_ref(&release.id))
            .await
            .unwrap();
        assert_eq!(by[&release.id], "user:elena (editor)");

        let page = app.audit_page(&editor, 2, 0).await.unwrap();
        assert_eq!(page.items.len(), 2);
        assert!(page.items[0].seq > page.items[1].seq, "newest first");
        assert_eq!(page.total as i64, app.store().head().await.unwrap());
        let last = app.audit_page(&editor, 50, 2).await.unwrap();
        assert_eq!(last.items.len() as u64, page.total - 2);

        let before = app.person_version(&editor, person).await.unwrap();
        let edit = PersonEdit {
            notes: Some("nota inventada".into()),
            version: Some(before),
            ..PersonEdit::default()
        };
        app.edit_person(&editor, person, &edit, "prueba")
            .await
            .unwrap();
        assert!(app.person_version(&editor, person).await.unwrap() > before);
        let stale = app
            .edit_person(&editor, person, &edit, "prueba")
            .await
            .unwrap_err();
        assert_eq!(stale.kind(), ErrorKind::Conflict);

        // The public and researchers have no workspace.
        let public = Actor::public();
        assert_eq!(
            app.audit_page(&public, 5, 0).await.unwrap_err().kind(),
            ErrorKind::Forbidden
        );
        assert_eq!(
            app.facts_citing(&public, a).await.unwrap_err().kind(),
            ErrorKind::Forbidden
        );
    }

    #[tokio::test]
    async fn the_workspace_reads_on_sqlite() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("t.db");
        let options = OpenOptions {
            create: true,
            ..OpenOptions::default()
        };
        let app = App::open(db.to_str().unwrap(), &options, clock())
            .await
            .unwrap();
        reads_what_the_workspace_shows(&app).await;
    }

    #[tokio::test]
    async fn the_workspace_reads_on_postgresql() {
        let Some(db) = amparo_postgres::scratch::ScratchDatabase::create("workspace").await else {
            return;
        };
        let options = OpenOptions {
            create: true,
            ..OpenOptions::default()
        };
        let app = App::open(&db.url(), &options, clock()).await.unwrap();
        reads_what_the_workspace_shows(&app).await;
        app.close().await.unwrap();
        db.remove().await;
    }
}
