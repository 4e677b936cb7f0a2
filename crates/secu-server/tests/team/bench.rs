//! Measurements of the team service (ignored; `cargo xtask bench-team`
//! runs them in the release profile against the release `secu serve`): the
//! portfolio `GET /v1/cases` over `SECU_BENCH_CASES` cases (default
//! 10,000) of the 4-member example with 20 events each, loaded then flushed
//! to disk ([`settle`]) before anything is measured (the first request,
//! then min, median, p99 and max of `SECU_BENCH_REQUESTS`, default 100;
//! `filter=all` and `filter=blocked`; as admin, and as the HR of one of the
//! 4 organisations), recording an event with 32 concurrent writers on
//! distinct cases, each on a connection kept alive (p50, p99 of 32 × 64
//! events; the CPU time per event of the server, when in its own process,
//! and of this load generator) in a closed loop
//! (each sends its next event when the last is answered: at saturation,
//! mostly queueing) and again at a fixed pace (open loop, one event every
//! `SECU_BENCH_PACE_MS`, default 50 ms, each: p50, p99 from when an event
//! was due, and the rate achieved), and the database's size per case. With `SECU_BENCH_BIN` (the `secu` binary) the
//! server is `secu serve --db URL` in its own process, started twice: the
//! admin's whole portfolio asked as soon as the first listens (meeting its
//! warm-up), then the second left to warm up its listing cache (reported:
//! its log's time, the server's CPU) before the table's requests, whose
//! "first" is then the first after the warm-up; otherwise the same server
//! in this process, which does not warm up ("first": the cold path).

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use secu_server::team::{Role, Store};

use super::http::{call, server};
use super::{example, firm_admin, first_document, key, now};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// Two rows: the first event of each writer (its case not yet verified by
/// the server, which reads and verifies it first) and the others.
fn first_and_others(per_writer: &[Vec<Duration>]) -> String {
    let mut first: Vec<Duration> = per_writer
        .iter()
        .filter_map(|w| w.first().copied())
        .collect();
    let mut others: Vec<Duration> = per_writer
        .iter()
        .flat_map(|w| w.iter().skip(1).copied())
        .collect();
    first.sort();
    others.sort();
    format!(
        "| … of which each writer's first (a case the server reads and verifies first) | {} events | {} | p50 {} | max {} |\n| … of which the others | {} events | {} | p50 {} | {} |\n",
        first.len(),
        ms(first[0]),
        ms(percentile(&first, 0.5)),
        ms(first[first.len() - 1]),
        others.len(),
        ms(others[0]),
        ms(percentile(&others, 0.5)),
        ms(percentile(&others, 0.99))
    )
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// `secu serve` in its own process, killed on drop.
struct Spawned(Child);

impl Drop for Spawned {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// What the spawned server's log says: it listens, or it warmed up its
/// listing cache (cases, ms).
enum Logged {
    Listening(SocketAddr),
    WarmedUp(u64, u64),
    GaveWay,
}

fn spawn(bin: &str, url: &str) -> (Spawned, SocketAddr, std::sync::mpsc::Receiver<Logged>) {
    let mut child = std::process::Command::new(bin)
        .args(["serve", "--db", url, "--listen", "127.0.0.1:0"])
        .env("SECU_DB_KEY", "07".repeat(32))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn secu serve");
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = std::sync::mpsc::channel();
    // For profiling: `SECU_BENCH_LOG=FILE` appends the servers' logs
    // (each request's `micros` among them) to FILE.
    let mut copy = std::env::var_os("SECU_BENCH_LOG").and_then(|p| {
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(p)
            .ok()
    });
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(f) = copy.as_mut() {
                use std::io::Write as _;
                let _ = writeln!(f, "{line}");
            }
            let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
                continue;
            };
            let f = &v["fields"];
            if let Some(a) = f["listening"].as_str() {
                let _ = tx.send(Logged::Listening(a.parse().expect("address")));
            }
            if let (Some(n), Some(ms)) = (f["warmed_up_cases"].as_u64(), f["ms"].as_u64()) {
                let _ = tx.send(Logged::WarmedUp(n, ms));
            }
            if f["warm_up_gave_way"].as_bool() == Some(true) {
                let _ = tx.send(Logged::GaveWay);
            }
        }
    });
    let child = Spawned(child);
    let addr = match rx.recv_timeout(Duration::from_secs(60)).expect("started") {
        Logged::Listening(a) => a,
        Logged::WarmedUp(..) | Logged::GaveWay => panic!("warmed up before listening"),
    };
    (child, addr, rx)
}

