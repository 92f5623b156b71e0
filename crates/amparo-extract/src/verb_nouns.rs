//! English nouns read as verbs: "would release", "to release" (see `announced` for whether it
//! happened), and a timeline's present "Officers break into the parish house and arrest the
//! priest and a seminarian, X", "Police arrest X": whom the verb is done to follows it.

use crate::text::Doc;
use crate::triggers::Voice;

/// The voice of trigger `words` (its last token before `last`, the word before it `prev`).
pub(crate) fn voice(doc: &Doc<'_>, last: usize, words: &str, voice: Voice, prev: &str) -> Voice {
    let release = words == "release"
        && matches!(
            prev,
            "would" | "will" | "to" | "could" | "may" | "might" | "shall" | "did"
        );
    // (Its subject the agents, or a verb it is joined to; its object after it.)
    let arrest = matches!(words, "arrest" | "detain")
        && matches!(
            prev,
            "and" | "police" | "officers" | "agents" | "authorities" | "forces" | "troops"
        )
        && (matches!(
            doc.f(last),
            "the" | "a" | "an" | "two" | "three" | "four" | "several"
        ) || doc.tokens.get(last).is_some_and(|t| t.capitalised));
    if release || arrest {
        Voice::Active
    } else {
        voice
    }
}
