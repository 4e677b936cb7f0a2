//! The access matrix (docs/access.md) through real HTTP: one table, endpoint
//! × caller × target → status, every cell requested against a running
//! `secu serve --db` on SQLite and on PostgreSQL. Callers: nobody, an
//! administrator's session without its CSRF header, admin, consultant,
//! client HR, the employee's link, an employee's account. Targets: a case
//! (organisation, link) of the caller's organisation, another
//! organisation's, a missing one. Also: the table covers every route and
//! method of the router, and a client HR's 404 for another organisation's
//! case is the same answer as for a missing case.

use std::collections::BTreeSet;
use std::net::SocketAddr;

use secu_server::team::{Role, Store};

use super::http::{call, server};
use super::{example, firm_admin, key, now, waivable};

/// What a row's target is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Scope {
    /// No target.
    None,
    /// `{id}` is a case.
    Case,
    /// The body's or the query's `org` is an organisation.
    Org,
    /// `{id}` is an employee link's id.
    Link,
    /// Public: `{secret}` is a link's secret, whoever calls (the
    /// columns' first value for a live link, the second for an unknown one).
    Public,
}

/// The docs/access.md columns: A, C, H own, H other/missing, E (link) own,
/// E other/missing, then the employee's account (not in the doc's table:
/// derived in its text). `0`: not applicable (no target).
type Cols = [u16; 7];

