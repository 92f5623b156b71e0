//! A report of an event judged false in its own sentence ("Es FALSA la información que circula
//! sobre la detención del diputado X", "Reports that his brother, Mr X, had also been detained
//! are, we understand, incorrect") or answered there or in the sentence after ("…claimed X had
//! been arrested; he told… he had been questioned as a witness"): the event did not happen.

use crate::discourse::{Findings, RawEvent};
use crate::model::EventType;
use crate::text::Doc;
use crate::triggers::Trigger;

/// Words of a report.
const REPORT: &[&str] = &[
    "informacion",
    "noticia",
    "noticias",
    "version",
    "versiones",
    "rumor",
    "rumores",
    "reports",
    "claims",
    "rumours",
    "rumors",
];

/// Words of a verdict of false.
const FALSE: &[&str] = &[
    "falsa",
    "falso",
    "falsas",
    "falsos",
    "false",
    "untrue",
    "incorrect",
    "incorrecta",
    "incorrectas",
    "unfounded",
    "infundada",
    "infundadas",
];

/// Whether the trigger `t` tells the event of a report its sentence judges false: the verdict
/// before the report ("Es FALSA la información… sobre la detención de X"), or after a report
/// "that" tells it ("Reports that X had been detained are, we understand, incorrect"). Not a
/// charge's words ("acusado de difundir información falsa").
pub(crate) fn judged_false(doc: &Doc<'_>, t: &Trigger) -> bool {
    let Some(s) = doc.sentence_at(t.first) else {
        return false;
    };
    // (The event the report tells, not one told in an aside inside it: "la información de que
    // X, detenido el 3 de enero, haya sido liberado", "Reports that X, who was arrested on
    // Monday, had been released…".)
    let told = |k: usize| {
        let w = doc.f(k);
        matches!(w, "who" | "que" | "quien") || crate::participles::participle(w)
    };
    let in_aside = doc.f(t.first.wrapping_sub(1)) == ","
        || matches!(doc.f(t.first.wrapping_sub(1)), "was" | "fue")
            && matches!(doc.f(t.first.wrapping_sub(2)), "who" | "que" | "quien");
    let plain = |from: usize| {
        // (Not the event's own verb after an aside closes: "X, a former minister who…, was
        // detained".)
        !in_aside
            && !(from..t.first).any(|c| doc.f(c) == "," && (c + 1..(c + 4).min(t.first)).any(told))
    };
    let verdict_first = (s.first..t.first).any(|k| {
        matches!(doc.f(k), "es" | "son")
            && FALSE.contains(&doc.f(k + 1))
            && t.first <= k + 14
            && (k + 2..t.first).any(|j| REPORT.contains(&doc.f(j)) && plain(j))
    });
    // ("Reports on social media that X … was detained on Thursday are false": past where they
    // ran.)
    let that_after = |k: usize| {
        (k + 1..(k + 6).min(t.first))
            .take_while(|&j| doc.f(j) != ",")
            .any(|j| doc.f(j) == "that")
    };
    let verdict_after = (s.first..t.first)
        .any(|k| REPORT.contains(&doc.f(k)) && that_after(k) && plain(k))
        && (t.last..s.last).any(|j| {
            matches!(doc.f(j), "are" | "were" | "is" | "was")
                && (j + 1..(j + 6).min(s.last)).any(|i| FALSE.contains(&doc.f(i)))
        });
    // ("El Ministerio desmintió la información … según la cual X había sido detenida", "denied
    // reports that X had been arrested": the report denied before it.)
    let denied_first = (s.first..t.first).any(|k| {
        matches!(
            doc.f(k),
            "desmintio" | "desmintieron" | "desmiente" | "desmienten" | "denied" | "denies"
        ) && (k + 1..(k + 4).min(t.first)).any(|j| {
            // (The report's own clause: "…según la cual X había sido detenida"; not "desmintió el
            // rumor y explicó que su padre fue trasladado".)
            REPORT.contains(&doc.f(j))
                && plain(j)
                && (j + 1..t.first).any(|c| matches!(doc.f(c), "que" | "that" | "cual"))
                && !(j + 1..t.first).any(|c| matches!(doc.f(c), "," | "y" | "and" | ":"))
        }) && t.first <= k + 20
    });
    // ("Tampoco hay evidencia de la segunda parte del mensaje, que afirma que 'el obispo X
    // también fue detenido anoche'", "There is no evidence that X was arrested".)
    let no_evidence = (s.first..t.first).any(|k| {
        doc.matches_any_at(
            k,
            &[
                "hay evidencia",
                "hay pruebas",
                "is no evidence",
                "was no evidence",
            ],
        ) && matches!(doc.f(k.wrapping_sub(1)), "no" | "tampoco" | "there")
            && (k..t.first).any(|j| matches!(doc.f(j), "que" | "that"))
            // (Not an arrest told in an aside: "no evidence that X, who was arrested on 3 March,
            // committed any crime", "…de que X, detenido el 1 de marzo, haya cometido…"; the
            // message's "…, que afirma que" is the claim itself.)
            && !in_aside
            && !(k..t.first).any(|c| {
                doc.f(c) == ","
                    && (c + 1..(c + 4).min(t.first)).any(|j| {
                        matches!(doc.f(j), "who" | "quien")
                            || crate::participles::participle(doc.f(j))
                    })
            })
    });
    let verdict_first = verdict_first || no_evidence;
    // (Not the state's word on its own prisoners: "The government said reports that X was
    // detained on Thursday are false. Foro Penal, however, confirmed his arrest"; a foreign
    // ministry on its citizen abroad is believed.)
    let foreign_ministry = (s.first..t.first)
        .any(|k| matches!(doc.f(k), "exteriores" | "foreign" | "cancilleria" | "state"));
    // (Who says so, before the report: not "…a former minister who criticised the government".)
    let report = (s.first..t.first)
        .find(|&k| REPORT.contains(&doc.f(k)))
        .unwrap_or(t.first);
    let states = crate::excluded_notes::states_word(doc, s.first, report) && !foreign_ministry;
    (verdict_first || verdict_after || denied_first) && !states
}

