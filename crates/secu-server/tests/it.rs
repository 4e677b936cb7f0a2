//! The HTTP API through real HTTP on a random loopback port: every endpoint,
//! every error status, the OpenAPI document, limits, draining, a bounded soak.
#![allow(clippy::unwrap_used, clippy::print_stderr, unreachable_pub)]

mod common;
mod lang;
mod team;

use std::io::Write;
use std::net::{SocketAddr, TcpStream};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use common::http::{self, get, post};
use secu_server::{App, ServeArgs};

/// Held by the soak (which measures this process's memory) and by the
/// tests that start servers of their own meanwhile (the access matrix).
static ALONE: Mutex<()> = Mutex::new(());

/// Every log line of this test binary (the server's JSON logs).
static LOGS: Mutex<Vec<u8>> = Mutex::new(Vec::new());

struct LogBuf;
impl Write for LogBuf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        LOGS.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn init_logs() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        // Every level: a debug line must not leak either.
        let _ = tracing_subscriber::fmt()
            .json()
            .with_max_level(tracing_subscriber::filter::LevelFilter::TRACE)
            .with_writer(|| LogBuf)
            .try_init();
    });
}

/// A server running on its own runtime thread; stopped (drained) on drop.
struct Running {
    addr: SocketAddr,
    app: Arc<App>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<std::io::Result<()>>>,
}

fn start(args: ServeArgs) -> Running {
    init_logs();
    let app = Arc::new(App::new(args).unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let (tx, rx) = std::sync::mpsc::channel();
    let server_app = app.clone();
    let thread = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()?;
        rt.block_on(async move {
            let l = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
            tx.send(l.local_addr()?).unwrap();
            secu_server::serve(l, server_app, async {
                let _ = stopped.await;
            })
            .await
        })
    });
    let addr = rx.recv_timeout(Duration::from_secs(10)).unwrap();
    Running {
        addr,
        app,
        stop: Some(stop),
        thread: Some(thread),
    }
}

impl Running {
    fn stop(&mut self) -> std::io::Result<()> {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        self.thread.take().map_or(Ok(()), |t| t.join().unwrap())
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.stop();
    }
}

fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn example(name: &str) -> Vec<u8> {
    std::fs::read(root().join("examples").join(format!("{name}.json"))).unwrap()
}

/// The core's own assessment of a household, as JSON.
fn core_assessment(body: &[u8], detail: secu::Detail, lang: secu::Lang) -> serde_json::Value {
    let h = secu::parse_household(body).unwrap();
    let today = chrono::Local::now().date_naive();
    let o = secu::Options::default()
        .with_as_of(h.as_of.unwrap_or(today))
        .with_lang(lang);
    let a = secu::assess(&h, &o).unwrap();
    serde_json::to_value(secu::codes::AtDetail::new(&a, detail)).unwrap()
}

fn codes(reply: &http::Reply) -> Vec<String> {
    let v = reply.json();
    v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_str().unwrap().to_owned())
        .collect()
}

fn problem(reply: &http::Reply, status: u16) -> serde_json::Value {
    assert_eq!(reply.status, status, "{}", reply.text());
    assert_eq!(
        reply.header("content-type"),
        Some("application/problem+json")
    );
    let v = reply.json();
    assert_eq!(v["status"], status);
    assert!(v["title"].is_string());
    for e in v["errors"].as_array().unwrap() {
        assert!(e["path"].is_string() && e["code"].is_string() && e["message"].is_string());
    }
    v
}

