//! Arguments of the account commands: the people who sign in to the workspace and the
//! tokens programs use with the API.

use clap::{Args, Subcommand};

/// `amparo user`.
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Adds an account. The first admin is made this way: `amparo user add LOGIN --role admin`.
    Add(UserAdd),
    /// Sets an account's password; its sessions end.
    Passwd {
        login: String,
        /// Read the password from the first line of standard input instead of prompting.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Sets an account's role: viewer, reviewer, editor or admin.
    Role { login: String, role: String },
    /// Disables an account: it can no longer sign in, and its sessions end.
    Disable { login: String },
    /// Lists the accounts.
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct UserAdd {
    /// Letters, digits and . _ - @; unique whatever its case.
    pub login: String,
    /// viewer (reads the record), reviewer (also decides the review queue), editor (also
    /// changes the record) or admin (also manages accounts).
    #[arg(long)]
    pub role: String,
    /// The name shown in pages and beside the person's changes; the login by default.
    #[arg(long)]
    pub name: Option<String>,
    /// Read the password (at least 12 characters) from the first line of standard input
    /// instead of prompting for it.
    #[arg(long)]
    pub password_stdin: bool,
    #[arg(long)]
    pub json: bool,
}

/// `amparo token`.
#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Makes an API token and prints it once: programs send it as `Authorization: Bearer`.
    Add {
        /// viewer, reviewer, editor or admin.
        #[arg(long)]
        role: String,
        /// A unique name for the token (the audit log names its changes by it).
        #[arg(long)]
        label: String,
        #[arg(long)]
        json: bool,
    },
    /// Lists the tokens (never their values).
    List {
        #[arg(long)]
        json: bool,
    },
    /// Revokes a token: it stops working at once.
    Revoke { label: String },
}
