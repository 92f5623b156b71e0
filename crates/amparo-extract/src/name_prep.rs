//! Name preparation before people are grouped: each name span as token range, surface text and
//! folded words, trimmed of a prison name or a sentence-opening word read into it, and the lone
//! given name that shares the surnames of the name after it ("Pedro y Juan Salas").

use crate::gazetteer::Hit;
use crate::lexicon::is_given_name;
use crate::names::Span;
use crate::text::Doc;

fn token_range(doc: &Doc<'_>, span: Span) -> Option<(usize, usize)> {
    let (first, last) = {
        let r = span.tokens(doc);
        (r.start, r.end)
    };
    (first < last).then_some((first, last))
}

/// The folded words of a name, without its dots and commas.
fn name_words(doc: &Doc<'_>, first: usize, last: usize) -> Vec<String> {
    // "LANZ VELÁSQUEZ, Norma Isabel" (a list's surnames first): the words in the order of
    // prose, so that "Norma Lanz" told later is the same person.
    let comma = (first..last).find(|&k| doc.f(k) == ",");
    let order: Vec<usize> = match comma {
        Some(c) => (c + 1..last).chain(first..c).collect(),
        None => (first..last).collect(),
    };
    order
        .into_iter()
        .map(|k| doc.f(k).to_string())
        .filter(|w| w != "." && w != ",")
        .collect()
}

