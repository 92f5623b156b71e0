//! Naming a person the way people do: a unique beginning of the id (as git names commits),
//! a national id, or the exact name.

use crate::{Actor, App, AppError, AppResult};
use amparo_domain::{NationalId, Person, PersonId};
use amparo_store::PersonQuery;

/// How a person was meant, when it matched nobody or several.
fn ambiguous(text: &str, found: &[Person]) -> AppError {
    let names: Vec<String> = found
        .iter()
        .take(5)
        .map(|p| format!("{} {}", p.id, p.display_name()))
        .collect();
    AppError::Invalid(format!(
        "{text:?} names {} persons: {}; give more of the id",
        found.len(),
        names.join("; ")
    ))
}

impl App {
    /// The person `text` names: a whole id, a unique beginning or end of one (4 characters
    /// or more), a
    /// national id, or an exact name (case and accents aside) or alias. Merged records are
    /// named by the person they were merged into.
    pub async fn person_ref(&self, actor: &Actor, text: &str) -> AppResult<PersonId> {
        let text = text.trim();
        if let Ok(id) = PersonId::parse(text) {
            return Ok(id);
        }
        let access = actor.access();
        let settle = |found: Vec<Person>| -> Option<AppResult<PersonId>> {
            let mut ids: Vec<PersonId> = found
                .iter()
                .map(|p| p.merged_into.unwrap_or(p.id))
                .collect();
            ids.sort();
            ids.dedup();
            match ids.as_slice() {
                [] => None,
                [one] => Some(Ok(*one)),
                _ => Some(Err(ambiguous(text, &found))),
            }
        };
        let hex = text.len() >= 4 && text.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
        if hex && let Some(r) = settle(self.store.persons_with_id_prefix(text, access).await?) {
            return r;
        }
        if text.chars().filter(char::is_ascii_digit).count() >= 4
            && let Ok(nid) = NationalId::parse(text)
            && let Some(r) = settle(self.store.persons_with_national_id(&nid, access).await?)
        {
            return r;
        }
        let folded = amparo_text::fold(text);
        let query = PersonQuery {
            text: Some(text.to_owned()),
            limit: 200,
            offset: 0,
        };
        let exact: Vec<Person> = self
            .store
            .find_persons(&query, access)
            .await?
            .items
            .into_iter()
            .filter(|p| {
                p.names
                    .iter()
                    .any(|n| amparo_text::fold(n.as_str()) == folded)
            })
            .collect();
        settle(exact).unwrap_or_else(|| {
            Err(amparo_store::StoreError::NotFound {
                kind: "person",
                id: text.to_owned(),
            }
            .into())
        })
    }
}
