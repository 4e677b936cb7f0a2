//! Measurements of the team service (ignored; `cargo xtask bench-team`
//! runs them in the release profile against the release `secu serve`): the
//! portfolio `GET /v1/cases` over `SECU_BENCH_CASES` cases (default
//! 10,000) of the 4-member example with 20 events each (the first request,
//! then min, median, p99 and max of `SECU_BENCH_REQUESTS`, default 100;
//! `filter=all` and `filter=blocked`; as admin, and as the HR of one of the
//! 4 organisations), recording an event with 32 concurrent
//! writers on distinct cases (p50, p99 of 32 × 64 events) in a closed loop
//! (each sends its next event when the last is answered: at saturation,
//! mostly queueing) and again at a fixed pace (open loop, one event every
//! `SECU_BENCH_PACE_MS`, default 50 ms, each: p50, p99 from when an event
//! was due, and the rate achieved), and the database's size per case. With `SECU_BENCH_BIN` (the `secu` binary) the
//! server is `secu serve --db URL` in its own process; otherwise the same
//! server in this process.

use std::io::{BufRead as _, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use secu_server::team::{Role, Store};

use super::http::{call, server};
use super::{example, first_document, key, now};

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

fn spawn(bin: &str, url: &str) -> (Spawned, SocketAddr) {
    let mut child = std::process::Command::new(bin)
        .args(["serve", "--db", url, "--listen", "127.0.0.1:0"])
        .env("SECU_DB_KEY", "07".repeat(32))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn secu serve");
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
    let child = Spawned(child);
    let addr = rx.recv_timeout(Duration::from_secs(60)).expect("started");
    (child, addr)
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
    let admin = store
        .create_user(
            "admin@firm.example",
            "a long enough password",
            Role::Admin,
            None,
            now(),
        )
        .await
        .unwrap();
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
    let (_spawned, _in_process, addr) = match std::env::var("SECU_BENCH_BIN") {
        Ok(bin) if !bin.is_empty() => {
            let (c, a) = spawn(&bin, url);
            (Some(c), None, a)
        }
        _ => {
            let s = server(url);
            let a = s.addr;
            (None, Some(s), a)
        }
    };
    let mut out = format!(
        "{cases} cases of talent_passport_family (4 members, 20 events each), loaded in {:.1} s; database {:.1} KB per case\n",
        l.load.as_secs_f64(),
        l.size as f64 / cases as f64 / 1000.0
    );
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
    // 32 writers, each on its own case, 64 events each.
    let auth = format!("Bearer {}", l.admin_token);
    let t = Instant::now();
    let writers: Vec<_> = (0..32)
        .map(|w| {
            let (auth, case, member, kind) = (auth.clone(), ids[w * (ids.len() / 32)].clone(), l.member.clone(), l.kind.clone());
            std::thread::spawn(move || {
                let h = [("Authorization", auth.as_str())];
                let mut times = Vec::new();
                for i in 0..64 {
                    let body = format!(
                        r#"{{"member":"{member}","date":"{today}","event":"document_waived","kind":"{kind}","reason":"w{w} {i}"}}"#
                    );
                    let t = Instant::now();
                    let r = call(addr, "POST", &format!("/v1/cases/{case}/events"), &h, &body);
                    times.push(t.elapsed());
                    assert_eq!(r.status, 201, "{}", r.text());
                }
                times
            })
        })
        .collect();
    let per_writer: Vec<Vec<Duration>> = writers.into_iter().map(|w| w.join().unwrap()).collect();
    let split = first_and_others(&per_writer);
    let mut ev: Vec<Duration> = per_writer.into_iter().flatten().collect();
    let wall = t.elapsed();
    ev.sort();
    out.push_str(&format!(
        "| POST /v1/cases/ID/events, 32 writers on distinct cases | {} events in {:.1} s | {} | p50 {} | {} |\n",
        ev.len(),
        wall.as_secs_f64(),
        ms(ev[0]),
        ms(percentile(&ev, 0.5)),
        ms(percentile(&ev, 0.99))
    ));
    out.push_str(&split);
    // The same 32 writers at a fixed pace (open loop), on other cases: each
    // sends its i-th event at start + i × pace whether or not the last was
    // answered late; a time runs from when the event was due (a writer
    // that falls behind counts its lag), so it is not hidden by the
    // writers waiting on the server as in the closed loop above.
    let pace = Duration::from_millis(
        std::env::var("SECU_BENCH_PACE_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(50),
    );
    let t = Instant::now();
    let writers: Vec<_> = (0..32)
        .map(|w| {
            let (auth, case, member, kind) = (auth.clone(), ids[w * (ids.len() / 32) + 1].clone(), l.member.clone(), l.kind.clone());
            std::thread::spawn(move || {
                let h = [("Authorization", auth.as_str())];
                // Spread over one period: the writers do not all start together.
                let start = t + pace * u32::try_from(w).unwrap() / 32;
                let mut times = Vec::new();
                for i in 0..64u32 {
                    let due = start + pace * i;
                    if let Some(wait) = due.checked_duration_since(Instant::now()) {
                        std::thread::sleep(wait);
                    }
                    let body = format!(
                        r#"{{"member":"{member}","date":"{today}","event":"document_waived","kind":"{kind}","reason":"o{w} {i}"}}"#
                    );
                    let r = call(addr, "POST", &format!("/v1/cases/{case}/events"), &h, &body);
                    times.push(due.elapsed());
                    assert_eq!(r.status, 201, "{}", r.text());
                }
                times
            })
        })
        .collect();
    let per_writer: Vec<Vec<Duration>> = writers.into_iter().map(|w| w.join().unwrap()).collect();
    let split = first_and_others(&per_writer);
    let mut ev: Vec<Duration> = per_writer.into_iter().flatten().collect();
    let wall = t.elapsed();
    ev.sort();
    out.push_str(&format!(
        "| POST /v1/cases/ID/events, 32 writers at one event per {} ms each (open loop, asked {:.0}/s) | {} events in {:.1} s: {:.0}/s achieved | {} | p50 {} | {} |\n",
        pace.as_millis(),
        32.0 / pace.as_secs_f64(),
        ev.len(),
        wall.as_secs_f64(),
        ev.len() as f64 / wall.as_secs_f64(),
        ms(ev[0]),
        ms(percentile(&ev, 0.5)),
        ms(percentile(&ev, 0.99))
    ));
    out.push_str(&split);
    out
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