/// The names of the spans as token ranges, surface text and folded words, with the given name
/// that shares the surnames of the name after it: "los hermanos Pedro y Juan Salas", "Luis and
/// Mario Ortega" name Pedro Salas and Luis Ortega too.
pub(crate) fn with_shared_surnames(
    doc: &Doc<'_>,
    spans: &[Span],
    hits: &[Hit],
) -> Vec<(usize, usize, String, Vec<String>)> {
    let mut out = Vec::with_capacity(spans.len());
    let mut taken_until = 0;
    for span in spans {
        let Some((mut first, last)) = token_range(doc, *span) else {
            continue;
        };
        // "salieron del Rodeo I Manuel Orozco": a name read on from a prison's starts after it.
        // ("BOLÍVAR LARA, Maité": surnames first, before their comma, are the name's own.)
        let at = hits.partition_point(|h| h.first <= first);
        if let Some(h) = at.checked_sub(1).map(|i| &hits[i])
            && !(first..last).any(|k| doc.f(k) == ",")
            && first < h.last
            && h.last + 2 <= last
        {
            first = h.last;
        }
        // "De Carlos Luis Pinto no se supo nada", "Son Aníbal Mora, Celeste…": the sentence's
        // first word is no particle of the name when a given name follows it.
        let verb = matches!(doc.f(first), "son" | "were" | "are");
        // ("Biologists Omar Tirado and …", "Co-defendants Erick Unda": a noun in the plural
        // opening the sentence describes the names.)
        let opens = doc.sentence_at(first).is_some_and(|s| s.first == first);
        if let Some(j) = (first + 1..last.min(first + 4)).find(|&j| is_given_name(doc.f(j)))
            && opens
            && last - j >= 2
            && !is_given_name(doc.f(first))
            && (j == first + 1 || (j == first + 3 && doc.f(first + 1) == "-"))
            && !matches!(doc.f(j - 1), "de" | "del" | "la" | "los" | "las")
            && (crate::lexicon::is_not_name(doc.f(j - 1))
                || [
                    "ists", "ers", "ants", "ents", "istas", "ores", "eros", "antes",
                ]
                .iter()
                .any(|e| doc.f(j - 1).ends_with(e)))
            && (first..j).all(|k| doc.f(k) == "-" || !crate::lexicon::is_surname(doc.f(k)))
        {
            first = j;
        }
        if last - first >= 3
            && (verb || matches!(doc.f(first), "de" | "del" | "la"))
            && (verb || is_given_name(doc.f(first + 1)))
        {
            first += 1;
        }
        let span = &Span {
            start: doc.tokens[first].start,
            end: span.end,
        };
        let words = name_words(doc, first, last);
        // ("Los hermanos YORMAN y YEFERSON PAREDES LOZADA": siblings share their surnames, known
        // given names or not.)
        // ("Two Ukrainian brothers, Oleksandr and Taras Kovalenko": after a comma too.)
        let sibling_word = |k: usize| {
            matches!(
                doc.f(k),
                "hermanos" | "hermanas" | "brothers" | "sisters" | "twins" | "gemelos" | "gemelas"
                // ("Sus dos hijos, Yoandri y Osmani Castellanos Ferrer": a parent's children too.)
                | "hijos" | "hijas" | "sons" | "daughters"
            )
        };
        let siblings = first
            .checked_sub(3)
            .is_some_and(|k| sibling_word(k) || (doc.f(k) == "," && k >= 1 && sibling_word(k - 1)));
        let given = words.iter().take_while(|w| is_given_name(w)).count();
        let given = if siblings && words.len() >= 2 {
            given.max(1)
        } else {
            given
        };
        // (A list's item may have read the given name alone: "los dirigentes Édgar y Ramón
        // Ochoa Briceño".)
        let read_alone = |k: usize| {
            out.last()
                .is_some_and(|o: &(usize, usize, String, Vec<String>)| o.0 == k && o.1 == k + 1)
        };
        let lone = first.checked_sub(2).filter(|&k| {
            (k >= taken_until || read_alone(k))
                && matches!(doc.f(k + 1), "y" | "e" | "and")
                && doc
                    .tokens
                    .get(k)
                    .is_some_and(|t| t.capitalised && (siblings || is_given_name(&t.folded)))
                && doc.tokens.get(k + 2).is_none_or(|t| t.start >= span.start)
        });
        if let (Some(k), true) = (lone, given >= 1 && given < words.len()) {
            let surnames_from = (first..last)
                .filter(|&j| !matches!(doc.f(j), "." | ","))
                .nth(given);
            if let (Some(j), Some(_)) = (surnames_from, doc.tokens.get(k)) {
                let surnames = doc
                    .text
                    .get(doc.tokens[j].start..span.end)
                    .unwrap_or_default();
                // ("Los hermanos Ana, Rosa y Pedro Guzmán": the given names before, parted by
                // commas, after the word of siblings.)
                let mut chain = vec![k];
                let mut m = k;
                while m >= 2
                    && doc.f(m - 1) == ","
                    && m - 2 >= taken_until
                    && doc.tokens[m - 2].capitalised
                    && is_given_name(doc.f(m - 2))
                {
                    m -= 2;
                    chain.push(m);
                }
                if !(m.saturating_sub(3)..m).any(sibling_word) {
                    chain.truncate(1);
                }
                for k in chain {
                    let lone_token = &doc.tokens[k];
                    let mut lone_words = vec![lone_token.folded.clone()];
                    lone_words.extend(words[given..].iter().cloned());
                    out.retain(|o| !(o.0 == k && o.1 == k + 1));
                    out.push((
                        k,
                        k + 1,
                        format!("{} {surnames}", lone_token.text),
                        lone_words,
                    ));
                }
            }
        }
        // ("Rodrí-\nguez" from a PDF: the name without its line's break.)
        let text = doc
            .text
            .get(span.start..span.end)
            .map_or_else(String::new, crate::hard_wrap::printed);
        out.push((first, last, text, words));
        taken_until = last;
    }
    compound_given_shared(doc, &mut out);
    for extra in siblings_surname_first(doc) {
        // (A list's item may have read the given name alone: it takes the surname.)
        if let Some(o) = out.iter_mut().find(|o| o.0 == extra.0 && o.1 == extra.1) {
            *o = extra;
        } else if !out.iter().any(|o| o.0 < extra.1 && extra.0 < o.1) {
            out.push(extra);
        }
    }
    out.sort_by_key(|o| o.0);
    out
}

/// Whether the list part from `k` to `part_end` opens siblings told surname first ("los
/// hermanos Dávila, Yonny y Yerson"; "los hermanos Abraham y Josué Colina" keeps its lone given
/// name to the shared surname), not a compound given name ("los hermanos campesinos Juan Ramón y
/// Pedro Pablo Obando", read as a name).
pub(crate) fn siblings_surname_part(doc: &Doc<'_>, k: usize, part_end: usize) -> bool {
    matches!(doc.f(k), "los" | "las")
        && matches!(doc.f(k + 1), "hermanos" | "hermanas")
        && part_end > k + 2
        // (Not a given name before "y": "los hermanos Édgar y Ramón Ochoa Briceño".)
        && !(matches!(doc.f(part_end), "y" | "e") && is_given_name(doc.f(part_end - 1)))
        && (doc.f(part_end) == ","
            || (k + 2..part_end)
                .filter(|&j| doc.tokens[j].capitalised)
                .count()
                < 2)
}

