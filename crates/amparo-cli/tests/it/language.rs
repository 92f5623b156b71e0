//! Spanish or English, chosen by `--lang` or the locale (issue 10, item 10): LC_ALL over
//! LC_MESSAGES over LANG, Spanish when nothing names a language amparo speaks. JSON stays
//! the same in both.

use crate::support::Registry;

/// A registry with one journalist held since 2024-08-03.
fn registry() -> (Registry, String) {
    let r = Registry::new();
    let source = r.create(&[
        "source",
        "add",
        "--kind",
        "news-article",
        "--publisher",
        "Diario Inventado",
        "--published",
        "2024-08-04",
    ]);
    let person = r.create(&[
        "person",
        "add",
        "--name",
        "Inés Quevedo Lara",
        "--national-id",
        "V-13.579.246",
        "--role",
        "journalist",
    ]);
    r.ok(&[
        "fact",
        "add",
        "--person",
        &person,
        "--kind",
        "arrest",
        "--date",
        "2024-08-03",
        "--source",
        &source,
        "--excerpt",
        "Detenida el 3 de agosto",
    ]);
    (r, person)
}

/// `amparo ARGS` with exactly these locale variables set (the others removed).
fn with_locale(r: &Registry, vars: &[(&str, &str)], args: &[&str]) -> String {
    let mut cmd = r.cmd(args);
    for name in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        cmd.env_remove(name);
    }
    for (name, value) in vars {
        cmd.env(name, value);
    }
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{args:?} {vars:?}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

const SPANISH_STATUS: &str = "Situación al 2026-01-09";
const ENGLISH_STATUS: &str = "Status as of 2026-01-09";

#[test]
fn report_balance_is_in_the_language_lang_asks_for() {
    let (r, _) = registry();
    let es = r.ok(&["--lang", "es", "report", "balance", "--as-of", "2026-01-09"]);
    assert!(es.contains("Balance al 2026-01-09"), "{es}");
    assert!(
        es.contains("privados de libertad") && es.contains("hombres"),
        "{es}"
    );
    for english in ["Balance as of", "deprived of liberty", "Counting", "Held"] {
        assert!(!es.contains(english), "{english:?} in Spanish: {es}");
    }
    // After the command as well as before it: the flag is global.
    let en = r.ok(&["report", "balance", "--as-of", "2026-01-09", "--lang", "en"]);
    assert!(en.contains("Balance as of 2026-01-09"), "{en}");
    assert!(en.contains("deprived of liberty"), "{en}");
    let html = r.ok(&["--lang", "es", "report", "balance", "--format", "html"]);
    assert!(html.contains("<html lang=\"es\">"), "{html}");
}

#[test]
fn status_follows_lc_all_then_lc_messages_then_lang_and_is_spanish_otherwise() {
    let (r, _) = registry();
    let status = ["status", "--as-of", "2026-01-09", "--list"];
    let cases: [(&[(&str, &str)], &str); 8] = [
        (&[("LANG", "es_VE.UTF-8")], SPANISH_STATUS),
        (&[("LANG", "en_US.UTF-8")], ENGLISH_STATUS),
        (
            &[
                ("LC_ALL", "es_VE.UTF-8"),
                ("LC_MESSAGES", "en_US.UTF-8"),
                ("LANG", "en_US.UTF-8"),
            ],
            SPANISH_STATUS,
        ),
        (
            &[("LC_MESSAGES", "en_US.UTF-8"), ("LANG", "es_VE.UTF-8")],
            ENGLISH_STATUS,
        ),
        (&[], SPANISH_STATUS),
        (&[("LANG", "C")], SPANISH_STATUS),
        (&[("LANG", "POSIX")], SPANISH_STATUS),
        (
            &[("LC_ALL", "C.UTF-8"), ("LANG", "en_US.UTF-8")],
            SPANISH_STATUS,
        ),
    ];
    for (vars, expected) in cases {
        let out = with_locale(&r, vars, &status);
        assert!(out.contains(expected), "{vars:?}: {out}");
    }
    let es = with_locale(&r, &[("LANG", "es_VE.UTF-8")], &status);
    assert!(
        es.contains("privados de libertad") && es.contains("bajo custodia desde 2024-08-03"),
        "{es}"
    );
    assert!(
        !es.contains("in custody") && !es.contains("deprived"),
        "{es}"
    );
    // --lang wins over the locale.
    let en = with_locale(&r, &[("LANG", "es_VE.UTF-8")], &["--lang", "en", "status"]);
    assert!(en.contains("Status as of"), "{en}");
}

