//! Relation nouns ("brother", "esposa") and the possessive relation phrases they make ("his
//! brother", "su hijo"): the person named after one is someone's relative.

use crate::text::Doc;

pub(crate) const POSSESSIVES: &[&str] = &[
    "his", "her", "their", "su", "sus", "whose", "cuya", "cuyo", "cuyas", "cuyos", "my", "mi",
    "mis", "our", "nuestro", "nuestra",
];

/// Relation nouns: the person named after "his brother" is someone's relative.
pub const RELATIONS: &[&str] = &[
    "brother",
    "sister",
    "son",
    "daughter",
    "wife",
    "husband",
    "father",
    "mother",
    "partner",
    "nephew",
    "niece",
    "cousin",
    "uncle",
    "aunt",
    "grandson",
    "granddaughter",
    "hermano",
    "hermana",
    "hijo",
    "hija",
    "esposa",
    "esposo",
    "padre",
    "madre",
    "pareja",
    "sobrino",
    "sobrina",
    "primo",
    "prima",
    "tio",
    "tia",
    "nieto",
    "nieta",
    "brothers",
    "sons",
    "hijos",
    "hermanos",
    "mama",
    "papa",
    "mom",
    "dad",
    "abuela",
    "abuelo",
    "grandmother",
    "grandfather",
    "novia",
    "novio",
    "girlfriend",
    "boyfriend",
    "companera",
    "companero",
    "cunada",
    "cunado",
];

/// Those who act for someone held, named with a possessive like a relative ("Su abogada, X",
/// "his lawyer, X", "Su médica, la doctora X"): they speak of the one held.
pub const ASSOCIATES: &[&str] = &[
    "abogado",
    "abogada",
    "abogados",
    "defensor",
    "defensora",
    "lawyer",
    "lawyers",
    "attorney",
    "medico",
    "medica",
    "doctor",
    "doctora",
    "cardiologo",
    "cardiologa",
    "psicologo",
    "psicologa",
    "editor",
    "editora",
    "correspondent",
    "corresponsal",
    "reporter",
    "reportero",
    "reportera",
];

/// A possessive relation phrase at token `k` ("his brother", "su hijo"): its relation noun.
/// (Not one absent: "charged without her lawyer present", "es imputado sin su abogada"; nor a
/// home named by its owner: "under house arrest at his mother's home", "en casa de su madre".)
pub fn relation_at<'d>(doc: &'d Doc<'_>, k: usize) -> Option<&'d str> {
    const HOMES: &[&str] = &[
        "home",
        "house",
        "apartment",
        "flat",
        "residence",
        "casa",
        "vivienda",
        "residencia",
        "hogar",
    ];
    // (A relative named there keeps the label: "en casa de su madre, Carmen Medina".)
    let capital = |j: usize| doc.tokens.get(j).is_some_and(|t| t.capitalised);
    let named = (doc.f(k + 2) == "," && capital(k + 3)) || capital(k + 2);
    let home = || {
        (matches!(doc.f(k + 2), "'" | "’") && doc.f(k + 3) == "s" && HOMES.contains(&doc.f(k + 4)))
            || (doc.f(k.wrapping_sub(1)) == "de"
                && HOMES.contains(&doc.f(k.wrapping_sub(2)))
                && !named)
    };
    if POSSESSIVES.contains(&doc.f(k))
        && !matches!(doc.f(k.wrapping_sub(1)), "sin" | "without")
        && (RELATIONS.contains(&doc.f(k + 1)) || ASSOCIATES.contains(&doc.f(k + 1)))
        && !fellow_prisoner(doc, k + 1)
        && !home()
    {
        Some(doc.f(k + 1))
    } else {
        None
    }
}

/// "Su compañero de celda", "compañera de prisión": one held with them, not a relative.
pub fn fellow_prisoner(doc: &Doc<'_>, k: usize) -> bool {
    matches!(
        doc.f(k),
        "companero" | "companera" | "companeros" | "companeras"
    ) && doc.f(k + 1) == "de"
        && matches!(
            doc.f(k + 2),
            "celda" | "prision" | "cautiverio" | "calabozo" | "reclusion" | "pabellon" | "presidio"
        )
}

/// ("la señora X, madre de un joven detenido…", "X, madre del estudiante Y, detenido desde…",
/// "X, mother of a student detained in May"): whether the event of trigger `t` is told, in an
/// apposition after the name ending at `last`, of the one its relation noun points to, not of
/// the name (a participle of the other gender, or an English one, with no auxiliary before it).
pub(crate) fn told_of_kin(doc: &Doc<'_>, last: usize, t: &crate::triggers::Trigger) -> bool {
    let noun = doc.f(last + 1);
    let prev = doc.f(t.first.wrapping_sub(1));
    let w = doc.f(t.last.saturating_sub(1));
    let gendered = crate::genders::participle_gender(w).is_some();
    doc.f(last) == ","
        && RELATIONS.contains(&noun)
        && matches!(doc.f(last + 2), "de" | "del" | "of")
        && t.first > last + 3
        && !(last..t.first).any(|k| matches!(doc.f(k), "." | ";" | ":" | "que" | "quien" | "who"))
        && !crate::triggers::PASSIVE_AUX.contains(&prev)
        && (crate::genders::clash(noun, w) || (!gendered && doc.f(last + 2) == "of"))
}

