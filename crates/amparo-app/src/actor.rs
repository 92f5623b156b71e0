//! Who acts: an [`Actor`] with a [`Role`], and what each role may do.
//!
//! Roles are ordered: each may do what the ones before it may. The public and researchers
//! read what the public may read (researchers also get counts and exports, which are the
//! same numbers); viewers read the whole record; reviewers also decide proposals in the
//! review queue; editors also add, correct, retract, merge, import and ingest; admins also
//! manage accounts, visibility and configuration.

use crate::AppError;
use amparo_domain::Access;
use serde::{Deserialize, Serialize};
use std::fmt;

/// What an actor may do, ordered from least to most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Anyone, through the public lookup.
    Public,
    /// Journalists, diplomats, researchers: public data and counts.
    Researcher,
    /// The organisation's members who read the whole record.
    Viewer,
    /// Viewers who also decide proposals in the review queue.
    Reviewer,
    /// Reviewers who also add, correct, retract, merge, import and ingest.
    Editor,
    /// Editors who also manage accounts, visibility and configuration.
    Admin,
}

impl Role {
    /// Every role, least first.
    pub const ALL: [Role; 6] = [
        Role::Public,
        Role::Researcher,
        Role::Viewer,
        Role::Reviewer,
        Role::Editor,
        Role::Admin,
    ];

    /// The stable text form.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Public => "public",
            Role::Researcher => "researcher",
            Role::Viewer => "viewer",
            Role::Reviewer => "reviewer",
            Role::Editor => "editor",
            Role::Admin => "admin",
        }
    }

    /// Parses the text form (any case). "documenter", the older name of the roles that see
    /// the whole record, reads as viewer.
    pub fn parse(text: &str) -> Result<Role, AppError> {
        let key = text.trim().to_ascii_lowercase();
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == key)
            .or_else(|| (key == "documenter").then_some(Role::Viewer))
            .ok_or_else(|| {
                AppError::Invalid(format!(
                    "unknown role {text:?}: expected public, researcher, viewer, reviewer, editor or admin"
                ))
            })
    }

    /// What the role reads: the store applies it to every read.
    pub fn access(self) -> Access {
        match self {
            Role::Public => Access::Public,
            Role::Researcher => Access::Researcher,
            Role::Viewer | Role::Reviewer | Role::Editor => Access::Documenter,
            Role::Admin => Access::Admin,
        }
    }

    /// The least role that may do `action`.
    fn needed(action: Action) -> Role {
        match action {
            Action::ReadRecord => Role::Viewer,
            Action::Review => Role::Reviewer,
            Action::Edit => Role::Editor,
            Action::Administer => Role::Admin,
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The kinds of things a use case does, for the role check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Read the whole record: the review queue, source originals, the audit log by name.
    ReadRecord,
    /// Decide proposals in the review queue.
    Review,
    /// Add, correct, retract, merge, import, ingest.
    Edit,
    /// Accounts, visibility, configuration, the gazetteer's seeding, backups.
    Administer,
}

impl Action {
    /// The action in words, for the refusal.
    pub fn describe(self) -> &'static str {
        match self {
            Action::ReadRecord => "read the organisation's record",
            Action::Review => "decide proposals in the review queue",
            Action::Edit => "change the record",
            Action::Administer => "administer the registry",
        }
    }
}

/// Who acts, and with which role. Every write records the actor in the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// A stable name: "local:maria" for the command line, "user:maria" for an account,
    /// "token:LABEL" for an API token, "public" for anonymous readers.
    pub id: String,
    pub role: Role,
    /// Reads as this access at most (the command line's `--as` lowers it; never raises it).
    reads_as: Access,
}

impl Actor {
    /// An actor with the reads of its role.
    pub fn new(id: impl Into<String>, role: Role) -> Actor {
        Actor {
            id: id.into(),
            role,
            reads_as: role.access(),
        }
    }

    /// The command line's user: whoever holds the registry file (or the database URL) holds
    /// every row, so the local user acts as an admin.
    pub fn local(login: &str) -> Actor {
        Actor::new(format!("local:{login}"), Role::Admin)
    }

    /// An anonymous reader of the public pages.
    pub fn public() -> Actor {
        Actor::new("public", Role::Public)
    }

    /// The same actor reading as `access` at most: lowering what is read, never raising it.
    pub fn reading_as(mut self, access: Access) -> Actor {
        let rank = |a: Access| match a {
            Access::Public => 0,
            Access::Researcher => 1,
            Access::Documenter => 2,
            Access::Admin => 3,
        };
        if rank(access) < rank(self.reads_as) {
            self.reads_as = access;
        }
        self
    }

    /// What this actor's reads see.
    pub fn access(&self) -> Access {
        self.reads_as
    }

    /// Refuses the action unless the role allows it.
    pub fn require(&self, action: Action) -> Result<(), AppError> {
        if self.role >= Role::needed(action) {
            Ok(())
        } else {
            Err(AppError::Forbidden {
                action: action.describe(),
                role: self.role,
            })
        }
    }

    /// The actor as the audit log records it.
    pub fn audit_name(&self) -> String {
        format!("{} ({})", self.id, self.role)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_allow_what_the_issue_lists_and_no_more() {
        let viewer = Actor::new("user:v", Role::Viewer);
        assert!(viewer.require(Action::ReadRecord).is_ok());
        assert!(viewer.require(Action::Review).is_err());
        let reviewer = Actor::new("user:r", Role::Reviewer);
        assert!(reviewer.require(Action::Review).is_ok());
        assert!(reviewer.require(Action::Edit).is_err());
        let editor = Actor::new("user:e", Role::Editor);
        assert!(editor.require(Action::Edit).is_ok());
        assert!(editor.require(Action::Administer).is_err());
        assert!(Actor::local("ana").require(Action::Administer).is_ok());
        assert!(Actor::public().require(Action::ReadRecord).is_err());
    }

    #[test]
    fn reading_as_only_lowers() {
        let public = Actor::local("ana").reading_as(Access::Public);
        assert_eq!(public.access(), Access::Public);
        assert_eq!(public.role, Role::Admin);
        let viewer = Actor::new("user:v", Role::Viewer).reading_as(Access::Admin);
        assert_eq!(viewer.access(), Access::Documenter);
        assert_eq!(Role::parse("Documenter").unwrap(), Role::Viewer);
        assert!(Role::parse("root").is_err());
    }
}
