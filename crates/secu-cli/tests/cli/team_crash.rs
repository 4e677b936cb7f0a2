//! Crash safety of the team service (issue 16): `secu serve --db` killed
//! with SIGKILL while writers record events, restarted, again and again;
//! after each restart every acknowledged event (201) is in the case and
//! the chain verifies. On SQLite, and on PostgreSQL (a throwaway cluster,
//! when installed). Rounds: `SECU_CRASH_ROUNDS`, default 50 as the issue
//! asks (both databases together took 48 s on 2 cores).

use std::io::{BufRead as _, BufReader, Write as _};
use std::net::SocketAddr;
use std::process::{Child, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::http::request;
use super::secu;

/// The server process, killed on drop (also when an assertion fails).
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The database key given to every `secu` process (PostgreSQL needs one;
/// SQLite keeps its own file beside the database).
fn with_key(mut c: std::process::Command, db: &str) -> std::process::Command {
    if db.starts_with("postgres") {
        c.env("SECU_DB_KEY", "07".repeat(32));
    }
    c
}

fn start(db: &str) -> (Killed, SocketAddr) {
    let mut child = with_key(secu(), db)
        .args(["serve", "--db", db, "--listen", "127.0.0.1:0"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(&line)
                && let Some(a) = v["fields"]["listening"].as_str()
            {
                let _ = tx.send(a.parse::<SocketAddr>().expect("address"));
            }
        }
    });
    let child = Killed(child);
    let addr = rx.recv_timeout(Duration::from_secs(30)).expect("started");
    (child, addr)
}

fn call(addr: SocketAddr, method: &str, path: &str, auth: &str, body: &str) -> super::http::Reply {
    request(
        addr,
        method,
        path,
        &[
            ("Content-Type", "application/json"),
            ("Authorization", auth),
        ],
        body.as_bytes(),
    )
    .expect("request")
}

#[test]
fn kill_9_during_writes_loses_no_acknowledged_event() {
    let dir = tempfile::tempdir().expect("tmp");
    crash(&format!("sqlite:{}", dir.path().join("team.db").display()));
}

#[test]
fn kill_9_during_writes_loses_no_acknowledged_event_on_postgres() {
    let Some(pg) = super::pg::Pg::start() else {
        return;
    };
    crash(&pg.url("postgres"));
}

fn crash(db: &str) {
    let rounds: usize = std::env::var("SECU_CRASH_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(50);
    let db = db.to_owned();
    let mut init = with_key(secu(), &db)
        .args([
            "admin",
            "init",
            "--db",
            &db,
            "--email",
            "admin@firm.example",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    init.stdin
        .take()
        .expect("stdin")
        .write_all(b"a long enough password\n")
        .expect("write");
    assert!(init.wait().expect("wait").success());

    // Setup through the first server: a token, an organisation, a case.
    let (mut child, mut addr) = start(&db);
    let signed = request(
        addr,
        "POST",
        "/v1/session",
        &[("Content-Type", "application/json")],
        br#"{"email":"admin@firm.example","password":"a long enough password"}"#,
    )
    .expect("sign in");
    assert_eq!(signed.status, 200);
    let cookie = signed
        .header("set-cookie")
        .expect("cookie")
        .split(';')
        .next()
        .expect("cookie")
        .to_owned();
    let csrf = signed.json()["csrf_token"]
        .as_str()
        .expect("csrf")
        .to_owned();
    let token = request(
        addr,
        "POST",
        "/v1/tokens",
        &[
            ("Content-Type", "application/json"),
            ("Cookie", &cookie),
            ("X-CSRF-Token", &csrf),
        ],
        br#"{"name":"crash"}"#,
    )
    .expect("token");
    assert_eq!(token.status, 201, "{}", token.text());
    let auth = format!("Bearer {}", token.json()["token"].as_str().expect("token"));
    let org = call(addr, "POST", "/v1/orgs", &auth, r#"{"name":"Crash SA"}"#);
    let org = org.json()["id"].as_str().expect("org").to_owned();
    let today = chrono::Utc::now().date_naive();
    let household =
        std::fs::read_to_string(super::root().join("examples/returning_worker_with_nir.json"))
            .expect("example");
    let opened = today - chrono::Days::new(10);
    let case = call(
        addr,
        "POST",
        "/v1/cases",
        &auth,
        &format!(r#"{{"org":"{org}","household":{household},"opened_on":"{opened}"}}"#),
    );
    assert_eq!(case.status, 201, "{}", case.text());
    let case = case.json()["id"].as_str().expect("id").to_owned();
    let status = call(addr, "GET", &format!("/v1/cases/{case}"), &auth, "");
    let kind = status.json()["members"][0]["missing_documents"][0]
        .as_str()
        .expect("a missing document")
        .to_owned();

    let acknowledged: Arc<Mutex<Vec<String>>> = Arc::default();
    let mut n = 0usize;
    for round in 0..rounds {
        // Writers until the kill.
        let stop = Arc::new(AtomicBool::new(false));
        let writers: Vec<_> = (0..4)
            .map(|w| {
                let (stop, acked, auth, case, kind) = (
                    stop.clone(),
                    acknowledged.clone(),
                    auth.clone(),
                    case.clone(),
                    kind.clone(),
                );
                std::thread::spawn(move || {
                    let mut i = 0;
                    while !stop.load(Ordering::SeqCst) {
                        let reason = format!("round {round} writer {w} event {i}");
                        i += 1;
                        let body = format!(
                            r#"{{"member":"emilie","date":"{today}","event":"document_waived","kind":"{kind}","reason":"{reason}"}}"#
                        );
                        match request(
                            addr,
                            "POST",
                            &format!("/v1/cases/{case}/events"),
                            &[("Content-Type", "application/json"), ("Authorization", &auth)],
                            body.as_bytes(),
                        ) {
                            Ok(r) if r.status == 201 => acked.lock().expect("lock").push(reason),
                            Ok(r) => assert!(r.status >= 500, "{} {}", r.status, r.text()),
                            Err(_) => break,
                        }
                    }
                })
            })
            .collect();
        // Once the load is on (an event acknowledged in this round, or 20 s
        // on a very busy machine), a kill at a different moment each round.
        let begun = std::time::Instant::now();
        while acknowledged.lock().expect("lock").len() == n
            && begun.elapsed() < Duration::from_secs(20)
        {
            std::thread::sleep(Duration::from_millis(10));
        }
        std::thread::sleep(Duration::from_millis(150 + 37 * (round as u64 % 9)));
        child.0.kill().expect("kill -9");
        let _ = child.0.wait();
        stop.store(true, Ordering::SeqCst);
        for w in writers {
            w.join().expect("writer");
        }
        // Restarted: every acknowledged event is there, the chain verifies.
        let (next, a) = start(&db);
        child = next;
        let exp = call(a, "GET", &format!("/v1/cases/{case}/export"), &auth, "");
        assert_eq!(exp.status, 200, "round {round}: {}", exp.text());
        let file = secu_case::case::Case::load(&exp.body)
            .unwrap_or_else(|e| panic!("round {round}: the chain does not verify: {e}"));
        let kept: std::collections::HashSet<String> = file
            .history()
            .iter()
            .filter_map(|e| {
                serde_json::to_value(e).ok()?["reason"]
                    .as_str()
                    .map(str::to_owned)
            })
            .collect();
        let acked = acknowledged.lock().expect("lock");
        let lost: Vec<&String> = acked.iter().filter(|r| !kept.contains(*r)).collect();
        assert!(
            lost.is_empty(),
            "round {round}: acknowledged but lost: {lost:?}"
        );
        assert!(acked.len() > n, "round {round}: no event was acknowledged");
        n = acked.len();
        drop(acked);
        // The writers of the next round use the new server.
        addr = a;
    }
    drop(child);
    #[allow(clippy::print_stderr)] // the figure, with --nocapture
    {
        eprintln!(
            "crash ({}): {rounds} kills, {n} acknowledged events, all kept, every chain verified",
            db.split(':').next().unwrap_or("")
        );
    }
}