#[test]
fn every_endpoint_answers() {
    let s = start(ServeArgs::default());
    let a = s.addr;

    let r = get(a, "/healthz");
    assert_eq!((r.status, r.json()["status"].as_str()), (200, Some("ok")));
    for h in [
        "x-content-type-options",
        "content-security-policy",
        "x-frame-options",
        "referrer-policy",
        "x-request-id",
    ] {
        assert!(r.header(h).is_some(), "missing {h}");
    }

    for (name, lang) in [("talent_passport_family", "en"), ("posted_a1_family", "fr")] {
        let body = example(name);
        let l = if lang == "fr" {
            secu::Lang::Fr
        } else {
            secu::Lang::En
        };
        let r = post(a, &format!("/v1/assess?lang={lang}"), &body);
        assert_eq!(r.status, 200, "{}", r.text());
        assert_eq!(r.json(), core_assessment(&body, secu::Detail::Full, l));
        let r = post(a, &format!("/v1/assess?detail=codes&lang={lang}"), &body);
        assert_eq!(r.json(), core_assessment(&body, secu::Detail::Codes, l));
        assert_eq!(r.json()["detail"], "codes");
    }
    let r = post(a, "/v1/assess?as_of=2027-01-15", &example("eu_employee"));
    assert_eq!(r.json()["as_of"], "2027-01-15");

    let r = post(a, "/v1/nir", br#"{"number":"2 90 04 99 216 011 93"}"#);
    assert_eq!(r.status, 200);
    assert_eq!(
        r.json(),
        serde_json::to_value(secu::id::nir::check("2 90 04 99 216 011 93")).unwrap()
    );

    let batch = [example("eu_employee"), example("posted_israel")]
        .iter()
        .map(|b| {
            serde_json::to_string(&serde_json::from_slice::<serde_json::Value>(b).unwrap()).unwrap()
        })
        .collect::<Vec<_>>()
        .join("\n");
    let r = post(
        a,
        "/v1/batch?detail=codes",
        format!("{batch}\n\n{{}}\n").as_bytes(),
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("application/x-ndjson"));
    let records: Vec<serde_json::Value> = r
        .text()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 4);
    assert_eq!(
        (records[0]["line"].as_u64(), records[1]["detail"].as_str()),
        (Some(1), Some("codes"))
    );
    assert_eq!(records[2]["errors"][0]["code"], "empty_line");
    assert_eq!(
        (records[3]["format"].as_str(), records[3]["line"].as_u64()),
        (Some("secu.error.v1"), Some(4))
    );

    assert_eq!(
        get(a, "/v1/schema/household").json(),
        serde_json::to_value(schemars::schema_for!(secu::Household)).unwrap()
    );
    assert_eq!(
        get(a, "/v1/schema/assessment").json(),
        serde_json::to_value(schemars::schema_for!(secu::Assessment<'static>)).unwrap()
    );
    assert_eq!(
        get(a, "/v1/schema/assessment?detail=codes").json(),
        serde_json::to_value(schemars::schema_for!(secu::codes::AssessmentCodes<'static>)).unwrap()
    );
    let rules = get(a, "/v1/rules?lang=fr").json();
    assert_eq!(
        rules["rules"].as_array().unwrap().len(),
        secu::rules::ALL.len()
    );
    assert_eq!(get(a, "/openapi.json").json()["openapi"], "3.1.0");
    let m = get(a, "/metrics");
    assert_eq!(m.status, 200);
    assert!(
        m.text().contains(
            "secu_http_requests_total{route=\"/v1/assess\",method=\"POST\",status=\"200\"}"
        ),
        "{}",
        m.text()
    );
}

#[test]
fn every_error_status() {
    let s = start(ServeArgs {
        max_body_bytes: 64 * 1024,
        max_batch_bytes: 100_000,
        ..ServeArgs::default()
    });
    let a = s.addr;
    // 400: malformed JSON, bad query values, unknown query parameter, partial.
    assert_eq!(
        codes(&problem(&post(a, "/v1/assess", b"{\"members\": ["), 400).pipe()),
        ["malformed_json"]
    );
    let v = problem(
        &post(
            a,
            "/v1/assess?as_of=2026-02-30&lang=xx&detail=short",
            &example("eu_employee"),
        ),
        400,
    );
    let paths: Vec<&str> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["query.lang", "query.as_of", "query.detail"]);
    problem(
        &post(a, "/v1/assess?color=blue", &example("eu_employee")),
        400,
    );
    let v = problem(
        &post(a, "/v1/assess?partial=yes", &example("eu_employee")),
        400,
    );
    assert_eq!(v["errors"][0]["path"], "query.partial");
    assert_eq!(v["errors"][0]["code"], "invalid_type");
    let v = problem(&post(a, "/v1/batch?partial=true", b"{}\n"), 400);
    assert_eq!(v["errors"][0]["code"], "partial_not_available");
    // partial=true on a bundled example: an optional fact it leaves out is
    // unknown (contract §5), so the only questions are about facts absent
    // from the file.
    let r = post(a, "/v1/assess?partial=true", &example("eu_employee"));
    assert_eq!(r.status, 200, "{}", r.text());
    let given: serde_json::Value = serde_json::from_slice(&example("eu_employee")).unwrap();
    for q in r.json()["questions"].as_array().unwrap() {
        let mut at = &given["members"][0];
        for k in q["field"].as_str().unwrap().split('.') {
            at = &at[k];
        }
        assert!(at.is_null(), "asked a given fact: {q}");
    }
    // A partial household: 422 without partial=true, questions with it.
    let bare = br#"{"as_of":"2026-11-27","members":[{"id":"a","relationship":"primary"}]}"#;
    problem(&post(a, "/v1/assess", bare), 422);
    let r = post(a, "/v1/assess?partial=true", bare);
    assert_eq!(r.status, 200, "{}", r.text());
    let v = r.json();
    assert_eq!(v["complete"], false);
    assert!(
        v["questions"].as_array().is_some_and(|q| !q.is_empty()),
        "{v}"
    );
    // Invalid values stay errors in a partial household.
    let bad = br#"{"members":[{"id":"a","relationship":"primary","birth_date":"1990-02-30"}]}"#;
    let v = problem(&post(a, "/v1/assess?partial=true", bad), 422);
    assert_eq!(v["errors"][0]["path"], "members[0].birth_date");
    // An unknown language alone: 422 naming it (`tests/lang.rs`).
    problem(&post(a, "/v1/batch?lang=xx", b"{}\n"), 422);
    problem(&post(a, "/v1/nir", b"not json"), 400);
    // 422: an invalid household, every problem with its path.
    let v = problem(
        &post(
            a,
            "/v1/assess",
            &std::fs::read(
                root().join("crates/secu-cli/tests/bad/64_independent_problems_together.json"),
            )
            .unwrap(),
        ),
        422,
    );
    assert!(v["errors"].as_array().unwrap().len() >= 2);
    assert!(
        v["errors"][0]["path"]
            .as_str()
            .unwrap()
            .starts_with("members")
    );
    for body in [
        &br#"{}"#[..],
        br#"{"number": 7}"#,
        br#"{"number":"1","nombre":"2"}"#,
        b"[]",
    ] {
        problem(&post(a, "/v1/nir", body), 422);
    }
    // 404, 405.
    problem(&get(a, "/v2/assess"), 404);
    problem(&get(a, "/v1/schema/case"), 404);
    problem(&get(a, "/v1/assess"), 405);
    // 413: over the body limit, with and without a length announced.
    let big = vec![b' '; 64 * 1024 + 1];
    assert_eq!(
        codes(&problem(&post(a, "/v1/assess", &big), 413).pipe()),
        ["body_too_large"]
    );
    problem(&post(a, "/v1/nir", &big), 413);
    problem(&post(a, "/v1/batch", &vec![b'\n'; 100_001]), 413);
    let mut c = TcpStream::connect(a).unwrap();
    write!(c, "POST /v1/assess HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n").unwrap();
    for _ in 0..20 {
        write!(c, "1000\r\n{}\r\n", " ".repeat(0x1000)).unwrap();
    }
    let _ = write!(c, "0\r\n\r\n");
    let mut raw = String::new();
    let _ = std::io::Read::read_to_string(&mut c, &mut raw);
    assert!(raw.starts_with("HTTP/1.1 413"), "{raw}");
    // 503 once draining, /healthz included.
    s.app.drain();
    problem(&get(a, "/healthz"), 503);
    let v = problem(&post(a, "/v1/assess", &example("eu_employee")), 503);
    assert_eq!(v["errors"][0]["code"], "shutting_down");
}

trait Pipe {
    fn pipe(self) -> http::Reply;
}
impl Pipe for serde_json::Value {
    fn pipe(self) -> http::Reply {
        http::Reply {
            status: 0,
            headers: vec![],
            body: serde_json::to_vec(&self).unwrap(),
        }
    }
}

/// A request whose body never comes holds its admission slot: with one slot,
/// the next request is refused (503 `at_capacity`), and the slow one ends
/// with 503 `timeout` after the time limit.
#[test]
fn capacity_and_timeout() {
    let s = start(ServeArgs {
        max_concurrency: Some(1),
        max_queue: 0,
        timeout_secs: 1,
        ..ServeArgs::default()
    });
    let a = s.addr;
    let mut slow = TcpStream::connect(a).unwrap();
    write!(
        slow,
        "POST /v1/assess HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 100\r\n\r\n{{"
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let r = post(a, "/v1/assess", &example("eu_employee"));
    let v = problem(&r, 503);
    assert_eq!(v["errors"][0]["code"], "at_capacity");
    assert_eq!(r.header("retry-after"), Some("1"));
    let started = Instant::now();
    let mut raw = String::new();
    std::io::Read::read_to_string(&mut slow, &mut raw).unwrap();
    assert!(raw.starts_with("HTTP/1.1 503"), "{raw}");
    assert!(raw.contains("\"timeout\""), "{raw}");
    assert!(started.elapsed() < Duration::from_secs(3));
    // The slot is free again.
    assert_eq!(post(a, "/v1/assess", &example("eu_employee")).status, 200);
    // A batch whose input stalls is cut after the same time, its slot freed.
    let mut stalled = TcpStream::connect(a).unwrap();
    stalled
        .set_read_timeout(Some(Duration::from_secs(8)))
        .unwrap();
    write!(
        stalled,
        "POST /v1/batch HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 1000\r\n\r\n{{"
    )
    .unwrap();
    let started = Instant::now();
    let mut raw = Vec::new();
    let _ = std::io::Read::read_to_end(&mut stalled, &mut raw);
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "a stalled batch held its stream"
    );
}

#[test]
fn api_keys_and_loopback() {
    // No authentication: loopback only.
    let public = ServeArgs {
        listen: "0.0.0.0:0".parse().unwrap(),
        ..ServeArgs::default()
    };
    let err = App::new(public.clone()).err().unwrap();
    assert!(err.message.contains("refusing to listen"), "{err}");
    assert_eq!(err.code, "public_without_auth");
    assert_eq!(err.path, "--listen");
    assert!(secu_server::is_usage_error(&err));
    let dir = std::env::temp_dir().join(format!("secu-server-keys-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("keys");
    let key = "k3y-with-enough-entropy-0123456789abcdef";
    std::fs::write(
        &file,
        format!(
            "# ops\nsha256:{} integration-a\n",
            secu_server::hash_key(key)
        ),
    )
    .unwrap();
    assert!(
        App::new(ServeArgs {
            api_keys: Some(file.clone()),
            ..public
        })
        .is_ok()
    );
    std::fs::write(dir.join("bad"), "# ops\nnot-a-digest\n").unwrap();
    let err = App::new(ServeArgs {
        api_keys: Some(dir.join("bad")),
        ..ServeArgs::default()
    })
    .err()
    .unwrap();
    assert_eq!(err.code, "invalid_api_key");
    assert_eq!(err.path, format!("{}:2", dir.join("bad").display()));
    assert!(secu_server::is_usage_error(&err));
    std::fs::write(dir.join("empty"), "# no key yet\n").unwrap();
    let err = App::new(ServeArgs {
        api_keys: Some(dir.join("empty")),
        ..ServeArgs::default()
    })
    .err()
    .unwrap();
    assert_eq!(err.code, "no_api_key");
    let err = App::new(ServeArgs {
        api_keys: Some(dir.join("missing")),
        ..ServeArgs::default()
    })
    .err()
    .unwrap();
    assert_eq!(err.code, "api_keys_unreadable");
    assert!(!secu_server::is_usage_error(&err));

    let s = start(ServeArgs {
        api_keys: Some(file),
        ..ServeArgs::default()
    });
    let a = s.addr;
    let r = post(a, "/v1/assess", &example("eu_employee"));
    problem(&r, 401);
    assert_eq!(r.header("www-authenticate"), Some("Bearer"));
    problem(
        &http::request(
            a,
            "POST",
            "/v1/assess",
            &[("Authorization", "Bearer wrong")],
            &example("eu_employee"),
        )
        .unwrap(),
        401,
    );
    problem(&get(a, "/metrics"), 401);
    let bearer = format!("Bearer {key}");
    let r = http::request(
        a,
        "POST",
        "/v1/assess",
        &[("Authorization", &bearer)],
        &example("eu_employee"),
    )
    .unwrap();
    assert_eq!(r.status, 200);
    assert_eq!(get(a, "/healthz").status, 200);
}

/// Error bodies and logs never hold a full NIR or a label.
#[test]
fn no_personal_data_in_errors_or_logs() {
    let s = start(ServeArgs::default());
    let a = s.addr;
    let nir = "190017510812345";
    let label = "Zébulon Q. (EMP-7781)";
    let household = format!(
        r#"{{"as_of":"2026-11-27","members":[{{"id":"z","label":"{label}","relationship":"primary","birth_date":"1990-01-01","nationality":"DE","birth_country":"DE","nir":"{nir}","nonsense":1}}]}}"#
    );
    let r = post(a, "/v1/assess", household.as_bytes());
    assert_eq!(r.status, 422);
    let body = r.text();
    let ok = household.replace(r#","nonsense":1"#, "");
    let r2 = post(a, "/v1/assess", ok.as_bytes());
    let body2 = r2.text();
    for (b, what) in [(&body, "422"), (&body2, "response")] {
        assert!(!b.contains(nir), "{what} echoes the NIR: {b}");
    }
    assert!(!body.contains(label), "the error echoes the label: {body}");
    for q in [
        format!("/v1/assess?as_of={nir}"),
        format!("/v1/assess?{nir}=1"),
    ] {
        let r = post(a, &q, ok.as_bytes());
        assert!(!r.text().contains(nir), "{}", r.text());
    }
    let r = post(a, "/v1/nir", format!(r#"{{"number": {nir}}}"#).as_bytes());
    assert!(!r.text().contains(nir), "{}", r.text());
    let r = post(a, "/v1/nir", format!(r#"{{"{nir}": 1}}"#).as_bytes());
    assert!(!r.text().contains(nir), "{}", r.text());
    let r = post(a, "/v1/batch", format!("{ok}\n").as_bytes());
    assert_eq!(r.status, 200);
    drop(s);
    let logs = String::from_utf8(LOGS.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("\"route\":\"/v1/assess\""),
        "no access log captured"
    );
    for secret in [nir, "1900175108", label, "Zébulon"] {
        assert!(!logs.contains(secret), "the logs hold {secret}");
    }
}

/// Metric labels are a bounded set: a client's method or path never becomes
/// a label value (a custom method counts as `other`, an unknown path as the
/// route `other`).
#[test]
fn metric_labels_never_come_from_a_request() {
    let s = start(ServeArgs::default());
    let a = s.addr;
    let r = http::request(a, "FOOBAR", "/healthz", &[], b"").expect("FOOBAR");
    assert_eq!(r.status, 405);
    assert_eq!(get(a, "/no/such/path-190017510812345").status, 404);
    let m = get(a, "/metrics");
    assert_eq!(
        m.header("content-type"),
        Some("text/plain; version=0.0.4; charset=utf-8")
    );
    let m = m.text();
    for chosen in ["FOOBAR", "no/such", "190017510812345"] {
        assert!(!m.contains(chosen), "a label holds {chosen}: {m}");
    }
    assert!(
        m.contains(
            "secu_http_requests_total{route=\"/healthz\",method=\"other\",status=\"405\"} 1"
        ),
        "{m}"
    );
    assert!(
        m.contains("secu_http_requests_total{route=\"other\",method=\"GET\",status=\"404\"} 1"),
        "{m}"
    );
    // Nor a field of the access log.
    let logs = String::from_utf8_lossy(&LOGS.lock().unwrap()).into_owned();
    assert!(!logs.contains("FOOBAR"), "{logs}");
}

/// `docs/openapi.json` is the generated document (`SECU_UPDATE_OPENAPI=1`
/// rewrites it), a valid OpenAPI 3.1 document whose every reference
/// resolves, and every example request in it is accepted by the server.
#[test]
fn openapi_document() {
    let doc = secu_server::openapi::document();
    let path = root().join("docs/openapi.json");
    if std::env::var_os("SECU_UPDATE_OPENAPI").is_some() {
        std::fs::write(&path, &doc).unwrap();
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        checked_in == doc,
        "docs/openapi.json is stale: run `SECU_UPDATE_OPENAPI=1 cargo test -p secu-server --test it openapi`"
    );

    let spec =
        oas3::from_json(&doc).unwrap_or_else(|e| panic!("not a valid OpenAPI 3.1 document: {e}"));
    assert!(spec.openapi.starts_with("3.1"));
    let value: serde_json::Value = serde_json::from_str(&doc).unwrap();
    let mut refs = Vec::new();
    collect_refs(&value, &mut refs);
    assert!(!refs.is_empty());
    for r in &refs {
        let pointer = r
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("external ref {r}"));
        assert!(value.pointer(pointer).is_some(), "unresolved $ref {r}");
    }

    let s = start(ServeArgs::default());
    let mut sent = 0;
    for (path, item) in value["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            // The team service's endpoints need `--db`: tested in `team`.
            if op.get("x-secu-team").is_some() {
                continue;
            }
            let Some(content) = op
                .pointer("/requestBody/content")
                .and_then(|c| c.as_object())
            else {
                continue;
            };
            for (media, m) in content {
                let body = match &m["example"] {
                    serde_json::Value::String(s) if media == "application/x-ndjson" => {
                        s.clone().into_bytes()
                    }
                    v => serde_json::to_vec(v).unwrap(),
                };
                let r = http::request(
                    s.addr,
                    &method.to_uppercase(),
                    path,
                    &[("Content-Type", media)],
                    &body,
                )
                .unwrap();
                assert_eq!(r.status, 200, "{method} {path}: {}", r.text());
                if path == "/v1/batch" {
                    assert!(!r.text().contains("secu.error.v1"), "{}", r.text());
                }
                sent += 1;
            }
        }
    }
    assert_eq!(sent, 3);
}

fn collect_refs(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            if let Some(serde_json::Value::String(r)) = m.get("$ref") {
                out.push(r.clone());
            }
            m.values().for_each(|x| collect_refs(x, out));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_refs(x, out)),
        _ => {}
    }
}

/// Resident memory of this process, in bytes.
fn rss() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse::<u64>().ok())
        .unwrap_or(0)
        * 4096
}

/// A bounded soak: 32 keep-alive connections for `SECU_SOAK_SECS` seconds
/// (default 10): no failed request, memory flat.
#[test]
fn soak() {
    // Its memory check is of this process: no other server test at once.
    let _alone = ALONE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let secs: u64 = std::env::var("SECU_SOAK_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let s = start(ServeArgs::default());
    let body = Arc::new(example("talent_passport_family"));
    let deadline = Instant::now() + Duration::from_secs(secs);
    let mid = Arc::new(Mutex::new(0u64));
    let workers: Vec<_> = (0..32)
        .map(|i| {
            let (addr, body, mid) = (s.addr, body.clone(), mid.clone());
            std::thread::spawn(move || {
                let mut c = common::keepalive::Conn::new(addr);
                let mut n = 0u64;
                let half = deadline - Duration::from_secs(secs) / 2;
                let target = if i % 2 == 0 {
                    "/v1/assess?detail=codes"
                } else {
                    "/v1/assess"
                };
                while Instant::now() < deadline {
                    let status = c.post(target, &body);
                    assert_eq!(status, 200);
                    n += 1;
                    if i == 0 && Instant::now() >= half {
                        let mut m = mid.lock().unwrap();
                        if *m == 0 {
                            *m = rss();
                        }
                    }
                }
                n
            })
        })
        .collect();
    let total: u64 = workers.into_iter().map(|w| w.join().unwrap()).sum();
    let (mid, end) = (*mid.lock().unwrap(), rss());
    eprintln!(
        "soak: {total} requests in {secs} s; RSS {} MB at half time, {} MB at the end",
        mid >> 20,
        end >> 20
    );
    assert!(total > 0);
    assert!(end <= mid + (32 << 20), "memory grew: {mid} → {end}");
}

/// A client that does not read the batch's records stops the server: the
/// households assessed stay far below the input's while the client waits,
/// then every record comes once it reads.
#[test]
fn batch_back_pressure() {
    let s = start(ServeArgs::default());
    let a = s.addr;
    let line = serde_json::to_string(
        &serde_json::from_slice::<serde_json::Value>(&example("talent_passport_family")).unwrap(),
    )
    .unwrap();
    let n = 2000usize;
    let body = format!("{line}\n").repeat(n).into_bytes();
    let assessed = || {
        let m = get(a, "/metrics").text();
        m.lines()
            .find_map(|l| l.strip_prefix("secu_households_assessed_total "))
            .and_then(|v| v.trim().parse::<u64>().ok())
            .unwrap()
    };
    let before = assessed();
    let mut c = TcpStream::connect(a).unwrap();
    write!(
        c,
        "POST /v1/batch HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .unwrap();
    let mut writer = c.try_clone().unwrap();
    let sender = std::thread::spawn(move || writer.write_all(&body));
    // Wait until the count stops growing (1 s unchanged), at most 30 s.
    let (mut last, mut still_since) = (u64::MAX, Instant::now());
    let give_up = Instant::now() + Duration::from_secs(30);
    while Instant::now() < give_up {
        let now = assessed() - before;
        if now != last {
            (last, still_since) = (now, Instant::now());
        } else if still_since.elapsed() > Duration::from_secs(1) {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let while_waiting = last;
    eprintln!(
        "batch back-pressure: {while_waiting} of {n} households assessed while the client did not read"
    );
    assert!(
        while_waiting < (n as u64) / 2,
        "{while_waiting} assessed: the server buffers the output"
    );
    let mut raw = Vec::new();
    std::io::Read::read_to_end(&mut c, &mut raw).unwrap();
    sender.join().unwrap().unwrap();
    let text = String::from_utf8_lossy(&raw);
    assert_eq!(text.matches("\"format\":\"secu.assessment.v1\"").count(), n);
}

/// A batch of more chunks than are assessed at once comes back in input
/// order, each record exactly as the core writes it for `secu batch`.
#[test]
fn batch_in_order_across_parallel_chunks() {
    let s = start(ServeArgs {
        max_concurrency: Some(3),
        ..ServeArgs::default()
    });
    let compact = |name: &str| {
        serde_json::to_string(&serde_json::from_slice::<serde_json::Value>(&example(name)).unwrap())
            .unwrap()
    };
    let names = [
        "eu_employee",
        "posted_israel",
        "talent_passport_family",
        "adult_child",
    ];
    // 64 lines a chunk: about eight chunks, with empty and invalid lines.
    let lines: Vec<String> = (0..500)
        .map(|k| match k % 7 {
            5 => String::new(),
            6 => "{\"members\":1}".to_owned(),
            _ => compact(names[k % names.len()]),
        })
        .collect();
    let body = lines.join("\n") + "\n";
    let r = post(
        s.addr,
        "/v1/batch?detail=codes&as_of=2026-11-27",
        body.as_bytes(),
    );
    assert_eq!(r.status, 200);
    let o = secu::batch::LineOptions {
        as_of: secu::model::civil_date::parse("2026-11-27").ok(),
        today: chrono::Local::now().date_naive(),
        lang: secu::Lang::En,
        policy: secu::Policy::default(),
        detail: secu::Detail::Codes,
        max_line_bytes: 1 << 20,
    };
    let mut want = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        let line = secu::batch::Line::Text(line.as_bytes());
        secu::batch::jsonl_record(&mut want, k as u64 + 1, line, &o);
    }
    assert!(
        r.body == want,
        "the batch records differ from the core's, or are out of order"
    );
}

/// Gzip when the client asks and the response is over a TCP segment's worth;
/// small responses (health, NIR checks, errors) as they are.
#[test]
fn compression_of_large_responses_only() {
    use std::io::Read as _;
    let s = start(ServeArgs::default());
    let a = s.addr;
    let gzip = [("Accept-Encoding", "gzip")];
    let body = example("talent_passport_family");
    let r = http::request(a, "POST", "/v1/assess?detail=codes", &gzip, &body).unwrap();
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-encoding"), Some("gzip"));
    assert_eq!(r.header("vary"), Some("accept-encoding"));
    // Whole, with its length (compressed at once, not streamed in chunks).
    assert_eq!(r.header("transfer-encoding"), None);
    assert_eq!(
        r.header("content-length"),
        Some(r.body.len().to_string().as_str())
    );
    let mut text = Vec::new();
    flate2::read::GzDecoder::new(&r.body[..])
        .read_to_end(&mut text)
        .unwrap();
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&text).unwrap(),
        core_assessment(&body, secu::Detail::Codes, secu::Lang::En)
    );
    // Not asked, or refused: not compressed.
    let r = post(a, "/v1/assess?detail=codes", &body);
    assert_eq!(r.header("content-encoding"), None);
    for refused in ["gzip;q=0", "br, deflate", "identity"] {
        let h = [("Accept-Encoding", refused)];
        let r = http::request(a, "POST", "/v1/assess?detail=codes", &h, &body).unwrap();
        assert_eq!(r.header("content-encoding"), None, "{refused}");
        assert_eq!(
            r.json(),
            core_assessment(&body, secu::Detail::Codes, secu::Lang::En)
        );
    }
    // A full assessment of a body over the inline bound (blanks added), so
    // assessed and gzipped on the blocking pool.
    let mut padded = body.clone();
    padded.resize(8 << 10, b' ');
    let r = http::request(a, "POST", "/v1/assess?lang=fr", &gzip, &padded).unwrap();
    assert_eq!(r.header("content-encoding"), Some("gzip"));
    let mut text = Vec::new();
    flate2::read::GzDecoder::new(&r.body[..])
        .read_to_end(&mut text)
        .unwrap();
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&text).unwrap(),
        core_assessment(&body, secu::Detail::Full, secu::Lang::Fr)
    );
    // Small: not compressed, even when asked.
    let nir = br#"{"number":"2 90 04 99 216 011 93"}"#;
    for (method, target, body) in [
        ("GET", "/healthz", &b""[..]),
        ("POST", "/v1/nir", &nir[..]),
        ("POST", "/v1/assess", &b"{"[..]),
    ] {
        let r = http::request(a, method, target, &gzip, body).unwrap();
        assert!(r.body.len() <= 1024, "{target}: {} bytes", r.body.len());
        assert_eq!(r.header("content-encoding"), None, "{target}");
        let _ = r.json();
    }
}
