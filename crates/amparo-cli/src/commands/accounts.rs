//! `amparo user` and `amparo token`: accounts for the workspace and tokens for the API.
//! Passwords are prompted without echo on a terminal, or read from one line of standard
//! input (`--password-stdin`, or when standard input is not a terminal).

use crate::cli::{TokenCommand, UserAdd, UserCommand};
use crate::context::Context;
use crate::output::print_json;
use amparo_app::{Password, Role, UserView};
use anyhow::{Context as _, Result};
use std::io::IsTerminal as _;

/// The password: prompted twice without echo on a terminal, else one line of stdin.
fn read_password(from_stdin: bool) -> Result<Password> {
    let stdin = std::io::stdin();
    if !from_stdin && stdin.is_terminal() {
        let first = rpassword::prompt_password("Password (at least 12 characters): ")
            .context("cannot read the password")?;
        let again = rpassword::prompt_password("The same password again: ")
            .context("cannot read the password")?;
        if first != again {
            anyhow::bail!("the two passwords differ");
        }
        return Ok(Password::new(first));
    }
    let mut line = String::new();
    stdin
        .read_line(&mut line)
        .context("cannot read the password from standard input")?;
    let line = line.strip_suffix('\n').unwrap_or(&line);
    let line = line.strip_suffix('\r').unwrap_or(line);
    Ok(Password::new(line))
}

fn print_user(u: &UserView) {
    let state = if u.disabled { "  [disabled]" } else { "" };
    println!(
        "{:<24} {:<9} {}  (since {}){state}",
        u.login,
        u.role.as_str(),
        u.name,
        u.created_at
    );
}

pub async fn user(ctx: &Context, cmd: UserCommand) -> Result<()> {
    let (app, actor) = (&ctx.app, &ctx.actor);
    match cmd {
        UserCommand::Add(UserAdd {
            login,
            role,
            name,
            password_stdin,
            json,
        }) => {
            let role = Role::parse(&role)?;
            let password = read_password(password_stdin)?;
            let added = app
                .add_user(actor, &login, name.as_deref(), role, &password)
                .await?;
            if json {
                return print_json(&added);
            }
            println!("added {} ({})", added.login, added.role);
        }
        UserCommand::Passwd {
            login,
            password_stdin,
        } => {
            let password = read_password(password_stdin)?;
            let u = app.set_password(actor, &login, &password).await?;
            println!("password of {} changed; its sessions ended", u.login);
        }
        UserCommand::Role { login, role } => {
            let u = app.set_role(actor, &login, Role::parse(&role)?).await?;
            println!("{} is now {}", u.login, u.role);
        }
        UserCommand::Disable { login } => {
            let u = app.disable_user(actor, &login).await?;
            println!("{} is disabled; its sessions ended", u.login);
        }
        UserCommand::List { json } => {
            let users = app.users(actor).await?;
            if json {
                return print_json(&users);
            }
            users.iter().for_each(print_user);
            if users.is_empty() {
                eprintln!(
                    "no account yet: add the first admin with `amparo user add LOGIN --role admin`"
                );
            }
        }
    }
    Ok(())
}

pub async fn token(ctx: &Context, cmd: TokenCommand) -> Result<()> {
    let (app, actor) = (&ctx.app, &ctx.actor);
    match cmd {
        TokenCommand::Add { role, label, json } => {
            let made = app.add_token(actor, &label, Role::parse(&role)?).await?;
            if json {
                return print_json(&serde_json::json!({
                    "label": made.label, "role": made.role, "token": made.token,
                }));
            }
            println!("{}", made.token);
            eprintln!(
                "token {} ({}): shown this once; keep it secret",
                made.label, made.role
            );
        }
        TokenCommand::List { json } => {
            let tokens = app.tokens(actor).await?;
            if json {
                return print_json(&tokens);
            }
            for t in &tokens {
                let state = t
                    .revoked_at
                    .as_deref()
                    .map(|at| format!("  [revoked {at}]"))
                    .unwrap_or_default();
                println!(
                    "{:<24} {:<9} by {} at {}{state}",
                    t.label,
                    t.role.as_str(),
                    t.created_by,
                    t.created_at
                );
            }
            if tokens.is_empty() {
                eprintln!("no token yet");
            }
        }
        TokenCommand::Revoke { label } => {
            app.revoke_token(actor, &label).await?;
            println!("revoked {label}");
        }
    }
    Ok(())
}
