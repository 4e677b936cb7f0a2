//! `secu batch` under failure (issue 10, items 1, 2, 3, 5, 14 and 15): write
//! errors and closed pipes end the run, the output never replaces the input
//! nor appears half-written, threads and lines are bounded, every record
//! carries its input line number. Every process is bounded in time.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use super::{example, root, secu};

/// Longest any `secu` run of this module may take before the test fails.
const BOUND: Duration = Duration::from_secs(20);

/// A child process killed when dropped, so that a failing assertion never
/// leaves a runaway `secu` behind.
struct Guard(Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Guard {
    /// Waits at most [`BOUND`] for the process to end; kills it and fails otherwise.
    fn wait(&mut self, what: &str) -> ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.0.try_wait().expect("try_wait") {
                return status;
            }
            if start.elapsed() > BOUND {
                let _ = self.0.kill();
                let _ = self.0.wait();
                panic!("{what}: still running after {BOUND:?} (killed)");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Everything the process wrote on the piped stderr (after it ended).
    fn stderr(&mut self) -> String {
        let mut s = String::new();
        if let Some(mut e) = self.0.stderr.take() {
            e.read_to_string(&mut s).expect("stderr");
        }
        s
    }
}

/// One line of JSON for the `eu_employee` example.
fn good_line(i: usize) -> String {
    let text = std::fs::read_to_string(root().join(example("eu_employee"))).expect("example");
    let mut v: serde_json::Value = serde_json::from_str(&text).expect("json");
    v["members"][0]["id"] = serde_json::Value::from(format!("m{i}"));
    serde_json::to_string(&v).expect("line")
}

/// `n` valid households, one per line.
fn households(n: usize) -> String {
    let line = good_line(0);
    let mut s = String::with_capacity(n * (line.len() + 1));
    for _ in 0..n {
        s.push_str(&line);
        s.push('\n');
    }
    s
}

/// A folder holding `in.jsonl` with `n` households.
fn input_dir(n: usize) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let inp = dir.path().join("in.jsonl");
    std::fs::write(&inp, households(n)).expect("writes");
    (dir, inp)
}

/// Item 1: a reader that closes the pipe early ends the run promptly and
/// quietly (exit 0, nothing on stderr), as the other commands do.
#[test]
fn batch_closed_pipe_ends_promptly_and_quietly() {
    let (_dir, inp) = input_dir(10_000);
    let mut child = Guard(
        secu()
            .arg("batch")
            .arg(&inp)
            .args(["--threads", "2"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawns"),
    );
    // `| head -c 10`: read 10 bytes, then close the pipe.
    let mut out = child.0.stdout.take().expect("stdout");
    let mut first = [0u8; 10];
    out.read_exact(&mut first).expect("reads 10 bytes");
    assert_eq!(&first[..2], b"{\"");
    drop(out);
    let status = child.wait("secu batch | head -c 10");
    assert_eq!(status.code(), Some(0), "a closed pipe is a quiet end");
    assert_eq!(child.stderr(), "", "nothing on stderr");
}

/// Items 1 and 15: a full disk ends the run with exit 1 and a message naming
/// the output file (`-o FILE`), or standard output.
#[test]
fn batch_write_error_ends_the_run_and_names_the_output() {
    let (_dir, inp) = input_dir(10_000);
    let mut child = Guard(
        secu()
            .arg("batch")
            .arg(&inp)
            .args(["-o", "/dev/full", "--threads", "2"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawns"),
    );
    let status = child.wait("secu batch -o /dev/full");
    let err = child.stderr();
    assert_eq!(status.code(), Some(1), "{err}");
    assert!(
        err.starts_with("secu: /dev/full: ") && err.contains("No space left on device"),
        "names the file: {err}"
    );

    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let mut child = Guard(
        secu()
            .arg("batch")
            .arg(&inp)
            .args(["--threads", "3", "--format", "summary-csv"])
            .stdin(Stdio::null())
            .stdout(Stdio::from(full))
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawns"),
    );
    let status = child.wait("secu batch > /dev/full");
    let err = child.stderr();
    assert_eq!(status.code(), Some(1), "{err}");
    assert!(
        err.starts_with("secu: standard output: ") && err.contains("No space left on device"),
        "names standard output: {err}"
    );
}

/// Item 3: an output that is the input, through any path or link, is refused
/// (exit 2) and the input is left as it was.
#[test]
fn batch_refuses_to_write_over_its_input() {
    let (dir, inp) = input_dir(3);
    let before = std::fs::read(&inp).expect("input");
    let d = dir.path();
    std::os::unix::fs::symlink(&inp, d.join("link.jsonl")).expect("symlink");
    std::fs::hard_link(&inp, d.join("hard.jsonl")).expect("hard link");
    std::fs::create_dir(d.join("sub")).expect("sub");
    let same: Vec<PathBuf> = vec![
        inp.clone(),
        d.join("link.jsonl"),
        d.join("hard.jsonl"),
        d.join("sub/../in.jsonl"),
    ];
    for out in &same {
        let o = secu()
            .arg("batch")
            .arg(&inp)
            .arg("-o")
            .arg(out)
            .output()
            .expect("runs");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{}: {err}", out.display());
        assert!(
            err.starts_with("--output: ") && err.contains("is the input file"),
            "{}: {err}",
            out.display()
        );
        assert!(o.stdout.is_empty());
        assert_eq!(std::fs::read(&inp).expect("input"), before, "input intact");
    }
    // The input read from standard input, the output on the same file.
    let o = secu()
        .args(["batch", "-", "-o"])
        .arg(&inp)
        .stdin(std::fs::File::open(&inp).expect("open"))
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read(&inp).expect("input"), before, "input intact");
    // Standard output appended to the input would make it grow forever.
    let append = std::fs::OpenOptions::new()
        .append(true)
        .open(&inp)
        .expect("open");
    let o = secu()
        .arg("batch")
        .arg(&inp)
        .stdout(Stdio::from(append))
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read(&inp).expect("input"), before, "input intact");
}

/// Item 3: the output goes to a temporary file renamed on success, so a run
/// killed half-way leaves the previous file (or none) under the final name.
#[test]
fn batch_killed_run_leaves_no_partial_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out.jsonl");
    std::fs::write(&out, "old\n").expect("writes");
    let mut child = Guard(
        secu()
            .args(["batch", "-", "--threads", "2", "-o"])
            .arg(&out)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawns"),
    );
    // Enough lines for several chunks and more than the write buffer; stdin
    // stays open, so the run cannot finish.
    let mut stdin = child.0.stdin.take().expect("stdin");
    stdin
        .write_all(households(2_000).as_bytes())
        .expect("writes");
    stdin.flush().expect("flush");
    // Wait until some output reached the disk, wherever it goes: a new file
    // in the folder, or the old one changed.
    let written = |d: &Path| -> bool {
        std::fs::read_dir(d)
            .expect("dir")
            .filter_map(Result::ok)
            .any(|e| {
                let len = e.metadata().map_or(0, |m| m.len());
                if e.file_name() == "out.jsonl" {
                    std::fs::read(e.path()).is_ok_and(|b| b != b"old\n")
                } else {
                    len > 0
                }
            })
    };
    let start = Instant::now();
    while !written(dir.path()) {
        assert!(start.elapsed() < BOUND, "no output after {BOUND:?}");
        std::thread::sleep(Duration::from_millis(20));
    }
    // Killed mid-run (SIGKILL: no clean-up code runs).
    child.0.kill().expect("kill");
    let _ = child.0.wait();
    drop(stdin);
    let after = std::fs::read(&out).expect("out");
    assert!(
        after == b"old\n",
        "the previous output is intact, not {} bytes of a partial run",
        after.len()
    );

    // The killed run's temporary file holds personal data: owner only.
    use std::os::unix::fs::PermissionsExt;
    let temps = |d: &Path| -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(d)
            .expect("dir")
            .filter_map(|e| Some(e.ok()?.path()))
            .filter(|p| p.to_string_lossy().ends_with(".secu-tmp"))
            .collect();
        v.sort();
        v
    };
    let left = temps(dir.path());
    assert_eq!(left.len(), 1, "{left:?}");
    let mode = std::fs::metadata(&left[0])
        .expect("temp")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "{mode:o}");

    // A run that completes replaces it, keeps its mode, and removes the
    // leftovers of killed runs (not written for an hour), only those.
    let two_hours_ago = std::time::SystemTime::now() - Duration::from_secs(7200);
    std::fs::File::options()
        .write(true)
        .open(&left[0])
        .expect("temp")
        .set_modified(two_hours_ago)
        .expect("mtime");
    let fresh = dir.path().join(".out.jsonl.abcdef.secu-tmp");
    let other = dir.path().join(".out.jsonl.x.abcdef.secu-tmp");
    std::fs::write(&fresh, "").expect("writes");
    std::fs::write(&other, "").expect("writes");
    std::fs::File::options()
        .write(true)
        .open(&other)
        .expect("other")
        .set_modified(two_hours_ago)
        .expect("mtime");
    let inp = dir.path().join("in.jsonl");
    std::fs::write(&inp, households(3)).expect("writes");
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    let o = secu()
        .arg("batch")
        .arg(&inp)
        .arg("-o")
        .arg(&out)
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(&out).expect("out").lines().count(),
        3
    );
    let mode = std::fs::metadata(&out).expect("out").permissions().mode();
    assert_eq!(
        mode & 0o777,
        0o640,
        "kept the replaced file's mode: {mode:o}"
    );
    assert_eq!(
        temps(dir.path()),
        vec![fresh, other],
        "only the stale one removed"
    );
    // A new output file is readable by its owner only.
    let new = dir.path().join("new.jsonl");
    let o = secu()
        .arg("batch")
        .arg(&inp)
        .arg("-o")
        .arg(&new)
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(0));
    let mode = std::fs::metadata(&new).expect("new").permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    // `-o -` is standard output.
    let o = secu()
        .arg("batch")
        .arg(&inp)
        .args(["-o", "-"])
        .current_dir(dir.path())
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 3);
    assert!(!dir.path().join("-").exists(), "no file named -");
}