/// The table: method, route, what the target is, the expected statuses.
/// Unauthenticated: 401 everywhere but the public rows; an unsafe request of
/// a session without `X-CSRF-Token`: 403. Admin and consultant: "own" and
/// "other" alike; a missing target: 404.
const TABLE: &[(&str, &str, Scope, Cols)] = &[
    (
        "POST",
        "/v1/session",
        Scope::Public,
        [401, 401, 0, 0, 0, 0, 0],
    ),
    (
        "DELETE",
        "/v1/session",
        Scope::None,
        [204, 204, 204, 0, 204, 0, 204],
    ),
    (
        "POST",
        "/v1/orgs",
        Scope::None,
        [201, 403, 403, 0, 403, 0, 403],
    ),
    (
        "GET",
        "/v1/orgs",
        Scope::None,
        [200, 200, 403, 0, 403, 0, 403],
    ),
    (
        "POST",
        "/v1/users",
        Scope::None,
        [201, 403, 403, 0, 403, 0, 403],
    ),
    (
        "POST",
        "/v1/tokens",
        Scope::None,
        [201, 201, 201, 0, 403, 0, 403],
    ),
    (
        "POST",
        "/v1/cases",
        Scope::Org,
        [201, 201, 201, 404, 403, 403, 403],
    ),
    (
        "GET",
        "/v1/cases",
        Scope::None,
        [200, 200, 200, 0, 403, 0, 403],
    ),
    (
        "GET",
        "/v1/cases/{id}",
        Scope::Case,
        [200, 200, 200, 404, 200, 404, 404],
    ),
    (
        "GET",
        "/v1/cases/{id}/events",
        Scope::Case,
        [200, 200, 200, 404, 200, 404, 404],
    ),
    (
        "POST",
        "/v1/cases/{id}/events",
        Scope::Case,
        [201, 201, 403, 404, 403, 404, 404],
    ),
    (
        "GET",
        "/v1/cases/{id}/allowed-events",
        Scope::Case,
        [200, 200, 200, 404, 403, 404, 404],
    ),
    (
        "GET",
        "/v1/cases/{id}/export",
        Scope::Case,
        [200, 200, 200, 404, 403, 404, 404],
    ),
    (
        "POST",
        "/v1/cases/import",
        Scope::Org,
        [201, 201, 403, 403, 403, 403, 403],
    ),
    (
        "GET",
        "/v1/cases/{id}/calendar.ics",
        Scope::Case,
        [200, 200, 200, 404, 200, 404, 404],
    ),
    (
        "POST",
        "/v1/cases/{id}/redact",
        Scope::Case,
        [200, 403, 403, 404, 403, 404, 404],
    ),
    (
        "POST",
        "/v1/cases/{id}/employee-link",
        Scope::Case,
        [201, 201, 403, 404, 403, 404, 404],
    ),
    (
        "DELETE",
        "/v1/links/{id}",
        Scope::Link,
        [204, 204, 403, 403, 403, 403, 403],
    ),
    (
        "GET",
        "/v1/link/{secret}",
        Scope::Public,
        [200, 404, 0, 0, 0, 0, 0],
    ),
    (
        "GET",
        "/v1/access-log",
        Scope::None,
        [200, 403, 403, 0, 403, 0, 403],
    ),
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Who {
    Nobody,
    NoCsrf,
    Admin,
    Consultant,
    Hr,
    Link,
    EmployeeAccount,
}

const CALLERS: [Who; 7] = [
    Who::Nobody,
    Who::NoCsrf,
    Who::Admin,
    Who::Consultant,
    Who::Hr,
    Who::Link,
    Who::EmployeeAccount,
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Target {
    None,
    Own,
    Other,
    Missing,
}

/// The status docs/access.md gives a cell.
fn expected(method: &str, scope: Scope, cols: Cols, who: Who, target: Target) -> u16 {
    if scope == Scope::Public {
        return if target == Target::Missing {
            cols[1]
        } else {
            cols[0]
        };
    }
    let unsafe_method = method != "GET";
    let missing = target == Target::Missing;
    match who {
        Who::Nobody => 401,
        Who::NoCsrf if unsafe_method => 403,
        Who::NoCsrf | Who::Admin => {
            if missing {
                404
            } else {
                cols[0]
            }
        }
        Who::Consultant => {
            if missing {
                404
            } else {
                cols[1]
            }
        }
        Who::Hr => match target {
            Target::None | Target::Own => cols[2],
            _ => cols[3],
        },
        Who::Link => match target {
            Target::None | Target::Own => cols[4],
            _ => cols[5],
        },
        Who::EmployeeAccount => cols[6],
    }
}

/// Credentials: headers of a caller.
#[derive(Clone, Default)]
pub(super) struct Session {
    pub(super) cookie: String,
    pub(super) csrf: String,
}

pub(super) fn sign_in_pub(addr: SocketAddr, email: &str) -> Session {
    sign_in(addr, email)
}

fn sign_in(addr: SocketAddr, email: &str) -> Session {
    let r = call(
        addr,
        "POST",
        "/v1/session",
        &[],
        &format!(r#"{{"email":"{email}","password":"a long enough password"}}"#),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    Session {
        cookie: r
            .header("set-cookie")
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_owned(),
        csrf: r.json()["csrf_token"].as_str().unwrap().to_owned(),
    }
}

struct World {
    own_org: String,
    other_org: String,
    household: String,
    case_file: String,
    kind: String,
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

/// A fresh case in `org` (the store directly: the setup is not under test).
async fn fresh_case(store: &Store, org: &str) -> String {
    // Opened before today: the server records events at the real clock,
    // and an event may not be dated after the day it is recorded.
    let h = secu::parse_household(&example("returning_worker_with_nir")).unwrap();
    let opened = chrono::Utc::now().date_naive() - chrono::Days::new(10);
    store.open_case(org, h, Some(opened), now()).await.unwrap()
}

/// Every cell of the table against the database at `url` (fresh).
pub(super) fn access_matrix(url: &str) {
    let (world, case_file_id) = block_on(async {
        let store = Store::open(url, key()).await.unwrap();
        let own_org = store.create_org("Own SA", now()).await.unwrap();
        let other_org = store.create_org("Other SA", now()).await.unwrap();
        for (email, role, org) in [
            ("admin@firm.example", Role::Admin, None),
            ("consultant@firm.example", Role::Consultant, None),
            ("hr@own.example", Role::ClientHr, Some(own_org.as_str())),
            (
                "employee@own.example",
                Role::Employee,
                Some(own_org.as_str()),
            ),
        ] {
            store
                .create_user(email, "a long enough password", role, org, now())
                .await
                .unwrap();
        }
        let seed = fresh_case(&store, &own_org).await;
        let kind = waivable(&store, &seed, "emilie").await;
        let case_file = store.export(&seed, "u_test", now()).await.unwrap();
        store.close().await;
        let household = String::from_utf8(example("returning_worker_with_nir")).unwrap();
        (
            World {
                own_org,
                other_org,
                household,
                case_file,
                kind: serde_json::to_value(kind)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_owned(),
            },
            seed,
        )
    });
    let _ = case_file_id;
    let srv = server(url);
    let addr = srv.addr;
    let sessions = [
        ("admin", sign_in(addr, "admin@firm.example")),
        ("consultant", sign_in(addr, "consultant@firm.example")),
        ("hr", sign_in(addr, "hr@own.example")),
        ("employee", sign_in(addr, "employee@own.example")),
    ];
    let session_of = |who: Who| -> Option<Session> {
        let name = match who {
            Who::NoCsrf | Who::Admin => "admin",
            Who::Consultant => "consultant",
            Who::Hr => "hr",
            Who::EmployeeAccount => "employee",
            Who::Nobody | Who::Link => return None,
        };
        sessions
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, s)| s.clone())
    };

    let store_rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let store = store_rt.block_on(Store::open(url, key())).unwrap();

    let mut failures = Vec::new();
    let mut cells = 0;
    let mut n = 0;
    for &(method, route, scope, cols) in TABLE {
        let targets: &[Target] = match scope {
            Scope::None => &[Target::None],
            Scope::Public => &[Target::Own, Target::Missing],
            _ => &[Target::Own, Target::Other, Target::Missing],
        };
        for &who in &CALLERS {
            for &target in targets {
                n += 1;
                // Fresh targets for every cell: writes do not disturb
                // other cells.
                let (own_case, other_case) = store_rt.block_on(async {
                    (
                        fresh_case(&store, &world.own_org).await,
                        fresh_case(&store, &world.other_org).await,
                    )
                });
                let case = match target {
                    Target::Own => own_case.clone(),
                    Target::Other => other_case.clone(),
                    _ => "c_0000000000000000000000".to_owned(),
                };
                let org = match target {
                    Target::Own => world.own_org.clone(),
                    Target::Other => world.other_org.clone(),
                    _ => "o_0000000000000000000000".to_owned(),
                };
                let mut headers: Vec<(String, String)> = Vec::new();
                if who == Who::Link {
                    let link = store_rt
                        .block_on(store.create_link(
                            &own_case,
                            "emilie",
                            "u_test",
                            now(),
                            std::time::Duration::from_secs(3600 * 24 * 365 * 10),
                        ))
                        .unwrap();
                    headers.push(("Authorization".into(), format!("Bearer {}", link.secret)));
                }
                // Signing out consumes the session: a fresh one for that row.
                let session = if method == "DELETE" && route == "/v1/session" {
                    match who {
                        Who::NoCsrf | Who::Admin => Some(sign_in(addr, "admin@firm.example")),
                        Who::Consultant => Some(sign_in(addr, "consultant@firm.example")),
                        Who::Hr => Some(sign_in(addr, "hr@own.example")),
                        Who::EmployeeAccount => Some(sign_in(addr, "employee@own.example")),
                        _ => None,
                    }
                } else {
                    session_of(who)
                };
                if let Some(s) = &session {
                    headers.push(("Cookie".into(), s.cookie.clone()));
                    if who != Who::NoCsrf {
                        headers.push(("X-CSRF-Token".into(), s.csrf.clone()));
                    }
                }
                let link_target = match (scope, target) {
                    (Scope::Link | Scope::Public, Target::Own) => Some(own_case.clone()),
                    (Scope::Link, Target::Other) => Some(other_case.clone()),
                    _ => None,
                };
                let link = link_target.map(|c| {
                    store_rt
                        .block_on(store.create_link(
                            &c,
                            "emilie",
                            "u_test",
                            now(),
                            std::time::Duration::from_secs(3600 * 24 * 365 * 10),
                        ))
                        .unwrap()
                });
                let path = match scope {
                    Scope::Case => route.replace("{id}", &case),
                    Scope::Link => route.replace(
                        "{id}",
                        link.as_ref()
                            .map_or("l_0000000000000000000000", |l| l.id.as_str()),
                    ),
                    Scope::Public if route.contains("{secret}") => route.replace(
                        "{secret}",
                        link.as_ref()
                            .map_or("0".repeat(43).as_str(), |l| l.secret.as_str()),
                    ),
                    _ => route.to_owned(),
                };
                let (path, body) = match (method, route) {
                    // An address of its own per cell: the sign-in rate limit
                    // counts failures per address.
                    ("POST", "/v1/session") => (
                        path,
                        format!(
                            r#"{{"email":"nobody{n}@firm.example","password":"not the password"}}"#
                        ),
                    ),
                    ("POST", "/v1/orgs") => (path, format!(r#"{{"name":"Org {n}"}}"#)),
                    ("POST", "/v1/users") => (
                        path,
                        format!(
                            r#"{{"email":"u{n}@firm.example","password":"a long enough password","role":"consultant"}}"#
                        ),
                    ),
                    ("POST", "/v1/tokens") => (path, r#"{"name":"integration"}"#.to_owned()),
                    ("POST", "/v1/cases") => (
                        path,
                        format!(r#"{{"org":"{org}","household":{}}}"#, world.household),
                    ),
                    ("POST", "/v1/cases/import") => {
                        (format!("{path}?org={org}"), world.case_file.clone())
                    }
                    ("POST", "/v1/cases/{id}/events") => (
                        path,
                        format!(
                            r#"{{"member":"emilie","date":"{}","event":"document_waived","kind":"{}","reason":"sent by the employer"}}"#,
                            chrono::Utc::now().date_naive(),
                            world.kind
                        ),
                    ),
                    ("POST", "/v1/cases/{id}/redact" | "/v1/cases/{id}/employee-link") => {
                        (path, r#"{"member":"emilie"}"#.to_owned())
                    }
                    ("GET", "/v1/cases/{id}/allowed-events") => (
                        format!("{path}?member=emilie&as_of=2027-03-10"),
                        String::new(),
                    ),
                    ("GET", "/v1/cases/{id}") => {
                        (format!("{path}?as_of=2027-03-10"), String::new())
                    }
                    _ => (path, String::new()),
                };
                let h: Vec<(&str, &str)> = headers
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                let r = call(addr, method, &path, &h, &body);
                let want = expected(method, scope, cols, who, target);
                cells += 1;
                if r.status != want {
                    failures.push(format!(
                        "{method} {route} {who:?} {target:?}: {} (expected {want}) {}",
                        r.status,
                        r.text().chars().take(200).collect::<String>()
                    ));
                }
                if r.status >= 400 {
                    let ct = r.header("content-type").unwrap_or_default().to_owned();
                    if ct != "application/problem+json" {
                        failures.push(format!(
                            "{method} {route} {who:?} {target:?}: {} without a problem document ({ct})",
                            r.status
                        ));
                    }
                }
            }
        }
    }
    store_rt.block_on(store.close());
    assert!(
        failures.is_empty(),
        "{} of {cells} cells differ from docs/access.md:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(cells > 250, "{cells}");
    drop(srv);
}

/// Every route of the router has rows, and every method it answers on a
/// route (anything but 405 to an unauthenticated request) is a row.
pub(super) fn table_covers_the_router(url: &str) {
    let srv = server(url);
    let rows: BTreeSet<(&str, &str)> = TABLE.iter().map(|&(m, r, _, _)| (m, r)).collect();
    let routes: BTreeSet<&str> = secu_server::team::http::ROUTES.iter().copied().collect();
    let in_table: BTreeSet<&str> = TABLE.iter().map(|&(_, r, _, _)| r).collect();
    assert_eq!(
        routes, in_table,
        "the access matrix's table and the team routes differ"
    );
    let mut missing = Vec::new();
    for route in &routes {
        let path = route.replace("{id}", "x").replace("{secret}", "x");
        for method in ["GET", "POST", "PUT", "PATCH", "DELETE"] {
            let r = call(srv.addr, method, &path, &[], "");
            if r.status != 405 && !rows.contains(&(method, route)) {
                missing.push(format!("{method} {route} answers {}", r.status));
            }
        }
    }
    assert!(missing.is_empty(), "routes without rows: {missing:?}");
}

/// A client HR user asking for another organisation's case and for a
/// missing one gets the same answer: same status, same problem document,
/// same headers (but the request id).
pub(super) fn hr_404s_are_the_same(url: &str) {
    let other = block_on(async {
        let store = Store::open(url, key()).await.unwrap();
        let own = store.create_org("HR own", now()).await.unwrap();
        let other = store.create_org("HR other", now()).await.unwrap();
        store
            .create_user(
                "hr2@own.example",
                "a long enough password",
                Role::ClientHr,
                Some(&own),
                now(),
            )
            .await
            .unwrap();
        let c = fresh_case(&store, &other).await;
        store.close().await;
        c
    });
    let srv = server(url);
    let s = sign_in(srv.addr, "hr2@own.example");
    let h = [
        ("Cookie", s.cookie.as_str()),
        ("X-CSRF-Token", s.csrf.as_str()),
    ];
    for suffix in [
        "",
        "/events",
        "/export",
        "/calendar.ics",
        "/allowed-events?member=emilie",
    ] {
        let a = call(
            srv.addr,
            "GET",
            &format!("/v1/cases/{other}{suffix}"),
            &h,
            "",
        );
        let b = call(
            srv.addr,
            "GET",
            &format!("/v1/cases/c_0000000000000000000000{suffix}"),
            &h,
            "",
        );
        assert_eq!(a.status, 404, "{suffix}: {}", a.text());
        assert_eq!((a.status, &a.body), (b.status, &b.body), "{suffix}");
        let names = |r: &super::super::common::http::Reply| -> Vec<(String, String)> {
            r.headers
                .iter()
                .filter(|(k, _)| {
                    !k.eq_ignore_ascii_case("date") && !k.eq_ignore_ascii_case("x-request-id")
                })
                .cloned()
                .collect()
        };
        assert_eq!(names(&a), names(&b), "{suffix}");
    }
    // A write too: 404 for both, never a 403 that would tell them apart.
    let body = r#"{"member":"emilie"}"#;
    let a = call(
        srv.addr,
        "POST",
        &format!("/v1/cases/{other}/redact"),
        &h,
        body,
    );
    let b = call(
        srv.addr,
        "POST",
        "/v1/cases/c_0000000000000000000000/redact",
        &h,
        body,
    );
    assert_eq!((a.status, &a.body), (b.status, &b.body));
}

/// A fresh SQLite database; the soak's memory check waits meanwhile.
fn sqlite(
    name: &str,
) -> (
    std::sync::MutexGuard<'static, ()>,
    tempfile::TempDir,
    String,
) {
    let alone = crate::ALONE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite:{}", dir.path().join(format!("{name}.db")).display());
    (alone, dir, url)
}

#[test]
fn access_matrix_on_sqlite() {
    let (_alone, _dir, url) = sqlite("matrix");
    access_matrix(&url);
}

#[test]
fn access_table_covers_the_router() {
    let (_alone, _dir, url) = sqlite("routes");
    table_covers_the_router(&url);
}

#[test]
fn hr_404s_are_the_same_on_sqlite() {
    let (_alone, _dir, url) = sqlite("hr");
    hr_404s_are_the_same(&url);
}

/// What the case endpoints answer (beyond who may call them): the
/// portfolio's fields and filter, a status at `as_of`, an event recorded
/// with `recorded_by` the caller's account or token, a refusal with the
/// events allowed now, the export read by `secu_case` and equal to the
/// store's, an import, the calendar, the employee link (its view, and
/// revoked), redaction, and the access log naming every read.
pub(super) fn cases_over_http(url: &str) {
    let (own, other, admin_id) = block_on(async {
        let store = Store::open(url, key()).await.unwrap();
        let own = store.create_org("Own SA", now()).await.unwrap();
        let other = store.create_org("Other SA", now()).await.unwrap();
        let admin = firm_admin(&store).await;
        store
            .create_user(
                "hr@own.example",
                "a long enough password",
                Role::ClientHr,
                Some(&own),
                now(),
            )
            .await
            .unwrap();
        store.close().await;
        (own, other, admin)
    });
    let srv = server(url);
    let a = srv.addr;
    let s = sign_in(a, "admin@firm.example");
    let h = [
        ("Cookie", s.cookie.as_str()),
        ("X-CSRF-Token", s.csrf.as_str()),
    ];
    let household = String::from_utf8(example("returning_worker_with_nir")).unwrap();
    let today = chrono::Utc::now().date_naive();
    let opened = today - chrono::Days::new(10);
    let open = |org: &str| {
        let r = call(
            a,
            "POST",
            "/v1/cases",
            &h,
            &format!(r#"{{"org":"{org}","household":{household},"opened_on":"{opened}"}}"#),
        );
        assert_eq!(r.status, 201, "{}", r.text());
        r.json()["id"].as_str().unwrap().to_owned()
    };
    let mine = open(&own);
    let theirs = open(&other);
    // An invalid household names the field under `household`.
    let bad = call(
        a,
        "POST",
        "/v1/cases",
        &h,
        &format!(r#"{{"org":"{own}","household":{{"members":[]}}}}"#),
    );
    assert_eq!(bad.status, 422, "{}", bad.text());
    assert!(
        bad.json()["errors"][0]["path"]
            .as_str()
            .unwrap()
            .starts_with("household"),
        "{}",
        bad.text()
    );

    // Allowed events, then one recorded by the session's account.
    let allowed = call(
        a,
        "GET",
        &format!("/v1/cases/{mine}/allowed-events?member=emilie&as_of={today}"),
        &h,
        "",
    );
    assert_eq!(allowed.status, 200, "{}", allowed.text());
    let events: Vec<String> = allowed.json()["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    assert!(events.contains(&"document_waived".to_owned()), "{events:?}");
    assert!(!events.contains(&"file_submitted".to_owned()), "{events:?}");
    let kind = block_on(async {
        let store = Store::open(url, key()).await.unwrap();
        let k = waivable(&store, &mine, "emilie").await;
        store.close().await;
        serde_json::to_value(k)
            .unwrap()
            .as_str()
            .unwrap()
            .to_owned()
    });
    let waive = format!(
        r#"{{"member":"emilie","date":"{today}","event":"document_waived","kind":"{kind}","reason":"sent by the employer"}}"#
    );
    let rec = call(a, "POST", &format!("/v1/cases/{mine}/events"), &h, &waive);
    assert_eq!(rec.status, 201, "{}", rec.text());
    assert_eq!(rec.json()["recorded_by"], admin_id.as_str());
    // Through a bearer token: recorded_by is the token's id.
    let tok = call(a, "POST", "/v1/tokens", &h, r#"{"name":"payroll"}"#);
    let (tok_id, tok_secret) = (
        tok.json()["id"].as_str().unwrap().to_owned(),
        tok.json()["token"].as_str().unwrap().to_owned(),
    );
    let bearer = format!("Bearer {tok_secret}");
    let rec = call(
        a,
        "POST",
        &format!("/v1/cases/{mine}/events"),
        &[("Authorization", &bearer)],
        &waive,
    );
    assert_eq!(rec.status, 201, "{}", rec.text());
    assert_eq!(rec.json()["recorded_by"], tok_id.as_str());
    // Refused: 409, the case's reason, the events allowed now.
    let refused = call(
        a,
        "POST",
        &format!("/v1/cases/{mine}/events"),
        &h,
        &format!(
            r#"{{"member":"emilie","date":"{today}","event":"nir_certified","number":"1 88 03 99 223 017 80"}}"#
        ),
    );
    assert_eq!(refused.status, 409, "{}", refused.text());
    assert_eq!(
        refused.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(refused.json()["errors"][0]["code"], "event_refused");
    assert!(
        !refused.json()["errors"][0]["message"]
            .as_str()
            .unwrap()
            .is_empty()
    );
    let now_allowed: Vec<String> = refused.json()["allowed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(now_allowed, events);
    let unknown = call(
        a,
        "POST",
        &format!("/v1/cases/{mine}/events"),
        &h,
        &waive.replace("\"emilie\"", "\"nobody\""),
    );
    assert_eq!(unknown.status, 422, "{}", unknown.text());
    assert_eq!(unknown.json()["errors"][0]["path"], "member");
    let typo = call(
        a,
        "POST",
        &format!("/v1/cases/{mine}/events"),
        &h,
        &waive.replace("document_waived", "document_waive"),
    );
    assert_eq!(typo.status, 422, "{}", typo.text());
    assert_eq!(typo.json()["errors"][0]["path"], "event");

    // History, status at a date.
    let hist = call(a, "GET", &format!("/v1/cases/{mine}/events"), &h, "");
    assert_eq!(hist.status, 200);
    assert_eq!(hist.json()["events"].as_array().unwrap().len(), 2);
    let st = call(a, "GET", &format!("/v1/cases/{mine}?as_of={today}"), &h, "");
    assert_eq!(st.status, 200, "{}", st.text());
    assert_eq!(st.json()["as_of"], today.to_string());
    assert_eq!(st.json()["members"][0]["id"], "emilie");
    let bad_date = call(
        a,
        "GET",
        &format!("/v1/cases/{mine}?as_of=2027-13-01"),
        &h,
        "",
    );
    assert_eq!(bad_date.status, 422);
    assert_eq!(bad_date.json()["errors"][0]["path"], "as_of");

    // Export: the case file secu case verifies, the store's bytes.
    let exp = call(a, "GET", &format!("/v1/cases/{mine}/export"), &h, "");
    assert_eq!(exp.status, 200);
    let case = secu_case::case::Case::load(&exp.body).unwrap();
    assert_eq!(case.history().len(), 2);
    assert_eq!(
        case.history()[0].recorded_by.as_deref(),
        Some(admin_id.as_str())
    );
    assert_eq!(exp.text(), case.to_json_pretty());
    // Import it into the other organisation: a new case, the same log.
    let imp = call(
        a,
        "POST",
        &format!("/v1/cases/import?org={other}"),
        &h,
        &exp.text(),
    );
    assert_eq!(imp.status, 201, "{}", imp.text());
    let copy = imp.json()["id"].as_str().unwrap().to_owned();
    let exp2 = call(a, "GET", &format!("/v1/cases/{copy}/export"), &h, "");
    assert_eq!(exp2.body, exp.body);
    let junk = call(
        a,
        "POST",
        &format!("/v1/cases/import?org={other}"),
        &h,
        r#"{"format":"nope"}"#,
    );
    assert_eq!(junk.status, 422, "{}", junk.text());

    // The portfolio: every case for the firm, the own one for HR, filters.
    let all = call(a, "GET", "/v1/cases", &h, "");
    assert_eq!(all.status, 200, "{}", all.text());
    let ids = |r: &super::super::common::http::Reply| -> Vec<String> {
        let mut v: Vec<String> = r.json()["cases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_owned())
            .collect();
        v.sort();
        v
    };
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    assert_eq!(
        ids(&all),
        sorted(vec![mine.clone(), theirs.clone(), copy.clone()])
    );
    let listed = all.json();
    let entry = listed["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == mine.as_str())
        .unwrap();
    assert_eq!(entry["org"], own.as_str());
    for field in [
        "id",
        "label",
        "phase",
        "blocked",
        "overdue",
        "waiting_on",
        "upcoming",
    ] {
        assert!(entry["members"][0].get(field).is_some(), "{field}: {entry}");
    }
    let by_org = call(a, "GET", &format!("/v1/cases?org={other}"), &h, "");
    assert_eq!(ids(&by_org), sorted(vec![theirs.clone(), copy.clone()]));
    // Each filter keeps exactly the cases of the whole portfolio with a
    // member so marked.
    for (filter, keep) in [
        (
            "blocked",
            (|m: &serde_json::Value| m["blocked"] == true) as fn(&serde_json::Value) -> bool,
        ),
        ("upcoming", |m| {
            !m["upcoming"].as_array().unwrap().is_empty()
        }),
        ("overdue", |m| !m["overdue"].as_array().unwrap().is_empty()),
    ] {
        let r = call(a, "GET", &format!("/v1/cases?filter={filter}"), &h, "");
        assert_eq!(r.status, 200);
        let want = sorted(
            listed["cases"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|c| c["members"].as_array().unwrap().iter().any(keep))
                .map(|c| c["id"].as_str().unwrap().to_owned())
                .collect(),
        );
        assert_eq!(ids(&r), want, "{filter}");
    }
    let bad_filter = call(a, "GET", "/v1/cases?filter=everything", &h, "");
    assert_eq!(bad_filter.status, 422);
    let hr = sign_in(a, "hr@own.example");
    let hr_h = [("Cookie", hr.cookie.as_str())];
    let hr_all = call(a, "GET", "/v1/cases", &hr_h, "");
    assert_eq!(ids(&hr_all), vec![mine.clone()]);
    let hr_other = call(a, "GET", &format!("/v1/cases?org={other}"), &hr_h, "");
    assert_eq!(ids(&hr_other), Vec::<String>::new());
    let hr_own = call(a, "GET", &format!("/v1/cases?org={own}"), &hr_h, "");
    assert_eq!(ids(&hr_own), vec![mine.clone()]);
    // With a filter too (the listing by flags); another organisation's
    // cases never, whatever is asked.
    for filter in ["blocked", "upcoming", "overdue"] {
        for (org, hr_sees) in [(&own, &hr_all), (&other, &hr_other)] {
            let r = call(
                a,
                "GET",
                &format!("/v1/cases?org={org}&filter={filter}"),
                &hr_h,
                "",
            );
            let want = call(a, "GET", &format!("/v1/cases?filter={filter}"), &h, "");
            let want: Vec<String> = ids(&want)
                .into_iter()
                .filter(|id| ids(hr_sees).contains(id))
                .collect();
            assert_eq!(ids(&r), want, "{org} {filter}");
        }
    }

    // The calendar.
    let cal = call(
        a,
        "GET",
        &format!("/v1/cases/{mine}/calendar.ics?as_of={today}"),
        &h,
        "",
    );
    assert_eq!(cal.status, 200);
    assert!(
        cal.header("content-type")
            .unwrap()
            .starts_with("text/calendar")
    );
    assert!(cal.text().starts_with("BEGIN:VCALENDAR"), "{}", cal.text());
    // The events of `secu case calendar` (secu_case::ical): UIDs naming the
    // case, all-day events with their exclusive end.
    assert!(
        cal.text().contains(&format!("UID:{mine}-")),
        "{}",
        cal.text()
    );
    assert!(cal.text().contains("DTEND;VALUE=DATE:"), "{}", cal.text());

    // The employee link: its view shows the member's checklist only; the
    // link reads the status; revoked, it opens nothing.
    let link = call(
        a,
        "POST",
        &format!("/v1/cases/{mine}/employee-link"),
        &h,
        r#"{"member":"emilie"}"#,
    );
    assert_eq!(link.status, 201, "{}", link.text());
    let url_path = link.json()["url"].as_str().unwrap().to_owned();
    let link_id = link.json()["id"].as_str().unwrap().to_owned();
    let view = call(a, "GET", &url_path, &[], "");
    assert_eq!(view.status, 200, "{}", view.text());
    assert_eq!(view.json()["member"]["id"], "emilie");
    let secret = url_path.rsplit('/').next().unwrap().to_owned();
    let as_link = call(
        a,
        "GET",
        &format!("/v1/cases/{mine}"),
        &[("Authorization", &format!("Bearer {secret}"))],
        "",
    );
    assert_eq!(as_link.status, 200);
    let no_member = call(
        a,
        "POST",
        &format!("/v1/cases/{mine}/employee-link"),
        &h,
        r#"{"member":"nobody"}"#,
    );
    assert_eq!(no_member.status, 422, "{}", no_member.text());
    let revoke = call(a, "DELETE", &format!("/v1/links/{link_id}"), &h, "");
    assert_eq!(revoke.status, 204, "{}", revoke.text());
    assert_eq!(call(a, "GET", &url_path, &[], "").status, 404);
    assert_eq!(
        call(
            a,
            "GET",
            &format!("/v1/cases/{mine}"),
            &[("Authorization", &format!("Bearer {secret}"))],
            ""
        )
        .status,
        401
    );

    // Redaction: the export keeps verifying, without the member's name.
    let label = "Émilie";
    assert!(exp.text().contains(label));
    let red = call(
        a,
        "POST",
        &format!("/v1/cases/{mine}/redact"),
        &h,
        r#"{"member":"emilie"}"#,
    );
    assert_eq!(red.status, 200, "{}", red.text());
    let after = call(a, "GET", &format!("/v1/cases/{mine}/export"), &h, "");
    assert_eq!(after.status, 200, "{}", after.text());
    let case = secu_case::case::Case::load(&after.body).unwrap();
    assert_eq!(case.history().len(), 2);
    assert!(!after.text().contains(label), "{}", after.text());
    let red = call(
        a,
        "POST",
        &format!("/v1/cases/{mine}/redact"),
        &h,
        r#"{"member":"nobody"}"#,
    );
    assert_eq!(red.status, 422, "{}", red.text());

    // The access log: every read, by whom, of which case.
    let log = call(a, "GET", "/v1/access-log", &h, "");
    assert_eq!(log.status, 200);
    let records = log.json()["records"].as_array().unwrap().clone();
    let has = |actor: &str, case: &str, action: &str| {
        records
            .iter()
            .any(|r| r["actor"] == actor && r["case_id"] == case && r["action"] == action)
    };
    assert!(has(&admin_id, &mine, "history"));
    assert!(has(&admin_id, &mine, "status"));
    assert!(has(&admin_id, &mine, "export"));
    assert!(has(&admin_id, &mine, "calendar"));
    assert!(has(&admin_id, &mine, "allowed_events"));
    assert!(has(&admin_id, &theirs, "portfolio"));
    assert!(has(&link_id, &mine, "link_view"));
    assert!(has(&link_id, &mine, "status"));
    // HR's portfolio read only their organisation's case.
    assert!(!records.iter().any(|r| r["actor"] != admin_id.as_str()
        && r["actor"] != link_id.as_str()
        && r["case_id"] == theirs.as_str()));
    drop(srv);
}

#[test]
fn cases_over_http_on_sqlite() {
    let (_alone, _dir, url) = sqlite("cases");
    cases_over_http(&url);
}

/// Every row of the table is an operation of `docs/openapi.json`'s
/// document, and every team operation of the document is a row.
#[test]
fn openapi_has_every_team_operation() {
    let doc: serde_json::Value = serde_json::from_str(&secu_server::openapi::document()).unwrap();
    let mut in_doc = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if op.get("x-secu-team").is_some() {
                in_doc.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    let rows: BTreeSet<(String, String)> = TABLE
        .iter()
        .map(|&(m, r, _, _)| (m.to_owned(), r.to_owned()))
        .collect();
    assert_eq!(rows, in_doc);
}

/// Two servers on one database (what a firm runs behind a load balancer):
/// a session opened on one is valid on the other, and events sent at once
/// through both on one case are all kept, in one chain that verifies.
pub(super) fn two_servers_one_chain(url: &str) {
    block_on(async {
        let store = Store::open(url, key()).await.unwrap();
        let org = store.create_org("Both SA", now()).await.unwrap();
        firm_admin(&store).await;
        fresh_case(&store, &org).await;
        store.close().await;
    });
    let (case, kind) = block_on(async {
        let store = Store::open(url, key()).await.unwrap();
        let ids = store.case_ids(None, None).await.unwrap();
        let kind = waivable(&store, &ids[0], "emilie").await;
        store.close().await;
        (
            ids[0].clone(),
            serde_json::to_value(kind)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned(),
        )
    });
    let (a, b) = (server(url), server(url));
    let s = sign_in(a.addr, "admin@firm.example");
    let per_server = 20;
    let today = chrono::Utc::now().date_naive();
    let threads: Vec<_> = (0..2 * per_server)
        .map(|i| {
            let addr = if i % 2 == 0 { a.addr } else { b.addr };
            let (s, case, kind) = (s.clone(), case.clone(), kind.clone());
            std::thread::spawn(move || {
                let h = [("Cookie", s.cookie.as_str()), ("X-CSRF-Token", s.csrf.as_str())];
                let body = format!(
                    r#"{{"member":"emilie","date":"{today}","event":"document_waived","kind":"{kind}","reason":"writer {i}"}}"#
                );
                let r = call(addr, "POST", &format!("/v1/cases/{case}/events"), &h, &body);
                assert_eq!(r.status, 201, "{}", r.text());
                r.json()["seq"].as_u64().unwrap()
            })
        })
        .collect();
    let mut seqs: Vec<u64> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    seqs.sort_unstable();
    seqs.dedup();
    assert_eq!(seqs.len(), 2 * per_server, "two events got one seq");
    let h = [("Cookie", s.cookie.as_str())];
    let exp = call(b.addr, "GET", &format!("/v1/cases/{case}/export"), &h, "");
    assert_eq!(exp.status, 200, "{}", exp.text());
    let file = secu_case::case::Case::load(&exp.body).unwrap();
    assert_eq!(file.history().len(), 2 * per_server);
    let mut reasons: Vec<String> = file
        .history()
        .iter()
        .map(|e| {
            serde_json::to_value(e).unwrap()["reason"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    reasons.sort();
    reasons.dedup();
    assert_eq!(reasons.len(), 2 * per_server);
}

#[test]
fn two_servers_one_chain_on_sqlite() {
    let (_alone, _dir, url) = sqlite("two");
    two_servers_one_chain(&url);
}
