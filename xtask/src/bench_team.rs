//! `cargo xtask bench-team [N]`: the team service's speed goals (issue 16)
//! measured on this machine in the release profile: the release `secu
//! serve --db` on loopback, over SQLite in a temporary folder and over
//! PostgreSQL in a throwaway cluster (when `initdb` is installed), loaded
//! with N cases (default 10,000) of the 4-member example with 20 events
//! each, the load's writes then flushed (PostgreSQL `CHECKPOINT`, `sync`);
//! then `GET /v1/cases` (the admin's whole portfolio asked as soon as
//! a first server listens, meeting its listing cache's warm-up; the warm-up
//! of a second server, time and CPU; then on that one the first request,
//! then min, median, p99 and max of
//! 100 requests, `filter=all`
//! and `filter=blocked`, as admin and as a client HR), an event recorded by
//! 32 concurrent writers on distinct cases, each on a connection kept
//! alive (p50, p99 of 2,048 events; the CPU time the server and the load
//! generator used per event) in a
//! closed loop (the figure: at saturation, mostly queueing) and at
//! a fixed pace (open loop: one event per 50 ms each, 640/s asked; p50, p99
//! and the rate achieved) and the database size per case. The measurements are the ignored
//! `bench_team_*` tests of `secu-server` (tests/team/bench.rs), which load
//! the cases through the store and start the binary. The PostgreSQL
//! cluster runs with `fsync=off` (as in the tests) unless `--pg-fsync`
//! (`SECU_PG_FSYNC=on` for the tests): a firm's database syncs its commits.

use std::path::Path;
use std::process::Command;

use anyhow::{Result, bail};

pub(crate) fn run(root: &Path, target: &Path, cases: u64, pg_fsync: bool) -> Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let ok = Command::new(&cargo)
        .args(["build", "--release", "--quiet", "-p", "secu-cli"])
        .current_dir(root)
        .status()?;
    if !ok.success() {
        bail!("cargo build --release -p secu-cli failed");
    }
    // A copy of its own: the target directory may be shared, and another
    // build may replace `release/secu` while the measurement runs.
    let dir = target.join("xtask-bench-team");
    std::fs::create_dir_all(&dir)?;
    let secu = dir.join("secu");
    std::fs::copy(target.join("release").join("secu"), &secu)?;
    let uptime = || {
        Command::new("uptime")
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
            .unwrap_or_default()
    };
    println!(
        "bench-team: {cases} cases, PostgreSQL fsync={}; {}",
        if pg_fsync { "on" } else { "off" },
        uptime()
    );
    let ok = Command::new(&cargo)
        .args([
            "test",
            "--release",
            "--quiet",
            "-p",
            "secu-server",
            "--test",
            "it",
            "bench_team",
            "--",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("SECU_BENCH_BIN", &secu)
        .env("SECU_BENCH_CASES", cases.to_string())
        .env("SECU_PG_FSYNC", if pg_fsync { "on" } else { "off" })
        .current_dir(root)
        .status()?;
    println!("bench-team: done; {}", uptime());
    if !ok.success() {
        bail!("the bench_team measurements failed");
    }
    Ok(())
}
