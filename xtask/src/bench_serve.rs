//! `cargo xtask bench-serve`: `secu serve` (release) driven by `oha` (from
//! crates.io, installed with `cargo install oha --locked` when missing) on
//! this machine — the load generator and the server share its cores, which
//! the figures include. Beside each HTTP figure, the in-process one (the same
//! work without HTTP), so the HTTP overhead is visible, and the CPU time the
//! server and oha each spent per request (from /proc: less sensitive to other
//! load on the machine than requests/s, and their sum bounds the rate on 2
//! cores). `GET /healthz` gives the ceiling of the HTTP stack with oha.
//! Each assess run twice: as oha does by default (`Accept-Encoding: gzip,
//! compress, deflate, br`, so the server compresses) and without compression
//! (`--disable-compression`: what a client on the same network would ask).
//! It ends with a verdict on issue 15's goals, each judged twice: on what
//! was measured (requests/s, time ratio), which moves by ±40 % with other
//! work on a shared 2-core machine, and on the CPU time spent per request
//! (2 cores over the server's + oha's) or per batch (the server's + its
//! client's against `secu batch`'s), which moves far less; with the load
//! average before the run.

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

    inline_bound(root, &one)?;

    // The load of the machine before the server starts, for the verdict.
    let load = std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default();

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
        let healthz = format!("http://{addr}/healthz");
        oha_run(&healthz, None, true, child.id(), "GET /healthz")?;
        let mut verdicts = Vec::new();
        for detail in ["codes", "full"] {
            let url = format!("http://{addr}/v1/assess?detail={detail}");
            for gzip in [true, false] {
                let name = format!(
                    "POST /v1/assess?detail={detail} ({})",
                    if gzip { "gzip" } else { "identity" }
                );
                let run = oha_run(&url, Some(&one_file), gzip, child.id(), &name)?;
                // Issue 15's goals, with gzip as oha asks: codes ≥ 15,000/s
                // and p99 ≤ 10 ms, full ≥ 5,000/s.
                if gzip {
                    let goal = if detail == "codes" { 15_000.0 } else { 5_000.0 };
                    verdicts.push(format!(
                        "{name}: goal ≥ {goal:.0}/s{}: measured {:.0}/s ({}); the CPU per request allows {:.0}/s on 2 cores ({}){}",
                        if detail == "codes" { ", p99 ≤ 10 ms" } else { "" },
                        run.rate,
                        met(run.rate >= goal && (detail != "codes" || run.p99_ms <= 10.0)),
                        run.capacity(),
                        met(run.capacity() >= goal),
                        if detail == "codes" {
                            format!(", p99 {:.1} ms", run.p99_ms)
                        } else {
                            String::new()
                        }
                    ));
                }
            }
        }
        // Batch: the same input through HTTP and through `secu batch`, in
        // alternation (3 rounds), both outputs read and dropped (the client
        // keeps no copy, as `secu batch -o /dev/null`); with the CPU time of
        // the server, and of `secu batch`.
        let body = std::fs::read(&batch_in)?;
        let mut ratios = Vec::new();
        let mut cpu_ratios = Vec::new();
        for round in 1..=3 {
            let server_before = cpu_of(&format!("/proc/{}/stat", child.id()), false)?;
            // The client is this process (idle but for it meanwhile).
            let client_before = cpu_of("/proc/self/stat", false)?;
            let start = Instant::now();
            let out_bytes = batch_http(addr, body.clone())?;
            let http = start.elapsed();
            let client_cpu = cpu_of("/proc/self/stat", false)? - client_before;
            let server_cpu = cpu_of(&format!("/proc/{}/stat", child.id()), false)? - server_before;
            let start = Instant::now();
            let out = Command::new("sh")
                .args([
                    "-c",
                    "\"$@\" >/dev/null 2>&1; s=$?; cat /proc/$$/stat; exit $s",
                    "sh",
                ])
                .arg(&secu)
                .arg("batch")
                .arg(&batch_in)
                .args(["-o", "/dev/null"])
                .output()?;
            let cli = start.elapsed();
            if !out.status.success() {
                bail!("secu batch failed");
            }
            let cli_cpu = stat_cpu(&String::from_utf8_lossy(&out.stdout), true)?;
            ratios.push(http.as_secs_f64() / cli.as_secs_f64());
            // What the machine's cores must do for each: the server and its
            // client, against `secu batch`.
            let cpu_ratio =
                (server_cpu + client_cpu).as_secs_f64() / cli_cpu.as_secs_f64().max(1e-3);
            cpu_ratios.push(cpu_ratio);
            println!(
                "batch of {BATCH_HOUSEHOLDS} households, round {round}: POST /v1/batch {:.2} s ({:.0}/s, {} MB out, CPU: server {:.2} s + client {:.2} s), secu batch {:.2} s (CPU {:.2} s): ratio {:.2}, CPU ratio {cpu_ratio:.2}",
                http.as_secs_f64(),
                BATCH_HOUSEHOLDS as f64 / http.as_secs_f64(),
                out_bytes >> 20,
                server_cpu.as_secs_f64(),
                client_cpu.as_secs_f64(),
                cli.as_secs_f64(),
                cli_cpu.as_secs_f64(),
                http.as_secs_f64() / cli.as_secs_f64()
            );
        }
        ratios.sort_by(f64::total_cmp);
        cpu_ratios.sort_by(f64::total_cmp);
        println!(
            "batch: median ratio {:.2}, median CPU ratio {:.2}",
            ratios[1], cpu_ratios[1]
        );
        verdicts.push(format!(
            "POST /v1/batch against secu batch: goal ≤ 1.5×: measured {:.2}× in time ({}), {:.2}× in CPU, server and client against secu batch ({})",
            ratios[1],
            met(ratios[1] <= 1.5),
            cpu_ratios[1],
            met(cpu_ratios[1] <= 1.5)
        ));
        println!("verdict (load average before: {load}):");
        for v in verdicts {
            println!("  {v}");
        }
        Ok(())
    })();
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let _ = child.wait();
    println!("note: oha and the server share this machine's cores");
    result
}

