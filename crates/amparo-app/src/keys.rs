//! The registry's signing key and its checkpoint file, both kept outside the registry: an
//! ed25519 key made at `amparo init` (a file beside a SQLite registry, `amparo.db.key`,
//! mode 0600, or the path `AMPARO_KEY` names), and every checkpoint it signed appended to a
//! file beside it (`amparo.db.checkpoints`), so that wiping the database wipes neither.

use crate::{AppError, AppResult};
use amparo_store::Checkpoint;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use ed25519_dalek::{Signer as _, Verifier as _};
use std::fmt;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Where a registry's key and checkpoint file are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyFiles {
    pub key: PathBuf,
    pub checkpoints: PathBuf,
}

impl KeyFiles {
    /// The key at `key`, its checkpoints beside it (`X.key` → `X.checkpoints`).
    pub fn new(key: PathBuf) -> KeyFiles {
        let name = key.as_os_str().to_string_lossy();
        let checkpoints = match name.strip_suffix(".key") {
            Some(stem) => PathBuf::from(format!("{stem}.checkpoints")),
            None => PathBuf::from(format!("{name}.checkpoints")),
        };
        KeyFiles { key, checkpoints }
    }

    /// The files beside a SQLite registry: `amparo.db.key` and `amparo.db.checkpoints`.
    pub fn beside(registry: &Path) -> KeyFiles {
        let mut key = registry.as_os_str().to_owned();
        key.push(".key");
        KeyFiles::new(PathBuf::from(key))
    }
}

/// A registry's secret signing key.
pub struct SigningKey(ed25519_dalek::SigningKey);

const SECRET_PREFIX: &str = "amparo-ed25519-secret:";
const PUBLIC_PREFIX: &str = "ed25519:";

impl SigningKey {
    /// A new key from the operating system's randomness.
    pub fn generate() -> AppResult<SigningKey> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed)
            .map_err(|e| AppError::Invalid(format!("no randomness to make a key: {e}")))?;
        Ok(SigningKey::from_seed(seed))
    }

    /// The key of a 32-byte seed (tests make keys they can name).
    pub fn from_seed(seed: [u8; 32]) -> SigningKey {
        SigningKey(ed25519_dalek::SigningKey::from_bytes(&seed))
    }

    /// The public half, which anyone may hold to check what this key signed.
    pub fn public(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }

    /// The signature of `message`, base64.
    pub fn sign(&self, message: &[u8]) -> String {
        STANDARD.encode(self.0.sign(message).to_bytes())
    }

    /// The key at `path`; `None` when there is no file.
    pub fn load(path: &Path) -> AppResult<Option<SigningKey>> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(AppError::file("read the key", path, e)),
        };
        let bad = || AppError::Invalid(format!("{} is not an amparo signing key", path.display()));
        let encoded = text.trim().strip_prefix(SECRET_PREFIX).ok_or_else(bad)?;
        let bytes = STANDARD.decode(encoded).map_err(|_| bad())?;
        let seed: [u8; 32] = bytes.try_into().map_err(|_| bad())?;
        Ok(Some(SigningKey::from_seed(seed)))
    }

    /// Writes the key to a new file at `path`, readable by its owner alone; never replaces
    /// a file that exists.
    pub fn save(&self, path: &Path) -> AppResult<()> {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options
            .open(path)
            .map_err(|e| AppError::file("create the key", path, e))?;
        let text = format!("{SECRET_PREFIX}{}\n", STANDARD.encode(self.0.to_bytes()));
        file.write_all(text.as_bytes())
            .and_then(|()| file.sync_all())
            .map_err(|e| AppError::file("write the key", path, e))
    }
}

/// A public key, as `amparo key show` prints it: `ed25519:` and 32 bytes in base64.
#[derive(Clone, PartialEq, Eq)]
pub struct PublicKey(ed25519_dalek::VerifyingKey);

impl PublicKey {
    /// Parses the printed form (the `ed25519:` prefix may be left out).
    pub fn parse(text: &str) -> AppResult<PublicKey> {
        let text = text.trim();
        let bad = || {
            AppError::Invalid(format!(
                "{text:?} is not a public key: expected ed25519: and 44 base64 characters, as `amparo key show` prints"
            ))
        };
        let encoded = text.strip_prefix(PUBLIC_PREFIX).unwrap_or(text);
        let bytes = STANDARD.decode(encoded).map_err(|_| bad())?;
        let bytes: [u8; 32] = bytes.try_into().map_err(|_| bad())?;
        ed25519_dalek::VerifyingKey::from_bytes(&bytes)
            .map(PublicKey)
            .map_err(|_| bad())
    }

