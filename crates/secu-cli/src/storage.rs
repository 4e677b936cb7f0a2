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

/// The real file behind `path`: symbolic links followed (also a dangling
/// one, for a file about to be created), the folder canonicalised. Lock,
/// read and write this path, so that a link stays a link and every writer
/// locks the same lock file whichever name it was given.
pub(crate) fn resolve(path: &Path) -> io::Result<PathBuf> {
    let mut p = path.to_path_buf();
    // At most 40 links, as the kernel (ELOOP).
    for _ in 0..40 {
        match fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = fs::read_link(&p)?;
                p = match p.parent() {
                    Some(dir) => dir.join(target),
                    None => target,
                };
            }
            _ => {
                let name = p.file_name().ok_or_else(|| {
                    io::Error::new(io::ErrorKind::InvalidInput, "not a file name")
                })?;
                let dir = match p.parent() {
                    Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
                    _ => PathBuf::from("."),
                };
                return Ok(fs::canonicalize(dir)?.join(name));
            }
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
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
    remove_stale_temps(path, &dir);
    let prefix = temp_prefix(path);
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    // The temporary file holds the whole household's personal data: readable
    // by the owner only (also the mode of the case file once renamed).
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o600));
    let mut tmp = builder.tempfile_in(&dir)?;
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

/// The name temporary files of a case file start with: `.NAME.tmp-`, so that
/// the ones a killed write left behind can be told from other cases'.
fn temp_prefix(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!(".{name}.tmp-")
}

/// Removes the temporary files a killed write of this case left behind.
/// Called under the case's lock: no other write of the case is under way,
/// so every one of them is stale. Best effort: a file that cannot be
/// removed does not stop the write.
fn remove_stale_temps(path: &Path, dir: &Path) {
    let prefix = temp_prefix(path);
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&prefix) && name.ends_with(".tmp") {
            let _ = fs::remove_file(e.path());
        }
    }
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

    /// A killed write leaves a temporary file readable by the owner only,
    /// and the next write of that case removes it (not another case's).
    #[cfg(unix)]
    #[test]
    fn temporary_files_are_private_and_cleaned_up() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("case.json");
        let other = dir.path().join("other.json");
        let temps = |d: &Path| -> Vec<PathBuf> {
            let mut v: Vec<PathBuf> = fs::read_dir(d)
                .expect("dir")
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.to_string_lossy().ends_with(".tmp"))
                .collect();
            v.sort();
            v
        };
        write_atomic_until(&path, b"{}", Some(WriteStep::Rename)).expect("crash");
        write_atomic_until(&other, b"{}", Some(WriteStep::Rename)).expect("crash");
        let left = temps(dir.path());
        assert_eq!(left.len(), 2, "{left:?}");
        for t in &left {
            let mode = fs::metadata(t).expect("meta").permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{}", t.display());
        }
        write_atomic(&path, b"{\"new\":1}").expect("write");
        let left = temps(dir.path());
        assert_eq!(left.len(), 1, "{left:?}");
        assert!(
            left[0]
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(".other.json.tmp-")),
            "{left:?}"
        );
        let mode = fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_resolves_to_its_target() {
        let dir = tempfile::tempdir().expect("tempdir");
        let real = dir.path().join("real.json");
        fs::write(&real, b"{}").expect("real");
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink("real.json", &link).expect("link");
        let canon = fs::canonicalize(&real).expect("canon");
        assert_eq!(resolve(&link).expect("resolves"), canon);
        assert_eq!(resolve(&real).expect("resolves"), canon);
        // A file about to be created, through a dangling link.
        let dangling = dir.path().join("new-link.json");
        std::os::unix::fs::symlink("new.json", &dangling).expect("link");
        assert_eq!(
            resolve(&dangling).expect("resolves"),
            fs::canonicalize(dir.path()).expect("dir").join("new.json")
        );
    }

    #[test]
    fn the_lock_is_a_sidecar() {
        let p = Path::new("/tmp/x/family.case.json");
        assert_eq!(lock_path(p), Path::new("/tmp/x/.family.case.json.lock"));
    }
}