/// "los hermanos Lameda, Rigoberto y Santiago", "the Ortega brothers… " told surname first:
/// each given name with the surname before it ("Rigoberto Lameda", "Santiago Lameda").
fn siblings_surname_first(doc: &Doc<'_>) -> Vec<(usize, usize, String, Vec<String>)> {
    let cap = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.capitalised && t.kind == crate::text::TokenKind::Word)
    };
    let mut out = Vec::new();
    for k in 0..doc.tokens.len() {
        // (Not siblings who speak: "Según los hermanos Rodríguez, Jorge y Delcy, …".)
        if !matches!(doc.f(k), "hermanos" | "hermanas")
            || !cap(k + 1)
            || (k.saturating_sub(3)..k).any(|j| matches!(doc.f(j), "segun" | "dijeron"))
        {
            continue;
        }
        // One or two surnames, a comma, given names parted by commas, the last after "y".
        let comma = if doc.f(k + 2) == "," { k + 2 } else { k + 3 };
        if doc.f(comma) != "," || !(k + 1..comma).all(cap) {
            continue;
        }
        let mut given = vec![comma + 1];
        let mut j = comma + 2;
        while doc.f(j) == "," && cap(j + 1) && !cap(j + 2) {
            given.push(j + 1);
            j += 2;
        }
        if !cap(given[0]) || !matches!(doc.f(j), "y" | "e") || !cap(j + 1) || cap(j + 2) {
            continue;
        }
        given.push(j + 1);
        let surname = doc
            .text
            .get(doc.tokens[k + 1].start..doc.tokens[comma - 1].end)
            .unwrap_or_default();
        let surname_words: Vec<String> = (k + 1..comma).map(|j| doc.f(j).to_string()).collect();
        for g in given {
            let mut words = vec![doc.f(g).to_string()];
            words.extend(surname_words.iter().cloned());
            out.push((g, g + 1, format!("{} {surname}", doc.tokens[g].text), words));
        }
    }
    out
}

/// ("los hermanos Luis Ángel y Miguel Ángel Sosa Brito": a name of given names only, joined by
/// "y"/"and" to a name that has surnames too, shares them.)
fn compound_given_shared(doc: &Doc<'_>, out: &mut [(usize, usize, String, Vec<String>)]) {
    // (From the last, so that a comma passes on what "y" gave: "los hermanos Juan Ramón, Pedro
    // Pablo y Luis Alberto Obando".)
    let mut shared = vec![false; out.len()];
    for i in (1..out.len()).rev() {
        let (head, tail) = out.split_at_mut(i);
        let (a, b) = (&mut head[i - 1], &tail[0]);
        let joined = a.1 + 1 == b.0
            && (matches!(doc.f(a.1), "y" | "e" | "and") || (doc.f(a.1) == "," && shared[i]));
        // (Not a surname the lexicon takes for a given name: "Ana Ruiz y Luis Gil".)
        // ("Clemente Ruiz Apolinar y Dalia Moncada": in three words or more, a known surname after
        // the first makes it a whole name; not "María Teresa y José Gregorio Colmenares".)
        let only_given = a.3.len() >= 2
            && a.3.iter().all(|w| is_given_name(w))
            && !(a.3.len() >= 3
                && a.3[1..].iter().any(|w| {
                    crate::lexicon::is_surname(w)
                        || ["ez", "iz", "oz", "az"].iter().any(|e| w.ends_with(e))
                }))
            && !a
                .3
                .last()
                .is_some_and(|w| ["ez", "iz", "oz", "az"].iter().any(|e| w.ends_with(e)));
        let given = b.3.iter().take_while(|w| is_given_name(w)).count();
        if !(joined && only_given && given >= 1 && given < b.3.len()) {
            continue;
        }
        // (A name given its surnames by the one after it holds them in its text only.)
        let surnames = if shared[i] {
            b.2.split_whitespace()
                .skip(given)
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            let Some(j) = (b.0..b.1)
                .filter(|&j| !matches!(doc.f(j), "." | ","))
                .nth(given)
            else {
                continue;
            };
            let Some(end) = doc.tokens.get(b.1 - 1).map(|t| t.end) else {
                continue;
            };
            doc.text
                .get(doc.tokens[j].start..end)
                .unwrap_or_default()
                .to_string()
        };
        a.2 = format!("{} {surnames}", a.2);
        a.3.extend(b.3[given..].iter().cloned());
        shared[i - 1] = true;
    }
}

