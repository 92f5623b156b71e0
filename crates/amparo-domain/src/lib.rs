//! The pure core of amparo: ids, partial dates, sources, persons, facts and the rules that
//! derive a person's custody status from sourced facts. No I/O, no async, no database.
//!
//! Values are valid once built: every type here is constructed through `parse`, `new` or
//! `TryFrom`, and a [`Fact`] cannot be built without at least one [`Citation`].

pub mod access;
pub mod audit;
pub mod claim;
pub mod country;
pub mod custody;
pub mod date;
pub mod error;
pub mod facility;
pub mod fact;
pub mod id;
pub mod measure;
pub mod person;
pub mod redact;
pub mod review;
pub mod source;
pub mod text;

pub use access::Access;
pub use audit::{
    AuditAction, AuditDraft, AuditEntry, AuditHash, ChainBreak, EntityKind, check_chain,
    content_hash,
};
pub use claim::{AggregateClaim, Announcement, ClaimId, ClaimSubject, Quantity};
pub use country::CountryCode;
pub use custody::{
    Assertion, Conflict, ConflictKind, CustodyEvent, CustodyState, CustodyStatus, custody_status,
    statuses_of,
};
pub use date::PartialDate;
pub use error::DomainError;
pub use facility::Facility;
pub use fact::{
    Citation, Fact, FactKind, FactType, ReleaseKind, ReleaseMeasure, Retraction, ReviewState,
    Verification,
};
pub use id::{AuditId, FactId, PersonId, SourceId};
pub use person::{NationalId, Person, PersonName, PersonRole, Sex, Visibility};
pub use redact::Redactor;
pub use review::{PersonDetails, Proposal, ProposalId, Proposed, ProposedPerson};
pub use source::{Language, Reliability, Sha256, Source, SourceKind};
