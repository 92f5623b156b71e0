//! Why a use case failed, in one type every front end turns into its own answer: the
//! command line into one line and exit code 2, the web into a status and a problem
//! document (see [`AppError::kind`]). Causes are kept as sources, for logs.

use crate::actor::Role;
use amparo_store::StoreError;
use thiserror::Error;

/// What kind of failure it is, for a front end to choose its answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The caller's role may not do it (403).
    Forbidden,
    /// The thing does not exist, or the caller may not know it does (404).
    NotFound,
    /// The input breaks a rule (422).
    Invalid,
    /// It conflicts with what the registry holds or with another writer (409).
    Conflict,
    /// It was already done (409).
    AlreadyDone,
    /// The registry cannot answer now: busy, read-only, unreachable (503).
    Unavailable,
    /// Something that should not happen: a corrupt row, a bug (500).
    Internal,
}

/// Why a use case failed.
#[derive(Debug, Error)]
pub enum AppError {
    /// The actor's role does not allow the action.
    #[error("a {role} may not {action}")]
    Forbidden { action: &'static str, role: Role },
    /// The input breaks a rule: a bad value, a missing part.
    #[error("{0}")]
    Invalid(String),
    /// A file could not be read or written.
    #[error("cannot {what} {path}")]
    File {
        what: &'static str,
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// A value did not parse or a domain rule refused it.
    #[error(transparent)]
    Domain(#[from] amparo_domain::DomainError),
    /// The store refused or failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A list could not be read at all.
    #[error(transparent)]
    List(#[from] amparo_ingest::IngestError),
    /// A report could not be made from its arguments.
    #[error(transparent)]
    Report(#[from] amparo_report::ReportError),
    /// Identity resolution over files failed.
    #[error(transparent)]
    Resolve(#[from] amparo_resolve::ResolveError),
    /// A background computation failed to finish.
    #[error("a computation did not finish")]
    Task(#[source] tokio::task::JoinError),
}

impl AppError {
    /// The kind of failure, for a front end's answer.
    pub fn kind(&self) -> ErrorKind {
        match self {
            AppError::Forbidden { .. } => ErrorKind::Forbidden,
            AppError::Invalid(_)
            | AppError::Domain(_)
            | AppError::List(_)
            | AppError::Report(_)
            | AppError::Resolve(_) => ErrorKind::Invalid,
            AppError::File { .. } => ErrorKind::Invalid,
            AppError::Store(e) => match e {
                StoreError::NotFound { .. } => ErrorKind::NotFound,
                StoreError::Conflict(_) | StoreError::Stale { .. } => ErrorKind::Conflict,
                StoreError::Invalid(_) => ErrorKind::Invalid,
                StoreError::AlreadyDone(_) => ErrorKind::AlreadyDone,
                StoreError::Busy | StoreError::ReadOnly | StoreError::Database(_) => {
                    ErrorKind::Unavailable
                }
                StoreError::Corrupt { .. } | StoreError::Migration(_) => ErrorKind::Internal,
            },
            AppError::Task(_) => ErrorKind::Internal,
        }
    }

    /// A file error.
    pub fn file(what: &'static str, path: &std::path::Path, source: std::io::Error) -> AppError {
        AppError::File {
            what,
            path: path.display().to_string(),
            source,
        }
    }
}

/// The result of a use case.
pub type AppResult<T> = Result<T, AppError>;
