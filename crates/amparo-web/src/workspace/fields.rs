//! A posted form's fields, read from an `application/x-www-form-urlencoded` body: a field
//! may repeat (release measures), and an empty field counts as not given; or from a
//! multipart form, with the file it carries.

use axum::extract::{FromRequest, Multipart, Request};

/// The fields of one form.
#[derive(Debug, Clone, Default)]
pub struct Fields {
    pairs: Vec<(String, String)>,
}

impl Fields {
    /// The fields of a urlencoded body.
    pub fn parse(body: &[u8]) -> Fields {
        Fields {
            pairs: form_urlencoded::parse(body).into_owned().collect(),
        }
    }

    /// Fields gathered some other way (a multipart form's text parts).
    pub fn from_pairs(pairs: Vec<(String, String)>) -> Fields {
        Fields { pairs }
    }

    /// The first value of `key`, trimmed, when it is not empty.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// The first value of `key` as given, empty included (a cleared field).
    pub fn raw(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim())
    }

    /// `key`'s value as an owned string, when not empty.
    pub fn text(&self, key: &str) -> Option<String> {
        self.get(key).map(str::to_owned)
    }

    /// Every non-empty value of `key`, each also split on commas and new lines.
    pub fn list(&self, key: &str) -> Vec<String> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == key)
            .flat_map(|(_, v)| v.split([',', '\n']))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
            .collect()
    }

    /// Whether a checkbox named `key` was ticked.
    pub fn ticked(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
}

/// A file sent with a form: its name and bytes.
pub type File = (String, Vec<u8>);

/// A multipart form read whole: its text fields and the file sent as `file`, if any. A body
/// that is not a readable multipart form comes back empty, so its missing token refuses it.
pub async fn multipart<S: Send + Sync>(request: Request, state: &S) -> (Fields, Option<File>) {
    let Ok(mut form) = Multipart::from_request(request, state).await else {
        return (Fields::default(), None);
    };
    let mut pairs = Vec::new();
    let mut file = None;
    loop {
        let field = match form.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(_) => return (Fields::default(), None),
        };
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            let file_name = field.file_name().unwrap_or_default().to_owned();
            match field.bytes().await {
                Ok(bytes) if !bytes.is_empty() => file = Some((file_name, bytes.to_vec())),
                Ok(_) => {}
                Err(_) => return (Fields::default(), None),
            }
        } else {
            match field.text().await {
                Ok(text) => pairs.push((name, text)),
                Err(_) => return (Fields::default(), None),
            }
        }
    }
    (Fields::from_pairs(pairs), file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_fields_are_not_given_and_lists_split() {
        let f = Fields::parse(b"a=&b=+x+&m=reporting%3A30&m=travel-ban%2C+media-ban");
        assert_eq!(f.get("a"), None);
        assert_eq!(f.raw("a"), Some(""));
        assert_eq!(f.get("b"), Some("x"));
        assert_eq!(f.list("m"), ["reporting:30", "travel-ban", "media-ban"]);
        assert!(!f.ticked("c"));
    }
}