/// ("exigió la libertad plena, sin medidas ni destierro"): whether the trigger `t` names an event
/// not had, right after "sin", "ni", "without" or "nor"; not the people a participle names, "ni
/// exiliados como Ana Ríos".
pub(crate) fn not_had(doc: &Doc<'_>, t: &Trigger) -> bool {
    let w = doc.f(t.first);
    matches!(
        doc.f(t.first.wrapping_sub(1)),
        "sin" | "ni" | "without" | "nor"
    ) && !crate::participles::participle(w)
}

/// ("El traslado de los tres desde Rodeo I hasta la sede judicial no se hizo efectivo", "La
/// excarcelación de X, prevista para el lunes, no se concretó", "No se concretó la excarcelación
/// de X", "The transfer of X never took place"): whether a noun trigger `t` is the subject of a
/// verb that says it was not carried out.
pub(crate) fn not_carried_out(doc: &Doc<'_>, t: &Trigger) -> bool {
    if t.voice != crate::triggers::Voice::Nominal {
        return false;
    }
    let Some(s) = doc.sentence_at(t.first) else {
        return false;
    };
    // (Told before it: "No se concretó la excarcelación de X".)
    let article = |k: usize| matches!(doc.f(k), "la" | "el" | "los" | "las" | "the");
    if (t.first.saturating_sub(7).max(s.first)..t.first)
        .any(|k| not_done_at(doc, k).is_some_and(|e| (e..t.first).all(article)))
        && !(t.last..t.last + 6).any(|k| matches!(doc.f(k), "hasta" | "until"))
    {
        return true;
    }
    // (Past an aside of what was planned: ", prevista para el 1 de marzo,".)
    let mut k = t.last;
    let end = s.last.min(t.last + 24);
    while k < end {
        // (Not done until a later day is done then: "no se concretó hasta el 7 de marzo".)
        if let Some(e) = not_done_at(doc, k) {
            return !matches!(doc.f(e), "hasta" | "until" | "sino");
        }
        let w = doc.f(k);
        let planned = |x: &str| crate::participles::participle(x) || x.starts_with("previst");
        if w == "," && planned(doc.f(k + 1)) {
            match (k + 1..end).find(|&j| doc.f(j) == ",") {
                Some(c) => k = c + 1,
                None => return false,
            }
            continue;
        }
        // (Not of another noun, told after a verb of its own: "The arrest of X came after a
        // meeting did not take place", "se produjo porque el juicio no se concretó".)
        if matches!(
            w,
            "," | ";"
                | ":"
                | "que"
                | "that"
                | "y"
                | "and"
                | "se"
                | "came"
                | "happened"
                | "after"
                | "tras"
                | "because"
                | "porque"
                | "when"
                | "cuando"
                | "pero"
                | "but"
        ) {
            return false;
        }
        k += 1;
    }
    false
}

/// Where a phrase at token `k` that says something was not carried out ends: "no se concretó",
/// "nunca se hizo efectiva", "no llegó a materializarse", "quedó sin efecto", "did not take
/// place", "never happened".
fn not_done_at(doc: &Doc<'_>, k: usize) -> Option<usize> {
    let w = |j: usize| doc.f(k + j);
    let no = matches!(w(0), "no" | "nunca");
    let done = |j: usize| {
        matches!(
            w(j),
            "concreto" | "materializo" | "produjo" | "realizo" | "cumplio" | "ejecuto"
        )
    };
    let done_inf = |j: usize| {
        matches!(
            w(j),
            "concretarse" | "materializarse" | "producirse" | "realizarse" | "ejecutarse"
        )
    };
    let effective = |j: usize| matches!(w(j), "efectivo" | "efectiva");
    match (w(0), w(1), w(2)) {
        _ if no && w(1) == "se" && done(2) => Some(k + 3),
        _ if no && w(1) == "se" && w(2) == "hizo" && effective(3) => Some(k + 4),
        _ if no && (w(1), w(2), w(3), w(4)) == ("se", "llevo", "a", "cabo") => Some(k + 5),
        ("no", "llego", "a") if done_inf(3) => Some(k + 4),
        ("no", "llego", "a") if w(3) == "hacerse" && effective(4) => Some(k + 5),
        ("quedo", "sin", "efecto") => Some(k + 3),
        ("did", "not", "take") | ("did", "not", "go") if matches!(w(3), "place" | "ahead") => {
            Some(k + 4)
        }
        ("did", "not", "happen" | "materialize" | "materialise") => Some(k + 3),
        ("never", "took" | "went", "place" | "ahead") => Some(k + 3),
        ("never", "happened" | "materialized" | "materialised", _) => Some(k + 2),
        _ => None,
    }
}

