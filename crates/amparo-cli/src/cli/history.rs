//! Arguments of the commands that keep the registry's history trustworthy outside it: the
//! signing key, checkpoints, signed exports and restores.

use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// Prints the public key: give it to whoever should be able to check this registry's
    /// exports (`amparo verify-export FILE --key KEY`).
    Show,
}

#[derive(Debug, Args)]
pub struct Export {
    /// jsonl: every record with the audit log, for a restore or a check (admins only);
    /// csv or xlsx: a table, one row per person with their status as of --as-of, as your
    /// role may see it (national ids only for documenters and admins).
    #[arg(long, default_value = "jsonl")]
    pub format: String,
    /// For csv and xlsx: the date the statuses are as of (YYYY-MM-DD or DD/MM/YYYY);
    /// today by default.
    #[arg(long)]
    pub as_of: Option<String>,

    /// The file to write (it must not exist yet); standard output by default.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Signs the manifest with the registry's key, so that anyone holding the public key
    /// can check that nothing was changed.
    #[arg(long)]
    pub signed: bool,
}

#[derive(Debug, Args)]
pub struct VerifyExport {
    /// The export to check.
    pub file: PathBuf,
    /// The public key of the registry that signed it, as `amparo key show` prints it (or a
    /// file holding it).
    #[arg(long)]
    pub key: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct Restore {
    /// A backup (the SQLite copy `amparo backup` writes) or an export (`amparo export`).
    pub file: PathBuf,
    /// The public key the export was signed with (or a file holding it); by default the
    /// registry's own key, when the export was signed with it.
    #[arg(long)]
    pub key: Option<String>,
}
