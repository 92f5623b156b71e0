//! Credits in running text: a caption's credit after the caption ("Photograph: Ana Pérez/The
//! Post"), a transcript's cast ("Host: X. Guest: Y"), a staff member named by their part ("Lead
//! researcher: Elena Marsh.", "For media enquiries, please contact: Y"), a court record's officers
//! ("Jueza: X", "Magistrados: A, B y C"): page furniture.

use crate::noise::has_trigger;
use crate::text::{Doc, TokenKind};

/// Words of a staff member's part before a colon ("Lead researcher: Elena Marsh.", "Legal
/// review: X.", "For media enquiries, please contact: Y", "Spokesperson for the UN High
/// Commissioner for Human Rights: Z", "Coordinación del boletín: Abg. W").
/// ("Executive Director: Margaret O'Donnell · Venezuela researcher: Camila Urbaneja": the same
/// words make a line of staff page furniture, see `noise`.)
pub(crate) const STAFF_PARTS: &[&str] = &[
    "director",
    "directora",
    "editor",
    "editora",
    "investigador",
    "investigadora",
    "officer",
    "manager",
    "researcher",
    "research",
    "review",
    "reviewer",
    "editing",
    "contact",
    "contacto",
    "enquiries",
    "inquiries",
    "spokesperson",
    "portavoz",
    "vocera",
    "vocero",
    "coordinator",
    "coordinador",
    "coordinadora",
    "coordinacion",
    "author",
    "autor",
    "autora",
    "fotos",
    "photos",
    "producer",
    "produccion",
    "investigacion",
    // ("Equipo de cobertura: A, B y C", "Coverage team: …")
    "cobertura",
    "coverage",
    // ("Conduce: Alfonso Rincón. Producción: Mirna Salas.", "Autores: X (GP Popular); Y")
    "conduce",
    "conduccion",
    "autores",
    "authors",
    // ("Edita: Irene Valcárcel", "By our Caracas team: A, B", "Additional reporting: C")
    "edita",
    "edicion",
    "team",
    "equipo",
    "reporting",
    "reporteria",
    // ("Cubren: A y B, desde Caracas y Valencia": a live blog's reporters.)
    "cubren",
    "cubre",
    // ("Fotografías: X", "Redactan: Abg. A y Abg. B", "Photography: Y")
    "fotografias",
    "photography",
    "redactan",
    "redacta",
];

/// A signature set after a dash under a letter or a newsletter's note ("— Claire Okafor, case
/// coordinator", "— Ana Ríos, directora de Acceso Libre"): a name and its part, no event.
pub(crate) fn dash_signature(doc: &Doc<'_>, t: &std::ops::Range<usize>) -> bool {
    let dash = doc
        .tokens
        .get(t.start)
        .is_some_and(|x| matches!(x.text, "—" | "–"));
    let Some(c) = (t.start + 3..t.end).find(|&k| doc.f(k) == ",") else {
        return false;
    };
    // (Not one a list's head leads to, "Remaining in custody:" over "— A, activist, member of
    // the Civic Front".)
    let part = |k: usize| {
        (STAFF_PARTS.contains(&doc.f(k)) || crate::signatures::TITLE_HEADS.contains(&doc.f(k)))
            && !matches!(doc.f(k), "member" | "miembro")
    };
    let headed = t.start > 0 && doc.f(t.start - 1) == ":";
    // (Alone: not one of a list's dashed items, "— Ana Ríos, activista, miembro de…".)
    let dashed = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|x| matches!(x.text, "—" | "–" | "-"))
    };
    let mut before = t.start.saturating_sub(1);
    while before > 0 && !doc.line_break_before(before) {
        before -= 1;
    }
    let alone = !(dashed(t.end) || t.start > 0 && dashed(before));
    dash && alone
        && !headed
        && t.end - t.start <= 14
        && (t.start + 1..c).all(|k| doc.tokens[k].capitalised || doc.f(k) == ".")
        && (c + 1..t.end).any(part)
        && !has_trigger(doc, t)
}

