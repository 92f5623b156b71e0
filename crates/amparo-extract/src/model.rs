//! The extraction result, shaped as the gold files of `bench/extract/FORMAT.md` (plus excerpts
//! and character offsets), serialisable with serde.

use serde::{Deserialize, Serialize};

/// Kinds of custody and legal events the format knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    /// Taken into custody.
    Arrest,
    /// Held at a place, without a new arrest ("still held in Guatire").
    Detention,
    /// Let out, conditions not stated (*excarcelación*).
    Release,
    /// Let out under stated conditions (*medidas cautelares*, *régimen de presentación*).
    ConditionalRelease,
    /// Sent to or kept under house arrest — never a release.
    HouseArrest,
    /// Moved to another facility.
    Transfer,
    /// Sentenced.
    Sentence,
    /// Charged (*imputado*).
    Charge,
    /// Died while held.
    DeathInCustody,
    /// Whereabouts unknown (*desaparición forzada*).
    Disappearance,
    /// Went or was sent into exile.
    Exile,
    /// Expelled or deported.
    Expulsion,
}

impl EventType {
    /// The format's name of the type.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Arrest => "arrest",
            Self::Detention => "detention",
            Self::Release => "release",
            Self::ConditionalRelease => "conditional_release",
            Self::HouseArrest => "house_arrest",
            Self::Transfer => "transfer",
            Self::Sentence => "sentence",
            Self::Charge => "charge",
            Self::DeathInCustody => "death_in_custody",
            Self::Disappearance => "disappearance",
            Self::Exile => "exile",
            Self::Expulsion => "expulsion",
        }
    }
}

/// How sure the text is that the event happened (absent: reported as fact).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// Asked for by someone.
    Requested,
    /// Announced by an authority, not yet confirmed.
    Announced,
    /// Tried, not achieved.
    Attempted,
    /// Contested by another source.
    Disputed,
}

/// One event of one person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// What happened.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// "YYYY-MM-DD", "YYYY-MM", "YYYY" or null.
    pub date: Option<String>,
    /// Facility or town as written (or the gazetteer's name).
    pub place: Option<String>,
    /// Release conditions as written.
    pub conditions: Option<String>,
    /// Charges as written.
    pub charges: Option<String>,
    /// Absent when reported as fact.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub certainty: Option<Certainty>,
    /// The sentence the event comes from.
    #[serde(default)]
    pub excerpt: String,
    /// Character offset (Unicode scalar values) of the excerpt's start.
    #[serde(default)]
    pub start: usize,
    /// Character offset of the excerpt's end.
    #[serde(default)]
    pub end: usize,
}

/// A named person who was held (has at least one event).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// The fullest form of the name in the text.
    pub name: String,
    /// Other forms the text uses for the same person.
    pub name_variants_in_text: Vec<String>,
    /// ISO 3166 alpha-2 codes.
    pub nationality: Vec<String>,
    /// Roles from the format's list.
    pub roles: Vec<String>,
    /// What happened to the person.
    pub events: Vec<Event>,
}

/// A named person who was not held, or is out of scope, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// The name.
    pub name: String,
    /// Why the person is listed here.
    pub why: String,
}

/// Whom a count is about.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CountSubject {
    /// People held (political prisoners, detainees still in custody).
    Held,
    /// People released (or to be released, see [`CountModality`]).
    Released,
    /// People arrested.
    Arrested,
    /// People the text does not say more of.
    #[default]
    Other,
}

/// How the text states a count.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CountModality {
    /// Reported as a fact by its source.
    #[default]
    Reported,
    /// Announced by an authority, not confirmed ("the minister announced the release of 40").
    Announced,
    /// Promised or expected, not happened ("would release", "liberará"): an announcement of
    /// a wave, never a number of releases.
    Future,
}

/// A number (or vague quantity) a source states.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Count {
    /// What is counted: political_prisoners, released, to_be_released, detained, persons.
    pub what: String,
    /// Whom it counts: held, released, arrested or other.
    #[serde(default)]
    pub subject: CountSubject,
    /// Reported, announced, or a future ("would release").
    #[serde(default)]
    pub modality: CountModality,
    /// The number, or null for a vague quantity.
    pub number: Option<u64>,
    /// A vague quantity kept as words ("a significant number").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub vague_quantity: Option<String>,
    /// Date the count holds at.
    pub as_of: Option<String>,
    /// Period the count covers, as written.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub period: Option<String>,
    /// Who states it.
    pub according_to: Option<String>,
    /// A breakdown, e.g. {"nationality": "ES"}.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub breakdown: Option<std::collections::BTreeMap<String, String>>,
    /// The sentence.
    #[serde(default)]
    pub excerpt: String,
    /// Character offset (Unicode scalar values) of the excerpt's start in the whole text.
    #[serde(default)]
    pub start: usize,
    /// Character offset of the excerpt's end.
    #[serde(default)]
    pub end: usize,
}

/// Everything extracted from one text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The URL of the gold-set header line, when the text has one.
    #[serde(default)]
    pub source: Option<String>,
    /// Publication date used to resolve relative dates.
    pub published: Option<String>,
    /// "es" or "en".
    pub language: String,
    /// Detainees.
    pub persons: Vec<Person>,
    /// Named people who were never held.
    pub not_detainees: Vec<Mention>,
    /// Held, but not political detainees of the state concerned.
    pub out_of_scope_mentions: Vec<Mention>,
    /// Numbers and vague quantities.
    pub counts: Vec<Count>,
    /// Organisations named.
    pub organizations: Vec<String>,
    /// Places and facilities named.
    pub places: Vec<String>,
}
