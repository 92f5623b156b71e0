//! Small text helpers shared by the parsers of this crate, and the workspace's one fold.

/// Lower-cases and turns `_` and spaces into `-`, so that "House_Arrest" and "house arrest"
/// parse as the same choice.
pub(crate) fn choice_key(input: &str) -> String {
    input
        .trim()
        .chars()
        .map(|c| match c {
            '_' | ' ' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// Generates `as_str`, `parse`, `ALL` and `Display`/`FromStr` for a fieldless enum whose
/// values are written in kebab-case.
macro_rules! choice_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident : $field:literal { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "kebab-case")]
        $vis enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable text form used on the command line, in JSON and in the database.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parses the text form, ignoring case and accepting `_` or spaces for `-`.
            pub fn parse(input: &str) -> Result<Self, $crate::DomainError> {
                let key = $crate::text::choice_key(input);
                match key.as_str() {
                    $($text => Ok($name::$variant),)+
                    _ => Err($crate::DomainError::choice($field, input, &[$($text),+])),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::DomainError;
            fn from_str(s: &str) -> Result<Self, Self::Err> { Self::parse(s) }
        }
    };
}
pub(crate) use choice_enum;

/// Folding for matching names of places and organisations ("Tocorón" and "TOCORON" fold
/// alike): the one fold of the workspace, kept under this path for the domain's users. It
/// folds ñ to n and turns punctuation into word breaks (see [`amparo_text::fold`]).
pub use amparo_text::fold;
