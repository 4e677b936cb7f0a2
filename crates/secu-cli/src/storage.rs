//! Safe writes of case files: the new content goes to a temporary file in the
//! same folder, is flushed and fsynced, then renamed over the old file, and the
//! folder is fsynced. An advisory lock on a sidecar lock file (which holds no
//! personal data) serialises concurrent writers: a lock on the case file itself
//! would be lost when the file is renamed over.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The steps of an atomic write, for crash-simulation tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum WriteStep {
    /// Creating the temporary file.
    CreateTemp,
    /// Writing the first half of the bytes.
    WriteHalf,
    /// Writing the rest.
    WriteRest,
    /// fsync of the temporary file.
    SyncFile,
    /// Renaming it over the case file.
    Rename,
    /// fsync of the folder.
    SyncDir,
}

impl WriteStep {
    #[cfg(test)]
    pub(crate) const ALL: [WriteStep; 6] = [
        Self::CreateTemp,
        Self::WriteHalf,
        Self::WriteRest,
        Self::SyncFile,
        Self::Rename,
        Self::SyncDir,
    ];
}

/// The sidecar lock file of a case file: `.NAME.lock` in the same folder.
pub(crate) fn lock_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.lock"))
}

/// An exclusive advisory lock on a case file, held until dropped.
pub(crate) struct CaseLock {
    _file: File,
}

/// Takes the exclusive lock of `path` (waits for other writers).
pub(crate) fn lock(path: &Path) -> io::Result<CaseLock> {
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(lock_path(path))?;
    file.lock()?;
    Ok(CaseLock { _file: file })
}

/// Writes `bytes` to `path` atomically: afterwards the file holds either the
/// old content or the new one, never a mix.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_until(path, bytes, None)
}

/// [`write_atomic`], stopping (as a crash would) just before `crash_before`.
pub(crate) fn write_atomic_until(
    path: &Path,
    bytes: &[u8],
    crash_before: Option<WriteStep>,
) -> io::Result<()> {
    let crash = |step: WriteStep| crash_before == Some(step);
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if crash(WriteStep::CreateTemp) {
        return Ok(());
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".secu-case-")
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    let half = bytes.len() / 2;
    if crash(WriteStep::WriteHalf) {
        return keep_for_test(tmp);
    }
    tmp.write_all(&bytes[..half])?;
    if crash(WriteStep::WriteRest) {
        return keep_for_test(tmp);
    }
    tmp.write_all(&bytes[half..])?;
    tmp.flush()?;
    if crash(WriteStep::SyncFile) {
        return keep_for_test(tmp);
    }
    tmp.as_file().sync_all()?;
    if crash(WriteStep::Rename) {
        return keep_for_test(tmp);
    }
    tmp.persist(path).map_err(|e| e.error)?;
    if crash(WriteStep::SyncDir) {
        return Ok(());
    }
    // The rename is durable once the folder is synced.
    if let Ok(d) = File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// A simulated crash leaves the temporary file behind, as a real one would.
fn keep_for_test(tmp: tempfile::NamedTempFile) -> io::Result<()> {
    tmp.keep().map(|_| ()).map_err(|e| e.error)
}

/// Reads a file up to the input size limit, naming it in the error.
pub(crate) fn read(path: &Path) -> Result<Vec<u8>, crate::Failure> {
    let name = path.display().to_string();
    let file = fs::File::open(path).map_err(|e| crate::input::io_failure(&name, &e))?;
    crate::input::read_from(file, &name, crate::input::limit())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Crash at every step: the file on disk is always the old or the new
    /// content, never a mix, and a later write still succeeds.
    #[test]
    fn crash_at_every_step_leaves_old_or_new() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("case.json");
        let old = b"{\"format\":\"secu.case.v1\",\"old\":true}\n".to_vec();
        let new = format!(
            "{{\"format\":\"secu.case.v1\",\"new\":\"{}\"}}\n",
            "x".repeat(10_000)
        )
        .into_bytes();
        for step in WriteStep::ALL {
            fs::write(&path, &old).expect("old");
            write_atomic_until(&path, &new, Some(step)).expect("simulated crash");
            let on_disk = fs::read(&path).expect("readable");
            let expect_new = step >= WriteStep::SyncDir;
            assert!(
                on_disk == old || on_disk == new,
                "{step:?}: a mix of old and new"
            );
            assert_eq!(on_disk == new, expect_new, "{step:?}");
            write_atomic(&path, &new).expect("recovers");
            assert_eq!(fs::read(&path).expect("readable"), new);
        }
    }

    #[test]
    fn the_lock_is_a_sidecar() {
        let p = Path::new("/tmp/x/family.case.json");
        assert_eq!(lock_path(p), Path::new("/tmp/x/.family.case.json.lock"));
    }
}