/// ("• A, 24, and her brother B, 27 — nursing students. Arrested 22 May"): whether person `e` is
/// named in tokens `span` as a relative joined to the name before ("and her brother B"), so one
/// of the item's people.
pub(crate) fn joined_relative(
    doc: &Doc<'_>,
    mentions: &[crate::persons::MentionRef],
    e: usize,
    span: std::ops::Range<usize>,
) -> bool {
    named_in(mentions, e, span, |first| {
        first >= 3
            && RELATIONS.contains(&doc.f(first - 1))
            && matches!(doc.f(first - 2), "his" | "her" | "su")
            && matches!(doc.f(first - 3), "and" | "y")
    })
}

/// Whether person `e` is named in tokens `span` where `before` holds of the name's first token.
fn named_in(
    mentions: &[crate::persons::MentionRef],
    e: usize,
    span: std::ops::Range<usize>,
    before: impl Fn(usize) -> bool,
) -> bool {
    mentions
        .iter()
        .any(|m| m.entity == e && span.contains(&m.first) && before(m.first))
}

/// ("- A, madre del dirigente B, quien vive en la clandestinidad", "• A, son of the activist
/// B"): whether person `e` is named in tokens `span` as the one a relation noun of the item's
/// person points to (after "de"/"del"/"of" and at most two titles), not one of the item's people.
pub(crate) fn kin_of(
    doc: &Doc<'_>,
    mentions: &[crate::persons::MentionRef],
    e: usize,
    span: std::ops::Range<usize>,
) -> bool {
    named_in(mentions, e, span, |first| {
        (first.saturating_sub(4)..first).any(|k| {
            RELATIONS.contains(&doc.f(k))
                && matches!(doc.f(k + 1), "de" | "del" | "of")
                && (k + 2..first).all(|j| {
                    doc.tokens[j].kind == crate::text::TokenKind::Word && !doc.tokens[j].capitalised
                })
        })
    })
}

/// ("X, que es madre de tres niños"): whether the words at token `k`, after a relation noun and
/// "de", count children, whom no one in the text is.
pub fn of_children(doc: &Doc<'_>, k: usize) -> bool {
    crate::counts::number_word(doc.f(k)).is_some()
        && matches!(doc.f(k + 1), "ninos" | "ninas" | "children" | "kids")
}

/// Whether a relation with this possessive is the narrator's own ("Mi hijo, Luis Eduardo, está
/// preso desde julio", "our son"): the one the text is about, not a relative who speaks.
pub(crate) fn narrators(possessive: &str, relation: &str) -> bool {
    matches!(
        possessive,
        "mi" | "mis" | "my" | "nuestro" | "nuestra" | "nuestros" | "nuestras" | "our"
    ) && RELATIONS.contains(&relation)
}

/// Whether the person named at `first..last` after a relation phrase's "of" (describers from
/// `from`) is told abroad: "mother of the exiled blogger Y", "brother of former deputy Y, who
/// lives in Madrid", "esposa del dirigente Y, quien vive fuera del país". (Not "la esposa del
/// exalcalde Y": a former mayor may be the one held.)
pub(crate) fn away(doc: &Doc<'_>, from: usize, first: usize, last: usize) -> bool {
    let exiled = (from..first).any(|k| matches!(doc.f(k), "exiled" | "exiliado" | "exiliada"));
    let lives = (last..last + 4)
        .any(|k| matches!(doc.f(k), "who" | "quien") && matches!(doc.f(k + 1), "lives" | "vive"));
    exiled || lives
}

/// ("«Mi hermana salió…», dijo X, hermana de Y": the first person of "mi hermana" at `k` is the
/// teller named after the quote, and her sister is Y, not X herself.)
pub(crate) fn teller(
    doc: &Doc<'_>,
    ms: &[&crate::persons::MentionRef],
    k: usize,
    relation: &str,
) -> Option<usize> {
    if !narrators(doc.f(k), relation) {
        return None;
    }
    ms.iter()
        .find(|m| {
            m.first > k + 2
                && (m.first.saturating_sub(8).max(k + 2)..m.first)
                    .any(|j| crate::slots::SPEECH.contains(&doc.f(j)))
        })
        .map(|m| m.entity)
}

/// "The lawyer of X, Y, says…", "La abogada de X, Y, denunció…" (the associate's noun at `k`):
/// Y, who acts for X.
pub(crate) fn acting_for(
    doc: &Doc<'_>,
    ms: &[&crate::persons::MentionRef],
    k: usize,
) -> Option<usize> {
    if !(ASSOCIATES.contains(&doc.f(k))
        && matches!(doc.f(k + 1), "of" | "de" | "del")
        && matches!(
            doc.f(k.wrapping_sub(1)),
            "la" | "el" | "the" | "su" | "his" | "her"
        ))
    {
        return None;
    }
    let held = ms.iter().find(|m| m.first >= k + 2 && m.first <= k + 4)?;
    ms.iter()
        .find(|m| m.first > held.last && m.first <= held.last + 2 && doc.f(m.first - 1) == ",")
        .map(|m| m.entity)
}

