//! Measurements of the team service (ignored; run with `--ignored
//! --nocapture`): the portfolio `GET /v1/cases` over `SECU_BENCH_CASES`
//! cases (default 1,000) of ~20 events each, and the time to record an
//! event with 32 concurrent writers on distinct cases (p50, p99), on SQLite.

use std::time::{Duration, Instant};

use secu_server::team::{Role, Store};

use super::http::{call, server};
use super::matrix::sign_in_pub as sign_in;
use super::{example, key, now, waivable};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

pub(super) fn bench(url: &str) -> String {
    let cases: usize = std::env::var("SECU_BENCH_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    let today = chrono::Utc::now().date_naive();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (kind, setup) = rt.block_on(async {
        let store = Store::open(url, key()).await.unwrap();
        let org = store.create_org("Bench SA", now()).await.unwrap();
        store
            .create_user(
                "admin@firm.example",
                "a long enough password",
                Role::Admin,
                None,
                now(),
            )
            .await
            .unwrap();
        // One case of 20 events, imported `cases` times.
        let h = secu::parse_household(&example("returning_worker_with_nir")).unwrap();
        let seed = store
            .open_case(&org, h, Some(today - chrono::Days::new(10)), now())
            .await
            .unwrap();
        let kind = waivable(&store, &seed, "emilie").await;
        for i in 0..19 {
            store
                .append(
                    &seed,
                    "u_bench",
                    "emilie",
                    today,
                    secu_case::event::Event::DocumentWaived {
                        kind,
                        reason: format!("r{i}"),
                    },
                    chrono::Utc::now(),
                )
                .await
                .unwrap();
        }
        let file = store.export(&seed, "u_bench", now()).await.unwrap();
        let t = Instant::now();
        for _ in 1..cases {
            store.import(&org, file.as_bytes()).await.unwrap();
        }
        let setup = t.elapsed();
        store.close().await;
        (
            serde_json::to_value(kind)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned(),
            setup,
        )
    });
    let srv = server(url);
    let s = sign_in(srv.addr, "admin@firm.example");
    let h = [
        ("Cookie", s.cookie.as_str()),
        ("X-CSRF-Token", s.csrf.as_str()),
    ];
    let mut times = Vec::new();
    for _ in 0..3 {
        let t = Instant::now();
        let r = call(srv.addr, "GET", "/v1/cases", &h, "");
        times.push(t.elapsed());
        assert_eq!(r.status, 200);
        assert_eq!(r.json()["cases"].as_array().unwrap().len(), cases);
    }
    times.sort();
    let ids: Vec<String> = rt.block_on(async {
        let store = Store::open(url, key()).await.unwrap();
        let ids = store.case_ids(None, None).await.unwrap();
        store.close().await;
        ids
    });
    // 32 writers, each on its own case, 10 events each.
    let writers: Vec<_> = (0..32)
        .map(|w| {
            let (addr, s, case, kind) = (srv.addr, s.clone(), ids[w % ids.len()].clone(), kind.clone());
            std::thread::spawn(move || {
                let h = [("Cookie", s.cookie.as_str()), ("X-CSRF-Token", s.csrf.as_str())];
                let mut out = Vec::new();
                for i in 0..10 {
                    let body = format!(
                        r#"{{"member":"emilie","date":"{today}","event":"document_waived","kind":"{kind}","reason":"w{w} {i}"}}"#
                    );
                    let t = Instant::now();
                    let r = call(addr, "POST", &format!("/v1/cases/{case}/events"), &h, &body);
                    out.push(t.elapsed());
                    assert_eq!(r.status, 201, "{}", r.text());
                }
                out
            })
        })
        .collect();
    let mut ev: Vec<Duration> = writers
        .into_iter()
        .flat_map(|w| w.join().unwrap())
        .collect();
    ev.sort();
    format!(
        "{cases} cases of 20 events (imported in {setup:?}): GET /v1/cases min {:?} median {:?}; POST events, 32 writers on distinct cases, {} events: p50 {:?} p99 {:?}",
        times[0],
        times[1],
        ev.len(),
        percentile(&ev, 0.5),
        percentile(&ev, 0.99)
    )
}

#[test]
#[ignore = "a measurement"]
fn bench_team_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite:{}", dir.path().join("bench.db").display());
    let line = bench(&url);
    #[allow(clippy::print_stderr)]
    {
        eprintln!("sqlite: {line}");
    }
}

#[test]
#[ignore = "a measurement"]
fn bench_team_on_postgres() {
    let Some(pg) = super::pg::Pg::start() else {
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
    let line = bench(&pg.url("bench"));
    #[allow(clippy::print_stderr)]
    {
        eprintln!("postgres: {line}");
    }
}
