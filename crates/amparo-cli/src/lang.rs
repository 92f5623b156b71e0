//! The language the command line speaks: `--lang`, else the locale (LC_ALL, then
//! LC_MESSAGES, then LANG, the order POSIX gives them), else Spanish, the organisations'
//! language. A locale that names no language amparo speaks ("C", "POSIX", "fr_FR") means
//! Spanish too: it is not passed over for a later variable, as POSIX would not.

use amparo_i18n::Lang;
use std::ffi::OsString;

/// The locale variables, the one that wins first.
const LOCALE_VARIABLES: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// The language from an explicit `--lang` value and the locale variables `var` reads.
pub fn resolve(flag: Option<&str>, var: impl Fn(&str) -> Option<String>) -> Lang {
    if let Some(lang) = flag.and_then(Lang::parse) {
        return lang;
    }
    LOCALE_VARIABLES
        .iter()
        .find_map(|name| var(name).filter(|v| !v.trim().is_empty()))
        .and_then(|locale| amparo_i18n::from_locale(&locale))
        .unwrap_or(Lang::Es)
}

/// The language of this process: `flag`, else its environment's locale.
pub fn current(flag: Option<&str>) -> Lang {
    resolve(flag, |name| std::env::var(name).ok())
}

/// The `--lang` value in raw arguments (`--lang en` or `--lang=en`, before any `--`), read
/// before clap parses them so that help and parse errors already speak the language.
pub fn prescan(args: &[OsString]) -> Option<String> {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            return None;
        }
        if word == "--lang" {
            return words.next().map(|v| v.into_owned());
        }
        if let Some(value) = word.strip_prefix("--lang=") {
            return Some(value.to_owned());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn the_flag_wins_then_lc_all_then_lc_messages_then_lang_then_spanish() {
        let all = [
            ("LC_ALL", "en_US.UTF-8"),
            ("LC_MESSAGES", "es_VE.UTF-8"),
            ("LANG", "es_VE.UTF-8"),
        ];
        assert_eq!(resolve(Some("es"), env(&all)), Lang::Es);
        assert_eq!(resolve(None, env(&all)), Lang::En);
        let messages = [("LC_MESSAGES", "en_GB.UTF-8"), ("LANG", "es_VE.UTF-8")];
        assert_eq!(resolve(None, env(&messages)), Lang::En);
        assert_eq!(resolve(None, env(&[("LANG", "en_US.UTF-8")])), Lang::En);
        assert_eq!(resolve(None, env(&[("LANG", "es_VE.UTF-8")])), Lang::Es);
        // An empty variable is unset; C and POSIX name no language: Spanish.
        let empty = [("LC_ALL", ""), ("LANG", "en_US.UTF-8")];
        assert_eq!(resolve(None, env(&empty)), Lang::En);
        assert_eq!(resolve(None, env(&[])), Lang::Es);
        assert_eq!(resolve(None, env(&[("LANG", "C")])), Lang::Es);
        assert_eq!(resolve(None, env(&[("LANG", "POSIX")])), Lang::Es);
        let c_over_en = [("LC_ALL", "C.UTF-8"), ("LANG", "en_US.UTF-8")];
        assert_eq!(resolve(None, env(&c_over_en)), Lang::Es);
    }

    #[test]
    fn the_flag_is_found_before_parsing() {
        let args = |words: &[&str]| -> Vec<OsString> { words.iter().map(OsString::from).collect() };
        assert_eq!(
            prescan(&args(&["amparo", "--lang", "en", "status"])),
            Some("en".into())
        );
        assert_eq!(
            prescan(&args(&["amparo", "status", "--lang=es"])),
            Some("es".into())
        );
        assert_eq!(prescan(&args(&["amparo", "status"])), None);
        assert_eq!(prescan(&args(&["amparo", "--", "--lang", "en"])), None);
    }
}
