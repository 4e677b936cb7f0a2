//! The team service's secrets: the database key and the sealing of personal
//! data (XChaCha20-Poly1305), passwords (Argon2id), and random tokens
//! (session, bearer, employee link) stored as their SHA-256 only.

use std::path::{Path, PathBuf};

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use sha2::{Digest as _, Sha256};

use super::{StoreError, StoreErrorCode, store_error};

/// The environment variable holding the database key (64 hex digits).
pub const KEY_ENV: &str = "SECU_DB_KEY";
/// The environment variable naming the key file (64 hex digits in it).
pub const KEY_FILE_ENV: &str = "SECU_DB_KEY_FILE";

/// Argon2id memory cost in KiB: 19 MiB, with [`ARGON2_T`] passes and one
/// lane, the OWASP password-storage minimum (2024) and the crate's default.
pub const ARGON2_M_KIB: u32 = 19 * 1024;
/// Argon2id passes.
pub const ARGON2_T: u32 = 2;
/// Argon2id lanes.
pub const ARGON2_P: u32 = 1;

/// Version byte of a sealed value: `1` = XChaCha20-Poly1305, 24-byte nonce.
const SEALED_V1: u8 = 1;
const NONCE_LEN: usize = 24;

/// The key that seals the personal data of the database. Never stored in it:
/// it comes from [`KEY_ENV`], from a key file, or (SQLite only) from a key
/// file beside the database created on first use.
#[derive(Clone)]
pub struct Key([u8; 32]);

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(…)")
    }
}

impl Key {
    /// A key from its 32 bytes.
    #[must_use]
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    /// A fresh random key from the OS.
    ///
    /// # Errors
    /// `random_unavailable` when the OS has no random source.
    pub fn generate() -> Result<Self, StoreError> {
        Ok(Self(random()?))
    }

    /// The key in hex (what a key file holds).
    #[must_use]
    pub fn to_hex(&self) -> String {
        hex(&self.0)
    }

    /// Parses 64 hex digits (surrounding whitespace ignored); `origin` names
    /// where they came from in the error.
    ///
    /// # Errors
    /// `invalid_key` when the text is not 64 hex digits.
    pub fn from_hex(text: &str, origin: &str) -> Result<Self, StoreError> {
        let t = text.trim();
        let mut out = [0u8; 32];
        let ok = t.len() == 64
            && t.is_ascii()
            && (0..32).all(|i| {
                u8::from_str_radix(&t[2 * i..2 * i + 2], 16)
                    .map(|b| out[i] = b)
                    .is_ok()
            });
        if ok {
            Ok(Self(out))
        } else {
            Err(store_error(
                origin,
                StoreErrorCode::InvalidKey,
                "expected a key of 64 hex digits (32 bytes)",
            ))
        }
    }

