//! The custody of a whole group told before a list: its dated arrest, and its stay still in
//! custody, which the people the list names share.

use crate::discourse::GroupEvent;
use crate::layout::Layout;
use crate::model::EventType;
use crate::text::Doc;

/// A dated arrest of a whole group told in the three sentences up to a list's lead: the arrest
/// of the people the list names.
/// (Not one told before another list's items: "DETENIDOS (viernes 23 de enero) - A - B / CON
/// ARRESTO DOMICILIARIO - C": C was not among those arrested.)
pub(super) fn group_arrest(
    doc: &Doc<'_>,
    groups: &[GroupEvent],
    layout: &Layout,
    lead: Option<&GroupEvent>,
    list: usize,
) -> Option<GroupEvent> {
    let lead = lead?;
    // (An item that names no one and opens what follows, "Estos son sus nombres:" read as a list
    // of its own, stands between no arrest and its list.)
    let item = |s: usize| {
        layout.item_of.get(s).copied().flatten().is_some()
            && (layout.named_item(s)
                || doc
                    .sentences
                    .get(s)
                    .is_none_or(|t| doc.f(t.last - 1) != ":"))
    };
    groups
        .iter()
        .rev()
        .filter(|g| g.sentence < list && !(g.sentence + 1..list).any(item))
        .take_while(|g| g.sentence + 3 >= lead.sentence)
        .find(|g| g.kind == EventType::Arrest && g.date.is_some() && g.certainty.is_none())
        .cloned()
}

/// A dated stay in custody of a whole group told in the sentence before a lead, just before the
/// list, that is the group's arrest: the people the list names are still held.
/// (Told in prose before the list: not an item's "Sigue presa, solo que en la casa".)
pub(super) fn group_held(
    groups: &[GroupEvent],
    layout: &Layout,
    lead: Option<&GroupEvent>,
    list: usize,
) -> Option<GroupEvent> {
    let lead = lead.filter(|l| l.kind == EventType::Arrest && l.sentence + 2 >= list)?;
    let prose = |s: usize| layout.item_of.get(s).copied().flatten().is_none();
    groups
        .iter()
        .rev()
        .filter(|g| g.sentence < list && prose(g.sentence) && prose(lead.sentence))
        .take_while(|g| g.sentence + 1 >= lead.sentence)
        .find(|g| g.kind == EventType::Detention && g.date.is_some() && g.certainty.is_none())
        .cloned()
}
