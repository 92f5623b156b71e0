//! A command line clap cannot read, told in the reader's language from the catalogue (clap's own
//! messages are in English only): what is wrong, a suggestion when clap has one, the usage line
//! and where to learn more; exit code 2, as clap's. Help and version output go through clap.

use amparo_i18n::{Args, Lang, t};
use clap::error::{ContextKind, ErrorKind};

/// Prints the error in `lang` and ends the program (help and version print as clap prints them).
pub fn exit(e: clap::Error, lang: Lang) -> ! {
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        e.exit()
    }
    eprintln!("{}", message(&e, lang));
    std::process::exit(2)
}

fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    e.get(kind)
        .map(ToString::to_string)
        .filter(|s| !s.is_empty())
}

/// The lines the reader sees.
pub fn message(e: &clap::Error, lang: Lang) -> String {
    let arg = context(e, ContextKind::InvalidArg)
        .or_else(|| context(e, ContextKind::InvalidSubcommand))
        .unwrap_or_default();
    let what = match e.kind() {
        ErrorKind::InvalidSubcommand => t(
            lang,
            "cli-parse-unknown-command",
            &Args::new().text("arg", arg),
        ),
        ErrorKind::UnknownArgument => t(
            lang,
            "cli-parse-unknown-argument",
            &Args::new().text("arg", arg),
        ),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation | ErrorKind::InvalidUtf8 => t(
            lang,
            "cli-parse-invalid-value",
            &Args::new().text("arg", arg).text(
                "value",
                context(e, ContextKind::InvalidValue).unwrap_or_default(),
            ),
        ),
        ErrorKind::MissingRequiredArgument | ErrorKind::MissingSubcommand => {
            t(lang, "cli-parse-missing", &Args::new().text("arg", arg))
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::ArgumentConflict => {
            t(lang, "cli-parse-too-many", &Args::new().text("arg", arg))
        }
        _ => {
            // (Kinds clap seldom raises here: its own sentence, without its "error:" prefix.)
            let detail = e.to_string();
            let detail = detail
                .lines()
                .next()
                .unwrap_or_default()
                .trim_start_matches("error: ")
                .to_string();
            t(lang, "cli-parse-other", &Args::new().text("detail", detail))
        }
    };
    let mut lines = vec![t(lang, "cli-error", &Args::new().text("message", what))];
    if let Some(s) = context(e, ContextKind::SuggestedSubcommand)
        .or_else(|| context(e, ContextKind::SuggestedArg))
        .or_else(|| context(e, ContextKind::SuggestedValue))
    {
        lines.push(format!(
            "  {}",
            t(
                lang,
                "cli-parse-did-you-mean",
                &Args::new().text("suggestion", s)
            )
        ));
    }
    // clap's usage line opens with its own English word: the usage is what follows it.
    let usage = context(e, ContextKind::Usage).map(|u| {
        let u = u.trim();
        u.split_once(':')
            .map_or(u, |(_, rest)| rest.trim())
            .to_string()
    });
    let command = usage.as_deref().map_or_else(
        || "amparo".to_string(),
        |u| {
            u.split_whitespace()
                .take_while(|w| !w.starts_with(['[', '<', '-']))
                .collect::<Vec<_>>()
                .join(" ")
        },
    );
    if let Some(u) = usage {
        lines.push(String::new());
        lines.push(t(lang, "cli-parse-usage", &Args::new().text("usage", u)));
    }
    lines.push(String::new());
    lines.push(t(
        lang,
        "cli-parse-more",
        &Args::new().text("command", command),
    ));
    lines.join("\n")
}
