//! `cargo xtask bench-batch [N]`: throughput of `secu batch` against a
//! serde_json yardstick, on the same input and the same number of threads.
//!
//! # What the yardstick measures, and why
//!
//! The question is "how much slower is `secu batch` than serde_json alone
//! would be to parse the same input and serialise the same output?". The
//! fairest answer available without the rules engine:
//!
//! 1. `secu batch` runs once into a real file, which gives the exact output
//!    lines (assessments and error records).
//! 2. A reader thread hands chunks of (input line *i*, output line *i*)
//!    pairs to the yardstick threads. Each parses the output line into a `serde_json::Value` **outside** the timed
//!    section (that is the stand-in for the already-built assessment: a
//!    million assessments do not fit in memory, so they cannot be pre-parsed
//!    in a separate pass).
//!    Also untimed, each output line is checked to carry its input line
//!    number (`"line": i`, issue 10 item 14): record i is input line i.
//! 3. The **timed** section, per line: `serde_json::from_slice::<secu::Household>`
//!    of the input line (then dropping it) plus `serde_json::to_writer` of the
//!    `Value` into a reused `Vec<u8>` (what the CLI does with its chunk buffers).
//!
//! Each thread sums its timed sections; the yardstick time is the largest
//! sum (the threads run in parallel on their own cores). File reading and
//! the untimed `Value` parse are excluded, so the yardstick is a lower bound
//! for any program producing that output; `secu batch` is timed end to end
//! (process start, reading, assessing, serialising, writing to `/dev/null`).
//! Serialising a `Value` (maps, owned strings) costs about what serialising
//! the typed `Assessment` costs: both are dominated by string escaping.

use std::fs::{self, File};
use std::hint::black_box;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::households;

/// Threads for every measurement.
const THREADS: usize = 2;
/// Lines per chunk handed to a yardstick thread. (The CLI's chunks are 128
/// lines since issue 10; the yardstick times each line's parse and
/// serialisation only, so its chunk size does not change its figure.)
const CHUNK: usize = 256;

/// A finished `secu batch` run.
struct Run {
    wall: Duration,
    peak_rss_kb: Option<u64>,
    stderr: String,
}

