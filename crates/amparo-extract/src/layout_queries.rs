//! What the rest of the extractor asks of a page's layout: whether a sentence is noise or part
//! of an item that names people, and every name the items list.

use std::ops::Range;

use crate::layout::Layout;

impl Layout {
    /// Whether sentence `s` belongs to a list item that names people.
    pub fn named_item(&self, s: usize) -> bool {
        self.item_of
            .get(s)
            .copied()
            .flatten()
            .and_then(|i| self.items.get(i))
            .is_some_and(|it| !it.names.is_empty())
    }

    /// Token ranges of every name the layout found, in text order.
    pub fn names(&self) -> Vec<Range<usize>> {
        self.items.iter().flat_map(|i| i.names.clone()).collect()
    }

    /// Whether sentence `si` is page noise.
    pub fn is_noise(&self, si: usize) -> bool {
        self.noise.get(si).copied().unwrap_or(false)
    }

    /// Whether sentence `si` is prose: neither page noise nor a list's item.
    pub fn is_prose(&self, si: usize) -> bool {
        !self.is_noise(si) && self.item_of.get(si).copied().flatten().is_none()
    }
}
