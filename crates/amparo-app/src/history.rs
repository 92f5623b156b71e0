//! The registry's history anchored outside it (issue 14, "Trust"): the signing key made at
//! `init`, checkpoints of the audit chain's head signed after every command that wrote (in
//! the registry and in the file beside the key), `verify` checking the log against them,
//! and the end of a command ([`App::close`]). Also the check, on opening, that the schema
//! is the one this build knows, without writing anything.

use crate::keys::{self, KeyFiles, PublicKey, SigningKey};
use crate::{Action, Actor, App, AppError, AppResult};
use amparo_store::{Checkpoint, Schema, Store, StoreError, VerifyReport};
use std::path::PathBuf;

/// The signing key of a registry, as `amparo init` and `amparo key show` report it.
#[derive(Debug, Clone)]
pub struct KeyInfo {
    pub path: PathBuf,
    pub public_key: PublicKey,
    /// Made now, rather than found.
    pub created: bool,
}

/// Refuses a registry whose schema is not the one this build knows; reads only. A registry
/// whose record of migrations is gone but whose tables answer is opened (it was altered:
/// `verify` names it).
pub(crate) async fn check_schema(store: &dyn Store, name: &str) -> AppResult<()> {
    match store.schema().await? {
        Schema::Current => Ok(()),
        Schema::Behind(n) => Err(AppError::Store(StoreError::Conflict(format!(
            "the registry {name} was made by an older amparo ({n} change(s) to its schema are pending): run `amparo migrate` to bring it up to date"
        )))),
        Schema::Ahead => Err(AppError::Store(StoreError::Conflict(format!(
            "the registry {name} was brought up to date by a newer amparo: use that version"
        )))),
        // Any of its tables answering makes it a registry that was altered, not a stranger.
        Schema::Unrecorded => {
            let answers = store.head().await.is_ok()
                || store.checkpoints().await.is_ok()
                || store.facilities(amparo_domain::Access::Admin).await.is_ok();
            if answers {
                Ok(())
            } else {
                Err(AppError::Invalid(format!(
                    "{name} is not an amparo registry: `amparo init` makes one"
                )))
            }
        }
    }
}

impl App {
    /// Where this registry's key and checkpoint file are, if it has any.
    pub fn key_files(&self) -> Option<&KeyFiles> {
        self.keys.as_ref()
    }

    /// The same application with its key and checkpoint file at `keys`.
    pub fn with_keys(mut self, keys: KeyFiles) -> App {
        self.keys = Some(keys);
        self
    }

    fn keys_or_explain(&self) -> AppResult<&KeyFiles> {
        self.keys.as_ref().ok_or_else(|| {
            AppError::Invalid(
                "this registry has no signing key configured: set AMPARO_KEY to the path of its key file".into(),
            )
        })
    }

    fn signing_key(&self) -> AppResult<Option<SigningKey>> {
        match &self.keys {
            Some(keys) => SigningKey::load(&keys.key),
            None => Ok(None),
        }
    }

    /// The key that signs this registry's checkpoints, made if there is none yet.
    pub fn create_key(&self, actor: &Actor) -> AppResult<KeyInfo> {
        actor.require(Action::Administer)?;
        let keys = self.keys_or_explain()?;
        if let Some(key) = SigningKey::load(&keys.key)? {
            return Ok(KeyInfo {
                path: keys.key.clone(),
                public_key: key.public(),
                created: false,
            });
        }
        let key = SigningKey::generate()?;
        key.save(&keys.key)?;
        Ok(KeyInfo {
            path: keys.key.clone(),
            public_key: key.public(),
            created: true,
        })
    }

    /// The public key, for whoever checks this registry's exports and checkpoints.
    pub fn public_key(&self) -> AppResult<KeyInfo> {
        let keys = self.keys_or_explain()?;
        match SigningKey::load(&keys.key)? {
            Some(key) => Ok(KeyInfo {
                path: keys.key.clone(),
                public_key: key.public(),
                created: false,
            }),
            None => Err(AppError::Invalid(format!(
                "no signing key at {}: `amparo init` makes one",
                keys.key.display()
            ))),
        }
    }

    /// Signs a checkpoint of the audit log's head, stores it in the registry and appends
    /// it to the checkpoint file. Nothing is signed for an empty log, or when the head is
    /// already signed.
    pub async fn checkpoint(&self, actor: &Actor) -> AppResult<Option<Checkpoint>> {
        actor.require(Action::Edit)?;
        let keys = self.keys_or_explain()?;
        let key = SigningKey::load(&keys.key)?.ok_or_else(|| {
            AppError::Invalid(format!(
                "no signing key at {}: `amparo init` makes one",
                keys.key.display()
            ))
        })?;
        self.sign_head(keys, &key).await
    }