/// ("La madre de la activista X denuncia que su hija…"): X, whose relative is told before token
/// `k` of the sentence opening at `a` ("madre de", "mother of" and a name within three words).
pub(crate) fn relative_of_before(
    doc: &Doc<'_>,
    ms: &[&crate::persons::MentionRef],
    a: usize,
    k: usize,
) -> Option<usize> {
    (a..k).rev().find_map(|j| {
        if !(RELATIONS.contains(&doc.f(j)) && matches!(doc.f(j + 1), "of" | "de" | "del")) {
            return None;
        }
        ms.iter()
            .find(|m| m.first >= j + 2 && m.first <= j + 5 && m.last <= k)
            .map(|m| m.entity)
    })
}

/// ("…, her son X tells us. \"My mother is still in the INOF.\"": the relative `recent` just
/// introduced speaks the quote whose sentence names no one (`named` false) and says "my mother"
/// at `k`; not "whose son X … my son", X himself.)
pub(crate) fn speaking(
    doc: &Doc<'_>,
    k: usize,
    relation: &str,
    named: bool,
    recent: Option<usize>,
    relations: &[(Option<usize>, String, usize)],
) -> Option<usize> {
    let noun_of = |e: usize| relations.iter().rev().find(|r| r.2 == e);
    recent.filter(|&e| {
        !named && narrators(doc.f(k), relation) && noun_of(e).is_some_and(|r| r.1 != relation)
    })
}

/// "Su abogado, X, celebró que el tribunal le otorgara la libertad plena": a dative clitic just
/// before trigger `t` (in the sentence opening at `a`) gives the event to another than the one
/// named at `first`; not to one fronted with "a" ("A su compañero de causa, X, le dieron casa
/// por cárcel"), nor to one told held.
pub(crate) fn dative_of_another(
    doc: &Doc<'_>,
    t: &crate::triggers::Trigger,
    a: usize,
    first: usize,
) -> bool {
    // (Nor one told held himself: "Su abogado, X, detenido desde el viernes, celebró que…".)
    let held = || {
        (first..t.first).any(|k| {
            matches!(
                doc.f(k),
                "detenido"
                    | "detenida"
                    | "preso"
                    | "presa"
                    | "arrestado"
                    | "arrestada"
                    | "recluido"
            )
        })
    };
    (t.first.saturating_sub(3).max(a)..t.first).any(|k| matches!(doc.f(k), "le" | "les"))
        && !(first.saturating_sub(8).max(a)..first).any(|k| doc.f(k) == "a")
        && !held()
}

/// ("Madre: Olga Lugo de Parra (vocera del comité)", "Hermana: Y"): a case file's field of kin,
/// at token `from`; its name is the record's person's kin, given nothing of the record.
pub(crate) fn kin_field(doc: &crate::text::Doc<'_>, from: usize) -> bool {
    RELATIONS.contains(&doc.f(from)) && doc.f(from + 1) == ":"
}

/// Whose relative `rel` the person `o` is, reciprocally: the one `o` was introduced as a relative
/// of ("Pedro … his sister Ana … her brother": Pedro); or, of kin introduced with no owner named,
/// the focus ("Her daughter, X, … says her mother is still held").
pub(crate) fn reciprocal(
    relations: &[(Option<usize>, String, usize)],
    (focus, genders): (Option<usize>, &[Option<bool>]),
    o: usize,
    rel: &str,
) -> Option<usize> {
    let (own, noun, _) = relations.iter().rev().find(|(_, _, t)| *t == o)?;
    // (The focus only as the one `o` is kin to: "her daughter" says "her mother" of a woman,
    // "his wife" "her husband" of a man; not "his daughter" "her mother", someone else.)
    let as_kin = |f: &usize| {
        kin_pair(noun).is_some_and(|p| kin_pair(rel) == Some((p.1, p.0)))
            && genders.get(*f).copied().flatten() == crate::genders::of_relation(rel)
    };
    own.or(focus.filter(as_kin)).filter(|f| *f != o)
}

/// A kin noun's place in its pair, (its own side, the other's): "daughter" (child, parent),
/// "mother" (parent, child), "wife" (spouse, spouse), "sister" (sibling, sibling).
fn kin_pair(noun: &str) -> Option<(u8, u8)> {
    match noun {
        "son" | "daughter" | "hijo" | "hija" => Some((0, 1)),
        "mother" | "father" | "madre" | "padre" | "mama" | "papa" => Some((1, 0)),
        "wife" | "husband" | "esposa" | "esposo" => Some((2, 2)),
        "sister" | "brother" | "hermana" | "hermano" => Some((3, 3)),
        _ => None,
    }
}

/// Words that rank a relative among siblings or children ("his younger brother", "su hermano
/// menor").
pub(crate) const RANKS: &[&str] = &[
    "younger", "older", "elder", "eldest", "oldest", "youngest", "little", "twin", "menor", "mayor",
];
