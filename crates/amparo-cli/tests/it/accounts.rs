//! `amparo user` and `amparo token` through the binary: the first admin, passwords read
//! from standard input, roles, disabling, tokens shown once and stored hashed; none of the
//! secrets in the audit log.

use crate::support::Registry;
use std::io::Write as _;
use std::process::Stdio;

/// Runs `args` with `input` on standard input (not a terminal); returns (exit code, stdout, stderr).
fn with_stdin(r: &Registry, args: &[&str], input: &str) -> (Option<i32>, String, String) {
    let mut child = r
        .process(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn the_first_admin_and_other_accounts_are_made_from_the_command_line() {
    let r = Registry::new();
    let (code, out, err) = with_stdin(
        &r,
        &[
            "user",
            "add",
            "Ana",
            "--role",
            "admin",
            "--name",
            "Ana Inventada",
            "--password-stdin",
        ],
        "una clave muy larga\n",
    );
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(out.trim(), "added Ana (admin)");
    // Without --password-stdin, a standard input that is not a terminal is read as well.
    let (code, _, err) = with_stdin(
        &r,
        &["user", "add", "beto", "--role", "viewer"],
        "otra clave larga\n",
    );
    assert_eq!(code, Some(0), "{err}");
    let (code, _, err) = with_stdin(
        &r,
        &["user", "add", "ANA", "--role", "viewer"],
        "otra clave larga\n",
    );
    assert_eq!(code, Some(2));
    assert!(err.contains("taken"), "{err}");
    let (code, _, err) = with_stdin(&r, &["user", "add", "corto", "--role", "viewer"], "corta\n");
    assert_eq!(code, Some(2));
    assert!(err.contains("12 characters"), "{err}");
    assert!(
        r.fails(&["user", "add", "x", "--role", "root", "--password-stdin"])
            .contains("unknown role")
    );

    r.ok(&["user", "role", "beto", "editor"]);
    let (code, _, err) = with_stdin(
        &r,
        &["user", "passwd", "beto", "--password-stdin"],
        "una clave nueva larga\n",
    );
    assert_eq!(code, Some(0), "{err}");
    r.ok(&["user", "disable", "beto"]);
    assert!(
        r.fails(&["user", "disable", "beto"])
            .contains("already disabled")
    );
    assert!(
        r.fails(&["user", "role", "nadie", "viewer"])
            .contains("nadie")
    );

    let users = r.json(&["user", "list"]);
    assert_eq!(users[0]["login"], "Ana");
    assert_eq!(users[0]["name"], "Ana Inventada");
    assert_eq!(users[1]["login"], "beto");
    assert_eq!(users[1]["role"], "editor");
    assert_eq!(users[1]["disabled"], true);
    assert!(users[0].get("password_hash").is_none());

    let log = r.ok(&["log", "--last", "50", "--json"]);
    assert!(
        !log.contains("argon2") && !log.contains("una clave"),
        "{log}"
    );
    r.ok(&["verify"]);
}

#[test]
fn tokens_are_printed_once_listed_without_their_value_and_revoked() {
    let r = Registry::new();
    let made = r.json(&["token", "add", "--role", "editor", "--label", "importador"]);
    let token = made["token"].as_str().unwrap().to_owned();
    assert!(token.starts_with("amparo_") && token.len() > 40, "{token}");
    assert!(
        r.fails(&["token", "add", "--role", "viewer", "--label", "importador"])
            .contains("importador")
    );
    let listed = r.ok(&["token", "list"]);
    assert!(
        listed.contains("importador") && listed.contains("editor"),
        "{listed}"
    );
    assert!(!listed.contains(&token));
    r.ok(&["token", "revoke", "importador"]);
    assert!(r.json(&["token", "list"])[0]["revoked_at"].is_string());
    assert!(
        r.fails(&["token", "revoke", "importador"])
            .contains("already revoked")
    );
    let log = r.ok(&["log", "--last", "50", "--json"]);
    assert!(!log.contains(&token[7..]), "{log}");
    r.ok(&["verify"]);
}
