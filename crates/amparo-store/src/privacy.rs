//! The privacy rules every read applies for the roles that do not see restricted fields
//! (see [`crate::Store`]), written once for both backends: the SQL fetches the protected
//! persons, this module decides what each row may show.

use crate::StoredFact;
use amparo_domain::{
    Access, AuditEntry, EntityKind, Person, PersonId, Proposal, Redactor, Source, Visibility,
};
use std::collections::{HashMap, HashSet};

/// What a role may not see, built from the persons that are not plainly public: hidden
/// and initials-only persons, and merged records (which take the stricter visibility of
/// themselves and the person they were merged into).
#[derive(Debug, Default)]
pub struct Shield {
    /// Sees everything: nothing is filtered.
    open: bool,
    hidden: HashSet<PersonId>,
    /// The visibility each protected person is shown with.
    effective: HashMap<PersonId, Visibility>,
    redactor: Redactor,
}

impl Shield {
    /// The shield for a role that sees everything.
    pub fn open() -> Shield {
        Shield {
            open: true,
            ..Shield::default()
        }
    }

    /// The shield for `access`, from the protected persons and every merged record (with
    /// the persons they were merged into among `persons` when those are protected).
    pub fn new(access: Access, persons: Vec<Person>) -> Shield {
        if access.sees_restricted() {
            return Shield::open();
        }
        let own: HashMap<PersonId, Visibility> =
            persons.iter().map(|p| (p.id, p.visibility)).collect();
        let mut effective = HashMap::new();
        let mut protected = Vec::new();
        for mut p in persons {
            let v = match p.merged_into.and_then(|t| own.get(&t)) {
                Some(target) => p.visibility.stricter(*target),
                None => p.visibility,
            };
            if v != Visibility::Public {
                effective.insert(p.id, v);
                p.visibility = v;
                protected.push(p);
            }
        }
        let hidden = effective
            .iter()
            .filter(|(_, v)| **v == Visibility::Hidden)
            .map(|(id, _)| *id)
            .collect();
        Shield {
            open: false,
            hidden,
            redactor: Redactor::new(&protected),
            effective,
        }
    }

    /// Whether the role sees everything.
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// Whether the person (or the person a record was merged into) is hidden from the role.
    pub fn hides(&self, id: PersonId) -> bool {
        self.hidden.contains(&id)
    }

    /// Free text as the role may read it.
    pub fn text(&self, text: &str) -> String {
        if self.open {
            text.to_owned()
        } else {
            self.redactor.scrub(text)
        }
    }

    /// A person as the role may see it, `None` when hidden.
    pub fn person(&self, mut person: Person, access: Access) -> Option<Person> {
        if self.open {
            return Some(person);
        }
        if let Some(v) = self.effective.get(&person.id) {
            person.visibility = person.visibility.stricter(*v);
        }
        person.redacted_for(access)
    }

    /// A fact as the role may see it (excerpts scrubbed), `None` when its person is hidden.
    pub fn fact(&self, mut stored: StoredFact) -> Option<StoredFact> {
        if self.open {
            return Some(stored);
        }
        if self.hides(stored.fact.person) {
            return None;
        }
        stored.fact.rewrite_excerpts(|e| self.redactor.scrub(e));
        stored.retraction = stored.retraction.map(|r| self.redactor.scrub(&r));
        Some(stored)
    }

    /// A source as the role may see it: private sources are not shown, titles scrubbed.
    pub fn source(&self, mut source: Source) -> Option<Source> {
        if self.open {
            return Some(source);
        }
        if source.kind.is_private() {
            return None;
        }
        source.title = source.title.map(|t| self.redactor.scrub(&t));
        Some(source)
    }

    /// The review queue is internal: the role sees none of it.
    pub fn proposal(&self, proposal: Proposal) -> Option<Proposal> {
        self.open.then_some(proposal)
    }

    /// The audit log as the role may see it: no actor, no reason, nothing about a hidden
    /// person or one of their facts (given as `hidden_facts`), nothing of the review queue
    /// or of private sources.
    pub fn audit(
        &self,
        entries: Vec<AuditEntry>,
        hidden_facts: &HashSet<String>,
        private_sources: &HashSet<String>,
    ) -> Vec<AuditEntry> {
        if self.open {
            return entries;
        }
        let hidden_persons: HashSet<String> = self.hidden.iter().map(|p| p.to_string()).collect();
        entries
            .into_iter()
            .filter(|e| match e.entity {
                EntityKind::Person | EntityKind::Merge => !hidden_persons.contains(&e.entity_id),
                EntityKind::Fact | EntityKind::Retraction => !hidden_facts.contains(&e.entity_id),
                EntityKind::Proposal | EntityKind::Account => false,
                EntityKind::Source => !private_sources.contains(&e.entity_id),
                _ => true,
            })
            .map(|mut e| {
                e.actor = String::new();
                e.reason = None;
                e
            })
            .collect()
    }

    /// The hidden persons' ids, as text (to find their facts).
    pub fn hidden_ids(&self) -> Vec<String> {
        self.hidden.iter().map(|p| p.to_string()).collect()
    }
}