    /// The key of the database at `db_url`: [`KEY_ENV`] when set, else the
    /// file `key_file` (or [`KEY_FILE_ENV`]), else, for `sqlite:PATH`, the
    /// file `PATH.key`, created (mode 0600) with a random key when missing.
    /// A PostgreSQL database needs one of the first two: its servers share
    /// one key, which no server may invent.
    ///
    /// # Errors
    /// `invalid_url`, `invalid_key`, `key_unreadable`, `key_missing`.
    pub fn resolve(db_url: &str, key_file: Option<&Path>) -> Result<Self, StoreError> {
        // A URL that is neither is named as such, not as a missing key.
        super::parse_url(db_url)?;
        if let Ok(text) = std::env::var(KEY_ENV) {
            return Self::from_hex(&text, KEY_ENV);
        }
        let file = key_file
            .map(Path::to_path_buf)
            .or_else(|| std::env::var_os(KEY_FILE_ENV).map(PathBuf::from));
        if let Some(file) = file {
            return Self::read_file(&file);
        }
        match db_url.strip_prefix("sqlite:") {
            Some(path) => {
                let path = path.strip_prefix("//").unwrap_or(path);
                let file = PathBuf::from(format!("{path}.key"));
                if file.exists() {
                    return Self::read_file(&file);
                }
                let key = Self::generate()?;
                match write_private(&file, format!("{}\n", key.to_hex()).as_bytes()) {
                    Ok(()) => Ok(key),
                    // Another server created it first: use theirs.
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                        Self::read_file(&file)
                    }
                    Err(e) => Err(store_error(
                        file.display().to_string(),
                        StoreErrorCode::KeyUnreadable,
                        format!("cannot create the key file: {e}"),
                    )),
                }
            }
            None => Err(store_error(
                "--key-file",
                StoreErrorCode::KeyMissing,
                format!(
                    "a PostgreSQL database needs its key: set {KEY_ENV} (64 hex digits) or give --key-file FILE"
                ),
            )),
        }
    }

    fn read_file(file: &Path) -> Result<Self, StoreError> {
        let text = std::fs::read_to_string(file).map_err(|e| {
            store_error(
                file.display().to_string(),
                StoreErrorCode::KeyUnreadable,
                e.to_string(),
            )
        })?;
        Self::from_hex(&text, &file.display().to_string())
    }

    /// Seals `plain` for the context `aad` (which table, which row: a value
    /// moved to another row no longer opens): version byte ‖ random 24-byte
    /// nonce ‖ ciphertext and tag.
    pub(crate) fn seal(&self, plain: &[u8], aad: &str) -> Result<Vec<u8>, StoreError> {
        let nonce: [u8; NONCE_LEN] = random()?;
        let cipher = XChaCha20Poly1305::new(&self.0.into());
        let sealed = cipher
            .encrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: plain,
                    aad: aad.as_bytes(),
                },
            )
            .map_err(|_| store_error(aad, StoreErrorCode::Sealing, "cannot encrypt"))?;
        let mut out = Vec::with_capacity(1 + NONCE_LEN + sealed.len());
        out.push(SEALED_V1);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    /// Opens what [`Key::seal`] sealed for the same `aad`.
    pub(crate) fn open(&self, sealed: &[u8], aad: &str) -> Result<Vec<u8>, StoreError> {
        let bad = || {
            store_error(
                aad,
                StoreErrorCode::Sealing,
                "cannot decrypt: another key, or the value was altered or moved",
            )
        };
        let (&[SEALED_V1], rest) = sealed.split_at_checked(1).ok_or_else(bad)? else {
            return Err(bad());
        };
        let (nonce, body) = rest.split_at_checked(NONCE_LEN).ok_or_else(bad)?;
        let nonce: [u8; NONCE_LEN] = nonce.try_into().map_err(|_| bad())?;
        XChaCha20Poly1305::new(&self.0.into())
            .decrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: body,
                    aad: aad.as_bytes(),
                },
            )
            .map_err(|_| bad())
    }
}

fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        o.mode(0o600);
    }
    let mut f = o.open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// `N` random bytes from the OS.
pub(crate) fn random<const N: usize>() -> Result<[u8; N], StoreError> {
    let mut out = [0u8; N];
    getrandom::fill(&mut out).map_err(|e| {
        store_error(
            "",
            StoreErrorCode::RandomUnavailable,
            format!("no random source: {e}"),
        )
    })?;
    Ok(out)
}

/// A fresh secret (session, bearer token, employee link): 256 random bits
/// as 64 hex digits. Shown once; the store keeps [`secret_hash`] only.
pub(crate) fn new_secret() -> Result<String, StoreError> {
    Ok(hex(&random::<32>()?))
}

/// A fresh opaque id with a prefix (`u_`, `o_`, `c_`, `t_`, `l_`): 96
/// random bits, so that ids reveal neither an order nor a count.
pub(crate) fn new_id(prefix: &str) -> Result<String, StoreError> {
    Ok(format!("{prefix}{}", hex(&random::<12>()?)))
}

/// What the store keeps of a secret: its SHA-256. The secrets are 256-bit
/// random values, so a fast hash suffices (no guessing to slow down).
pub(crate) fn secret_hash(secret: &str) -> Vec<u8> {
    Sha256::digest(secret.as_bytes()).to_vec()
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes
        .iter()
        .fold(String::with_capacity(2 * bytes.len()), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) || !s.is_ascii() {
        return None;
    }
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok())
        .collect()
}

/// Hashes a password with Argon2id ([`ARGON2_M_KIB`], [`ARGON2_T`],
/// [`ARGON2_P`], a random 16-byte salt, 32-byte output), written
/// `argon2id$v=19$m=M,t=T,p=P$SALT$HASH` (hex), so that the parameters can
/// be raised later without breaking the stored hashes.
pub(crate) fn hash_password(password: &str) -> Result<String, StoreError> {
    let salt: [u8; 16] = random()?;
    let out = argon2_hash(password, &salt, ARGON2_M_KIB, ARGON2_T, ARGON2_P)?;
    Ok(format!(
        "argon2id$v=19$m={ARGON2_M_KIB},t={ARGON2_T},p={ARGON2_P}${}${}",
        hex(&salt),
        hex(&out)
    ))
}

fn argon2_hash(password: &str, salt: &[u8], m: u32, t: u32, p: u32) -> Result<Vec<u8>, StoreError> {
    let params = Params::new(m, t, p, Some(32)).map_err(|e| {
        store_error(
            "password_hash",
            StoreErrorCode::Sealing,
            format!("argon2 parameters: {e}"),
        )
    })?;
    let mut out = vec![0u8; 32];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(password.as_bytes(), salt, &mut out)
        .map_err(|e| {
            store_error(
                "password_hash",
                StoreErrorCode::Sealing,
                format!("argon2: {e}"),
            )
        })?;
    Ok(out)
}