pub(crate) fn run(root: &Path, target: &Path, count: u64, keep: bool) -> Result<()> {
    let dir = target.join("xtask-bench");
    fs::create_dir_all(&dir)?;
    let input = dir.join(format!("households-{count}.jsonl"));
    let output = dir.join(format!("assessments-{count}.jsonl"));

    // Input.
    let t = Instant::now();
    let in_bytes = households::write(count, 1, 0.0, Some(&input))?;
    let gen_time = t.elapsed();
    println!(
        "input: {} households, {:.1} MB ({:.0} B/household), generated in {:.2} s → {}",
        count,
        mb(in_bytes),
        in_bytes as f64 / count as f64,
        gen_time.as_secs_f64(),
        input.display()
    );

    // The CLI, release.
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(&cargo)
        .args(["build", "--release", "--quiet", "-p", "secu-cli"])
        .current_dir(root)
        .status()
        .context("running cargo build")?;
    if !status.success() {
        bail!("cargo build --release -p secu-cli failed");
    }
    let secu = target.join("release").join("secu");
    let time_bin = Path::new("/usr/bin/time");
    let time_bin = time_bin.exists().then_some(time_bin);
    if time_bin.is_none() {
        println!("note: /usr/bin/time missing (apt-get install -y time): no peak RSS");
    }
    let in_s = input.to_string_lossy().into_owned();
    let threads = THREADS.to_string();

    // The real output, once, for the yardstick and the output size.
    let out_s = output.to_string_lossy().into_owned();
    let to_file = batch(
        &secu,
        time_bin,
        &dir,
        &["batch", &in_s, "-o", &out_s, "--threads", &threads],
    )?;
    let out_bytes = fs::metadata(&output)?.len();
    println!(
        "secu batch → file: {:.2} s ({}), output {:.1} MB",
        to_file.wall.as_secs_f64(),
        to_file.stderr.trim(),
        mb(out_bytes)
    );

    // (b) and (c).
    let jsonl = batch(
        &secu,
        time_bin,
        &dir,
        &["batch", &in_s, "-o", "/dev/null", "--threads", &threads],
    )?;
    let csv = batch(
        &secu,
        time_bin,
        &dir,
        &[
            "batch",
            &in_s,
            "--format",
            "summary-csv",
            "-o",
            "/dev/null",
            "--threads",
            &threads,
        ],
    )?;

    // (a) the yardstick.
    let y = yardstick(&input, &output, count)?;
    if !keep {
        fs::remove_file(&output)?;
    }

    let rate = |d: Duration| count as f64 / d.as_secs_f64();
    let rss = |r: &Run| {
        r.peak_rss_kb.map_or_else(
            || "n/a".into(),
            |kb| format!("{:.1} MB", kb as f64 / 1024.0),
        )
    };
    println!();
    println!("bench-batch: {count} households (4 members each), {THREADS} threads everywhere");
    println!(
        "  yardstick (serde_json only: from_slice::<Household>(input line) + to_writer(Vec, &Value of output line)):"
    );
    println!(
        "    time {:.2} s  ({:.0} households/s)  [parse input {:.2} s + serialise output {:.2} s, slowest thread; {} lines, {:.1} MB re-serialised]",
        y.time.as_secs_f64(),
        rate(y.time),
        y.parse.as_secs_f64(),
        y.serialise.as_secs_f64(),
        y.lines,
        mb(y.bytes)
    );
    println!(
        "  secu batch --format jsonl -o /dev/null:        {:.2} s  ({:.0} households/s)  peak RSS {}  ratio to yardstick {:.2}x",
        jsonl.wall.as_secs_f64(),
        rate(jsonl.wall),
        rss(&jsonl),
        jsonl.wall.as_secs_f64() / y.time.as_secs_f64()
    );
    println!(
        "  secu batch --format summary-csv -o /dev/null:  {:.2} s  ({:.0} households/s)  peak RSS {}  (vs the jsonl yardstick {:.2}x: no JSON output to write)",
        csv.wall.as_secs_f64(),
        rate(csv.wall),
        rss(&csv),
        csv.wall.as_secs_f64() / y.time.as_secs_f64()
    );
    println!(
        "  output (jsonl): {:.0} bytes/household; input {:.0} bytes/household",
        out_bytes as f64 / count as f64,
        in_bytes as f64 / count as f64
    );
    println!(
        "  note: the yardstick excludes file reading and the untimed Value parse (lower bound); secu batch is timed end to end"
    );
    Ok(())
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1_000_000.0
}

/// Runs `secu ARGS` (under `/usr/bin/time -v` when available) and checks its
/// exit code: 0, or 2 when some lines were rejected.
fn batch(secu: &Path, time_bin: Option<&Path>, dir: &Path, args: &[&str]) -> Result<Run> {
    let stats = dir.join("time-v.txt");
    let mut cmd = match time_bin {
        Some(t) => {
            let mut c = Command::new(t);
            c.arg("-v").arg("-o").arg(&stats).arg(secu);
            c
        }
        None => Command::new(secu),
    };
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let t = Instant::now();
    let out = cmd
        .output()
        .with_context(|| format!("running {}", secu.display()))?;
    let wall = t.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    match out.status.code() {
        Some(0 | 2) => {}
        _ => bail!("secu {} failed ({}): {stderr}", args.join(" "), out.status),
    }
    let peak_rss_kb = match time_bin {
        Some(_) => fs::read_to_string(&stats).ok().and_then(|s| {
            s.lines()
                .find_map(|l| l.trim().strip_prefix("Maximum resident set size (kbytes):"))
                .and_then(|v| v.trim().parse().ok())
        }),
        None => None,
    };
    Ok(Run {
        wall,
        peak_rss_kb,
        stderr,
    })
}

/// What the yardstick measured.
#[derive(Default)]
struct Yardstick {
    /// Slowest thread's timed total.
    time: Duration,
    /// That thread's parse and serialise parts.
    parse: Duration,
    serialise: Duration,
    lines: u64,
    bytes: u64,
}

/// A chunk of line pairs: input lines and the matching output lines.
struct Pairs {
    /// Line number of the first pair.
    first_line: u64,
    input: Vec<Vec<u8>>,
    output: Vec<Vec<u8>>,
}

