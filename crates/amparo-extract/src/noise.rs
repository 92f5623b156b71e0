//! Page furniture around the news: menus, share buttons, bylines, "Lee también:" and "Read
//! more:" blocks, captions and credits, date and clock lines, advertisements.

use std::ops::Range;

use crate::text::{Doc, TokenKind};
use crate::triggers;

use crate::noise_words::NOISE_OPENERS;

/// Words that, anywhere in a short line without an event, make it a date, time or credit line.
const CLOCK_WORDS: &[&str] = &[
    "am", "pm", "utc", "gmt", "hrs", "ago", "hace", "horas", "hours",
];

pub(crate) fn has_trigger(doc: &Doc<'_>, tokens: &Range<usize>) -> bool {
    !triggers::find(doc, tokens.start, tokens.end).is_empty()
}

/// Whether a line is page furniture.
pub(crate) fn is_noise_line(doc: &Doc<'_>, t: &Range<usize>) -> bool {
    let len = t.end - t.start;
    if len == 0 {
        return false;
    }
    // ("Updated 21:05 — Rights group confirms release of X": a live blog's entry, no stamp.)
    let entry = matches!(doc.f(t.start), "updated" | "actualizado")
        && (t.start + 1..t.end.min(t.start + 6))
            .any(|k| matches!(doc.tokens[k].text, "—" | "–") && t.end > k + 5);
    // ("Host: Ana Ríos" in the credits; "HOST: Let's start with your client X." is a turn.)
    let turn = matches!(
        doc.f(t.start),
        "host" | "presenter" | "presentadora" | "presentador"
    ) && len > 8;
    // ("— Admin: X": past a dash; "🔴 12:48 — Lee también: …", past a live blog's mark and
    // clock.)
    let (mut at, mut clock) = (t.start, false);
    while at + 2 < t.end && at < t.start + 6 {
        if doc.is_number(at) && doc.f(at + 1) == ":" && doc.is_number(at + 2) {
            (at, clock) = (at + 3, true);
        } else if !matches!(doc.tokens[at].kind, TokenKind::Word | TokenKind::Number) {
            at += 1;
        } else {
            break;
        }
    }
    if !clock {
        at = t.start + usize::from(matches!(doc.tokens[t.start].text, "—" | "–") && len > 2);
    }
    if NOISE_OPENERS.iter().any(|o| doc.matches_at(at, o))
        && (len <= 25 || matches!(doc.f(at + o_len(doc, at)), ":" | "|"))
        && !entry
        && !turn
    {
        return true;
    }
    // ("Más de Alejandra Mijares:", "More from Tom Hale": an author's other stories.)
    let more_of = [
        "mas de",
        "mas notas de",
        "otras notas de",
        "more from",
        "more by",
    ];
    if let Some(o) = more_of.iter().find(|o| doc.matches_at(t.start, o))
        && len <= 8
        && doc
            .tokens
            .get(t.start + o.split(' ').count())
            .is_some_and(|x| x.capitalised)
        && (doc.f(t.end - 1) == ":" || doc.f(t.start) == "more")
    {
        return true;
    }
    // (A digest's "Monitoreo: Yolanda Bermúdez." at its foot; not "Monitoreo: el periodista X
    // fue detenido…".)
    if doc.matches_at(t.start, "monitoreo :")
        && (t.start + 3..t.end.min(t.start + 8)).any(|k| doc.f(k) == ".")
    {
        return true;
    }
    // "15 de febrero de 2026 · Texto: Ana Ríos · Fotos: Luis Mora": credits set in a line.
    let credits = len <= 25
        && (t.clone()).any(|k| {
            matches!(
                doc.f(k),
                "texto" | "text" | "fotos" | "photos" | "fotografia" | "redaccion" | "words"
            ) && doc.f(k + 1) == ":"
        })
        && (t.clone()).any(|k| matches!(doc.tokens[k].text, "·" | "|" | "•" | "/" | "–"));
    // "Executive Director: Margaret O'Donnell · Venezuela researcher: Camila Urbaneja": staff.
    let staff = len <= 25
        && (t.clone()).filter(|&k| doc.f(k) == ":").count() >= 2
        && (t.clone()).any(|k| doc.tokens[k].text == "·")
        && (t.clone()).any(|k| crate::credits::STAFF_PARTS.contains(&doc.f(k)))
        && !has_trigger(doc, t);
    let court = (crate::credits::staff_line(doc, t) || crate::records::case_number(doc, t))
        && !has_trigger(doc, t)
        || crate::credits::dash_signature(doc, t);
    // ("— Staff, with reporting by Ana Lucía Ferrer": a credit past the line's opening.)
    let reporting = len <= 14
        && (t.clone()).any(|k| {
            doc.matches_any_at(
                k,
                &[
                    "reporting by",
                    "editing by",
                    "writing by",
                    "con informacion de",
                ],
            )
        })
        && !has_trigger(doc, t);
    // ("© El Vigía del Lago Digital 2026 · Aviso legal": a page's foot.)
    // (Not a wire's credit over its story: "© Reuters. Activist X was detained…".)
    let copyright = (doc.tokens[t.start].text.starts_with('©')
        || doc.f(t.start) == "copyright" && doc.f(t.start + 1) != ",")
        && len <= 30
        && !has_trigger(doc, t);
    let bar = crate::credits::place_bar(doc, t) || crate::credits::section_kicker(doc, t);
    if credits || staff || court || reporting || copyright || bar {
        return true;
    }
    // ("11:20 | La Red de Abogados confirma estos nombres…": a live blog's time, not a menu.)
    let stamp = doc.is_number(t.start) && doc.f(t.start + 1) == ":" && doc.f(t.start + 3) == "|";
    let pipes = (t.clone())
        .filter(|&k| doc.f(k) == "|" && !(stamp && k == t.start + 3))
        .count();
    let event = has_trigger(doc, t);
    // Bylines: "By Helen Marsh, Reuters", "Por Redacción | 30 de enero", "— Compiled by Hannah
    // Marsh".
    let mut by = t.start;
    while by < t.end && matches!(doc.f(by), "—" | "–" | "-") {
        by += 1;
    }
    if matches!(
        doc.f(by),
        "compiled" | "reported" | "written" | "edited" | "compilado" | "elaborado" | "redactado"
    ) {
        by += 1;
    }
    let byline = matches!(doc.f(by), "by" | "por")
        && doc.tokens.get(by + 1).is_some_and(|n| n.capitalised)
        && len <= 14
        && !event;
    // A stage direction of a transcript: "[00:00:05] [CORTINA MUSICAL]", "[THEME MUSIC]",
    // "[GC: MADRE DE ESTUDIANTE DETENIDO]".
    let bracketed = |from: usize| doc.f(from) == "[" && doc.f(t.end - 1) == "]";
    let mut after_stamp = t.start;
    if doc.f(t.start) == "[" {
        let close = (t.start..t.end).find(|&k| doc.f(k) == "]");
        let stamp =
            close.is_some_and(|c| (t.start + 1..c).all(|k| doc.f(k) == ":" || doc.is_number(k)));
        if let (true, Some(c)) = (stamp, close) {
            after_stamp = c + 1;
        }
    }
    // ("[EN PANTALLA — EXCARCELADOS ANOCHE: ANA PÉREZ · LUIS ROJAS]": a caption that names
    // people under an event is a list, not a direction.)
    let caption_list = || {
        (after_stamp..t.end)
            .find(|&k| doc.f(k) == ":")
            .is_some_and(|colon| {
                has_trigger(doc, &(after_stamp..colon))
                    && (colon + 1..t.end)
                        .filter(|&k| matches!(doc.tokens[k].text, "·" | "," | ";" | "•"))
                        .count()
                        >= 1
            })
    };
    // ("[GENERADOR DE CARACTERES: EXCARCELADOS HOY]" over the names heads the lines below it.)
    let caption_head = || crate::heading_lines::caption_event(doc, &(after_stamp..t.end));
    let direction = t.end > after_stamp + 1
        && bracketed(after_stamp)
        && !caption_list()
        && !caption_head()
        && (after_stamp + 1..t.end - 1).all(|k| doc.f(k) != "]");
    // A post's header: "Ana Ríos @anarios · 12 Jan", "X · News · Posted: Jan 24, 2026".
    let header = len <= 20
        && !event
        && (t.clone()).any(|k| doc.tokens[k].text == "·")
        && (t.clone()).any(|k| {
            doc.tokens[k].text.starts_with('@')
                || (matches!(doc.f(k), "posted" | "publicado" | "updated" | "actualizado")
                    && doc.f(k + 1) == ":")
        });
    // ("Ana Ríos @anarios" over each post of a thread: a poster's name and handle alone on a
    // line the text prints again; not a list of names with handles, "Periodistas detenidos:" /
    // "Ana Ríos @anarios" / "Luis Paz @luispaz".)
    let at = (t.start..t.end).find(|&k| doc.tokens[k].text.starts_with('@'));
    let header = header
        || at.is_some_and(|at| {
            (t.start + 1..=t.start + 4).contains(&at)
                && !event
                && (t.start..at).all(|k| doc.tokens[k].capitalised)
                && (at + 1..t.end).all(|k| doc.tokens[k].start == doc.tokens[k - 1].end)
                && doc
                    .text
                    .matches(&doc.text[doc.tokens[t.start].start..doc.tokens[t.end - 1].end])
                    .nth(1)
                    .is_some()
        });
    // ("— Ana Ríos (@anarios) January 10, 2026": an embedded post's attribution, by one the
    // text names elsewhere, "Foro Penal's Ana Ríos posted on X:".)
    let handle = (by..t.end.min(by + 8)).find(|&k| {
        doc.f(k) == "("
            && doc
                .tokens
                .get(k + 1)
                .is_some_and(|x| x.text.starts_with('@'))
    });
    let header = header
        || (by > t.start && len <= 20 && !event)
            && handle.is_some_and(|h| {
                h > by && {
                    let name = &doc.text[doc.tokens[by].start..doc.tokens[h - 1].end];
                    doc.text.matches(name).count() >= 2
                }
            });
    // ("▪️ Arnaldo José Villarroel – out at 8:15 pm": a bullet before a name is an item,
    // whatever time it gives.)
    let named = crate::line_shapes::is_bullet(doc, t.start).is_some_and(|at| {
        (at..at + 2).all(|k| {
            doc.tokens
                .get(k)
                .is_some_and(|x| x.capitalised && x.kind == crate::text::TokenKind::Word)
        }) && crate::dates::weekday(doc.f(at)).is_none()
    });
    let clock =
        len <= 20 && !event && !named && (t.clone()).any(|k| CLOCK_WORDS.contains(&doc.f(k)));
    // ("📷 Foto: Yenny Arráiz / Diario El Centro": a picture's credit, past its pictograph.)
    let word = (t.clone()).find(|&k| doc.tokens[k].kind == TokenKind::Word);
    let photo = word.is_some_and(|k| {
        matches!(
            doc.f(k),
            "foto" | "fotos" | "photo" | "photos" | "fotografia"
        ) && doc.f(k + 1) == ":"
            && len <= 16
    });
    // ("↪️ Reenviado desde Cauce Lara", "Forwarded from Voz Libre": a channel, not a person.)
    let forwarded = word.is_some_and(|k| {
        matches!(doc.f(k), "reenviado" | "forwarded")
            && matches!(doc.f(k + 1), "desde" | "de" | "from")
    }) && len <= 12;
    // ("© Agence France-Presse", "Copyright 2026 Reuters": a copyright line.)
    let copyright = len <= 12
        && (doc.tokens.get(t.start).is_some_and(|x| x.text == "©")
            || doc.f(t.start) == "copyright");
    if photo || forwarded || copyright {
        return true;
    }
    // Captions credited to an agency ("REUTERS/Staff", "AP Photo/…").
    let credit = (t.start + 1..t.end).any(|k| {
        doc.f(k) == "/" && matches!(doc.f(k - 1), "reuters" | "photo" | "foto" | "afp" | "efe")
    });
    // An author's note under an opinion piece ("*Isidro Lovera es abogado y profesor…").
    // ("*  Gleidys Tapia", a space after the star and no sentence: a bullet.)
    let star = doc.tokens.get(t.start).filter(|x| x.text == "*");
    let glued = star.is_some_and(|x| {
        doc.tokens
            .get(t.start + 1)
            .is_some_and(|n| n.start == x.end)
    });
    let says = (t.start + 1..t.end).any(|k| {
        matches!(
            doc.f(k),
            "es" | "is" | "fue" | "was" | "escribe" | "writes" | "autor" | "autora" | "author"
        )
    });
    let footnote = star.is_some() && (glued || says) && !event;
    let menu = (pipes >= 1 || crate::line_shapes::dotted_menu(doc, t))
        && !event
        && !crate::records::record_head(doc, t)
        && !crate::table_cells::names_row(doc, t);
    menu || byline || header || direction || clock || credit || footnote
}

