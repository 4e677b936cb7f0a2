//! Bounded reading of every input (issue 10, item 2): a household (`assess`),
//! a case file, a household or member file given to `case new` or `case
//! record --file`. Nothing is read past the limit, so `secu assess /dev/zero`
//! or an endless standard input ends with exit 2 in bounded memory instead of
//! growing until the kernel kills the process.
//!
//! The limit is [`DEFAULT_LIMIT`] bytes unless `--max-input-bytes N` raises
//! (or lowers) it for the run; it is documented in the README ("Limits").

use std::io::{self, Read};
use std::path::Path;
use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};

use secu::Lang;
use secu::error::ErrText;
use secu::text::T;

use crate::Failure;

/// Default size limit of one input: 16 MiB, about a thousand times the size
/// of a large household and room for tens of thousands of case events.
pub(crate) const DEFAULT_LIMIT: u64 = 16 * 1024 * 1024;

static LIMIT: AtomicU64 = AtomicU64::new(DEFAULT_LIMIT);
static LANG: AtomicU8 = AtomicU8::new(0);

/// Sets the size limit of every input read in this run (`--max-input-bytes`).
pub(crate) fn set_limit(bytes: u64) {
    LIMIT.store(bytes, Ordering::Relaxed);
}

/// The size limit of one input, in bytes.
pub(crate) fn limit() -> u64 {
    LIMIT.load(Ordering::Relaxed)
}

/// Whether the run is in the tests' pseudo-locale (`SECU_PSEUDO_LOCALE`):
/// every language is then the pseudo-locale, whatever `--lang` says.
static PSEUDO: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The tests' hook (docs/l10n.md, "How the tests check it"): with
/// `SECU_PSEUDO_LOCALE` set and not empty, every text of the run is in the
/// pseudo-locale (`en-XA`, built from the embedded English resource), so a
/// plain English word in the output is a text that bypassed the resources.
pub(crate) fn pseudo_from_env() {
    if std::env::var_os("SECU_PSEUDO_LOCALE").is_some_and(|v| !v.is_empty())
        && secu::l10n::add_pseudo().is_ok()
    {
        PSEUDO.store(true, Ordering::Relaxed);
    }
}

/// Whether the run is in the pseudo-locale.
pub(crate) fn pseudo() -> bool {
    PSEUDO.load(Ordering::Relaxed)
}

/// Sets the language of the messages the program writes itself (`--lang`).
pub(crate) fn set_lang(lang: Lang) {
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    LANG.store(u8::try_from(i).unwrap_or(0), Ordering::Relaxed);
}

/// The language of the messages the program writes itself.
pub(crate) fn lang() -> Lang {
    if pseudo() {
        return Lang::Pseudo;
    }
    Lang::ALL
        .get(usize::from(LANG.load(Ordering::Relaxed)))
        .copied()
        .unwrap_or_default()
}

/// A message of the program's own, in the run's language.
pub(crate) fn say(text: &ErrText) -> String {
    text.render(lang())
}

/// How an input is named in messages: its path, or "standard input".
pub(crate) fn name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        say(&ErrText::new(T::ErrStandardInput))
    } else {
        path.display().to_string()
    }
}

/// Reads `path` (`-` = standard input) up to the limit: exit 2 with
/// `PATH: MESSAGE` past it, exit 1 naming the file on an I/O error.
pub(crate) fn read(path: &Path) -> Result<Vec<u8>, Failure> {
    let name = name(path);
    if path.as_os_str() == "-" {
        read_from(io::stdin().lock(), &name, limit())
    } else {
        read_file(path)
    }
}

/// Reads the file at `path` (never standard input) up to the limit.
pub(crate) fn read_file(path: &Path) -> Result<Vec<u8>, Failure> {
    let name = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| io_failure(&name, &e))?;
    read_from(file, &name, limit())
}

/// Reads at most `limit` bytes from `reader`: one byte more is read to tell
/// "exactly at the limit" from "past it", never more.
pub(crate) fn read_from(reader: impl Read, name: &str, limit: u64) -> Result<Vec<u8>, Failure> {
    let mut buf = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut buf)
        .map_err(|e| io_failure(name, &e))?;
    if buf.len() as u64 > limit {
        return Err(too_large(name, limit));
    }
    // Every input is JSON, where a UTF-8 byte order mark means nothing (RFC
    // 8259 §8.1 lets a reader ignore it): some editors write one, and it
    // must not turn a case file into "malformed JSON at line 1 column 1".
    if buf.starts_with(BOM) {
        buf.drain(..BOM.len());
    }
    Ok(buf)
}

/// The UTF-8 byte order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The refusal of an input past the limit (exit 2).
pub(crate) fn too_large(name: &str, limit: u64) -> Failure {
    let text = ErrText::new(T::ErrInputTooLarge).arg(limit.to_string());
    Failure::Invalid(vec![format!("{name}: {}", say(&text))])
}

/// An I/O error naming the file (exit 1).
pub(crate) fn io_failure(name: &str, e: &io::Error) -> Failure {
    Failure::Other(format!("{name}: {}", io_reason(e)))
}

/// Why an I/O operation failed, in the run's language for the usual
/// reasons (a missing file, a refused access, a folder); the system's own
/// words otherwise.
pub(crate) fn io_reason(e: &io::Error) -> String {
    let key = match e.kind() {
        io::ErrorKind::NotFound => T::ErrIoNotFound,
        io::ErrorKind::PermissionDenied => T::ErrIoPermissionDenied,
        io::ErrorKind::IsADirectory => T::ErrIoIsADirectory,
        _ => return e.to_string(),
    };
    key.get(lang()).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_up_to_the_limit_and_refuses_past_it() {
        let ok = read_from(&b"12345"[..], "x", 5).ok();
        assert_eq!(ok.as_deref(), Some(&b"12345"[..]));
        match read_from(io::repeat(b'a'), "endless", 1000) {
            Err(Failure::Invalid(lines)) => {
                assert_eq!(lines.len(), 1);
                assert!(lines[0].starts_with("endless: "), "{lines:?}");
                assert!(lines[0].contains("1000"), "{lines:?}");
            }
            _ => panic!("an endless input is refused"),
        }
    }
}