/// The admin's whole portfolio, once: the time, and the cases listed.
fn admin_all(addr: SocketAddr, l: &Loaded) -> (Duration, usize) {
    let auth = format!("Bearer {}", l.admin_token);
    let t = Instant::now();
    let r = call(
        addr,
        "GET",
        "/v1/cases?filter=all",
        &[("Authorization", &auth)],
        "",
    );
    let took = t.elapsed();
    assert_eq!(r.status, 200, "{}", r.text());
    let v = r.json();
    assert_eq!(v["problems"].as_array().unwrap().len(), 0);
    (took, v["cases"].as_array().unwrap().len())
}

/// `secu serve` started `SECU_BENCH_STARTS` times (default 5) then once
/// more (issue 16, the first request after a start: the server warms its
/// listing cache up in the background once it listens): at each of the
/// first starts the admin's whole portfolio asked the moment the server
/// listens (meeting the warm-up: the cold path, shared; one start is one
/// sample, so several are taken, each server stopped before the next),
/// then the last left to warm up (its log says when, how many cases, in
/// how long; the server's CPU from listening to then, `/proc`); the last
/// is returned for the other measurements.
fn start_twice(bin: &str, url: &str, l: &Loaded, out: &mut String) -> (Spawned, SocketAddr) {
    let starts: usize = std::env::var("SECU_BENCH_STARTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5)
        .max(1);
    let mut at_starts = Vec::new();
    let mut warm_ups = Vec::new();
    let mut n = 0;
    for _ in 0..starts {
        let (first, addr, logged) = spawn(bin, url);
        let (at_start, listed) = admin_all(addr, l);
        n = listed;
        // What its log (written every 50 ms) says of the warm-up.
        let until = Instant::now() + Duration::from_secs(10);
        warm_ups.push(loop {
            match logged.recv_timeout(until.saturating_duration_since(Instant::now())) {
                Ok(Logged::WarmedUp(..)) => break "finished, not stopped by it",
                Ok(Logged::GaveWay) => break "gave way to it",
                Ok(Logged::Listening(_)) => {}
                Err(_) => break "not logged",
            }
        });
        at_starts.push(at_start);
        drop(first);
    }
    warm_ups.dedup();
    let warm_up = warm_ups.join(", then ");
    let each = at_starts
        .iter()
        .map(|d| ms(*d))
        .collect::<Vec<_>>()
        .join(", ");
    at_starts.sort();
    let at_start = format!(
        "median {}, max {} of {starts} starts ({each})",
        ms(percentile(&at_starts, 0.5)),
        ms(at_starts[at_starts.len() - 1])
    );
    let (second, addr, logged) = spawn(bin, url);
    let cpu = cpu_time(second.0.id());
    let warmed = logged
        .iter()
        .find_map(|e| match e {
            Logged::WarmedUp(n, ms) => Some((n, ms)),
            Logged::Listening(_) | Logged::GaveWay => None,
        })
        .expect("warmed up");
    let cpu = cpu_time(second.0.id()) - cpu;
    out.push_str(&format!(
        "GET /v1/cases?filter=all as admin sent as soon as the server listens (its warm-up: {}): {} ({n} listed)\n\
         warm-up of a server left alone: {} cases in {} ms (its log), server CPU from listening to then {} ms (/proc)\n",
        warm_up,
        at_start,
        warmed.0,
        warmed.1,
        cpu.as_millis()
    ));
    (second, addr)
}

struct Loaded {
    hr_token: String,
    admin_token: String,
    member: String,
    kind: String,
    load: Duration,
    size: u64,
}

/// The cases, through the store directly: one case of the 4-member example
/// with 20 events, exported, then imported `cases - 1` times by 4
/// concurrent importers into 4 organisations.
async fn load(url: &str, cases: usize, size: impl AsyncFnOnce(&Store) -> u64) -> Loaded {
    let today = chrono::Utc::now().date_naive();
    let store = Store::open(url, key()).await.unwrap();
    let mut orgs = Vec::new();
    for i in 0..4 {
        orgs.push(
            store
                .create_org(&format!("Bench {i}"), now())
                .await
                .unwrap(),
        );
    }
    let admin = firm_admin(&store).await;
    let hr = store
        .create_user(
            "hr@client.example",
            "a long enough password",
            Role::ClientHr,
            Some(&orgs[0]),
            now(),
        )
        .await
        .unwrap();
    let admin_token = store
        .create_token(&admin, "bench", now())
        .await
        .unwrap()
        .token;
    let hr_token = store.create_token(&hr, "bench", now()).await.unwrap().token;
    let t = Instant::now();
    let h = secu::parse_household(&example("talent_passport_family")).unwrap();
    let seed = store
        .open_case(
            &orgs[0],
            h,
            Some(today - chrono::Days::new(10)),
            chrono::Utc::now(),
        )
        .await
        .unwrap();
    let members = store.load(&seed).await.unwrap().case.member_ids();
    let mut events = 0;
    let mut waivable = None;
    'fill: for round in 0..20 {
        for member in &members {
            let Some(kind) = first_document(&store, &seed, member).await else {
                continue;
            };
            waivable.get_or_insert((member.clone(), kind));
            store
                .append(
                    &seed,
                    "u_bench",
                    member,
                    today,
                    secu_case::event::Event::DocumentWaived {
                        kind,
                        reason: format!("r{round}"),
                    },
                    chrono::Utc::now(),
                )
                .await
                .unwrap();
            events += 1;
            if events == 20 {
                break 'fill;
            }
        }
    }
    assert_eq!(events, 20);
    let (member, kind) = waivable.unwrap();
    let file = store.export(&seed, "u_bench", now()).await.unwrap();
    let mut tasks = tokio::task::JoinSet::new();
    for w in 0..4 {
        let (store, file, orgs) = (store.clone(), file.clone(), orgs.clone());
        tasks.spawn(async move {
            for i in (1 + w..cases).step_by(4) {
                store.import(&orgs[i % 4], file.as_bytes()).await.unwrap();
            }
        });
    }
    tasks.join_all().await;
    let load = t.elapsed();
    let size = size(&store).await;
    store.close().await;
    Loaded {
        hr_token,
        admin_token,
        member,
        kind: serde_json::to_value(kind)
            .unwrap()
            .as_str()
            .unwrap()
            .to_owned(),
        load,
        size,
    }
}

