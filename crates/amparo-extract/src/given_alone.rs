//! A detainee named again by the given name alone ("Our reporter Farid Gurbanli wrote this
//! letter… Farid was arrested on 21 November"; "…con Deiby Armando Moreno Lugo. … Pero Deiby
//! sigue en Los Guaritos"): a short form when the given name opens one name of the text and no
//! other name holds it.

use std::collections::HashMap;

use crate::lexicon::is_given_name;
use crate::persons::Entity;
use crate::text::{Doc, TokenKind};

/// Adds to a text's short forms (`owners`, `keys`) the given names that are short forms, each
/// for the one entity whose name it opens; returns those given names.
pub(crate) fn add(
    entities: &[Entity],
    owners: &mut HashMap<Vec<String>, Vec<usize>>,
    keys: &mut Vec<(Vec<String>, usize)>,
) -> Vec<Vec<String>> {
    let mut count: HashMap<&str, usize> = HashMap::new();
    for entity in entities {
        let mut seen: Vec<&str> = entity.words.iter().map(String::as_str).collect();
        seen.sort_unstable();
        seen.dedup();
        for w in seen {
            *count.entry(w).or_default() += 1;
        }
    }
    entities
        .iter()
        .enumerate()
        .filter(|(_, entity)| {
            let w = &entity.words;
            w.len() >= 2
                && is_given_name(&w[0])
                && w[0].chars().count() >= 3
                && count.get(w[0].as_str()) == Some(&1)
                && w[1..].iter().all(|x| x != &w[0])
        })
        .map(|(e, entity)| {
            let key = vec![entity.words[0].clone()];
            owners.entry(key.clone()).or_default().push(e);
            keys.push((key.clone(), e));
            key
        })
        .collect()
}

/// Whether the short form `key` at token `i` stands for its person; a given name alone (one of
/// `given`), not when it is the start of a name the
/// finder missed ("Farid Ahmadov"), not one called to ("And Tomás, there were Americans…?",
/// "Valentina, tú sigue estudiando", "Mi Valentina"), not a place ("deportados desde Trinidad").
pub(crate) fn stands_for(doc: &Doc<'_>, i: usize, key: &[String], given: &[Vec<String>]) -> bool {
    if !given.iter().any(|g| g == key) {
        return true;
    }
    let before = doc.f(i.wrapping_sub(1));
    !(doc
        .tokens
        .get(i + 1)
        .is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
        || matches!(doc.f(i + 1), "," | "?" | "!" | ":")
        || matches!(
            before,
            "de" | "desde" | "en" | "hacia" | "hasta" | "from" | "in" | "to" | "at"
        )
        || matches!(before, "mi" | "my" | "dear" | "querido" | "querida")
        // ("avenida Francisco de Miranda", "plaza Bolívar".)
        || matches!(
            before,
            "avenida" | "av" | "calle" | "plaza" | "barrio" | "sector" | "avenue" | "street"
        ))
}