/// ("los hermanos Édgar y Ramón Ochoa Briceño": a given name alone at a part's end, before "y" and
/// a full name, shares its surname; see `with_shared_surnames`.)
pub(crate) fn lone_given(
    doc: &Doc<'_>,
    k: usize,
    end: usize,
    to: usize,
    in_hit: &[bool],
) -> Option<usize> {
    let g = end.checked_sub(1).filter(|&g| g >= k)?;
    let next = end + 1;
    let full = crate::list_names::read_name(doc, next, to, in_hit).is_some_and(|e| e >= next + 2);
    (doc.tokens[g].capitalised
        && crate::lexicon::is_given_name(doc.f(g))
        && matches!(doc.f(end), "y" | "e" | "and")
        && crate::lexicon::is_given_name(doc.f(next))
        && full)
        .then_some(g)
}

/// The siblings an item names after "los hermanos" before its first name at `k` ("• los hermanos
/// Ampié Mercado, Reynaldo y Carlos, comerciantes de Masaya"): each given name, read as a list up
/// to `end`.
pub(crate) fn siblings_item(
    doc: &Doc<'_>,
    k: usize,
    end: usize,
    in_hit: &[bool],
) -> Option<Vec<std::ops::Range<usize>>> {
    let named = k >= 2
        && matches!(doc.f(k - 2), "los" | "las")
        && matches!(doc.f(k - 1), "hermanos" | "hermanas");
    if !named {
        return None;
    }
    Some(crate::list_names::name_list(doc, k - 2, end, in_hit))
        .filter(|n| n.len() >= 2 && n.iter().all(|r| r.len() == 1))
}

/// Whether a list part's name may start at `j`, its describer starting at `from`: within six
/// words, or within eight of lower case with no preposition of place right before ("ocho para
/// el chofer de ambulancias B"; not "…en la Base Aérea Teniente X", "…on Vazha-Pshavela Ave").
pub(crate) fn reach(doc: &Doc<'_>, from: usize, j: usize) -> bool {
    j < from + 6
        || !matches!(doc.f(j - 1), "on" | "at" | "in" | "en" | "a" | "al" | "to")
            && (from..j).all(|o| {
                !doc.tokens[o].capitalised
                    && !crate::coordination::LIST_BREAKERS.contains(&doc.f(o))
            })
}

/// Whether token `k` can be a word of a name: capitalised (or in capitals), not a word that
/// never names anyone, not inside a gazetteer entry.
pub(crate) fn name_word(doc: &Doc<'_>, k: usize, in_hit: &[bool]) -> bool {
    let Some(t) = doc.tokens.get(k) else {
        return false;
    };
    // ("ATTEMPTED RE-ARREST", a section's heading: an event word after "re-" is no name.)
    let word = t.folded.strip_prefix("re-").unwrap_or(&t.folded);
    t.kind == crate::text::TokenKind::Word
        && t.capitalised
        && !in_hit.get(k).copied().unwrap_or(false)
        && (!(crate::lexicon::is_not_name(&t.folded) || crate::word_index::is_event_word(word))
            || crate::lexicon::is_given_name(&t.folded)
            || caps_surname(doc, k)
            || crate::given_names::inner_mar(doc, k))
}

/// "1. ALEMÁN TÓRREZ, José Dolores": a word in capitals that opens surnames in capitals before
/// a comma and a given name is a surname, whatever else it is ("alemán", a nationality).
fn caps_surname(doc: &Doc<'_>, k: usize) -> bool {
    let caps = |j: usize| {
        doc.tokens
            .get(j)
            .is_some_and(|x| x.kind == crate::text::TokenKind::Word && x.text.chars().count() > 2)
            && crate::surname_first::in_capitals(doc, j)
    };
    let Some(comma) = (k + 1..k + 4).find(|&j| !caps(j)) else {
        return false;
    };
    // (A nationality only when it is a surname too: not "ESTADOUNIDENSE CARTER, John".)
    let surname = crate::demonyms::nationality(doc.f(k)).is_none()
        || matches!(
            doc.f(k),
            "aleman" | "frances" | "ingles" | "gallego" | "navarro" | "catalan" | "portugues"
        );
    caps(k)
        && surname
        && comma > k + 1
        && doc.f(comma) == ","
        && !(k + 1..=comma + 1).any(|j| doc.line_break_before(j))
        && doc
            .tokens
            .get(comma + 1)
            .is_some_and(|x| crate::lexicon::is_given_name(&x.folded))
}
