//! What `amparo extract` and `amparo eval` print for a person to read, in the language of the
//! run: the people, events and counts the extractor found in a text, and the scores of an
//! evaluation. The words come from the catalogue; names, places, conditions, charges and
//! dates are shown as the text gives them. `--json` prints the extractor's own shapes instead.

use crate::words::{self, w};
use amparo_extract::{Count, Extraction, Mention, ScoreReport};
use amparo_i18n::{Args, Lang, has, t, word};

/// An extraction, one line per person and per event, then the people named but not held,
/// the counts, organisations and places.
pub fn extraction(lang: Lang, x: &Extraction) -> String {
    let mut lines = Vec::new();
    let published = x
        .published
        .clone()
        .unwrap_or_else(|| w(lang, "cli-extract-published-unknown"));
    let args = Args::new()
        .text("language", language(lang, &x.language))
        .text("published", published);
    lines.push(t(lang, "cli-extract-header", &args));
    let args = Args::new().text("count", x.persons.len().to_string());
    lines.push(t(lang, "cli-extract-detainees", &args));
    // The event words line up in one column, however long the longest is in this language.
    let width = x
        .persons
        .iter()
        .flat_map(|p| &p.events)
        .map(|e| event_type(lang, e.kind.as_str()).chars().count())
        .max()
        .unwrap_or(0);
    for p in &x.persons {
        let mut line = format!("  {}", p.name);
        if !p.name_variants_in_text.is_empty() {
            let args = Args::new().text("names", p.name_variants_in_text.join(", "));
            line.push_str(&format!(" ({})", t(lang, "cli-extract-also", &args)));
        }
        if !p.nationality.is_empty() {
            line.push_str(&format!(" [{}]", p.nationality.join("+")));
        }
        if !p.roles.is_empty() {
            let roles: Vec<String> = p.roles.iter().map(|r| role(lang, r)).collect();
            line.push_str(&format!(" — {}", roles.join(", ")));
        }
        lines.push(line);
        for e in &p.events {
            let date = e
                .date
                .clone()
                .unwrap_or_else(|| w(lang, "cli-review-no-date"));
            let kind = event_type(lang, e.kind.as_str());
            let mut line = format!("    {kind:<width$} {date}");
            if let Some(place) = &e.place {
                let args = Args::new().text("facility", place.as_str());
                line.push_str(&format!(" {}", t(lang, "cli-describe-at", &args)));
            }
            if let Some(c) = e.certainty {
                line.push_str(&format!(" ({})", certainty(lang, c)));
            }
            lines.push(line);
            if let Some(c) = &e.conditions {
                let args = Args::new().text("text", c.as_str());
                lines.push(format!(
                    "      {}",
                    t(lang, "cli-extract-conditions", &args)
                ));
            }
            if let Some(c) = &e.charges {
                let args = Args::new().text("text", c.as_str());
                lines.push(format!("      {}", t(lang, "cli-extract-charges", &args)));
            }
        }
    }
    mentions(
        lang,
        "cli-extract-not-detainees",
        &x.not_detainees,
        &mut lines,
    );
    mentions(
        lang,
        "cli-extract-out-of-scope",
        &x.out_of_scope_mentions,
        &mut lines,
    );
    if !x.counts.is_empty() {
        lines.push(w(lang, "cli-extract-counts"));
        lines.extend(x.counts.iter().map(|c| format!("  {}", count(lang, c))));
    }
    if !x.organizations.is_empty() {
        let args = Args::new().text("names", x.organizations.join("; "));
        lines.push(t(lang, "cli-extract-organizations", &args));
    }
    if !x.places.is_empty() {
        let args = Args::new().text("names", x.places.join("; "));
        lines.push(t(lang, "cli-extract-places", &args));
    }
    lines.join("\n")
}

/// A language code of the extraction ("es") in words, or the code when it is another.
fn language(lang: Lang, code: &str) -> String {
    word(lang, "cli-extract-language", code)
}

/// An event type of the extraction format ("conditional_release") in words; a type newer
/// than the catalogue is shown as it is.
fn event_type(lang: Lang, kind: &str) -> String {
    let key = format!("cli-extract-event-{}", kind.replace('_', "-"));
    if has(lang, &key) {
        w(lang, &key)
    } else {
        kind.to_owned()
    }
}

