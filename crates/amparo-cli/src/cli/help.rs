//! The help text in the language of the run. The derive keeps parsing; before parsing, the
//! command tree is walked and every command's about and every argument's help replaced by
//! the catalogue's `help` domain entry, keyed by the command path and the argument id
//! (`help-person-add-name`; `help-global-db` for the options every command takes,
//! `help-flag-help` and `help-flag-version` for clap's own flags). A key missing from the
//! catalogue leaves the derive's (English) text. In Spanish the headings, defaults,
//! environment variables and possible values are written in Spanish too.

use super::Cli;
use amparo_i18n::{Args, Lang, has, t};
use clap::builder::Resettable;
use clap::{Arg, Command, CommandFactory};

/// The command line, built, its help in `lang`.
pub fn command(lang: Lang) -> Command {
    let mut cmd = Cli::command();
    // Built first, so that the global options are copied into every subcommand and clap's
    // own --help, --version and `help` exist to be translated too.
    cmd.build();
    localise(cmd, lang, "")
}

/// The catalogue key of a command's about: `help-amparo` for the root, else `help-PATH`.
pub fn command_key(path: &str) -> String {
    if path.is_empty() {
        "help-amparo".to_owned()
    } else {
        format!("help-{path}")
    }
}

/// The catalogue key of an argument's help within the command at `path`.
pub fn arg_key(path: &str, arg: &Arg) -> String {
    let id = arg.get_id().as_str().replace('_', "-");
    if arg.is_global_set() {
        format!("help-global-{id}")
    } else if id == "help" || id == "version" {
        format!("help-flag-{id}")
    } else if path.is_empty() {
        format!("help-{id}")
    } else {
        format!("help-{path}-{id}")
    }
}

/// The path of `sub` within the command at `path` named `parent`. clap's `help` subcommand
/// has the path `help` wherever it appears; its children mirror the tree, so they take the
/// path of the commands they name.
pub fn child_path(path: &str, parent: &str, sub: &str) -> String {
    if sub == "help" {
        "help".to_owned()
    } else if parent == "help" || path.is_empty() {
        sub.to_owned()
    } else {
        format!("{path}-{sub}")
    }
}

/// The key of the about of the command at `path` (clap's `help` has one key everywhere).
fn about_key(path: &str) -> String {
    if path == "help" {
        "help-subcommand-help".to_owned()
    } else {
        command_key(path)
    }
}

/// Text for the short help: its first paragraph.
fn summary(text: &str) -> String {
    text.split("\n\n").next().unwrap_or(text).to_owned()
}

fn localise(cmd: Command, lang: Lang, path: &str) -> Command {
    let mut cmd = cmd;
    let key = about_key(path);
    if has(lang, &key) {
        let text = t(lang, &key, &Args::new());
        let long = text.contains("\n\n").then(|| text.clone());
        cmd = cmd.about(summary(&text));
        cmd = match long {
            Some(long) => cmd.long_about(long),
            None => cmd.long_about(Resettable::Reset),
        };
    }
    if lang == Lang::Es {
        cmd = cmd
            .help_template(SPANISH_TEMPLATE)
            .subcommand_help_heading(t(lang, "help-heading-commands", &Args::new()))
            .subcommand_value_name(t(lang, "help-value-command", &Args::new()));
    }
    let name = cmd.get_name().to_owned();
    cmd = cmd.mut_args(|arg| localise_arg(arg, lang, path));
    cmd.mut_subcommands(|sub| {
        let child = child_path(path, &name, sub.get_name());
        localise(sub, lang, &child)
    })
}

/// clap's default template with its one fixed English word ("Usage:") in Spanish.
const SPANISH_TEMPLATE: &str = "\
{before-help}{about-with-newline}
Uso: {usage}

{all-args}{after-help}";

fn localise_arg(arg: Arg, lang: Lang, path: &str) -> Arg {
    let key = arg_key(path, &arg);
    let mut text = if has(lang, &key) {
        Some(t(lang, &key, &Args::new()))
    } else {
        None
    };
    let mut arg = arg;
    if lang == Lang::Es {
        // clap writes "[default: ...]", "[env: ...]" and "[possible values: ...]" in
        // English: they are hidden and written into the help text instead.
        let mut notes = Vec::new();
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_owned())
            .collect();
        if !values.is_empty() && !arg.is_hide_possible_values_set() {
            let args = Args::new().text("values", values.join(", "));
            notes.push(t(lang, "help-note-values", &args));
            arg = arg.hide_possible_values(true);
        }
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        let is_flag = matches!(
            arg.get_action(),
            clap::ArgAction::SetTrue | clap::ArgAction::SetFalse | clap::ArgAction::Count
        );
        if !defaults.is_empty() && !is_flag && !arg.is_hide_default_value_set() {
            let args = Args::new().text("value", defaults.join(", "));
            notes.push(t(lang, "help-note-default", &args));
            arg = arg.hide_default_value(true);
        }
        if let Some(env) = arg.get_env().map(|e| e.to_string_lossy().into_owned())
            && !arg.is_hide_env_set()
        {
            notes.push(t(lang, "help-note-env", &Args::new().text("name", env)));
            arg = arg.hide_env(true);
        }
        if !notes.is_empty() {
            let base = text
                .clone()
                .or_else(|| {
                    arg.get_long_help()
                        .or(arg.get_help())
                        .map(ToString::to_string)
                })
                .unwrap_or_default();
            text = Some(format!("{base} [{}]", notes.join("; ")).trim().to_owned());
        }
        let heading = if arg.is_positional() {
            "help-heading-arguments"
        } else {
            "help-heading-options"
        };
        arg = arg.help_heading(t(lang, heading, &Args::new()));
    }
    match text {
        Some(text) => {
            let long = text.contains("\n\n").then(|| text.clone());
            let arg = arg.help(summary(&text));
            match long {
                Some(long) => arg.long_help(long),
                None => arg.long_help(Resettable::Reset),
            }
        }
        None => arg,
    }
}