/// A caption's credit told after the caption on the same line ("…on Saturday. Photograph: Ana
/// Pérez/The Post"), or a short sentence naming a staff member's part ("Lead researcher: Elena
/// Marsh."): the sentence that opens with it is page furniture.
pub(crate) fn is_credit_sentence(doc: &Doc<'_>, first: usize) -> bool {
    let sentence = || {
        doc.sentences
            .binary_search_by_key(&first, |s| s.first)
            .ok()
            .and_then(|i| doc.sentences.get(i))
    };
    let staff = || {
        sentence().is_some_and(|s| {
            let colon = (s.first..s.last.min(s.first + 12)).find(|&k| doc.f(k) == ":");
            // (Its value a name: not "Portavoz de la familia: exigimos la libertad de X",
            // "Contact: Leila Farah, sister of detained blogger Reza Tavakoli".)
            let value = |c: usize| {
                let end = (c + 1..s.last).find(|&k| doc.f(k) == "(").unwrap_or(s.last);
                // (Or a list of names: "Gabriela Salcedo, Luis Armando Peña y Oriana Chacón",
                // and where they write from, "…, desde Caracas", "… in Tbilisi".)
                // ("Redactan: Abg. A y Abg. B": a title's point inside the sentence.)
                let names = (c + 1..end).all(|k| {
                    doc.tokens[k].capitalised
                        || matches!(
                            doc.f(k),
                            "," | "y" | "and" | "e" | "desde" | "from" | "in" | "."
                        )
                });
                doc.tokens.get(c + 1).is_some_and(|t| t.capitalised)
                    && (end - c <= 7 || (names && end - c <= 16))
                    && !(c + 1..end).any(|k| crate::slots::RELATIONS.contains(&doc.f(k)))
            };
            s.last - s.first <= 24
                && colon.is_some_and(|c| {
                    // (Not a list by job and outlet: "Director de Radio Libre: Luis Mora.")
                    let outlet = (s.first..c).any(|k| {
                        matches!(doc.f(k), "de" | "del" | "of")
                            && doc.tokens.get(k + 1).is_some_and(|t| t.capitalised)
                    });
                    (s.first..c).any(|k| STAFF_PARTS.contains(&doc.f(k))) && value(c) && !outlet
                })
                && !has_trigger(doc, &(s.first..s.last))
        })
    };
    // ("[Photo: Tomas X / The Baltic Courier] Released prisoners arrive…": a credit in brackets
    // before its caption.)
    let at = first + usize::from(doc.f(first) == "[");
    staff()
        || matches!(
        doc.f(at),
        "photograph"
            | "photo"
            | "foto"
            | "fotografia"
            | "imagen"
            | "image"
            | "credit"
            | "credito"
    ) && doc.f(at + 1) == ":"
        // ("Transcript, edited for length. Host: X. Guest: Y, a defence lawyer…": a short
        // credit; "INVITADO: Puedo confirmar…" is a turn of the transcript.)
        || (matches!(
            doc.f(first),
            "host" | "guest" | "invitado" | "invitada" | "editor" | "editora" | "redaccion" | "texto"
        ) && doc.f(first + 1) == ":"
            && sentence().is_some_and(|s| {
                // (Its value a name: "HOST: Let's start with your client X." is a turn.)
                s.last - s.first <= 14
                    && (first + 2..s.last.min(first + 6))
                        .take_while(|&k| !matches!(doc.f(k), "," | "."))
                        .all(|k| {
                            doc.tokens[k].capitalised
                                || doc.tokens[k].kind != crate::text::TokenKind::Word
                        })
            }))
}

/// A transcript's sign-off ("BENNINGTON: Karen Whitlock, thank you.", "CHACÍN: Rosalba
/// Intriago, gracias."), in tokens `from..to`, its sentence with no event word: it names a guest,
/// no one a list tells of.
pub(crate) fn sign_off(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    let dashed = |k: Option<usize>| k.is_some_and(|k| matches!(doc.f(k), "—" | "–" | "-"));
    // ("— Elena Sojo Ledezma, Executive Director": a letter's or a newsletter's signature, a
    // name, a comma and a post in capitals, with no event word; not an item's describer, "- X,
    // a former police officer", "- Y, director de la ONG".)
    let signed = matches!(doc.f(from), "—" | "–" | "-")
        && (from..to).find(|&k| doc.f(k) == ",").is_some_and(|c| {
            (c + 1..to).any(|k| STAFF_PARTS.contains(&doc.f(k)) || doc.f(k) == "executive")
                && (c + 1..to).all(|k| doc.tokens[k].capitalised)
                && to <= c + 5
        })
        && crate::triggers::find(doc, from, to).is_empty()
        // (Alone, no item among siblings: "— Luis Mora, Director Ejecutivo / — Ana Ríos, …".)
        && !dashed(doc.sentence_at(from.wrapping_sub(1)).map(|s| s.first))
        && !dashed(doc.sentence_at(to).map(|s| s.first));
    if signed {
        return true;
    }
    let Some(k) = (from..to).find(|&k| {
        (doc.f(k) == "thank" && doc.f(k + 1) == "you")
            || (doc.f(k) == "gracias" && doc.f(k.wrapping_sub(1)) == ",")
    }) else {
        return false;
    };
    // (The sign-off's own sentence; the item may go on with the next guest's question.)
    doc.sentence_at(k)
        .is_some_and(|s| crate::triggers::find(doc, s.first, s.last).is_empty())
}

