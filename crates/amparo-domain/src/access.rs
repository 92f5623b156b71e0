//! Who is asking: the caller's role decides which persons and which fields a read returns.
//!
//! Restricted fields (national id, contacts, health, internal notes) are seen only by
//! documenters and admins. Hidden persons are seen only by them too; persons marked
//! "initials" are shown to the public by their initials.

use crate::text::choice_enum;

choice_enum! {
    /// The role of the caller of a read.
    pub enum Access: "role" {
        /// Anyone, through the public lookup: public persons, initials, no restricted field.
        Public = "public",
        /// Journalists, diplomats, researchers: like the public, plus counts.
        Researcher = "researcher",
        /// The organisation's documenters: everything.
        Documenter = "documenter",
        /// The organisation's admin: everything.
        Admin = "admin",
    }
}

impl Access {
    /// Whether this role may read restricted fields and hidden persons.
    pub fn sees_restricted(self) -> bool {
        matches!(self, Access::Documenter | Access::Admin)
    }
}