/// How sure the text is of an event, in words (its serde name is the catalogue's id).
fn certainty(lang: Lang, c: amparo_extract::Certainty) -> String {
    let id = serde_json::to_value(c)
        .ok()
        .and_then(|v| v.as_str().map(|s| s.replace('_', "-")))
        .unwrap_or_default();
    word(lang, "cli-extract-certainty", &id)
}

/// A role of the extraction format ("human_rights_defender"): the registry's word for it
/// where the registry has the role, the extractor's own otherwise.
fn role(lang: Lang, role: &str) -> String {
    let id = role.replace('_', "-");
    let own = format!("cli-extract-role-{id}");
    if has(lang, &own) {
        w(lang, &own)
    } else {
        words::role(lang, &id)
    }
}

/// The people named but not held (or out of scope), under their heading.
fn mentions(lang: Lang, heading: &str, list: &[Mention], lines: &mut Vec<String>) {
    if list.is_empty() {
        return;
    }
    lines.push(w(lang, heading));
    for m in list {
        lines.push(format!("  {} ({})", m.name, why(lang, &m.why)));
    }
}

/// Why a person named in the text is not a detainee. The extractor says it in the gold
/// format's English; a reason it gives that is not known here is shown as it is.
fn why(lang: Lang, why: &str) -> String {
    let key = match why {
        "relative" => "cli-extract-why-relative",
        "official" => "cli-extract-why-official",
        "source" => "cli-extract-why-source",
        "mentioned, no custody event in the text" => "cli-extract-why-mentioned",
        "held by a foreign state or for an ordinary crime or corruption, not a political detainee" => {
            "cli-extract-why-out-of-scope"
        }
        other => return other.to_owned(),
    };
    w(lang, key)
}

/// A count: the number (or the vague quantity as written), what it counts, who says it and
/// when it holds.
fn count(lang: Lang, c: &Count) -> String {
    let n = c.number.map_or_else(
        || c.vague_quantity.clone().unwrap_or_default(),
        |n| amparo_i18n::number(lang, i64::try_from(n).unwrap_or(i64::MAX)),
    );
    let what = word(lang, "cli-extract-count", &c.what.replace('_', "-"));
    let mut line = format!("{n} {what}");
    if let Some(who) = &c.according_to {
        let args = Args::new().text("who", who.as_str());
        line.push_str(&format!(" {}", t(lang, "cli-review-according-to", &args)));
    }
    if let Some(date) = &c.as_of {
        let args = Args::new().text("date", date.as_str());
        line.push_str(&format!(" {}", t(lang, "cli-claim-as-of", &args)));
    }
    line
}

/// A figure between 0 and 1 with three decimals, with the decimal comma in Spanish.
fn decimal(lang: Lang, x: f64) -> String {
    let text = format!("{x:.3}");
    match lang {
        Lang::Es => text.replace('.', ","),
        Lang::En => text,
    }
}

/// The scores of `amparo eval extract`: one row per figure, one column per language of the
/// gold set and one for all texts.
pub fn score_report(lang: Lang, r: &ScoreReport) -> String {
    type Figure = fn(&amparo_extract::Scores, Lang) -> String;
    let rows: [(&str, Figure); 12] = [
        ("cli-eval-person-p", |s, l| decimal(l, s.person_p)),
        ("cli-eval-person-r", |s, l| decimal(l, s.person_r)),
        ("cli-eval-person-f1", |s, l| decimal(l, s.person_f1)),
        ("cli-eval-event-p", |s, l| decimal(l, s.event_p)),
        ("cli-eval-event-r", |s, l| decimal(l, s.event_r)),
        ("cli-eval-event-f1", |s, l| decimal(l, s.event_f1)),
        ("cli-eval-date-acc", |s, l| decimal(l, s.date_acc)),
        ("cli-eval-count-p", |s, l| decimal(l, s.count_p)),
        ("cli-eval-count-r", |s, l| decimal(l, s.count_r)),
        ("cli-eval-vague-kept", |s, l| decimal(l, s.vague_kept)),
        ("cli-eval-negatives", |s, _| {
            s.negatives_as_detainees.to_string()
        }),
        ("cli-eval-errors", |s, _| s.errors.to_string()),
    ];
    let columns: Vec<(String, &amparo_extract::Scores)> = r
        .by_language
        .iter()
        .map(|(code, s)| (language(lang, code), s))
        .chain(std::iter::once((w(lang, "cli-eval-total"), &r.overall)))
        .collect();
    let mut table = vec![
        std::iter::once(String::new())
            .chain(columns.iter().map(|(name, _)| name.clone()))
            .collect::<Vec<_>>(),
    ];
    for (key, figure) in rows {
        table.push(
            std::iter::once(w(lang, key))
                .chain(columns.iter().map(|(_, s)| figure(s, lang)))
                .collect(),
        );
    }
    let args = Args::new().num("texts", r.texts as f64);
    let mut lines = vec![t(lang, "cli-eval-extract-title", &args)];
    lines.extend(aligned(&table));
    lines.join("\n")
}

