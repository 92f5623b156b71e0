//! A signature under a statement: a name over a title of office ("Obispo de San Cristóbal",
//! "Por autorización del Secretario Ejecutivo"), or under "Firma:", "Atentamente" (moved out of
//! `line_shapes`).

use std::ops::Range;

use crate::text::Doc;

/// The first word of a signature's office line ("Obispo de…", "Presidenta-Relatora del…").
#[rustfmt::skip]
pub(crate) const TITLE_HEADS: &[&str] = &[
    "obispo", "arzobispo", "cardenal", "vicario", "parroco", "director", "directora",
    "coordinador", "coordinadora", "presidente", "presidenta", "secretario", "secretaria",
    "vocero", "vocera", "bishop", "archbishop", "vicar", "chair", "executive", "spokesperson",
    // ("Hamish Ruddock / Minister for the Middle East": a parliamentary answer's.)
    "minister", "ministro", "ministra",
    // (A UN mandate holder's: "Relatora Especial sobre…", "Vicepresidente del Grupo de Trabajo".)
    "relator", "relatora", "vicepresidente", "vicepresidenta", "rapporteur", "special",
    "chairperson", "vice-chair", "miembro", "member", "head", "jefe", "jefa",
    // ("Vice-Chair on Communications of the Working Group…", read up to its hyphen.)
    "vice", "independent", "experta", "experto",
    // ("Teresa X" / "President of the Zulia Bar Association": English offices.)
    "president", "secretary", "coordinator", "treasurer", "founder", "fundador", "fundadora",
    // (An addressee's: "Fiscal General de la República" over "Lic. X".)
    "fiscal", "attorney", "procurador", "procuradora",
];

/// Whether a line is a title of office under a signature ("Obispo de San Cristóbal", "Vicario de
/// Pastoral Penitenciaria", "Directora ejecutiva"): short, no event, opening with an office.
pub(crate) fn is_title_line(doc: &Doc<'_>, t: &Range<usize>) -> bool {
    // ("Presidenta-Relatora del Grupo de Trabajo sobre la Detención Arbitraria": an office in
    // a body whose name tells of detention, in capitals.)
    // ("Special Rapporteur on extrajudicial, summary or arbitrary executions", "Relatora Especial
    // sobre la promoción y protección del derecho a la libertad de opinión y de expresión")
    let office_of_body = || {
        t.end - t.start <= 22
            && (t.start..t.end).any(|k| matches!(doc.f(k), "del" | "de" | "of" | "on" | "sobre"))
            && crate::triggers::find(doc, t.start, t.end)
                .iter()
                .all(|x| doc.tokens.get(x.first).is_some_and(|w| w.capitalised))
    };
    // ("Por autorización del Secretario Ejecutivo", "On behalf of the Executive Secretary": one
    // who signs for an office.)
    let signs_for = t.end - t.start <= 8
        && doc.matches_any_at(
            t.start,
            &[
                "por autorizacion",
                "by authorization",
                "on behalf of",
                "en nombre de",
                "por orden",
            ],
        );
    if signs_for {
        return true;
    }
    // (The office's first word before the line's events: most lines open with none.)
    t.end > t.start
        && doc.tokens.get(t.start).is_some_and(|x| x.capitalised)
        && TITLE_HEADS.contains(&doc.f(t.start).split('-').next().unwrap_or_default())
        && (office_of_body()
            || (t.end - t.start <= 8 && crate::triggers::find(doc, t.start, t.end).is_empty()))
}

/// Whether the line before line `li` labels the signatures below it ("Firma:", "Firman:",
/// "Signed:", "Atentamente:"), where a name over an office is a signature, not a listed person.
pub(crate) fn signed_below(doc: &Doc<'_>, lines: &[Range<usize>], li: usize) -> bool {
    li.checked_sub(1)
        .and_then(|p| lines.get(p))
        .and_then(|l| doc.sentences.get(l.start))
        .is_some_and(|s| {
            matches!(
                doc.f(s.first),
                "firma" | "firman" | "firmado" | "signed" | "signature" | "atentamente"
            )
        })
}

/// Whether the name on line `li` and the office under it end the text ("6. Exigimos…" / "" /
/// "Lic. X" / "Coordinador general, RANE"): a statement's signature after numbered paragraphs.
pub(crate) fn closing(doc: &Doc<'_>, lines: &[Range<usize>], li: usize) -> bool {
    let paragraph = |l: Option<&Range<usize>>| {
        l.and_then(|l| doc.sentences.get(l.start))
            .map(|s| s.paragraph)
    };
    let own = paragraph(lines.get(li));
    // (After prose: not the last of a list's names over offices, "Elvira Cordero" / "Vice-
    // president of the Zulia Bar Association" under "Ovidio Manrique" / "Member of …".)
    let prose = |p: &Range<usize>| {
        let t = crate::line_shapes::token_range(doc, p);
        matches!(doc.f(t.end.saturating_sub(1)), "." | "!" | "?")
    };
    li.checked_sub(1)
        .is_some_and(|p| paragraph(lines.get(p)) != own && prose(&lines[p]))
        && paragraph(lines.get(li + 1)) == own
        && paragraph(lines.get(li + 2)) != own
        && lines.iter().skip(li + 2).all(|l| {
            doc.sentences
                .get(l.start)
                .is_some_and(|s| s.last - s.first <= 12)
        })
}

/// Whether line `li` is part of a letter's address block: an office's line over a name alone over
/// the body's line ("Fiscal General de la República" / "Lic. X" / "Ministerio Público, Managua,
/// Nicaragua"), as an urgent action's model letter prints whom to write to.
pub(crate) fn addressee(doc: &Doc<'_>, lines: &[Range<usize>], li: usize, in_hit: &[bool]) -> bool {
    let range = |i: usize| {
        lines
            .get(i)
            .map(|l| crate::line_shapes::token_range(doc, l))
    };
    let body = |t: Range<usize>| {
        t.end > t.start
            && t.end - t.start <= 10
            && doc.tokens.get(t.start).is_some_and(|x| x.capitalised)
            && !matches!(doc.f(t.end - 1), "." | ":" | "!" | "?")
            && crate::triggers::find(doc, t.start, t.end).is_empty()
            && crate::list_names::line_name(doc, &t, in_hit).is_none()
            && !is_title_line(doc, &t)
    };
    // (Not a list's names over their offices: "Ovidio X" / "Member of the National Assembly" /
    // "Elvira Y" / "Vice-president of the Bar Association".)
    let name_alone = |i: usize| {
        range(i).is_some_and(|t| {
            crate::list_names::line_name(doc, &t, in_hit).is_some_and(|(_, alone)| alone)
        })
    };
    (li.saturating_sub(2)..=li).any(|b| {
        range(b).is_some_and(|t| is_title_line(doc, &t))
            && !(b > 0 && name_alone(b - 1))
            && name_alone(b + 1)
            && range(b + 2).is_some_and(body)
            && li <= b + 2
    })
}