/// Every catalogue key the help needs and the derive's text for it, walking the whole tree
/// (for the test that both languages have them, and to write the English file).
#[cfg(test)]
fn entries() -> Vec<(String, String)> {
    let mut cmd = Cli::command();
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, "", &mut out);
    out.sort();
    out.dedup_by(|a, b| a.0 == b.0);
    out
}

#[cfg(test)]
fn walk(cmd: &Command, path: &str, out: &mut Vec<(String, String)>) {
    use clap::builder::StyledStr;
    let text = |long: Option<&StyledStr>, short: Option<&StyledStr>| {
        long.or(short).map(ToString::to_string).unwrap_or_default()
    };
    out.push((about_key(path), text(cmd.get_long_about(), cmd.get_about())));
    if path == "help" {
        // clap's own `help`: its children mirror the tree.
        return;
    }
    for arg in cmd.get_arguments() {
        out.push((
            arg_key(path, arg),
            text(arg.get_long_help(), arg.get_help()),
        ));
    }
    for sub in cmd.get_subcommands() {
        walk(sub, &child_path(path, cmd.get_name(), sub.get_name()), out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_and_argument_has_help_in_both_languages() {
        let entries = entries();
        assert!(
            entries.len() > 250,
            "the tree looks empty: {}",
            entries.len()
        );
        for lang in amparo_i18n::LANGS {
            let missing: Vec<&str> = entries
                .iter()
                .map(|(key, _)| key.as_str())
                .filter(|key| !has(lang, key))
                .collect();
            assert!(missing.is_empty(), "missing in {lang}: {missing:?}");
            // clap's own checks of the tree (names, ids, conflicts) still hold.
            command(lang).debug_assert();
        }
        // Every help key names something in the tree, or one of the words around it.
        let helps = amparo_i18n::domain_keys(Lang::En, "help");
        let stale: Vec<&String> = helps
            .iter()
            .filter(|k| !entries.iter().any(|(key, _)| key == *k))
            .filter(|k| !k.starts_with("help-heading-") && !k.starts_with("help-note-"))
            .filter(|k| k.as_str() != "help-value-command")
            .collect();
        assert!(stale.is_empty(), "help for nothing: {stale:?}");
    }

    #[test]
    fn spanish_help_has_no_english_left() {
        let mut cmd = command(Lang::Es);
        let top = cmd.render_long_help().to_string();
        assert!(top.contains("Uso:") && top.contains("Comandos:"), "{top}");
        assert!(top.contains("registro y seguimiento"), "{top}");
        let mut add = command(Lang::Es);
        let person = add.find_subcommand_mut("person").unwrap();
        let add = person.find_subcommand_mut("add").unwrap();
        let help = add.render_long_help().to_string();
        for english in ["Usage", "Options", "Print help", "default:", "The name as"] {
            assert!(!help.contains(english), "{english:?} in: {help}");
            assert!(!top.contains(english), "{english:?} in: {top}");
        }
        assert!(
            help.contains("El nombre tal como lo escribe la fuente"),
            "{help}"
        );
        assert!(help.contains("por defecto: public"), "{help}");
        let english = command(Lang::En).render_long_help().to_string();
        assert!(
            english.contains("Usage:") && english.contains("Print help"),
            "{english}"
        );
    }

    /// `cargo test -p amparo-cli write_english_help -- --ignored` writes the derive's texts
    /// as the English help file's entries, to start a new command's keys from.
    #[test]
    #[ignore = "writes /tmp/help.ftl"]
    fn write_english_help() {
        let mut text = String::new();
        for (key, value) in entries() {
            let value = value.replace('{', "{\"{\"}").replace('}', "{\"}\"}");
            let value = value.replace('\n', "\n    ");
            text.push_str(&format!("{key} = {value}\n"));
        }
        std::fs::write("/tmp/help.ftl", text).unwrap();
    }
}