/// ("Helen Marlow (Harrowfield and Stoke Ferry) (Lab):", then "Graham Tilney:" alone on its line
/// in such a text): a parliament's written answers name who asks and who answers.
pub(crate) fn parliament_label(doc: &Doc<'_>, from: usize, k: usize, transcript: bool) -> bool {
    let party = [
        "lab", "con", "ld", "snp", "dup", "sdlp", "green", "ind", "pc", "uup",
    ];
    let alone = doc
        .tokens
        .get(k + 1)
        .is_none_or(|n| doc.text[doc.tokens[k].end..n.start].contains('\n'));
    let titled = from <= k && k - from <= 3 && (from..k).all(|j| doc.tokens[j].capitalised);
    (k >= 3 && doc.f(k - 1) == ")" && party.contains(&doc.f(k - 2)) && doc.f(k - 3) == "(")
        || (transcript && alone && titled)
}

/// The first words of a court record's lines that name its officers, not its people.
const COURT_STAFF_KEYS: &[&str] = &[
    // ("Presiding judge: Olga Melnikova")
    "presiding",
    "juez",
    "jueza",
    "judge",
    "fiscal",
    "fiscalia",
    "prosecutor",
    "secretario",
    "secretaria",
    "tribunal",
    "court",
    "defensa",
    "defensor",
    "defensora",
    "counsel",
    // ("Defense counsel: Rubén Castillo", "Abogada: …")
    "defense",
    "defence",
    "lawyer",
    "abogado",
    "abogada",
    "magistrado",
    "magistrada",
    "jueces",
    "representacion",
];

/// "Jueza: Nerys Palacios Guédez (suplente)", "Tribunal: Cuarto de Control …", "Fiscal 73.º
/// nacional: Armando Lozada", "Defensa privada (asuntos 1, 3 y 5): Abg. …": a court record's
/// line of its officers (page noise when it tells no event).
pub(crate) fn staff_line(doc: &Doc<'_>, t: &std::ops::Range<usize>) -> bool {
    // ("Magistrados: A (ponente), B y C.": a bench of several; not judges the text tells held,
    // "Magistrados detenidos: A, B y C", "Three former judges were arrested… Judges: A, B".)
    let w = doc.f(t.start);
    let held = || {
        let s = doc.sentence_index(t.start);
        (s.saturating_sub(1)..=s)
            .filter_map(|i| doc.sentences.get(i))
            .any(|x| has_trigger(doc, &(x.first..x.last)))
    };
    (COURT_STAFF_KEYS.contains(&w)
        || (COURT_STAFF_KEYS.contains(&w.trim_end_matches('s')) && !held()))
        && (t.start + 1..t.end.min(t.start + 11)).any(|k| doc.f(k) == ":")
}

/// An item in tokens `from..to` that tells of a lawyer at work, with no event word ("‼️ El
/// abogado X del colectivo Y ya está en el comando pero no le han dado acceso al expediente"):
/// one who acts for those listed, not one of them. (Alone in its list: among others named, "●
/// La abogada X está incomunicada" under "Detenidos en Rivas" is one of them.)
pub(crate) fn counsel(
    cx: &crate::lists::ListContext<'_, '_>,
    item: &crate::layout::Item,
    from: usize,
    to: usize,
) -> bool {
    let doc = cx.doc;
    let named = |i: &&crate::layout::Item| i.list == item.list && !i.names.is_empty();
    if cx.layout.items.iter().filter(named).count() > 1 {
        return false;
    }
    let Some(k) = (from..to.min(from + 4)).find(|&k| {
        doc.tokens[k].kind == TokenKind::Word && doc.tokens[k].text.starts_with(char::is_alphabetic)
    }) else {
        return false;
    };
    // (Or past the lawyer's part: "— Su defensor privado, el abogado X, tampoco pudo…", where
    // one who could not see them is at work too; not "— El abogado X tampoco pudo
    // entrevistarse con su familia", held himself.)
    let Some(j) = (k..to.min(k + 6)).find(|&j| {
        matches!(doc.f(j), "el" | "la" | "the" | "su" | "his" | "her")
            && COUNSEL.contains(&doc.f(j + 1))
            && doc.tokens.get(j + 2).is_some_and(|t| t.capitalised)
    }) else {
        return false;
    };
    let part = j > k && COUNSEL.contains(&doc.f(k + 1));
    let at_work = |i: usize| AT_WORK.contains(&doc.f(i)) || part && COULD_NOT.contains(&doc.f(i));
    // (At work in a clause of its own; not a member described, "• el abogado X".)
    (j + 3..to).any(at_work) && crate::triggers::find(doc, from, to).is_empty()
}

