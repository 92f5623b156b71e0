//! The use cases of amparo, shared by every front end. The command line and the web call
//! the same functions: each takes an [`Actor`], checks what its role may do, reads as its
//! role allows (the store applies the privacy rules to every read), and records the actor
//! of every write in the audit log.
//!
//! Time is read through the [`Clock`] the [`App`] was given. Whole-registry work (statuses,
//! reports) comes from one [`Snapshot`] of the registry, cached by the audit log's last
//! sequence number and computed off the async runtime's workers.

pub mod actor;
pub mod backend;
pub mod clock;
pub mod error;
pub mod keys;
pub mod lookup;
pub mod views;

mod accounts;
mod accounts_session;
#[cfg(test)]
mod accounts_tests;
mod accounts_tokens;
mod admin;
mod demo;
mod edit;
mod export;
mod facts;
mod history;
mod import;
mod ingest;
mod lookup_ref;
mod persons;
mod public;
mod reports;
mod restore;
mod review;
mod snapshot;
mod sources;
mod status;
mod table;
mod workspace;

pub use accounts::{MIN_PASSWORD, Password, UserView};
pub use accounts_session::{
    ABSOLUTE_DAYS as SESSION_DAYS, ActiveSession, NewSession, SignIn, random_token,
};
pub use accounts_tokens::{NewToken, TokenView};
pub use actor::{Action, Actor, Role};
pub use admin::{ClaimInput, FacilityInput, LogEntry};
/// A fact as stored, with its retraction: what person and source pages list.
pub use amparo_store::StoredFact;
pub use backend::{Backend, OpenOptions, redact_url};
pub use clock::{Clock, FixedClock, SystemClock};
pub use edit::PersonEdit;
pub use error::{AppError, AppResult, ErrorKind};
pub use export::{ExportCheck, ExportSummary, Manifest, verify_export};
pub use facts::{AddedFact, FactInput};
pub use history::KeyInfo;
pub use import::{ImportOptions, ImportProgress, ImportSummary, LineOutcome, MatchedTo};
pub use ingest::{IngestOptions, IngestedText};
pub use keys::{KeyFiles, PublicKey};
pub use lookup::{LookupHit, LookupResult, PublicEntry, PublicIndex, PublicStatus};
pub use persons::{AddedPerson, PersonInput, Suggestion};
pub use public::{PublicCitation, PublicFact, PublicPersonPage};
pub use reports::{ReportFilterInput, ReportRequest};
pub use restore::RestoreSummary;
pub use review::{Accepted, Edits};
pub use snapshot::Snapshot;
pub use sources::SourceInput;
pub use status::{Listing, StatusReport};
pub use table::PersonRow;

use amparo_store::{Store, Write, WriteContext};
use std::sync::Arc;

/// The registry and what every use case needs: the store, the clock, the snapshot cache.
pub struct App {
    store: Arc<dyn Store>,
    backend: Option<Backend>,
    clock: Arc<dyn Clock>,
    snapshots: snapshot::Cache,
    /// The signing key and checkpoint file kept outside the registry, if it has them.
    keys: Option<KeyFiles>,
}

impl App {
    /// An application over a store.
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>) -> App {
        App {
            store,
            backend: None,
            clock,
            snapshots: snapshot::Cache::default(),
            keys: None,
        }
    }

    /// Opens the registry `db` (a SQLite path or a `postgres://` URL).
    #[tracing::instrument(skip_all)]
    pub async fn open(db: &str, options: &OpenOptions, clock: Arc<dyn Clock>) -> AppResult<App> {
        let backend = Backend::open(db, options).await?;
        if !options.create {
            history::check_schema(backend.store().as_ref(), &redact_url(db)).await?;
        }
        let mut app = App::new(backend.store(), clock);
        app.keys = backend.key_files(options);
        app.backend = Some(backend);
        Ok(app)
    }

    /// The store, for what no use case covers (tests, tools).
    pub fn store(&self) -> &dyn Store {
        self.store.as_ref()
    }

    /// The clock's today.
    pub fn today(&self) -> chrono::NaiveDate {
        self.clock.today()
    }

    /// The clock's now.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }

    fn write_context(&self, actor: &Actor) -> WriteContext {
        WriteContext::new(&actor.audit_name(), self.clock.now())
    }

    /// Writes a batch as `actor`, once its role allows `action`.
    async fn write(&self, actor: &Actor, action: Action, writes: Vec<Write>) -> AppResult<()> {
        if let Err(e) = actor.require(action) {
            tracing::warn!(role = %actor.role, ?action, "refused: the role may not do this");
            return Err(e);
        }
        let n = writes.len();
        self.store
            .write_batch(writes, &self.write_context(actor))
            .await?;
        // Counts and roles only: names, ids of people and free text stay out of logs.
        tracing::info!(role = %actor.role, writes = n, "written");
        Ok(())
    }
}