/// One oha run: its rate and latencies, and the CPU time the server and oha
/// each spent per request.
fn oha_run(url: &str, body: Option<&Path>, gzip: bool, server: u32, name: &str) -> Result<Run> {
    let server_before = cpu_of(&format!("/proc/{server}/stat"), false)?;
    // oha runs under a shell that reports, once oha is waited for, its
    // children's CPU time (/proc/self/stat's cutime and cstime).
    let mut cmd = Command::new("sh");
    cmd.args([
        "-c",
        "oha \"$@\"; s=$?; cat /proc/$$/stat >&2; exit $s",
        "sh",
        "--no-tui",
        "--output-format",
        "json",
        "-z",
        &format!("{SECONDS}s"),
        "-c",
        &CONNECTIONS.to_string(),
    ]);
    if !gzip {
        cmd.arg("--disable-compression");
    }
    if let Some(file) = body {
        cmd.args(["-m", "POST", "-T", "application/json", "-D"])
            .arg(file);
    }
    let out = cmd.arg(url).output().context("running oha")?;
    let server_cpu = cpu_of(&format!("/proc/{server}/stat"), false)? - server_before;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let oha_cpu = stat_cpu(stderr.lines().last().unwrap_or_default(), true)?;
    let v: serde_json::Value =
        serde_json::from_slice(&out.stdout).with_context(|| format!("oha output: {stderr}"))?;
    let rate = v["summary"]["requestsPerSec"].as_f64().unwrap_or(0.0);
    let requests = (rate * f64::from(SECONDS)).max(1.0);
    let per = |d: Duration| d.as_secs_f64() * 1e6 / requests;
    let run = Run {
        rate,
        p99_ms: v["latencyPercentiles"]["p99"].as_f64().unwrap_or(0.0) * 1e3,
        server_us: per(server_cpu),
        oha_us: per(oha_cpu),
    };
    println!(
        "{name}, {CONNECTIONS} connections, {SECONDS} s: {rate:.0} requests/s, p50 {:.2} ms, p99 {:.2} ms, success rate {}; CPU per request: server {:.1} µs, oha {:.1} µs (2 cores over their sum: {:.0}/s)",
        v["latencyPercentiles"]["p50"].as_f64().unwrap_or(0.0) * 1e3,
        run.p99_ms,
        v["summary"]["successRate"],
        run.server_us,
        run.oha_us,
        run.capacity(),
    );
    Ok(run)
}

/// What one oha run measured.
struct Run {
    /// Requests per second.
    rate: f64,
    /// 99th percentile latency, in milliseconds.
    p99_ms: f64,
    /// CPU time of the server per request, in µs (from /proc).
    server_us: f64,
    /// CPU time of oha per request, in µs.
    oha_us: f64,
}

impl Run {
    /// The rate the machine's 2 cores allow the server and oha together, at
    /// the CPU time each spent per request: unlike the rate measured, it
    /// hardly moves with other work on a shared machine (which takes cores,
    /// not CPU time per request).
    fn capacity(&self) -> f64 {
        2e6 / (self.server_us + self.oha_us)
    }
}

fn met(ok: bool) -> &'static str {
    if ok { "met" } else { "NOT met" }
}

/// User + system CPU time from a /proc/PID/stat file.
fn cpu_of(path: &str, children: bool) -> Result<Duration> {
    stat_cpu(&std::fs::read_to_string(path)?, children)
}

/// User + system CPU time of a /proc/PID/stat line: the process's own
/// (fields 14 and 15), or that of its waited-for children (16 and 17).
fn stat_cpu(line: &str, children: bool) -> Result<Duration> {
    // Fields after the command name (which may hold spaces), from field 3.
    let rest = line.rsplit_once(')').context("not a /proc stat line")?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let at = if children { 13 } else { 11 };
    let ticks: u64 = fields
        .get(at)
        .zip(fields.get(at + 1))
        .and_then(|(u, s)| Some(u.parse::<u64>().ok()? + s.parse::<u64>().ok()?))
        .context("no CPU times in the /proc stat line")?;
    // Linux reports these in USER_HZ, 100 per second on every architecture it runs on.
    Ok(Duration::from_millis(ticks * 10))
}