/// Words of a lawyer's own clause, at work or speaking ("ya está en el comando", "que asumió su
/// defensa", "introdujo un habeas corpus", "said"), folded.
#[rustfmt::skip]
const AT_WORK: &[&str] = &[
    "esta", "estuvo", "han", "ha", "dijo", "dice", "que", "introdujo", "interpuso", "presento",
    "is", "has", "said", "says", "who", "filed",
];

/// Words of a lawyer kept from the one held ("tampoco pudo entrevistarse con ella"), folded.
const COULD_NOT: &[&str] = &["pudo", "could", "tampoco", "neither"];

/// The nouns of one who defends others in court ("abogada", "attorney", "defensor"), folded.
pub(crate) const COUNSEL: &[&str] = &[
    "abogado",
    "abogada",
    "lawyer",
    "attorney",
    "defensor",
    "defensora",
];

/// A site's bar of regions at the page's top ("Maracaibo · San Francisco · Costa Oriental · Sur
/// del Lago"): three or more short capitalised parts between dots, one of a single word, no
/// event; not names listed under an event.
pub(crate) fn place_bar(doc: &Doc<'_>, t: &std::ops::Range<usize>) -> bool {
    let dots: Vec<usize> = (t.clone()).filter(|&k| doc.tokens[k].text == "·").collect();
    // (Among a page's first lines, before any event; not names under a list's head.)
    if dots.len() < 2 || doc.text[..doc.tokens[t.start].start].matches('\n').count() > 4 {
        return false;
    }
    if has_trigger(doc, &(0..t.start)) || has_trigger(doc, t) {
        return false;
    }
    let mut bounds = vec![t.start];
    bounds.extend(dots.iter().flat_map(|&d| [d, d + 1]));
    bounds.push(t.end);
    let parts: Vec<(usize, usize)> = bounds.chunks(2).map(|c| (c[0], c[1])).collect();
    parts.iter().all(|&(a, b)| {
        (1..=3).contains(&(b.saturating_sub(a)))
            && !crate::lexicon::is_given_name(doc.f(a))
            && (a..b).all(|k| doc.tokens[k].capitalised || matches!(doc.f(k), "del" | "de" | "la"))
    }) && parts.iter().any(|&(a, b)| b == a + 1)
}

/// A section's name in capitals over a story ("COSTA ORIENTAL") that the site's menu lists
/// ("Inicio | Costa Oriental | Sucesos"): page furniture, not a name over a list.
pub(crate) fn section_kicker(doc: &Doc<'_>, t: &std::ops::Range<usize>) -> bool {
    let capitals = (t.clone()).all(|k| {
        doc.tokens[k].kind == TokenKind::Word && !doc.tokens[k].text.chars().any(char::is_lowercase)
    });
    if !(1..=4).contains(&(t.end - t.start)) || !capitals || has_trigger(doc, t) {
        return false;
    }
    let phrase = doc.text[doc.tokens[t.start].start..doc.tokens[t.end - 1].end].to_lowercase();
    // (A site's menu, opening on its home; not a contents line, "In this issue: The numbers · Who
    // got out", nor names between bars.)
    let menu = |l: &str| {
        let head = l
            .trim_start()
            .chars()
            .take(7)
            .collect::<String>()
            .to_lowercase();
        l.matches('|').count() >= 2
            && ["inicio", "home", "portada"]
                .iter()
                .any(|h| head.starts_with(h))
    };
    !crate::lexicon::is_given_name(doc.f(t.start))
        && doc.text.contains('|')
        && doc
            .text
            .lines()
            .any(|l| menu(l) && l.to_lowercase().split('|').any(|p| p.trim() == phrase))
}