#[test]
fn person_show_and_confirmations_speak_the_language() {
    let (r, person) = registry();
    let show = ["person", "show", person.as_str(), "--as-of", "2026-01-09"];
    let es = with_locale(&r, &[("LANG", "es_VE.UTF-8")], &show);
    for spanish in [
        "cédula",
        "ocupación",
        "periodista",
        "Situación al 2026-01-09: bajo custodia",
        "Detención",
        "reportado",
    ] {
        assert!(es.contains(spanish), "{spanish:?} missing: {es}");
    }
    for english in [
        "national id",
        "roles",
        "journalist",
        "Status as of",
        "reported",
        "decided",
    ] {
        assert!(!es.contains(english), "{english:?} in Spanish: {es}");
    }
    let en = r.ok(&["--lang", "en"]
        .iter()
        .chain(&show)
        .copied()
        .collect::<Vec<_>>());
    assert!(
        en.contains("national id") && en.contains("journalist"),
        "{en}"
    );
    let none = r
        .cmd(&["--lang", "es", "person", "list", "--name", "nadie"])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&none.stderr);
    assert!(said.contains("no se encontró ninguna persona"), "{said}");
}

#[test]
fn the_error_line_speaks_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let run = |lang: &str| {
        let out = assert_cmd::Command::cargo_bin("amparo")
            .unwrap()
            .current_dir(dir.path())
            .env_remove("AMPARO_DATABASE_URL")
            .args(["--lang", lang, "status"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        String::from_utf8(out.stderr).unwrap()
    };
    let es = run("es");
    assert!(
        es.starts_with("error: ") && es.contains("ejecute `amparo init`"),
        "{es}"
    );
    let en = run("en");
    assert!(en.contains("run `amparo init`"), "{en}");
}

#[test]
fn json_is_the_same_in_both_languages_and_an_unknown_language_is_refused() {
    let (r, _) = registry();
    let es = r.ok(&[
        "--lang",
        "es",
        "status",
        "--all",
        "--as-of",
        "2026-01-09",
        "--json",
    ]);
    let en = r.ok(&[
        "--lang",
        "en",
        "status",
        "--all",
        "--as-of",
        "2026-01-09",
        "--json",
    ]);
    assert_eq!(es, en);
    let out = r.cmd(&["--lang", "fr", "status"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn help_is_in_the_language_of_the_flag_or_the_locale() {
    let r = Registry::new();
    let es = with_locale(&r, &[("LANG", "es_VE.UTF-8")], &["--help"]);
    assert!(es.contains("Uso:") && es.contains("Comandos:"), "{es}");
    assert!(es.contains("Quién está detenido a una fecha"), "{es}");
    assert!(!es.contains("Print help") && !es.contains("Usage:"), "{es}");
    let add = with_locale(&r, &[], &["person", "add", "--help"]);
    assert!(
        add.contains("El nombre tal como lo escribe la fuente"),
        "{add}"
    );
    let en = with_locale(
        &r,
        &[("LANG", "es_VE.UTF-8")],
        &["--lang", "en", "status", "--help"],
    );
    assert!(
        en.contains("Who is held as of a date") && en.contains("Usage:"),
        "{en}"
    );
}

/// `amparo ARGS` under a locale that names no language amparo speaks: its exit code and stderr.
fn parse(args: &[&str]) -> (Option<i32>, String) {
    let (code, _, err) = crate::support::amparo("C", args);
    (code, err)
}

#[test]
fn a_command_line_that_cannot_be_read_is_told_in_the_readers_language() {
    // clap's own messages are English only: these come from the catalogue.
    let (code, err) = parse(&["--lang", "es", "persona", "lista"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("«persona» no es un comando de amparo"),
        "{err}"
    );
    assert!(err.contains("¿quiso decir «person»?"), "{err}");
    assert!(err.contains("amparo --help"), "{err}");
    let (code, err) = parse(&["--lang", "es", "person", "list", "--foo"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("«--foo» no es una opción de este comando"),
        "{err}"
    );
    assert!(err.contains("amparo person list --help"), "{err}");
    // Spanish is the default when the locale names no language amparo speaks.
    let (_, err) = parse(&["import"]);
    assert!(err.contains("falta"), "{err}");
    for english in [
        "unrecognized",
        "unexpected argument",
        "For more information",
        "Usage:",
    ] {
        assert!(!err.contains(english), "{english} in {err}");
    }
    let (code, err) = parse(&["--lang", "en", "person", "list", "--foo"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("is not an option of this command"), "{err}");
}
