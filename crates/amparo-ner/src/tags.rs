//! Entity labels, BIO tags and the conversion of a tag sequence into spans.

use serde::{Deserialize, Serialize};

/// The languages of the bundled models: the one [`Lang`] of `amparo-text`, re-exported so
/// callers naming `amparo_ner::Lang` still compile.
pub use amparo_text::Lang;

/// The CoNLL entity types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityLabel {
    /// A person.
    Per,
    /// An organisation (institution, company, party, police or intelligence body).
    Org,
    /// A place.
    Loc,
    /// Any other name (events, nationalities, works, laws...).
    Misc,
}

impl EntityLabel {
    /// All labels in a fixed order.
    pub const ALL: [EntityLabel; 4] = [
        EntityLabel::Per,
        EntityLabel::Org,
        EntityLabel::Loc,
        EntityLabel::Misc,
    ];

    /// The CoNLL name: `PER`, `ORG`, `LOC`, `MISC`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityLabel::Per => "PER",
            EntityLabel::Org => "ORG",
            EntityLabel::Loc => "LOC",
            EntityLabel::Misc => "MISC",
        }
    }

    /// Parses a CoNLL name.
    pub fn parse(name: &str) -> Option<EntityLabel> {
        match name {
            "PER" => Some(EntityLabel::Per),
            "ORG" => Some(EntityLabel::Org),
            "LOC" => Some(EntityLabel::Loc),
            "MISC" => Some(EntityLabel::Misc),
            _ => None,
        }
    }

    fn index(self) -> usize {
        match self {
            EntityLabel::Per => 0,
            EntityLabel::Org => 1,
            EntityLabel::Loc => 2,
            EntityLabel::Misc => 3,
        }
    }
}

/// A BIO tag for one token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    /// Outside any entity.
    O,
    /// First token of an entity.
    B(EntityLabel),
    /// A following token of an entity.
    I(EntityLabel),
}

/// Number of distinct tags (O plus B/I for four labels).
pub(crate) const TAG_COUNT: usize = 9;

impl Tag {
    /// Dense index in `0..9`: O, then B/I pairs per label.
    pub(crate) fn index(self) -> usize {
        match self {
            Tag::O => 0,
            Tag::B(l) => 1 + 2 * l.index(),
            Tag::I(l) => 2 + 2 * l.index(),
        }
    }

    /// Inverse of [`Tag::index`]; indexes past the end read as `O`.
    pub(crate) fn from_index(index: usize) -> Tag {
        match index {
            1..=8 => {
                let label = EntityLabel::ALL[(index - 1) / 2];
                if index % 2 == 1 {
                    Tag::B(label)
                } else {
                    Tag::I(label)
                }
            }
            _ => Tag::O,
        }
    }

    /// Parses `O`, `B-PER`, `I-LOC`... (also the IOB1 spelling is accepted as the same tags).
    pub fn parse(text: &str) -> Option<Tag> {
        if text == "O" {
            return Some(Tag::O);
        }
        let (prefix, label) = text.split_once('-')?;
        let label = EntityLabel::parse(label)?;
        match prefix {
            "B" => Some(Tag::B(label)),
            "I" => Some(Tag::I(label)),
            _ => None,
        }
    }

    /// The label of a B or I tag.
    pub fn label(self) -> Option<EntityLabel> {
        match self {
            Tag::O => None,
            Tag::B(l) | Tag::I(l) => Some(l),
        }
    }
}

impl std::fmt::Display for Tag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Tag::O => f.write_str("O"),
            Tag::B(l) => write!(f, "B-{}", l.as_str()),
            Tag::I(l) => write!(f, "I-{}", l.as_str()),
        }
    }
}

/// A recognised entity: byte offsets into the analysed text, its label and its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The entity type.
    pub label: EntityLabel,
    /// The text between `start` and `end`.
    pub text: String,
}

/// Token-index spans `(first, one_past_last, label)` of a BIO sequence, conlleval style:
/// an `I-X` that does not continue an `X` entity starts a new one.
pub fn spans(tags: &[Tag]) -> Vec<(usize, usize, EntityLabel)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityLabel)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let continues = matches!((tag, open), (Tag::I(l), Some((_, o))) if *l == o);
        if continues {
            continue;
        }
        if let Some((start, label)) = open.take() {
            out.push((start, i, label));
        }
        if let Some(label) = tag.label() {
            open = Some((i, label));
        }
    }
    if let Some((start, label)) = open {
        out.push((start, tags.len(), label));
    }
    out
}
