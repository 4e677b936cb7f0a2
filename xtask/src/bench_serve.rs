//! `cargo xtask bench-serve`: `secu serve` (release) driven by `oha` (from
//! crates.io, installed with `cargo install oha --locked` when missing) on
//! this machine — the load generator and the server share its cores, which
//! the figures include. Beside each HTTP figure, the in-process one (the same
//! work without HTTP), so the HTTP overhead is visible.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

/// Seconds each oha run lasts.
const SECONDS: u32 = 10;
/// Connections, as the targets.
const CONNECTIONS: u32 = 32;
/// Households of the batch comparison.
const BATCH_HOUSEHOLDS: u64 = 20_000;

pub(crate) fn run(root: &Path, target: &Path) -> Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    if Command::new("oha").arg("--version").output().is_err() {
        println!("oha missing: cargo install oha --locked (this takes minutes)");
        let ok = Command::new(&cargo)
            .args(["install", "oha", "--locked"])
            .status()?;
        if !ok.success() {
            bail!("cargo install oha --locked failed");
        }
    }
    let ok = Command::new(&cargo)
        .args(["build", "--release", "--quiet", "-p", "secu-cli"])
        .current_dir(root)
        .status()?;
    if !ok.success() {
        bail!("cargo build --release -p secu-cli failed");
    }
    let secu = target.join("release").join("secu");
    let dir = target.join("xtask-bench-serve");
    std::fs::create_dir_all(&dir)?;

    // One 4-member household (the generator's first) and a batch input.
    let batch_in = dir.join("households.jsonl");
    crate::households::write(BATCH_HOUSEHOLDS, 7, 0.0, Some(&batch_in))?;
    let text = std::fs::read_to_string(&batch_in)?;
    let one = text.lines().next().context("no household")?.to_owned();
    let one_file = dir.join("household.json");
    std::fs::write(&one_file, &one)?;

    // In process: parse + assess + serialise, one thread.
    for (detail, name) in [(secu::Detail::Codes, "codes"), (secu::Detail::Full, "full")] {
        let n = 20_000u32;
        let start = Instant::now();
        for _ in 0..n {
            let h = secu::parse_household(one.as_bytes()).map_err(|e| anyhow::anyhow!("{e}"))?;
            let as_of = h.as_of.unwrap_or_else(|| {
                chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or_default()
            });
            let a = secu::assess(&h, &secu::Options::default().with_as_of(as_of))
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            let v = serde_json::to_vec(&secu::codes::AtDetail::new(&a, detail))?;
            std::hint::black_box(v);
        }
        let per = start.elapsed() / n;
        println!(
            "in process, detail={name}: {:.1} µs per household (parse + assess + serialise, 1 thread: {:.0}/s per core)",
            per.as_secs_f64() * 1e6,
            1.0 / per.as_secs_f64()
        );
    }

    // The server.
    let mut child = Command::new(&secu)
        .args(["serve", "--listen", "127.0.0.1:0", "--max-queue", "4096"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .context("starting secu serve")?;
    let stderr = child.stderr.take().context("stderr")?;
    let mut lines = BufReader::new(stderr).lines();
    let addr: SocketAddr = loop {
        let line = lines.next().context("secu serve ended")??;
        let v: serde_json::Value = serde_json::from_str(&line).unwrap_or_default();
        if let Some(a) = v["fields"]["listening"].as_str() {
            break a.parse()?;
        }
    };
    // The access log is drained so the server never blocks on it.
    std::thread::spawn(move || for _ in lines {});

    let result = (|| -> Result<()> {
        for detail in ["codes", "full"] {
            let url = format!("http://{addr}/v1/assess?detail={detail}");
            let out = Command::new("oha")
                .args([
                    "--no-tui",
                    "--output-format",
                    "json",
                    "-z",
                    &format!("{SECONDS}s"),
                    "-c",
                    &CONNECTIONS.to_string(),
                ])
                .args(["-m", "POST", "-T", "application/json", "-D"])
                .arg(&one_file)
                .arg(&url)
                .output()
                .context("running oha")?;
            let v: serde_json::Value = serde_json::from_slice(&out.stdout)
                .with_context(|| format!("oha output: {}", String::from_utf8_lossy(&out.stderr)))?;
            println!(
                "POST /v1/assess?detail={detail}, {CONNECTIONS} connections, {SECONDS} s: {:.0} requests/s, p50 {:.2} ms, p99 {:.2} ms, success rate {}",
                v["summary"]["requestsPerSec"].as_f64().unwrap_or(0.0),
                v["latencyPercentiles"]["p50"].as_f64().unwrap_or(0.0) * 1e3,
                v["latencyPercentiles"]["p99"].as_f64().unwrap_or(0.0) * 1e3,
                v["summary"]["successRate"],
            );
        }
        // Batch: the same input through HTTP and through `secu batch`.
        let body = std::fs::read(&batch_in)?;
        let start = Instant::now();
        let mut s = TcpStream::connect(addr)?;
        s.set_read_timeout(Some(Duration::from_secs(600)))?;
        write!(
            s,
            "POST /v1/batch HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/x-ndjson\r\nContent-Length: {}\r\n\r\n",
            body.len()
        )?;
        let mut reader = s.try_clone()?;
        let sender = std::thread::spawn(move || s.write_all(&body));
        let mut sink = Vec::new();
        reader.read_to_end(&mut sink)?;
        sender
            .join()
            .map_err(|_| anyhow::anyhow!("sender panicked"))??;
        let http = start.elapsed();
        let start = Instant::now();
        let ok = Command::new(&secu)
            .args(["batch"])
            .arg(&batch_in)
            .args(["-o", "/dev/null"])
            .stderr(Stdio::null())
            .status()?;
        let cli = start.elapsed();
        if !ok.success() {
            bail!("secu batch failed");
        }
        println!(
            "batch of {BATCH_HOUSEHOLDS} households: POST /v1/batch {:.2} s ({:.0}/s, {} MB out), secu batch {:.2} s: ratio {:.2}",
            http.as_secs_f64(),
            BATCH_HOUSEHOLDS as f64 / http.as_secs_f64(),
            sink.len() >> 20,
            cli.as_secs_f64(),
            http.as_secs_f64() / cli.as_secs_f64()
        );
        Ok(())
    })();
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let _ = child.wait();
    println!("note: oha and the server share this machine's cores");
    result
}
