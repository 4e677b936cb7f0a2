//! The session and token endpoints through real HTTP (`secu serve --db`):
//! sign-in sets an HttpOnly SameSite cookie and answers a CSRF token; unsafe
//! cookie requests need that token; bearer tokens need none; sign-out ends
//! the session. On SQLite, and on PostgreSQL with two servers sharing the
//! database (a session opened on one is valid on the other).

use std::net::SocketAddr;
use std::time::Duration;

use secu_server::team::{Key, Role, Store};
use secu_server::{App, ServeArgs};

use super::super::common::http::request;

/// A server on its own runtime thread with a store on `url`; stopped on drop.
pub(super) struct Server {
    pub(super) addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

pub(super) fn server(url: &str) -> Server {
    server_with(url, Warm::No)
}

/// Whether a test server fills its listing cache at start, as `secu serve
/// --db` does ([`App::warm_up`]): not at all (the tests' uncached
/// reference), before it listens (a warm-up over), or in the background
/// while it serves (a request may meet it).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Warm {
    No,
    Before,
    While,
}

pub(super) fn server_with(url: &str, warm: Warm) -> Server {
    let url = url.to_owned();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let (tx, rx) = std::sync::mpsc::channel();
    let thread = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            // The pool lives on the runtime that serves.
            let store = Store::open(&url, Key::from_bytes([7; 32])).await.unwrap();
            let app = std::sync::Arc::new(App::new(ServeArgs::default()).unwrap().with_team(store));
            match warm {
                Warm::No => {}
                Warm::Before => app.warm_up().await,
                Warm::While => {
                    let app = app.clone();
                    tokio::spawn(async move { app.warm_up().await });
                }
            }
            let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(l.local_addr().unwrap()).unwrap();
            secu_server::serve(l, app, async {
                let _ = stopped.await;
            })
            .await
            .unwrap();
        });
    });
    let addr = rx.recv_timeout(Duration::from_secs(30)).unwrap();
    Server {
        addr,
        stop: Some(stop),
        thread: Some(thread),
    }
}