/// `GET /v1/cases` as admin and as a client HR, `filter=all` and
/// `filter=blocked`: `SECU_BENCH_REQUESTS` requests of each (default 100)
/// after one first request of each reported apart (the server's first
/// reads of the summaries: cold pages, statements prepared, connections
/// opened), each answer checked (200, no problem, the same cases listed).
fn portfolio(addr: SocketAddr, l: &Loaded) -> String {
    let requests: usize = std::env::var("SECU_BENCH_REQUESTS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100)
        .max(1);
    let mut out = format!(
        "| request | cases listed | first | min | median | p99 of {requests} | max |\n|---|---|---|---|---|---|---|\n"
    );
    for (who, token) in [("admin", &l.admin_token), ("client_hr", &l.hr_token)] {
        for filter in ["all", "blocked"] {
            let auth = format!("Bearer {token}");
            let h = [("Authorization", auth.as_str())];
            let target = format!("/v1/cases?filter={filter}");
            let mut times = Vec::new();
            let mut listed = None;
            for _ in 0..=requests {
                let t = Instant::now();
                let r = call(addr, "GET", &target, &h, "");
                times.push(t.elapsed());
                assert_eq!(r.status, 200, "{}", r.text());
                let v = r.json();
                assert_eq!(v["problems"].as_array().unwrap().len(), 0);
                let n = v["cases"].as_array().unwrap().len();
                assert_eq!(*listed.get_or_insert(n), n, "{target} as {who}");
            }
            let first = times.remove(0);
            times.sort();
            out.push_str(&format!(
                "| GET {target} as {who} | {} | {} | {} | {} | {} | {} |\n",
                listed.unwrap_or(0),
                ms(first),
                ms(times[0]),
                ms(percentile(&times, 0.5)),
                ms(percentile(&times, 0.99)),
                ms(times[times.len() - 1])
            ));
        }
    }
    out
}

/// The load's writes flushed before anything is measured: PostgreSQL's
/// dirty buffers written out (`CHECKPOINT`), then the machine's dirty pages
/// (`sync`). Without it the kernel wrote the load's ~200 MB back 30 s after
/// (`vm.dirty_expire_centisecs`), sometimes during the event loops, and
/// with `fsync=on` PostgreSQL's commits waited behind it: stalls of about
/// 50 ms in half the runs (issue 16, session 9: `Dirty` in `/proc/meminfo`
/// still at 190-200 MB when the loops began). What is measured is the
/// server, not the writeback of a bulk import made a second before.
async fn settle(url: &str) -> Duration {
    let t = Instant::now();
    if url.starts_with("postgres") {
        use sqlx::Executor as _;
        sqlx::any::install_default_drivers();
        let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(url)
            .await
            .unwrap();
        conn.execute("CHECKPOINT").await.unwrap();
        sqlx::Connection::close(conn).await.unwrap();
    }
    let synced = std::process::Command::new("sync")
        .status()
        .is_ok_and(|s| s.success());
    assert!(synced, "sync failed");
    t.elapsed()
}

pub(super) fn bench(url: &str, size: impl AsyncFnOnce(&Store) -> u64) -> String {
    let cases: usize = std::env::var("SECU_BENCH_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    assert!(
        cases >= 32,
        "SECU_BENCH_CASES: at least 32 (one case a writer)"
    );
    let today = chrono::Utc::now().date_naive();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let l = rt.block_on(load(url, cases, size));
    let ids: Vec<String> = rt.block_on(async {
        let store = Store::open(url, key()).await.unwrap();
        let ids = store.case_ids(None, None).await.unwrap();
        store.close().await;
        ids
    });
    let flushed = rt.block_on(settle(url));
    let mut out = format!(
        "{cases} cases of talent_passport_family (4 members, 20 events each), loaded in {:.1} s; database {:.1} KB per case; the load's writes flushed in {:.1} s\n",
        l.load.as_secs_f64(),
        l.size as f64 / cases as f64 / 1000.0,
        flushed.as_secs_f64()
    );
    // The binary is started twice (`start_twice`): the table's "first" is
    // then the first request once the warm-up is over. In this process,
    // the test server does not warm up: "first" is the cold path.
    let (spawned, _in_process, addr) = match std::env::var("SECU_BENCH_BIN") {
        Ok(bin) if !bin.is_empty() => {
            let (c, a) = start_twice(&bin, url, &l, &mut out);
            (Some(c), None, a)
        }
        _ => {
            let s = server(url);
            let a = s.addr;
            (None, Some(s), a)
        }
    };
    // For profiling: `SECU_BENCH_HOLD_SECS=N` prints the server's address
    // and the bench's tokens (of this throwaway database) and waits N s
    // before the measurements, so that `perf record -p` can attach to it.
    if let Some(secs) = std::env::var("SECU_BENCH_HOLD_SECS")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
    {
        #[allow(clippy::print_stderr)]
        {
            eprintln!(
                "HOLD addr={addr} admin={} hr={} for {secs} s",
                l.admin_token, l.hr_token
            );
        }
        std::thread::sleep(Duration::from_secs(secs));
    }
    out.push_str(&portfolio(addr, &l));
    out.push_str("\n| request | events | min | median | p99 |\n|---|---|---|---|---|\n");
    // 32 writers, each on its own case, 64 events each: a closed loop, then
    // the same writers at a fixed pace (open loop) on other cases.
    let auth = format!("Bearer {}", l.admin_token);
    let pace = Duration::from_millis(
        std::env::var("SECU_BENCH_PACE_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(50),
    );
    let server_pid = spawned.as_ref().map(|s| s.0.id());
    for (offset, pace) in [(0, None), (1, Some(pace))] {
        let w = Writers {
            addr,
            auth: auth.clone(),
            cases: (0..32)
                .map(|w| ids[w * (ids.len() / 32) + offset].clone())
                .collect(),
            member: l.member.clone(),
            kind: l.kind.clone(),
            today,
            pace,
        };
        let cpu = (server_pid.map(cpu_time), cpu_time(std::process::id()));
        let (per_writer, wall) = w.run();
        let cpu = (
            server_pid.map(cpu_time).zip(cpu.0).map(|(b, a)| b - a),
            cpu_time(std::process::id()) - cpu.1,
        );
        out.push_str(&events_rows(&per_writer, wall, pace, cpu));
    }
    out
}

/// The CPU time (user and system) process `pid` has used so far, from
/// `/proc` (ticks of 10 ms).
fn cpu_time(pid: u32) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // After the command's closing parenthesis: fields 3…; utime and stime
    // are fields 14 and 15.
    let ticks: u64 = stat
        .rsplit_once(')')
        .map(|(_, rest)| {
            rest.split_whitespace()
                .skip(11)
                .take(2)
                .filter_map(|t| t.parse::<u64>().ok())
                .sum()
        })
        .unwrap_or(0);
    Duration::from_millis(ticks * 10)
}

/// 32 writers, one case each, 64 `document_waived` events each, each
/// writer on one HTTP connection kept alive (as an integration's client
/// keeps it): in a closed loop (`pace` `None`: the next event as soon as
/// the last is answered), or in an open loop (the i-th event due at
/// `start + i × pace` whether or not the last was answered late, its time
/// counted from when it was due: a writer that falls behind counts its
/// lag, not hidden as in the closed loop).
struct Writers {
    addr: SocketAddr,
    auth: String,
    cases: Vec<String>,
    member: String,
    kind: String,
    today: chrono::NaiveDate,
    pace: Option<Duration>,
}

impl Writers {
    /// Each writer's times, and the wall time of the whole.
    fn run(self) -> (Vec<Vec<Duration>>, Duration) {
        let t = Instant::now();
        let n = u32::try_from(self.cases.len()).unwrap();
        let writers: Vec<_> = self
            .cases
            .iter()
            .enumerate()
            .map(|(w, case)| {
                let (auth, member, kind, today, pace, addr) = (
                    self.auth.clone(),
                    self.member.clone(),
                    self.kind.clone(),
                    self.today,
                    self.pace,
                    self.addr,
                );
                let target = format!("/v1/cases/{case}/events");
                std::thread::spawn(move || {
                    let mut conn = KeepAlive::new(addr);
                    // Open loop: spread over one period, the writers do not
                    // all start together.
                    let start = pace.map(|p| t + p * u32::try_from(w).unwrap() / n);
                    let mut times = Vec::new();
                    for i in 0..64u32 {
                        let due = match (start, pace) {
                            (Some(start), Some(p)) => {
                                let due = start + p * i;
                                if let Some(wait) = due.checked_duration_since(Instant::now()) {
                                    std::thread::sleep(wait);
                                }
                                due
                            }
                            _ => Instant::now(),
                        };
                        let loop_ = if pace.is_some() { 'o' } else { 'w' };
                        let body = format!(
                            r#"{{"member":"{member}","date":"{today}","event":"document_waived","kind":"{kind}","reason":"{loop_}{w} {i}"}}"#
                        );
                        let (status, text) = conn.post(&target, &auth, &body);
                        times.push(due.elapsed());
                        assert_eq!(status, 201, "{text}");
                    }
                    times
                })
            })
            .collect();
        let per_writer = writers.into_iter().map(|w| w.join().unwrap()).collect();
        (per_writer, t.elapsed())
    }
}

/// The rows of one loop: all the events, then each writer's first (its
/// case not yet verified by the server, which reads and verifies it
/// first) and the others; with the CPU time the server (when in its own
/// process) and the load generator used per event.
fn events_rows(
    per_writer: &[Vec<Duration>],
    wall: Duration,
    pace: Option<Duration>,
    (server_cpu, client_cpu): (Option<Duration>, Duration),
) -> String {
    let mut ev: Vec<Duration> = per_writer.iter().flatten().copied().collect();
    ev.sort();
    let per_event = |d: Duration| format!("{:.2} ms", d.as_secs_f64() * 1000.0 / ev.len() as f64);
    let cpu = format!(
        "CPU per event: server {}, load generator {}",
        server_cpu.map_or_else(|| "(in this process)".to_owned(), per_event),
        per_event(client_cpu)
    );
    let head = match pace {
        None => format!(
            "| POST /v1/cases/ID/events, 32 writers on distinct cases ({cpu}) | {} events in {:.1} s |",
            ev.len(),
            wall.as_secs_f64(),
        ),
        Some(pace) => format!(
            "| POST /v1/cases/ID/events, 32 writers at one event per {} ms each (open loop, asked {:.0}/s; {cpu}) | {} events in {:.1} s: {:.0}/s achieved |",
            pace.as_millis(),
            32.0 / pace.as_secs_f64(),
            ev.len(),
            wall.as_secs_f64(),
            ev.len() as f64 / wall.as_secs_f64(),
        ),
    };
    format!(
        "{head} {} | p50 {} | {} |\n{}",
        ms(ev[0]),
        ms(percentile(&ev, 0.5)),
        ms(percentile(&ev, 0.99)),
        first_and_others(per_writer)
    )
}

/// An HTTP/1.1 connection kept alive between requests; opened again when
/// the server closed it. `SECU_BENCH_KEEPALIVE=0`: a connection per
/// request (`Connection: close`), as the load generator did before.
struct KeepAlive {
    addr: SocketAddr,
    conn: Option<BufReader<TcpStream>>,
    close: bool,
}

impl KeepAlive {
    fn new(addr: SocketAddr) -> Self {
        Self {
            addr,
            conn: None,
            close: std::env::var("SECU_BENCH_KEEPALIVE").is_ok_and(|v| v == "0"),
        }
    }

    /// `POST target` with a JSON body: the status and the body.
    fn post(&mut self, target: &str, auth: &str, body: &str) -> (u16, String) {
        let request = format!(
            "POST {target} HTTP/1.1\r\nHost: {}\r\n{}Content-Type: application/json\r\nAuthorization: {auth}\r\nContent-Length: {}\r\n\r\n{body}",
            self.addr,
            if self.close {
                "Connection: close\r\n"
            } else {
                ""
            },
            body.len()
        );
        // A kept connection the server has closed meanwhile fails at once:
        // sent again once on a new connection.
        for attempt in 0..2 {
            let fresh = self.conn.is_none();
            let conn = self.conn.get_or_insert_with(|| {
                let s = TcpStream::connect(self.addr).expect("connect");
                s.set_nodelay(true).expect("nodelay");
                s.set_read_timeout(Some(Duration::from_secs(60)))
                    .expect("timeout");
                BufReader::new(s)
            });
            match exchange(conn, request.as_bytes()) {
                Ok((status, text, keep)) => {
                    if !keep {
                        self.conn = None;
                    }
                    return (status, text);
                }
                Err(e) => {
                    self.conn = None;
                    assert!(!fresh && attempt == 0, "POST {target}: {e}");
                }
            }
        }
        unreachable!("answered or failed above")
    }
}

/// Sends a request and reads its answer: status, body, and whether the
/// connection stays open.
fn exchange(
    conn: &mut BufReader<TcpStream>,
    request: &[u8],
) -> std::io::Result<(u16, String, bool)> {
    let bad = |what: &str| std::io::Error::other(what.to_owned());
    conn.get_mut().write_all(request)?;
    let mut line = String::new();
    if conn.read_line(&mut line)? == 0 {
        return Err(bad("closed"));
    }
    let status: u16 = line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| bad("status line"))?;
    let (mut length, mut chunked, mut keep) = (None, false, true);
    loop {
        line.clear();
        conn.read_line(&mut line)?;
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            let (k, v) = (k.trim().to_ascii_lowercase(), v.trim().to_ascii_lowercase());
            match k.as_str() {
                "content-length" => length = v.parse::<usize>().ok(),
                "transfer-encoding" => chunked = v.contains("chunked"),
                "connection" => keep = v != "close",
                _ => {}
            }
        }
    }
    let mut body = Vec::new();
    if chunked {
        loop {
            line.clear();
            conn.read_line(&mut line)?;
            let size = usize::from_str_radix(line.trim(), 16).map_err(|_| bad("chunk size"))?;
            let mut chunk = vec![0; size + 2];
            conn.read_exact(&mut chunk)?;
            if size == 0 {
                break;
            }
            body.extend_from_slice(&chunk[..size]);
        }
    } else if let Some(n) = length {
        body.resize(n, 0);
        conn.read_exact(&mut body)?;
    } else {
        conn.read_to_end(&mut body)?;
        keep = false;
    }
    Ok((status, String::from_utf8_lossy(&body).into_owned(), keep))
}