/// The parts of a stored password hash.
struct Stored {
    m: u32,
    t: u32,
    p: u32,
    salt: Vec<u8>,
    hash: Vec<u8>,
}

/// Whether `password` matches a hash of [`hash_password`] (compared in
/// constant time). A malformed hash never matches. Parameters are bounded
/// (m ≤ 1 GiB, t ≤ 16, p ≤ 16): a tampered row cannot make a login hang.
pub(crate) fn verify_password(password: &str, stored: &str) -> bool {
    let parse = || -> Option<Stored> {
        let rest = stored.strip_prefix("argon2id$v=19$")?;
        let mut parts = rest.split('$');
        let params = parts.next()?;
        let salt = unhex(parts.next()?)?;
        let hash = unhex(parts.next()?)?;
        let mut m = None;
        let mut t = None;
        let mut p = None;
        for kv in params.split(',') {
            let (k, v) = kv.split_once('=')?;
            let v: u32 = v.parse().ok()?;
            match k {
                "m" => m = Some(v),
                "t" => t = Some(v),
                "p" => p = Some(v),
                _ => return None,
            }
        }
        Some(Stored {
            m: m?,
            t: t?,
            p: p?,
            salt,
            hash,
        })
    };
    let Some(Stored {
        m,
        t,
        p,
        salt,
        hash,
    }) = parse()
    else {
        return false;
    };
    if m > 1 << 20 || t > 16 || p > 16 || hash.len() != 32 {
        return false;
    }
    match argon2_hash(password, &salt, m, t, p) {
        Ok(out) => constant_time_eq(&out, &hash),
        Err(_) => false,
    }
}

/// Byte equality whose time depends only on the length.
pub(crate) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn sealed_values_open_only_with_their_key_and_context() {
        let k = Key::from_bytes([1; 32]);
        let a = k.seal(b"Priya S. 1990-04-12", "row 1").unwrap();
        let b = k.seal(b"Priya S. 1990-04-12", "row 1").unwrap();
        assert_ne!(a, b, "a fresh nonce per value");
        assert_eq!(k.open(&a, "row 1").unwrap(), b"Priya S. 1990-04-12");
        assert!(!a.windows(8).any(|w| w == b"Priya S."));
        assert_eq!(k.open(&a, "row 2").unwrap_err().code, "sealing");
        assert!(Key::from_bytes([2; 32]).open(&a, "row 1").is_err());
        let mut flipped = a.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert!(k.open(&flipped, "row 1").is_err());
        assert!(k.open(&a[..10], "row 1").is_err());
        assert!(k.open(&[], "row 1").is_err());
    }

    #[test]
    fn passwords_verify_and_malformed_hashes_never_match() {
        let h = hash_password("correct horse battery").unwrap();
        assert!(h.starts_with("argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify_password("correct horse battery", &h));
        assert!(!verify_password("correct horse batterY", &h));
        assert_ne!(h, hash_password("correct horse battery").unwrap(), "salted");
        for bad in [
            "",
            "argon2id$v=19$m=19456,t=2,p=1$00$00",
            "argon2i$v=19$m=19456,t=2,p=1$00000000000000000000000000000000$00",
            // Parameters a tampered row could use to make a sign-in hang.
            &h.replace("m=19456", "m=4194304"),
            &h.replace("t=2", "t=1000"),
        ] {
            assert!(!verify_password("correct horse battery", bad), "{bad}");
        }
    }

    #[test]
    fn keys_from_files() {
        // The environment's key beats every file: nothing to test then.
        if std::env::var_os(KEY_ENV).is_some() {
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("k");
        std::fs::write(&f, format!("{}\n", "ab".repeat(32))).unwrap();
        let k = Key::resolve("postgres://x@localhost/db", Some(&f)).unwrap();
        assert_eq!(k.to_hex(), "ab".repeat(32));
        std::fs::write(&f, "not a key").unwrap();
        let e = Key::resolve("postgres://x@localhost/db", Some(&f)).unwrap_err();
        assert_eq!(e.code, "invalid_key");
        // SQLite: created beside the database, then read back the same.
        let db = format!("sqlite:{}", dir.path().join("t.db").display());
        let first = Key::resolve(&db, None).unwrap();
        assert_eq!(Key::resolve(&db, None).unwrap().to_hex(), first.to_hex());
        assert_eq!(
            Key::resolve("mysql://x", None).unwrap_err().code,
            "invalid_url"
        );
    }
}