/// See the module documentation. One reader thread (untimed, light: line
/// splitting) feeds chunks of line pairs to `THREADS` workers, like the CLI.
fn yardstick(input: &Path, output: &Path, count: u64) -> Result<Yardstick> {
    let (tx, rx) = sync_channel::<Pairs>(THREADS * 2);
    let rx = Mutex::new(rx);
    let (read, per_thread) = thread::scope(|s| {
        let reader = s.spawn(move || read_pairs(input, output, &tx));
        let workers: Vec<_> = (0..THREADS)
            .map(|_| s.spawn(|| yardstick_worker(&rx)))
            .collect();
        let per_thread: Vec<Result<Yardstick>> = workers
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| bail!("yardstick thread panicked"))
            })
            .collect();
        let read = reader
            .join()
            .unwrap_or_else(|_| bail!("yardstick reader panicked"));
        (read, per_thread)
    });
    read?;
    let mut total = Yardstick::default();
    for r in per_thread {
        let r = r?;
        if r.time > total.time {
            total.time = r.time;
            total.parse = r.parse;
            total.serialise = r.serialise;
        }
        total.lines += r.lines;
        total.bytes += r.bytes;
    }
    if total.lines != count {
        bail!("yardstick saw {} line pairs, expected {count}", total.lines);
    }
    Ok(total)
}

fn read_pairs(input: &Path, output: &Path, tx: &SyncSender<Pairs>) -> Result<()> {
    let mut ins = BufReader::with_capacity(1 << 20, File::open(input)?);
    let mut outs = BufReader::with_capacity(1 << 20, File::open(output)?);
    let mut line = 0u64;
    loop {
        let mut chunk = Pairs {
            first_line: line + 1,
            input: Vec::with_capacity(CHUNK),
            output: Vec::with_capacity(CHUNK),
        };
        while chunk.input.len() < CHUNK {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            match (
                ins.read_until(b'\n', &mut a)?,
                outs.read_until(b'\n', &mut b)?,
            ) {
                (0, 0) => break,
                (0, _) | (_, 0) => bail!("input and output differ in length at line {}", line + 1),
                _ => {}
            }
            line += 1;
            chunk.input.push(a);
            chunk.output.push(b);
        }
        if chunk.input.is_empty() {
            return Ok(());
        }
        if tx.send(chunk).is_err() {
            bail!("yardstick workers stopped early");
        }
    }
}

fn yardstick_worker(rx: &Mutex<Receiver<Pairs>>) -> Result<Yardstick> {
    let mut buf: Vec<u8> = Vec::with_capacity(1 << 16);
    let mut y = Yardstick::default();
    loop {
        // Holding the lock only for the receive.
        let next = match rx.lock() {
            Ok(r) => r.recv(),
            Err(_) => bail!("yardstick channel poisoned"),
        };
        let Ok(chunk) = next else { break };
        for (k, (in_line, out_line)) in chunk.input.iter().zip(&chunk.output).enumerate() {
            // Untimed: the stand-in for the already-built assessment.
            let value: serde_json::Value =
                serde_json::from_slice(out_line).context("an output line is not JSON")?;
            // Untimed: every record carries its input line (issue 10, item 14).
            let line = chunk.first_line + k as u64;
            if value.get("line").and_then(serde_json::Value::as_u64) != Some(line) {
                bail!(
                    "output line {line} carries line {}",
                    value.get("line").unwrap_or(&serde_json::Value::Null)
                );
            }

            let t0 = Instant::now();
            // Invalid input lines are parsed (and fail) too, as in the CLI's fast path.
            let household = serde_json::from_slice::<secu::Household>(in_line);
            drop(black_box(household));
            let t1 = Instant::now();
            buf.clear();
            serde_json::to_writer(&mut buf, &value)?;
            buf.push(b'\n');
            black_box(&buf);
            let t2 = Instant::now();

            y.parse += t1 - t0;
            y.serialise += t2 - t1;
            y.lines += 1;
            y.bytes += buf.len() as u64;
            drop(value);
        }
    }
    y.time = y.parse + y.serialise;
    Ok(y)
}