#[test]
#[ignore = "a measurement"]
fn bench_team_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench.db");
    let url = format!("sqlite:{}", path.display());
    let table = bench(&url, async |_: &Store| {
        // The file and its write-ahead log.
        let wal = std::path::PathBuf::from(format!("{}-wal", path.display()));
        std::fs::metadata(&path).unwrap().len() + std::fs::metadata(&wal).map_or(0, |m| m.len())
    });
    #[allow(clippy::print_stderr)]
    {
        eprintln!("SQLite:\n{table}");
    }
}

#[test]
#[ignore = "a measurement"]
fn bench_team_on_postgres() {
    let Some(pg) = super::pg::Pg::start() else {
        #[allow(clippy::print_stderr)]
        {
            eprintln!("PostgreSQL: no initdb on this machine, not measured");
        }
        return;
    };
    super::runtime().block_on(async {
        use sqlx::Executor as _;
        sqlx::any::install_default_drivers();
        let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&pg.url("postgres"))
            .await
            .unwrap();
        conn.execute("CREATE DATABASE bench").await.unwrap();
    });
    let admin = pg.url("postgres");
    let table = bench(&pg.url("bench"), async move |_: &Store| {
        sqlx::any::install_default_drivers();
        let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&admin)
            .await
            .unwrap();
        let n: i64 = sqlx::query_scalar("SELECT pg_database_size('bench')")
            .fetch_one(&mut conn)
            .await
            .unwrap();
        u64::try_from(n).unwrap()
    });
    #[allow(clippy::print_stderr)]
    {
        eprintln!(
            "PostgreSQL (fsync={}):\n{table}",
            std::env::var("SECU_PG_FSYNC").unwrap_or_else(|_| "off".into())
        );
    }
}
