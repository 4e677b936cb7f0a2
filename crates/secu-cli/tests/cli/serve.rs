//! `secu serve` as a process: every answer equals the CLI's output for every
//! bundled example (assess full and codes, EN and FR; batch; nir; schema),
//! the logs of the whole run hold no NIR and no label, and SIGTERM during
//! load lets every answered request complete, then exits 0.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::http;
use super::{root, secu, wait_bounded};

/// A `secu serve` process and its log lines (stderr).
struct Server {
    child: Option<Child>,
    addr: SocketAddr,
    logs: Arc<Mutex<Vec<String>>>,
    reader: Option<std::thread::JoinHandle<()>>,
}

fn serve() -> Server {
    let mut child = secu()
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--shutdown-grace-secs",
            "10",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn secu serve");
    let stderr = child.stderr.take().expect("stderr");
    let logs = Arc::new(Mutex::new(Vec::new()));
    let (tx, rx) = std::sync::mpsc::channel();
    let sink = logs.clone();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(&line)
                && let Some(a) = v["fields"]["listening"].as_str()
            {
                let _ = tx.send(a.parse::<SocketAddr>().expect("address"));
            }
            sink.lock().expect("logs").push(line);
        }
    });
    let addr = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("secu serve did not start");
    Server {
        child: Some(child),
        addr,
        logs,
        reader: Some(reader),
    }
}

impl Server {
    /// SIGTERM, then the exit status within a bound, and every log line.
    fn terminate(mut self) -> (std::process::ExitStatus, String) {
        let child = self.child.take().expect("child");
        let ok = std::process::Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .expect("kill");
        assert!(ok.success());
        let out = wait_bounded(child, Duration::from_secs(20), "secu serve after SIGTERM");
        if let Some(r) = self.reader.take() {
            r.join().expect("reader");
        }
        let logs = self.logs.lock().expect("logs").join("\n");
        (out.status, logs)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

fn examples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .expect("examples")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json")
                && !p.to_string_lossy().ends_with(".expect.json")
        })
        .collect();
    files.sort();
    assert!(files.len() >= 30);
    files
}

fn cli_json(args: &[&str]) -> serde_json::Value {
    let out = secu().args(args).output().expect("secu");
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

/// Every `label` and `nir` value of a household.
fn personal(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                match (k.as_str(), x) {
                    ("label" | "nir", serde_json::Value::String(s)) if s.len() >= 6 => {
                        out.push(s.clone())
                    }
                    _ => personal(x, out),
                }
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| personal(x, out)),
        _ => {}
    }
}

#[test]
fn serve_answers_as_the_cli() {
    let s = serve();
    let a = s.addr;
    let mut secrets = Vec::new();
    let mut lines = Vec::new();
    for f in examples() {
        let name = f.to_string_lossy().into_owned();
        let body = std::fs::read(&f).expect("example");
        let household: serde_json::Value = serde_json::from_slice(&body).expect("json");
        personal(&household, &mut secrets);
        lines.push(serde_json::to_string(&household).expect("line"));
        for (query, args) in [
            ("", vec!["assess", &name, "--json"]),
            ("?detail=codes", vec!["assess", &name, "--detail", "codes"]),
            ("?lang=fr", vec!["assess", &name, "--json", "--lang", "fr"]),
        ] {
            let r = http::post(a, &format!("/v1/assess{query}"), &body);
            assert_eq!(r.status, 200, "{name}{query}: {}", r.text());
            assert_eq!(r.json(), cli_json(&args), "{name}{query}");
        }
        // Partial (contract §5): the members with their id, relationship and
        // birth date only; the answer is `secu assess --partial --json`'s.
        let mut partial = household.clone();
        for m in partial["members"].as_array_mut().expect("members") {
            let keep = ["id", "relationship", "birth_date"];
            m.as_object_mut()
                .expect("member")
                .retain(|k, _| keep.contains(&k.as_str()));
        }
        let dir = tempfile::tempdir().expect("tmp");
        let file = dir.path().join("partial.json");
        let text = serde_json::to_vec(&partial).expect("json");
        std::fs::write(&file, &text).expect("write");
        let r = http::post(a, "/v1/assess?partial=true&lang=fr", &text);
        assert_eq!(r.status, 200, "{name} partial: {}", r.text());
        let v = r.json();
        assert_eq!(v["complete"], false, "{name} partial");
        assert_eq!(
            v,
            cli_json(&[
                "assess",
                &file.to_string_lossy(),
                "--partial",
                "--json",
                "--lang",
                "fr"
            ]),
            "{name} partial"
        );
    }
    // A bad line among them: the error record too is the CLI's.
    lines.insert(
        3,
        r#"{"members":[{"id":"x","birthdate":"1990-01-01"}]}"#.to_owned(),
    );
    lines.insert(5, String::new());
    let input = lines.join("\n") + "\n";
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("in.jsonl");
    std::fs::write(&file, &input).expect("write");
    for (query, detail) in [("", "full"), ("?detail=codes", "codes")] {
        let r = http::post(a, &format!("/v1/batch{query}"), input.as_bytes());
        assert_eq!(r.status, 200);
        let cli = secu()
            .args([
                "batch",
                &file.to_string_lossy(),
                "--detail",
                detail,
                "--threads",
                "2",
            ])
            .output()
            .expect("batch");
        let parse = |t: &[u8]| -> Vec<serde_json::Value> {
            String::from_utf8_lossy(t)
                .lines()
                .map(|l| serde_json::from_str(l).expect("record"))
                .collect()
        };
        let (served, printed) = (parse(&r.body), parse(&cli.stdout));
        assert_eq!(served.len(), lines.len());
        assert_eq!(served, printed, "batch {detail}");
    }
    for number in [
        "2 90 04 99 216 011 93",
        "190017510812345",
        "1900175108123",
        "NNP1234",
        "18712",
    ] {
        let body = serde_json::json!({ "number": number }).to_string();
        let r = http::post(a, "/v1/nir", body.as_bytes());
        assert_eq!(r.status, 200);
        assert_eq!(
            r.json(),
            cli_json(&["nir", "check", number, "--json"]),
            "{number}"
        );
        if number.len() >= 13 {
            secrets.push(number.to_owned());
            secrets.push(number.replace(' ', ""));
        }
    }
    for which in ["household", "assessment"] {
        assert_eq!(
            http::get(a, &format!("/v1/schema/{which}")).json(),
            cli_json(&["schema", which])
        );
    }
    let (status, logs) = s.terminate();
    assert!(status.success(), "{status:?}");
    assert!(
        logs.contains("\"route\":\"/v1/batch\""),
        "no access log: {logs}"
    );
    secrets.sort();
    secrets.dedup();
    assert!(secrets.len() >= 10, "{secrets:?}");
    for secret in &secrets {
        assert!(!logs.contains(secret.as_str()), "the logs hold {secret}");
    }
}