    /// Whether `signature` (base64) is this key's signature of `message`.
    pub fn verifies(&self, message: &[u8], signature: &str) -> bool {
        let Ok(bytes) = STANDARD.decode(signature.trim()) else {
            return false;
        };
        let Ok(signature) = ed25519_dalek::Signature::try_from(bytes.as_slice()) else {
            return false;
        };
        self.0.verify(message, &signature).is_ok()
    }

    /// Whether `c` carries this key and a valid signature by it; `None` when it was signed
    /// by another key.
    pub fn signed(&self, c: &Checkpoint) -> Option<bool> {
        (c.public_key == self.to_string())
            .then(|| self.verifies(&Checkpoint::message(c.seq, &c.hash, &c.at), &c.signature))
    }
}

impl fmt::Display for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{PUBLIC_PREFIX}{}", STANDARD.encode(self.0.to_bytes()))
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({self})")
    }
}

/// A checkpoint of entry `seq` (hash `hash`) signed with `key` at `at`.
pub fn sign_checkpoint(key: &SigningKey, seq: i64, hash: &str, at: &str) -> Checkpoint {
    Checkpoint {
        seq,
        hash: hash.to_owned(),
        at: at.to_owned(),
        public_key: key.public().to_string(),
        signature: key.sign(&Checkpoint::message(seq, hash, at)),
    }
}

/// Appends a checkpoint to the file, one JSON line, flushed to the disk.
pub fn append_checkpoint(path: &Path, c: &Checkpoint) -> AppResult<()> {
    let line = serde_json::to_string(c)
        .map_err(|e| AppError::Invalid(format!("cannot encode a checkpoint: {e}")))?;
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(|e| AppError::file("open the checkpoint file", path, e))?;
    file.write_all(format!("{line}\n").as_bytes())
        .and_then(|()| file.sync_data())
        .map_err(|e| AppError::file("append to the checkpoint file", path, e))
}

/// The checkpoints of the file, and a sentence for each line that does not read; `None`
/// when there is no file.
pub fn read_checkpoints(path: &Path) -> AppResult<Option<(Vec<Checkpoint>, Vec<String>)>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(AppError::file("read the checkpoint file", path, e)),
    };
    let mut found = Vec::new();
    let mut unreadable = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        match serde_json::from_str(line) {
            Ok(c) => found.push(c),
            Err(e) => unreadable.push(format!(
                "line {} of the checkpoint file {} is unreadable ({e}): it was altered",
                n + 1,
                path.display()
            )),
        }
    }
    Ok(Some((found, unreadable)))
}

/// Whether others than the owner may read the key file (then anyone of them could sign).
pub fn readable_by_others(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o077 != 0)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signed_checkpoint_verifies_only_unchanged_and_only_with_its_key() {
        let key = SigningKey::from_seed([7; 32]);
        let public = PublicKey::parse(&key.public().to_string()).unwrap();
        let hash = "ab".repeat(32);
        let c = sign_checkpoint(&key, 12, &hash, "2026-01-10T12:00:00Z");
        assert_eq!(public.signed(&c), Some(true));
        let mut moved = c.clone();
        moved.seq = 11;
        assert_eq!(public.signed(&moved), Some(false));
        let other = SigningKey::from_seed([8; 32]).public();
        assert_eq!(other.signed(&c), None);
        assert!(PublicKey::parse("ed25519:short").is_err());
    }

    #[test]
    fn the_key_file_is_made_once_for_its_owner_alone_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let files = KeyFiles::beside(&dir.path().join("amparo.db"));
        assert!(files.key.ends_with("amparo.db.key"));
        assert!(files.checkpoints.ends_with("amparo.db.checkpoints"));
        assert!(SigningKey::load(&files.key).unwrap().is_none());
        let key = SigningKey::from_seed([3; 32]);
        key.save(&files.key).unwrap();
        assert!(!readable_by_others(&files.key));
        assert!(key.save(&files.key).is_err(), "never replaced");
        let back = SigningKey::load(&files.key).unwrap().unwrap();
        assert_eq!(back.public(), key.public());
        let c = sign_checkpoint(&key, 1, &"00".repeat(32), "t");
        append_checkpoint(&files.checkpoints, &c).unwrap();
        append_checkpoint(&files.checkpoints, &c).unwrap();
        let (read, bad) = read_checkpoints(&files.checkpoints).unwrap().unwrap();
        assert_eq!((read.len(), bad.len()), (2, 0));
    }
}