/// The scores of `amparo eval ner`: one row per entity type (the CoNLL names, PER, LOC…)
/// and one for all, then the speed.
pub fn ner_report(lang: Lang, r: &amparo_ner::EvalReport) -> String {
    let mut table = vec![vec![
        w(lang, "cli-eval-ner-type"),
        w(lang, "cli-eval-precision"),
        w(lang, "cli-eval-recall"),
        w(lang, "cli-eval-f1"),
    ]];
    let total = w(lang, "cli-eval-total");
    for (label, s) in r
        .per_type
        .iter()
        .map(|(label, s)| (label.as_str(), s))
        .chain(std::iter::once((total.as_str(), &r.overall)))
    {
        table.push(vec![
            label.to_owned(),
            decimal(lang, s.precision),
            decimal(lang, s.recall),
            decimal(lang, s.f1),
        ]);
    }
    let mut lines = aligned(&table);
    let rate = amparo_i18n::number(lang, r.words_per_second.round() as i64);
    let args = Args::new().text("rate", rate);
    lines.push(t(lang, "cli-eval-ner-speed", &args));
    lines.join("\n")
}

/// The rows of a table as lines: the first column to the left, the others to the right,
/// each as wide as its widest cell.
fn aligned(table: &[Vec<String>]) -> Vec<String> {
    let columns = table.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            table
                .iter()
                .filter_map(|row| row.get(c))
                .map(|cell| cell.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    table
        .iter()
        .map(|row| {
            let cells: Vec<String> = row
                .iter()
                .zip(&widths)
                .enumerate()
                .map(|(c, (cell, &width))| {
                    if c == 0 {
                        format!("{cell:<width$}")
                    } else {
                        format!("{cell:>width$}")
                    }
                })
                .collect();
            cells.join("   ").trim_end().to_owned()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    /// Every reason the extractor gives for a person named but not held has its words: the
    /// reasons are English sentences of the gold format, matched here one by one, so a
    /// reworded reason would reach a Spanish reader in English.
    #[test]
    fn the_reasons_the_extractor_gives_are_in_the_catalogue() {
        let text = "CARACAS, 12 de marzo. El periodista Tomás Ferrer Lugo fue detenido el martes. \
            Su hermana Ana Ferrer Lugo denunció la detención. El ministro Diosdado Pérez habló. \
            Juan Pablo Ríos Mena, detenido en Madrid por la policía española por un delito de \
            corrupción, sigue preso. Luisa Marcano Díaz asistió al acto.\n";
        let x = amparo_extract::extract(text, None, None).unwrap();
        let reasons: Vec<&str> = x
            .not_detainees
            .iter()
            .chain(&x.out_of_scope_mentions)
            .map(|m| m.why.as_str())
            .collect();
        assert!(reasons.len() >= 2, "{x:?}");
        for reason in reasons {
            assert_ne!(why(Lang::Es, reason), reason, "{reason:?} has no words");
        }
    }

    /// Each event type and count the format knows is in words in both languages.
    #[test]
    fn event_types_and_counts_are_words() {
        for lang in amparo_i18n::LANGS {
            for kind in [
                "arrest",
                "detention",
                "release",
                "conditional_release",
                "house_arrest",
                "transfer",
                "sentence",
                "charge",
                "death_in_custody",
                "disappearance",
                "exile",
                "expulsion",
            ] {
                assert_ne!(event_type(lang, kind), kind, "{kind} in {lang}");
            }
            for what in [
                "political-prisoners",
                "released",
                "to-be-released",
                "detained",
                "persons",
            ] {
                assert!(has(lang, &format!("cli-extract-count-{what}")), "{what}");
            }
        }
        assert_eq!(
            event_type(Lang::Es, "conditional_release"),
            "Excarcelación con medidas cautelares"
        );
        assert_eq!(event_type(Lang::En, "new_kind"), "new_kind");
    }
}
