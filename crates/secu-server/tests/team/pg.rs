//! A throwaway PostgreSQL cluster for the store tests (../shared/toolchain.md,
//! "PostgreSQL for tests"): `initdb` into a temporary folder, the server on a
//! Unix socket there and no TCP listener, run as the `postgres` user when the
//! tests run as root (PostgreSQL refuses root), stopped and removed by the
//! guard's `Drop`, so also when a test panics.

use std::path::PathBuf;
use std::process::Command;

/// A running cluster; stopped and deleted on drop.
pub struct Pg {
    dir: PathBuf,
    bin: PathBuf,
    as_postgres: bool,
}

/// The newest `/usr/lib/postgresql/*/bin` with an `initdb`.
fn bin_dir() -> Option<PathBuf> {
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|e| {
            let v: u32 = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").exists().then_some((v, bin))
        })
        .collect();
    found.sort();
    found.pop().map(|(_, b)| b)
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

impl Pg {
    /// Starts a cluster. `None` (with a message on stderr) when PostgreSQL is
    /// not installed and `CI` is not set; under `CI` a missing PostgreSQL
    /// fails the test: CI installs it (`cargo xtask ci`).
    pub fn start() -> Option<Pg> {
        let Some(bin) = bin_dir() else {
            assert!(
                std::env::var_os("CI").is_none(),
                "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb) and CI is set: `cargo xtask ci` installs it"
            );
            eprintln!(
                "SKIPPED: the PostgreSQL half of the store tests: PostgreSQL is not installed (apt-get install postgresql)"
            );
            return None;
        };
        let as_postgres = is_root();
        let dir = std::env::temp_dir().join(format!(
            "secu-pg-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos())
        ));
        std::fs::create_dir_all(&dir).expect("temporary folder");
        if as_postgres {
            let ok = Command::new("chown")
                .arg("postgres")
                .arg(&dir)
                .status()
                .is_ok_and(|s| s.success());
            assert!(ok, "chown postgres {}", dir.display());
        }
        // The guard exists from here: a failed start still cleans up.
        let pg = Pg {
            dir,
            bin,
            as_postgres,
        };
        let data = pg.dir.join("data");
        pg.run(&format!(
            "{} -D {} -A trust -U secu --no-sync -E UTF8",
            pg.bin.join("initdb").display(),
            data.display()
        ));
        // fsync=off: a throwaway cluster need not survive a power loss;
        // `SECU_PG_FSYNC=on` (`cargo xtask bench-team --pg-fsync`) measures
        // the cluster as a firm runs it.
        let fsync = if std::env::var("SECU_PG_FSYNC").is_ok_and(|v| v == "on") {
            "on"
        } else {
            "off"
        };
        pg.run(&format!(
            "{} -D {} -o \"-k {} -c listen_addresses='' -c fsync={fsync}\" -l {} -w start",
            pg.bin.join("pg_ctl").display(),
            data.display(),
            pg.dir.display(),
            pg.dir.join("log").display()
        ));
        Some(pg)
    }

    fn run(&self, cmd: &str) {
        let out = if self.as_postgres {
            Command::new("su")
                .args(["postgres", "-s", "/bin/sh", "-c", cmd])
                .output()
        } else {
            Command::new("sh").args(["-c", cmd]).output()
        }
        .expect("run a PostgreSQL tool");
        assert!(
            out.status.success(),
            "{cmd}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// The URL of database `db` of the cluster.
    pub fn url(&self, db: &str) -> String {
        format!("postgres://secu@localhost/{db}?host={}", self.dir.display())
    }
}

impl Drop for Pg {
    fn drop(&mut self) {
        let cmd = format!(
            "{} -D {} -m immediate -w stop",
            self.bin.join("pg_ctl").display(),
            self.dir.join("data").display()
        );
        let _ = if self.as_postgres {
            Command::new("su")
                .args(["postgres", "-s", "/bin/sh", "-c", &cmd])
                .output()
        } else {
            Command::new("sh").args(["-c", &cmd]).output()
        };
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
