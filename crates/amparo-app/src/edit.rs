//! Correcting a person: names, aliases, national id, sex, birth date, nationalities,
//! roles, the high-profile flag and visibility, audited with the reason. A family's request
//! to hide a relative is an edit any editor makes at once; making a protected person more
//! visible is an admin's decision.

use crate::{Action, Actor, App, AppError, AppResult};
use amparo_domain::{
    CountryCode, NationalId, PartialDate, Person, PersonId, PersonName, PersonRole, Sex, Visibility,
};
use amparo_store::Write;

/// What to change; `None` (or empty) leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct PersonEdit {
    /// The name shown (the old one is kept as an alias).
    pub name: Option<String>,
    pub add_aliases: Vec<String>,
    pub remove_aliases: Vec<String>,
    /// A national id; "" removes it.
    pub national_id: Option<String>,
    /// A sex; "" removes it.
    pub sex: Option<String>,
    /// A birth date; "" removes it.
    pub birth_date: Option<String>,
    /// Replaces the nationalities when given.
    pub nationalities: Option<Vec<String>>,
    /// Replaces the roles when given.
    pub roles: Option<Vec<String>>,
    pub high_profile: Option<bool>,
    pub visibility: Option<String>,
    /// Restricted text; "" removes it.
    pub contacts: Option<String>,
    pub notes: Option<String>,
    /// The record's version when the editor read it (see `Store::person_version`).
    pub version: Option<i64>,
}

fn rank(v: Visibility) -> u8 {
    match v {
        Visibility::Public => 0,
        Visibility::Initials => 1,
        Visibility::Hidden => 2,
    }
}

fn optional<T>(
    given: &Option<String>,
    parse: impl Fn(&str) -> AppResult<T>,
) -> AppResult<Option<Option<T>>> {
    match given.as_deref().map(str::trim) {
        None => Ok(None),
        Some("") => Ok(Some(None)),
        Some(text) => Ok(Some(Some(parse(text)?))),
    }
}

impl PersonEdit {
    /// Applies the edit to `person`; returns whether visibility was lowered (made more
    /// visible), which only an admin may do.
    fn apply(&self, person: &mut Person) -> AppResult<bool> {
        if let Some(name) = &self.name {
            let name = PersonName::parse(name)?;
            if person.names.first() != Some(&name) {
                person.names.retain(|n| *n != name);
                person.names.insert(0, name);
            }
        }
        for alias in &self.add_aliases {
            let alias = PersonName::parse(alias)?;
            if !person.names.contains(&alias) {
                person.names.push(alias);
            }
        }
        for alias in &self.remove_aliases {
            let alias = PersonName::parse(alias)?;
            if person.names.first() == Some(&alias) {
                return Err(AppError::Invalid(
                    "the name shown cannot be removed: set another name first".into(),
                ));
            }
            person.names.retain(|n| *n != alias);
        }
        if let Some(id) = optional(&self.national_id, |t| Ok(NationalId::parse(t)?))? {
            person.national_id = id;
        }
        if let Some(sex) = optional(&self.sex, |t| Ok(Sex::parse(t)?))? {
            person.sex = sex;
        }
        if let Some(d) = optional(&self.birth_date, |t| Ok(PartialDate::parse(t)?))? {
            person.birth_date = d;
        }
        if let Some(list) = &self.nationalities {
            person.nationalities = list
                .iter()
                .map(|c| CountryCode::parse(c))
                .collect::<Result<_, _>>()?;
        }
        if let Some(list) = &self.roles {
            person.roles = list
                .iter()
                .map(|r| PersonRole::parse(r))
                .collect::<Result<_, _>>()?;
        }
        if let Some(flag) = self.high_profile {
            person.high_profile = flag;
        }
        if let Some(c) = optional(&self.contacts, |t| Ok(t.to_owned()))? {
            person.contacts = c;
        }
        if let Some(n) = optional(&self.notes, |t| Ok(t.to_owned()))? {
            person.notes = n;
        }
        let mut lowered = false;
        if let Some(v) = &self.visibility {
            let v = Visibility::parse(v)?;
            lowered = rank(v) < rank(person.visibility);
            person.visibility = v;
        }
        Ok(lowered)
    }
}

impl App {
    /// Corrects a person. Refused as a conflict when `edit.version` is given and the person
    /// changed since; refused to a non-admin when it makes a protected person more visible.
    #[tracing::instrument(skip_all, fields(person = %id))]
    pub async fn edit_person(
        &self,
        actor: &Actor,
        id: PersonId,
        edit: &PersonEdit,
        reason: &str,
    ) -> AppResult<Person> {
        actor.require(Action::Edit)?;
        let mut person = self.store.person(id, actor.access()).await?;
        if person.merged_into.is_some() {
            return Err(AppError::Invalid(format!(
                "{id} is merged into another person: edit that person, or unmerge it first"
            )));
        }
        let before = person.national_id.clone();
        if edit.apply(&mut person)? {
            actor.require(Action::Administer)?;
        }
        if let Some(nid) = &person.national_id
            && before.as_ref().map(|b| b.digits()) != Some(nid.digits())
        {
            self.check_national_id(actor, nid, Some(id)).await?;
        }

        let write = Write::UpdatePerson {
            person: person.clone(),
            reason: reason.to_owned(),
            version: edit.version,
        };
        self.write(actor, Action::Edit, vec![write]).await?;
        Ok(person)
    }

    /// Refuses a national id another active (not merged) person already has, naming them.
    pub(crate) async fn check_national_id(
        &self,
        actor: &Actor,
        id: &NationalId,
        except: Option<PersonId>,
    ) -> AppResult<()> {
        let holders = self
            .store
            .persons_with_national_id(id, actor.access())
            .await?;
        if let Some(other) = holders
            .iter()
            .find(|p| p.merged_into.is_none() && Some(p.id) != except)
        {
            return Err(amparo_store::StoreError::Conflict(format!(
                "the national id {id} already belongs to {} ({}): a national id names one person; merge them if they are the same, or record it anyway with a reason",
                other.display_name(),
                other.id
            ))
            .into());
        }
        Ok(())
    }
}