/// Item 5: `--threads` has a documented bound; past it, a clear usage error.
#[test]
fn batch_threads_are_bounded() {
    let (_dir, inp) = input_dir(2);
    for n in ["0", "129", "1000", "1000000"] {
        let mut child = Guard(
            secu()
                .arg("batch")
                .arg(&inp)
                .args(["--threads", n])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawns"),
        );
        let status = child.wait(&format!("--threads {n}"));
        let err = child.stderr();
        assert_eq!(status.code(), Some(2), "--threads {n}: {err}");
        assert!(err.contains("--threads"), "--threads {n}: {err}");
        assert!(err.contains("1..=128"), "states the range: {err}");
    }
    let o = secu()
        .arg("batch")
        .arg(&inp)
        .args(["--threads", "128"])
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(0));
}

/// Item 5: a thread that cannot be started is an error (exit 1), not a panic
/// (exit 101). A stack size no system can map makes every spawn fail.
#[test]
fn batch_thread_spawn_failure_is_an_error() {
    let (_dir, inp) = input_dir(2);
    let mut child = Guard(
        secu()
            .arg("batch")
            .arg(&inp)
            .args(["--threads", "4"])
            .env("RUST_MIN_STACK", "1099511627776000")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawns"),
    );
    let status = child.wait("RUST_MIN_STACK=huge secu batch");
    let err = child.stderr();
    assert_eq!(status.code(), Some(1), "{err}");
    assert!(
        err.starts_with("secu: cannot start ") && err.contains("thread"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

/// Items 2 and 14: one record per input line, each with its line number; a
/// blank line and a line over `--max-line-bytes` are error records of their
/// own, and the lines after them stay aligned.
#[test]
fn batch_every_record_carries_its_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let inp = dir.path().join("in.jsonl");
    let long = format!("{{\"members\": \"{}\"}}", "x".repeat(3 << 20));
    let input = format!(
        "{}\n{long}\n{}\n   \n\n{}\r\n{}",
        good_line(1),
        good_line(3),
        good_line(6),
        good_line(7)
    );
    std::fs::write(&inp, &input).expect("writes");
    let out = secu()
        .arg("batch")
        .arg(&inp)
        .args(["--threads", "2"])
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err, "secu batch: 4 assessed, 3 rejected\n");
    let records: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .expect("utf8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each record is JSON"))
        .collect();
    assert_eq!(records.len(), 7, "one record per input line");
    for (i, r) in records.iter().enumerate() {
        assert_eq!(r["line"], i + 1, "record {i} carries its line");
    }
    assert_eq!(records[0]["format"], "secu.assessment.v1");
    assert_eq!(records[0]["members"][0]["id"], "m1");
    assert_eq!(records[1]["format"], "secu.error.v1");
    assert_eq!(records[1]["errors"][0]["code"], "line_too_long");
    assert_eq!(records[1]["errors"][0]["path"], "");
    assert!(
        records[1]["errors"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("1048576") && m.contains("--max-line-bytes")),
        "{}",
        records[1]
    );
    assert_eq!(records[2]["members"][0]["id"], "m3");
    assert_eq!(records[3]["errors"][0]["code"], "empty_line");
    assert_eq!(records[4]["errors"][0]["code"], "empty_line");
    assert_eq!(records[5]["members"][0]["id"], "m6");
    assert_eq!(records[6]["members"][0]["id"], "m7");

    // The assessment records (with `line`) still match `secu schema assessment`:
    // every required property is there and extra properties are allowed.
    let schema = secu()
        .args(["schema", "assessment"])
        .output()
        .expect("runs");
    let schema: serde_json::Value = serde_json::from_slice(&schema.stdout).expect("schema");
    assert_ne!(schema["additionalProperties"], false);
    assert!(schema["properties"]["line"].is_null());
    for req in schema["required"].as_array().expect("required") {
        let req = req.as_str().expect("name");
        assert!(records[0].get(req).is_some(), "{req}");
    }

    // The limit is a flag: raised, the long line is parsed (and is invalid).
    let out = secu()
        .arg("batch")
        .arg(&inp)
        .args(["--max-line-bytes", "4194304", "--format", "summary-csv"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let csv = String::from_utf8(out.stdout).expect("utf8");
    let lines: Vec<&str> = csv
        .lines()
        .map(|l| l.split(',').next().unwrap_or(""))
        .collect();
    assert_eq!(lines, ["household_line", "1", "2", "3", "4", "5", "6", "7"]);
    assert!(csv.contains("\n2,,,,,,,,,\"members: "), "{csv}");
}

/// Item 2: an endless line (`/dev/zero`) is read in bounded memory, and its
/// error record comes out at once.
#[cfg(target_os = "linux")]
#[test]
fn batch_endless_line_in_bounded_memory() {
    let mut child = Guard(
        secu()
            .args(["batch", "/dev/zero"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawns"),
    );
    let stdout = child.0.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut line);
        let _ = tx.send(line);
    });
    let status = format!("/proc/{}/status", child.0.id());
    let rss_kb = || -> Option<u64> {
        let s = std::fs::read_to_string(&status).ok()?;
        s.lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
    };
    let start = Instant::now();
    let mut peak = 0;
    while start.elapsed() < Duration::from_secs(3) {
        let Some(kb) = rss_kb() else { break };
        peak = peak.max(kb);
        assert!(
            peak < 64 * 1024,
            "RSS {peak} kB after {:?}",
            start.elapsed()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        child.0.try_wait().expect("try_wait").is_none(),
        "still reading after 3 s"
    );
    assert!(peak > 0, "measured");
    let first = rx.recv_timeout(BOUND).expect("a record within the bound");
    let record: serde_json::Value = serde_json::from_str(&first).expect("JSON");
    assert_eq!(record["line"], 1);
    assert_eq!(record["errors"][0]["code"], "line_too_long");
}