/// SIGTERM while 16 clients send requests: every response that began is
/// complete (200, or 503 once draining), the server exits 0 within the bound.
#[test]
fn sigterm_during_load_drains() {
    let s = serve();
    let a = s.addr;
    let body = Arc::new(
        std::fs::read(root().join("examples/talent_passport_family.json")).expect("example"),
    );
    let stop = Arc::new(AtomicBool::new(false));
    let clients: Vec<_> = (0..16)
        .map(|_| {
            let (body, stop) = (body.clone(), stop.clone());
            std::thread::spawn(move || {
                let (mut ok, mut draining) = (0u32, 0u32);
                while !stop.load(Ordering::SeqCst) {
                    match http::request(a, "POST", "/v1/assess", &[], &body) {
                        Ok(r) if r.status == 200 => {
                            assert_eq!(r.json()["format"], "secu.assessment.v1");
                            ok += 1;
                        }
                        Ok(r) if r.status == 503 => draining += 1,
                        Ok(r) => panic!("status {}: {}", r.status, r.text()),
                        // Refused or closed before any answer: not accepted.
                        Err(_) => std::thread::sleep(Duration::from_millis(5)),
                    }
                }
                (ok, draining)
            })
        })
        .collect();
    // Requests certainly in flight at SIGTERM: all but the last byte of the
    // body sent before it, the last byte after; each must be answered in full.
    let slow: Vec<TcpStream> = (0..4)
        .map(|_| {
            let mut c = TcpStream::connect(a).expect("connect");
            write!(c, "POST /v1/assess HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: {}\r\n\r\n", body.len()).expect("head");
            c.write_all(&body[..body.len() - 1]).expect("body");
            c
        })
        .collect();
    std::thread::sleep(Duration::from_millis(1500));
    let last = *body.last().expect("byte");
    let finish = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(500));
        for mut c in slow {
            c.write_all(&[last]).expect("last byte");
            let mut raw = String::new();
            c.read_to_string(&mut raw).expect("response");
            assert!(raw.starts_with("HTTP/1.1 200"), "{raw}");
            assert!(raw.contains("secu.assessment.v1"), "{raw}");
        }
    });
    let (status, _) = s.terminate();
    finish
        .join()
        .expect("an in-flight request was not answered");
    stop.store(true, Ordering::SeqCst);
    let mut ok = 0;
    for c in clients {
        let (o, _) = c.join().expect("a client failed");
        ok += o;
    }
    assert!(status.success(), "{status:?}");
    assert!(ok > 0);
}

/// Refusals at start: the command line's problems exit 2 (contract: invalid
/// input or usage), naming the flag or the file's line; the system's exit 1.
#[test]
fn start_refusals_exit_codes() {
    let out = secu()
        .args(["serve", "--listen", "0.0.0.0:0"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--listen: refusing to listen"), "{err}");

    let dir = std::env::temp_dir().join(format!("secu-cli-serve-keys-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let bad = dir.join("keys");
    std::fs::write(&bad, "sha256:xyz\n").expect("write");
    let out = secu()
        .args(["serve", "--api-keys"])
        .arg(&bad)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("{}:1: expected a SHA-256", bad.display())),
        "{err}"
    );

    let out = secu()
        .args(["serve", "--api-keys"])
        .arg(dir.join("missing"))
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    std::fs::remove_dir_all(&dir).ok();
}
