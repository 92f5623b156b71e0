//! `amparo user` and `amparo token`: accounts for the workspace and tokens for the API.
//! Passwords are prompted without echo on a terminal, or read from one line of standard
//! input (`--password-stdin`, or when standard input is not a terminal).

use crate::cli::{TokenCommand, UserAdd, UserCommand};
use crate::context::Context;
use crate::output::print_json;
use amparo_app::{Password, Role, UserView};
use amparo_i18n::{Args, Lang, t};
use anyhow::{Context as _, Result};
use std::io::IsTerminal as _;

/// The password: prompted twice without echo on a terminal, else one line of stdin.
fn read_password(lang: Lang, from_stdin: bool) -> Result<Password> {
    let stdin = std::io::stdin();
    if !from_stdin && stdin.is_terminal() {
        let first =
            rpassword::prompt_password(t(lang, "cli-user-password-prompt", &Args::new()) + " ")
                .context(t(lang, "cli-user-password-unreadable", &Args::new()))?;
        let again =
            rpassword::prompt_password(t(lang, "cli-user-password-again", &Args::new()) + " ")
                .context(t(lang, "cli-user-password-unreadable", &Args::new()))?;
        if first != again {
            anyhow::bail!(t(lang, "cli-user-password-differ", &Args::new()));
        }
        return Ok(Password::new(first));
    }
    let mut line = String::new();
    stdin
        .read_line(&mut line)
        .context(t(lang, "cli-user-password-unreadable", &Args::new()))?;
    let line = line.strip_suffix('\n').unwrap_or(&line);
    let line = line.strip_suffix('\r').unwrap_or(line);
    Ok(Password::new(line))
}

fn print_user(lang: Lang, u: &UserView) {
    let state = if u.disabled {
        format!("  [{}]", t(lang, "cli-user-disabled-tag", &Args::new()))
    } else {
        String::new()
    };
    let since = t(
        lang,
        "cli-user-since",
        &Args::new().text("date", u.created_at.to_string()),
    );
    println!(
        "{:<24} {:<9} {}  ({since}){state}",
        u.login,
        u.role.as_str(),
        u.name
    );
}

/// One account message: the login and, where it says one, the role.
fn say(lang: Lang, key: &str, login: &str, role: impl std::fmt::Display) -> String {
    t(
        lang,
        key,
        &Args::new()
            .text("login", login.to_owned())
            .text("role", role.to_string()),
    )
}

pub async fn user(ctx: &Context, cmd: UserCommand) -> Result<()> {
    let (app, actor, lang) = (&ctx.app, &ctx.actor, ctx.lang);
    match cmd {
        UserCommand::Add(UserAdd {
            login,
            role,
            name,
            password_stdin,
            json,
        }) => {
            let role = Role::parse(&role)?;
            let password = read_password(lang, password_stdin)?;
            let added = app
                .add_user(actor, &login, name.as_deref(), role, &password)
                .await?;
            if json {
                return print_json(&added);
            }
            println!("{}", say(lang, "cli-user-added", &added.login, added.role));
        }
        UserCommand::Passwd {
            login,
            password_stdin,
        } => {
            let password = read_password(lang, password_stdin)?;
            let u = app.set_password(actor, &login, &password).await?;
            println!("{}", say(lang, "cli-user-password-changed", &u.login, ""));
        }
        UserCommand::Role { login, role } => {
            let u = app.set_role(actor, &login, Role::parse(&role)?).await?;
            println!("{}", say(lang, "cli-user-role-set", &u.login, u.role));
        }
        UserCommand::Disable { login } => {
            let u = app.disable_user(actor, &login).await?;
            println!("{}", say(lang, "cli-user-disabled", &u.login, ""));
        }
        UserCommand::List { json } => {
            let users = app.users(actor).await?;
            if json {
                return print_json(&users);
            }
            users.iter().for_each(|u| print_user(lang, u));
            if users.is_empty() {
                eprintln!("{}", t(lang, "cli-user-none", &Args::new()));
            }
        }
    }
    Ok(())
}

pub async fn token(ctx: &Context, cmd: TokenCommand) -> Result<()> {
    let (app, actor, lang) = (&ctx.app, &ctx.actor, ctx.lang);
    match cmd {
        TokenCommand::Add { role, label, json } => {
            let made = app.add_token(actor, &label, Role::parse(&role)?).await?;
            if json {
                return print_json(&serde_json::json!({
                    "label": made.label, "role": made.role, "token": made.token,
                }));
            }
            println!("{}", made.token);
            eprintln!("{}", say(lang, "cli-token-added", &made.label, made.role));
        }
        TokenCommand::List { json } => {
            let tokens = app.tokens(actor).await?;
            if json {
                return print_json(&tokens);
            }
            for token in &tokens {
                let state = token
                    .revoked_at
                    .as_deref()
                    .map(|at| {
                        let args = Args::new().text("date", at.to_owned());
                        format!("  [{}]", t(lang, "cli-token-revoked-tag", &args))
                    })
                    .unwrap_or_default();
                let made = Args::new()
                    .text("by", token.created_by.clone())
                    .text("date", token.created_at.to_string());
                println!(
                    "{:<24} {:<9} {}{state}",
                    token.label,
                    token.role.as_str(),
                    t(lang, "cli-token-made", &made)
                );
            }
            if tokens.is_empty() {
                eprintln!("{}", t(lang, "cli-token-none", &Args::new()));
            }
        }
        TokenCommand::Revoke { label } => {
            app.revoke_token(actor, &label).await?;
            println!("{}", say(lang, "cli-token-revoked", &label, ""));
        }
    }
    Ok(())
}