    async fn sign_head(&self, keys: &KeyFiles, key: &SigningKey) -> AppResult<Option<Checkpoint>> {
        let Some((seq, hash)) = self.store.head_entry().await? else {
            return Ok(None);
        };
        let public = key.public().to_string();
        let hash = hash.to_string();
        let signed = self.store.checkpoints().await?;
        if signed
            .iter()
            .any(|c| c.seq == seq && c.hash == hash && c.public_key == public)
        {
            return Ok(None);
        }
        let at = self
            .clock
            .now()
            .to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
        let c = keys::sign_checkpoint(key, seq, &hash, &at);
        // The file first: it is what survives the registry being wiped.
        keys::append_checkpoint(&keys.checkpoints, &c)?;
        self.store.add_checkpoint(&c).await?;
        Ok(Some(c))
    }

    /// Ends a command: when it wrote, a checkpoint of the head is signed (if the registry
    /// has a key) and, on SQLite, the write-ahead log is folded into the file so that the
    /// file alone holds the registry; then the connections close. Every front end calls it
    /// once, whatever the command did; it returns the checkpoint signed, if one was.
    pub async fn close(&self) -> AppResult<Option<Checkpoint>> {
        let signed = if self.store.wrote() {
            match (&self.keys, self.signing_key()) {
                (Some(keys), Ok(Some(key))) => self.sign_head(keys, &key).await,
                (_, Err(e)) => Err(e),
                _ => Ok(None),
            }
        } else {
            Ok(None)
        };
        if let Some(backend) = &self.backend {
            backend.close().await?;
        }
        signed
    }

    /// Recomputes the audit chain, checks every row, and checks the log against the
    /// checkpoints signed by the registry's key (those in the registry and those in the
    /// file beside the key): a log whose last entries were deleted, an emptied registry and
    /// a rewritten chain are found. A missing table is a problem named.
    pub async fn verify(&self, actor: &Actor) -> AppResult<VerifyReport> {
        actor.require(Action::ReadRecord)?;
        let mut trusted = Vec::new();
        let mut problems = Vec::new();
        let mut warnings = Vec::new();
        let key = match &self.keys {
            None => {
                warnings.push("no signing key is configured for this registry (AMPARO_KEY): the log is checked against itself only, so deleting its last entries or emptying it cannot be seen".to_owned());
                None
            }
            Some(keys) => match SigningKey::load(&keys.key) {
                Ok(Some(key)) => Some((keys, key.public())),
                Ok(None) => {
                    warnings.push(format!("no signing key at {}: the log is checked against itself only, so deleting its last entries or emptying it cannot be seen (`amparo init` makes a key)", keys.key.display()));
                    None
                }
                Err(e) => {
                    warnings.push(format!("the signing key cannot be used ({e}): the log is checked against itself only"));
                    None
                }
            },
        };
        if let Some((keys, public)) = key {
            if keys::readable_by_others(&keys.key) {
                warnings.push(format!(
                    "the key {} can be read by others than its owner: `chmod 600` it",
                    keys.key.display()
                ));
            }
            // A registry whose checkpoint table is gone is named by the store's verify.
            let mut found: Vec<(Checkpoint, String)> = self
                .store
                .checkpoints()
                .await
                .unwrap_or_default()
                .into_iter()
                .map(|c| (c, "in the registry".to_owned()))
                .collect();
            match keys::read_checkpoints(&keys.checkpoints)? {
                Some((from_file, unreadable)) => {
                    let place = format!("in {}", keys.checkpoints.display());
                    found.extend(from_file.into_iter().map(|c| (c, place.clone())));
                    problems.extend(unreadable);
                }
                None if !found.is_empty() => warnings.push(format!(
                    "the checkpoint file {} is missing: only the checkpoints in the registry are used",
                    keys.checkpoints.display()
                )),
                None => {}
            }
            let mut foreign = 0;
            for (c, place) in found {
                match public.signed(&c) {
                    Some(true) => trusted.push(c),
                    Some(false) => problems.push(format!(
                        "the checkpoint of audit entry {} signed at {} {place} does not verify against the key: it was forged or altered",
                        c.seq, c.at
                    )),
                    None => foreign += 1,
                }
            }
            if foreign > 0 {
                warnings.push(format!(
                    "{foreign} checkpoint(s) signed by another key were not used (a registry restored from another keeps them)"
                ));
            }
            if trusted.is_empty() {
                warnings.push(
                    "no checkpoint signed by this registry's key: `amparo checkpoint` signs one"
                        .into(),
                );
            }
        }
        trusted.sort_by_key(|c| c.seq);
        trusted.dedup_by(|a, b| a.seq == b.seq && a.hash == b.hash);
        let mut report = self.store.verify_against(&trusted).await?;
        report
            .problems
            .extend(problems.into_iter().map(|reason| amparo_store::Problem {
                seq: None,
                entity: None,
                reason,
            }));
        report.warnings.extend(warnings);
        Ok(report)
    }
}