fn o_len(doc: &Doc<'_>, at: usize) -> usize {
    NOISE_OPENERS
        .iter()
        .filter(|o| doc.matches_at(at, o))
        .map(|o| o.split(' ').count())
        .max()
        .unwrap_or(0)
}

/// Whether the colon at `k` is a clock's ("21:40") or ends a live blog's marker (see
/// `live_marker`): no list's.
pub(crate) fn marker_colon(doc: &crate::text::Doc<'_>, from: usize, k: usize) -> bool {
    crate::line_shapes::clock_colon(doc, k) || live_marker(doc, from, k)
}

/// Whether the colon at `k` ends a live blog's marker that opens the line at `from`, past its
/// time ("21:40 – NUEVO:", "ÚLTIMA HORA:", "UPDATE:"): no label of a list; a list's colon may
/// follow in the same line ("… La lista: A; B; C").
fn live_marker(doc: &crate::text::Doc<'_>, from: usize, k: usize) -> bool {
    let mut from = from;
    while from < k && crate::line_shapes::stamp_mark(doc, from) {
        from += 1;
    }
    k > from
        && k - from <= 3
        && (from..k).all(|j| {
            matches!(
                doc.f(j),
                "nuevo"
                    | "nueva"
                    | "urgente"
                    | "ultima"
                    | "hora"
                    | "actualizacion"
                    | "update"
                    | "updated"
                    | "breaking"
                    | "new"
                    | "ahora"
                    | "alerta"
                    | "flash"
            )
        })
}