/// `secu serve` assesses a body within `INLINE_MAX_BYTES` and
/// `INLINE_MAX_VALUES` (crates/secu-server/src/api.rs) on its reactor thread.
/// Times the slowest households within both, in process (parse + assess +
/// serialise or the errors' text, codes and full): the bench household with
/// as many more members as fit, valid and invalid. Fails when one takes over
/// 3.5 times the bench household itself (~50 µs on a quiet machine; a ratio,
/// so that load on the machine does not decide).
fn inline_bound(root: &Path, one: &str) -> Result<()> {
    let src = std::fs::read_to_string(root.join("crates/secu-server/src/api.rs"))?;
    let constant = |name: &str| -> Result<usize> {
        let prefix = format!("pub(crate) const {name}: usize = ");
        src.lines()
            .find_map(|l| l.trim().strip_prefix(prefix.as_str()))
            .and_then(|v| v.trim_end_matches(';').parse().ok())
            .with_context(|| format!("{name} not found in crates/secu-server/src/api.rs"))
    };
    let (max_bytes, max_values) = (
        constant("INLINE_MAX_BYTES")?,
        constant("INLINE_MAX_VALUES")?,
    );
    let values = |t: &str| {
        t.bytes()
            .filter(|b| matches!(b, b'{' | b'[' | b','))
            .count()
    };
    let base: serde_json::Value = serde_json::from_str(one)?;
    let fill = |member: &dyn Fn(usize) -> serde_json::Value| -> Result<(String, usize)> {
        let mut h = base.clone();
        let mut last = (serde_json::to_string(&h)?, 0);
        for k in 0.. {
            let members = h["members"].as_array_mut().context("members")?;
            members.push(member(k));
            let text = serde_json::to_string(&h)?;
            if text.len() > max_bytes || values(&text) > max_values {
                break;
            }
            last = (text, k + 1);
        }
        Ok(last)
    };
    let time = |text: &str, detail: secu::Detail| -> Result<f64> {
        let n = 400u32;
        let start = Instant::now();
        for _ in 0..n {
            let out = match secu::parse_household(text.as_bytes()) {
                Ok(h) => match secu::assess(&h, &secu::Options::default()) {
                    Ok(a) => serde_json::to_vec(&secu::codes::AtDetail::new(&a, detail))?,
                    Err(e) => e.to_string().into_bytes(),
                },
                Err(e) => e.to_string().into_bytes(),
            };
            std::hint::black_box(out);
        }
        Ok((start.elapsed() / n).as_secs_f64() * 1e6)
    };
    let child = |k: usize| {
        serde_json::json!({"id": format!("c{k}"), "relationship": "child", "birth_date": "2017-10-15",
            "nationality": "DE", "birth_country": "DE", "parents": ["noah"]})
    };
    let invalid = |_: usize| serde_json::json!({});
    let mut worst = 0.0f64;
    for detail in [secu::Detail::Codes, secu::Detail::Full] {
        for (what, member) in [
            (
                "valid children",
                &child as &dyn Fn(usize) -> serde_json::Value,
            ),
            ("invalid members", &invalid),
        ] {
            let (text, added) = fill(member)?;
            // The bench household and this body in alternation, the fastest
            // of 5 rounds each: other work on the machine slows a round, it
            // never speeds one (a single timing of each once failed the
            // bound at 3.8× under load where quiet runs give 2.8 to 3.1×).
            let (mut reference, mut us) = (f64::MAX, f64::MAX);
            for _ in 0..5 {
                reference = reference.min(time(one, detail)?);
                us = us.min(time(&text, detail)?);
            }
            worst = worst.max(us / reference);
            println!(
                "inline bound ({max_bytes} bytes, {max_values} values): the bench household + {added} {what} ({} bytes, {} values), detail={detail:?}: {us:.1} µs in process, {:.1}× the bench household ({reference:.1} µs)",
                text.len(),
                values(&text),
                us / reference
            );
        }
    }
    if worst > 3.5 {
        bail!(
            "a body within the inline bounds takes {worst:.1}× the bench household: lower them (api.rs)"
        );
    }
    Ok(())
}

/// `POST /v1/batch` of `body`: the response's size, its bytes read and dropped.
fn batch_http(addr: SocketAddr, body: Vec<u8>) -> Result<u64> {
    let mut s = TcpStream::connect(addr)?;
    s.set_read_timeout(Some(Duration::from_secs(600)))?;
    write!(
        s,
        "POST /v1/batch HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/x-ndjson\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )?;
    let mut reader = s.try_clone()?;
    let sender = std::thread::spawn(move || s.write_all(&body));
    let mut buf = vec![0u8; 1 << 16];
    let mut total = 0u64;
    loop {
        let n = reader.read(&mut buf)?;
        if n == 0 {
            break;
        }
        total += n as u64;
    }
    sender
        .join()
        .map_err(|_| anyhow::anyhow!("sender panicked"))??;
    Ok(total)
}