/// Takes back an arrest a sentence reports and answers in the same breath: "Posts last week
/// claimed actor X had been arrested; he told Caucasus Lens he had been questioned as a witness
/// and went home the same day", "reports that cameraman X had been arrested; his family says he
/// attended a voluntary interview as a witness … and was never detained".
pub(crate) fn drop_answered_reports(doc: &Doc<'_>, f: &mut Findings) {
    const REPORTED: &[&str] = &[
        "claimed",
        "claim",
        "claims",
        "reports",
        "reported",
        "rumours",
        "rumors",
        "posts",
        "versiones",
        "version",
        "versions",
        "rumores",
        "denuncias",
        // ("…described in state media last week as \"arrested\", told us he is at home and was
        // never detained")
        "described",
        "descrito",
        "descrita",
        // ("Una publicación aseguraba que X había sido arrestado", "Circuló además que…", "En la
        // misma cadena se afirmaba que…")
        "aseguraba",
        "aseguraban",
        "afirmaba",
        "afirmaban",
        "circulo",
        "circularon",
        "publicacion",
        "publicaciones",
        "cadena",
        "saying",
    ];
    // (Answers that take the report back however far they come in the next two sentences:
    // "…posts saying X had been arrested. / And his party denied it within the hour. … He was
    // never detained.", "Tampoco es cierto: recibió una citación…", "También es FALSO: X viajó…".)
    const DENIED: &[&str] = &[
        "was never detained",
        "was never arrested",
        "nunca fue detenido",
        "nunca fue detenida",
        "nadie me ha detenido",
        "no me detuvieron",
        "no me han detenido",
        "tampoco es cierto",
        "no es cierto",
        "tambien es falso",
        "desmintio la informacion",
    ];
    const ANSWERED: &[&str] = &[
        "as a witness",
        "went home the same",
        "was never detained",
        "como testigo",
        "regreso a su casa el mismo",
        "allowed to go home",
        "allowed to return home",
        "lo dejaron ir",
        "la dejaron ir",
        "nunca fue detenido",
        "nunca fue detenida",
        // ("El propio X la desmintió: 'no me han detenido'".)
        "la desmintio",
        "lo desmintio",
        "no me han detenido",
        "no me detuvieron",
        "denied the report",
        "denied the reports",
    ];
    for (si, s) in doc.sentences.iter().enumerate() {
        let reported = (s.first..s.last).any(|k| REPORTED.contains(&doc.f(k)));
        // ("FALSE: posts saying filmmaker X was arrested. He was summoned…, questioned for
        // several hours and allowed to go home.": or in the sentence after it.)
        // (Not a sentence after about someone else: "Her colleague was questioned… and allowed
        // to go home.")
        let to = doc
            .sentences
            .get(si + 1)
            .filter(|n| {
                matches!(
                    doc.f(n.first),
                    "he" | "she" | "el" | "ella" | "lo" | "la" | "fue" | "was" | "solo" | "only"
                )
            })
            .map_or(s.last, |n| n.last);
        // (Only a report of an arrest alone: not "circuló que X había salido en libertad, pero su
        // esposa lo desmintió: «Gustavo sigue en El Helicoide»", a custody the answer tells.)
        let arrest_alone = || {
            let found = crate::triggers::find(doc, s.first, s.last);
            !found.is_empty() && found.iter().all(|t| t.kind == EventType::Arrest)
        };
        let far = doc
            .sentences
            .get(si + 3)
            .map_or(doc.tokens.len(), |n| n.first);
        if !reported
            || !((s.first..to).any(|k| doc.matches_any_at(k, ANSWERED))
                || (s.first..far).any(|k| doc.matches_any_at(k, DENIED)))
            || !arrest_alone()
        {
            continue;
        }
        let first = s.first;
        f.events.retain(|r: &RawEvent| {
            let told = doc.sentences[r.sentence].first == first;
            !(told && matches!(r.kind, EventType::Arrest | EventType::Detention))
        });
    }
}

/// ("…is FALSE: she was never detained", "…: nunca estuvo detenida"): whether the sentence says,
/// after token `k`, that its person was never held.
pub(crate) fn never_held_after(doc: &crate::text::Doc<'_>, k: usize) -> bool {
    let end = doc.sentence_at(k).map_or(k, |s| s.last);
    (k..end).any(|j| {
        matches!(doc.f(j), "never" | "nunca")
            && (j + 1..j + 4).any(|i| {
                let w = doc.f(i);
                [
                    "detain", "detenid", "arrest", "pres", "custody", "held", "jail",
                ]
                .iter()
                .any(|p| w.starts_with(p))
            })
    })
}