pub(super) fn call(
    addr: SocketAddr,
    method: &str,
    target: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> super::super::common::http::Reply {
    let mut h = vec![("Content-Type", "application/json")];
    h.extend_from_slice(headers);
    request(addr, method, target, &h, body.as_bytes()).unwrap()
}

/// Two servers on one database: sign in on `a`, use the session on `b`.
pub(super) fn sessions_over_http(url: &str) {
    // The first account, as `secu admin init` makes it.
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            let store = Store::open(url, Key::from_bytes([7; 32])).await.unwrap();
            store
                .create_user(
                    "admin@firm.example",
                    "a long enough password",
                    Role::Admin,
                    None,
                    chrono::Utc::now(),
                )
                .await
                .unwrap();
            store.close().await;
        });
    let a = server(url);
    let b = server(url);

    let wrong = call(
        a.addr,
        "POST",
        "/v1/session",
        &[],
        r#"{"email":"admin@firm.example","password":"not the password"}"#,
    );
    assert_eq!(wrong.status, 401, "{}", wrong.text());
    assert!(wrong.header("set-cookie").is_none());
    let missing = call(
        a.addr,
        "POST",
        "/v1/session",
        &[],
        r#"{"email":"nobody@firm.example","password":"a long enough password"}"#,
    );
    assert_eq!(missing.status, 401);
    assert_eq!(missing.json()["errors"], wrong.json()["errors"]);
    let typo = call(a.addr, "POST", "/v1/session", &[], r#"{"e-mail":"x"}"#);
    assert_eq!(typo.status, 400);

    let ok = call(
        a.addr,
        "POST",
        "/v1/session",
        &[],
        r#"{"email":"admin@firm.example","password":"a long enough password"}"#,
    );
    assert_eq!(ok.status, 200, "{}", ok.text());
    let set = ok.header("set-cookie").unwrap().to_owned();
    for attr in ["HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=43200"] {
        assert!(set.contains(attr), "{set}");
    }
    let cookie = set.split(';').next().unwrap().to_owned();
    assert!(
        cookie.starts_with("secu_session=") && cookie.len() > 60,
        "{cookie}"
    );
    let csrf = ok.json()["csrf_token"].as_str().unwrap().to_owned();
    assert_eq!(ok.json()["user"]["role"], "admin");

    // Unsafe with the cookie: the CSRF header is required, on either server.
    let body = r#"{"name":"payroll"}"#;
    let no_csrf = call(b.addr, "POST", "/v1/tokens", &[("Cookie", &cookie)], body);
    assert_eq!(no_csrf.status, 403, "{}", no_csrf.text());
    let bad_csrf = call(
        b.addr,
        "POST",
        "/v1/tokens",
        &[("Cookie", &cookie), ("X-CSRF-Token", "0000")],
        body,
    );
    assert_eq!(bad_csrf.status, 403);
    let token = call(
        b.addr,
        "POST",
        "/v1/tokens",
        &[("Cookie", &cookie), ("X-CSRF-Token", &csrf)],
        body,
    );
    assert_eq!(token.status, 201, "{}", token.text());
    let bearer = format!("Bearer {}", token.json()["token"].as_str().unwrap());
    // A bearer request needs no CSRF header.
    let again = call(
        a.addr,
        "POST",
        "/v1/tokens",
        &[("Authorization", &bearer)],
        body,
    );
    assert_eq!(again.status, 201, "{}", again.text());
    let nobody = call(a.addr, "POST", "/v1/tokens", &[], body);
    assert_eq!(nobody.status, 401);
    let forged = call(
        a.addr,
        "POST",
        "/v1/tokens",
        &[("Authorization", "Bearer 0123")],
        body,
    );
    assert_eq!(forged.status, 401);

    // Accounts: the administrator creates an organisation and its HR user.
    let admin_h = [("Cookie", cookie.as_str()), ("X-CSRF-Token", csrf.as_str())];
    let org = call(
        a.addr,
        "POST",
        "/v1/orgs",
        &admin_h,
        r#"{"name":"Acme SA"}"#,
    );
    assert_eq!(org.status, 201, "{}", org.text());
    let org_id = org.json()["id"].as_str().unwrap().to_owned();
    let dup = call(
        b.addr,
        "POST",
        "/v1/orgs",
        &admin_h,
        r#"{"name":"Acme SA"}"#,
    );
    assert_eq!(dup.status, 409, "{}", dup.text());
    let list = call(
        b.addr,
        "GET",
        "/v1/orgs",
        &[("Cookie", cookie.as_str())],
        "",
    );
    assert_eq!(list.status, 200, "{}", list.text());
    assert_eq!(list.json()["orgs"][0]["id"], org_id.as_str());
    let hr_body = format!(
        r#"{{"email":"hr@acme.example","password":"the HR password","role":"client_hr","org":"{org_id}"}}"#
    );
    let hr = call(a.addr, "POST", "/v1/users", &admin_h, &hr_body);
    assert_eq!(hr.status, 201, "{}", hr.text());
    let bad = call(
        a.addr,
        "POST",
        "/v1/users",
        &admin_h,
        &format!(
            r#"{{"email":"c@firm.example","password":"the consultant password","role":"consultant","org":"{org_id}"}}"#
        ),
    );
    assert_eq!(bad.status, 422, "{}", bad.text());
    assert_eq!(bad.json()["errors"][0]["path"], "org");
    let secret = call(
        a.addr,
        "POST",
        "/v1/users",
        &admin_h,
        r#"{"email":"x@firm.example","password":12345678901234,"role":"consultant"}"#,
    );
    assert_eq!(secret.status, 400);
    assert!(
        !secret.text().contains("12345678901234"),
        "{}",
        secret.text()
    );
    // The HR user is no administrator.
    let hr_in = call(
        a.addr,
        "POST",
        "/v1/session",
        &[],
        r#"{"email":"hr@acme.example","password":"the HR password"}"#,
    );
    assert_eq!(hr_in.status, 200, "{}", hr_in.text());
    assert_eq!(hr_in.json()["user"]["org"], org_id.as_str());
    let hr_cookie = hr_in
        .header("set-cookie")
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let hr_csrf = hr_in.json()["csrf_token"].as_str().unwrap().to_owned();
    let hr_h = [
        ("Cookie", hr_cookie.as_str()),
        ("X-CSRF-Token", hr_csrf.as_str()),
    ];
    let refused = call(b.addr, "POST", "/v1/orgs", &hr_h, r#"{"name":"Other"}"#);
    assert_eq!(refused.status, 403, "{}", refused.text());
    let refused = call(b.addr, "GET", "/v1/orgs", &hr_h, "");
    assert_eq!(refused.status, 403);

    // Sign-out: CSRF required; then the cookie is dead on both servers.
    let out = call(a.addr, "DELETE", "/v1/session", &[("Cookie", &cookie)], "");
    assert_eq!(out.status, 403);
    let out = call(
        a.addr,
        "DELETE",
        "/v1/session",
        &[("Cookie", &cookie), ("X-CSRF-Token", &csrf)],
        "",
    );
    assert_eq!(out.status, 204, "{}", out.text());
    assert!(out.header("set-cookie").unwrap().contains("Max-Age=0"));
    let after = call(
        b.addr,
        "POST",
        "/v1/tokens",
        &[("Cookie", &cookie), ("X-CSRF-Token", &csrf)],
        body,
    );
    assert_eq!(after.status, 401);

    // The sign-in rate limit holds across servers (it is in the database).
    for _ in 0..10 {
        let r = call(
            a.addr,
            "POST",
            "/v1/session",
            &[],
            r#"{"email":"admin@firm.example","password":"guess"}"#,
        );
        assert_eq!(r.status, 401);
    }
    let limited = call(
        b.addr,
        "POST",
        "/v1/session",
        &[],
        r#"{"email":"admin@firm.example","password":"a long enough password"}"#,
    );
    assert_eq!(limited.status, 429, "{}", limited.text());
    let retry: u64 = limited.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=900).contains(&retry), "{retry}");
    assert!(limited.header("set-cookie").is_none());
}

#[test]
fn sessions_over_http_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    sessions_over_http(&format!("sqlite:{}", dir.path().join("team.db").display()));
}

#[test]
fn no_team_service_without_db() {
    let app = std::sync::Arc::new(App::new(ServeArgs::default()).unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let (tx, rx) = std::sync::mpsc::channel();
    let t = std::thread::spawn(move || {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(async move {
                let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                tx.send(l.local_addr().unwrap()).unwrap();
                secu_server::serve(l, app, async {
                    let _ = stopped.await;
                })
                .await
                .unwrap();
            });
    });
    let addr = rx.recv_timeout(Duration::from_secs(10)).unwrap();
    let r = call(
        addr,
        "POST",
        "/v1/session",
        &[],
        r#"{"email":"a","password":"b"}"#,
    );
    assert_eq!(r.status, 404);
    let _ = stop.send(());
    t.join().unwrap();
}
